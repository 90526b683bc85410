package entry

import (
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// asPosted is row r sent back untouched, as a browser sends the grid's
// inputs: the evidence from a one-line input, which drops line breaks.
func asPosted(r GridRow) RowInput {
	in := RowInput{CriterionID: r.Criterion.ID, Version: r.Version, Drawn: r.Drawn}
	if rec := r.Record; rec != nil {
		in.Note, in.Evidence = rec.Note, strings.NewReplacer("\r", "", "\n", "").Replace(rec.Evidence)
		if rec.Met != nil {
			in.Met = map[bool]string{true: "yes", false: "no"}[*rec.Met]
		}
	}
	return in
}

// A record whose evidence was stored on several lines (an older workbook
// import) is drawn on one line, "; " between the references, and the row
// sent back untouched is not a change: saving another row of the grid
// leaves it as it is. (Before, the one-line input dropped the line breaks,
// and the save rewrote the record, in the person's name.)
func TestAnUntouchedRowWithEvidenceOnSeveralLinesIsNotAChange(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		a := f.as(t, "quantri")
		plan, literacy := f.criterion(t, "II.3"), f.criterion(t, "II.6")
		old := []domain.Progress{{CriterionID: plan.ID, Period: march, Met: domain.Bool(true), Evidence: "CV 12/UBND\nhttps://xuanhung.gov.vn/kh"}}
		if err := f.store.SaveProgress(t.Context(), old); err != nil {
			t.Fatal(err)
		}
		row := f.row(t, a, plan)
		if row.Record.Evidence != "CV 12/UBND; https://xuanhung.gov.vn/kh" {
			t.Errorf("the grid shows the evidence as %q", row.Record.Evidence)
		}
		res, err := f.uc.Save(t.Context(), a, SaveInput{Period: march, Rows: []RowInput{asPosted(row), typed(f.row(t, a, literacy), "60")}})
		if err != nil || res.Saved != 1 || len(res.Refused) != 0 {
			t.Fatalf("a save next to the untouched row: %+v %v", res, err)
		}
		rec, err := f.store.ProgressRecord(t.Context(), plan.ID, march)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Version != old[0].Version || rec.Evidence != old[0].Evidence {
			t.Errorf("the untouched record became v%d %q", rec.Version, rec.Evidence)
		}
	})
}
