package entry

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// SaveInput is a save of the grid of a period: its rows as typed and the
// files sent with them.
type SaveInput struct {
	Period       domain.Period
	Rows         []RowInput
	Files        []FileInput
	MaxFileBytes int64 // the largest file accepted
}

// FileInput is a file sent with a row of the grid.
type FileInput struct {
	CriterionID int64
	Name        string // as the browser sent it
	Data        []byte
	Size        int64
	TooBig      bool // larger than MaxFileBytes: Data was not kept
}

// SaveResult is what a save did: how many criteria it changed (values or
// files), and the rows it refused because someone else changed their
// record after the page was drawn. Those rows wrote nothing; the rest did.
type SaveResult struct {
	Saved   int
	Refused []Refusal
}

// Refusal is a row a save did not write, and why (domain.Stale).
type Refusal struct {
	CriterionID int64
	Label       string
	Err         *domain.Error
}

// row is a row of a save, read and checked.
type row struct {
	crit   criterionRef
	in     RowInput
	record domain.Progress
}

// Save saves a grid: only the rows the person changed (a row posted as it
// was drawn is not a change, so a blank that was blank deletes nothing),
// each checked against the version it was drawn with, in one transaction
// with their history, the files and one audit entry. It refuses everything
// when a row is not the organisation's (NotFound) or not the staff member's
// unit's (Forbidden), when the period is locked (Conflict), or when any
// input is wrong (Invalid, every problem under its input's name). A row
// whose record someone else changed meanwhile is refused alone, in
// SaveResult.Refused; the other rows are saved.
func (s *Service) Save(ctx context.Context, a usecase.Actor, in SaveInput) (SaveResult, error) {
	if err := a.Require(domain.ActEnterData); err != nil {
		return SaveResult{}, err
	}
	if err := domain.DataPeriod(in.Period); err != nil {
		return SaveResult{}, err
	}
	st := s.env.Store
	prog, err := programFor(ctx, st, a, in.Period, "")
	if err != nil {
		return SaveResult{}, err
	}
	crits := criteriaOf(prog)
	rows, err := readRows(a, crits, in.Rows)
	if err != nil {
		return SaveResult{}, err
	}
	var pr domain.Problems
	for i := range rows {
		rows[i].record = readRowOf(rows[i], &pr)
	}
	files, err := readFiles(in, rows, &pr)
	if err != nil {
		return SaveResult{}, err
	}
	var res SaveResult
	err = st.WithTx(ctx, func(tx *storage.Store) error {
		// A locked period is said first: nothing typed there can be saved.
		if err := tx.RequireOpen(ctx, a.Org.ID, in.Period); err != nil {
			return err
		}
		if pr.Any() {
			return domain.InvalidInput(fmt.Sprintf("Chưa lưu gì: có %d chỗ cần sửa, ghi ngay bên dưới và bên cạnh từng ô.", len(pr.List())), pr.List())
		}
		w := &writer{tx: tx, actor: a, at: s.env.Now(), period: in.Period, labels: labelsOf(crits)}
		res, err = saveChecked(ctx, w, prog, rows, files)
		return err
	})
	if err != nil {
		return SaveResult{}, err
	}
	return res, nil
}

// saveChecked writes the rows and files of a save, checked already, with
// w: each changed row at the version it was drawn with, or refused; the
// files of the rows not refused; the audit entry.
func saveChecked(ctx context.Context, w *writer, prog domain.Program, rows []row, files []domain.EvidenceFile) (SaveResult, error) {
	var res SaveResult
	state, err := loadPeriod(ctx, w.tx, prog, w.period)
	if err != nil {
		return res, err
	}
	refused := map[int64]bool{}
	for _, r := range rows {
		refusal, err := saveRow(ctx, w, state, r)
		if err != nil {
			return res, err
		}
		if refusal != nil {
			refused[r.crit.ID] = true
			res.Refused = append(res.Refused, Refusal{CriterionID: r.crit.ID, Label: r.crit.Label, Err: refusal})
		}
	}
	for _, f := range files {
		if !refused[f.CriterionID] {
			if err := w.addFile(ctx, f); err != nil {
				return res, err
			}
		}
	}
	res.Saved = w.criteria()
	return res, w.audit(ctx)
}

// saveRow writes one row if the person changed it, or returns why not.
func saveRow(ctx context.Context, w *writer, state periodState, r row) (*domain.Error, error) {
	if r.in.Drawn == r.record.Fingerprint() {
		return nil, nil // as drawn: not the person's change, whatever the record holds now
	}
	current := state.records[r.crit.ID]
	if current.SameEntry(r.record) {
		return nil, nil // the record holds already what the person typed
	}
	ch := change{crit: r.crit, record: r.record, before: current, expected: state.version(r.crit.ID)}
	if r.in.Version != ch.expected {
		return w.stale(ctx, r.crit)
	}
	return w.write(ctx, ch)
}

// readRowOf reads a row into its record and adds what is wrong with it to
// pr. A row that comes back exactly as it was drawn is not the person's
// change, so what the rules would refuse in it is not theirs to correct (a
// value stored before a rule existed must not block every later save of
// the grid); text that is not what was drawn always counts.
func readRowOf(r row, pr *domain.Problems) domain.Progress {
	var rules domain.Problems
	rec := readRow(r.crit.Criterion, r.in, pr, &rules)
	if rec.Fingerprint() != r.in.Drawn {
		for _, p := range rules.List() {
			pr.Add(p.Field, p.Message)
		}
	}
	return rec
}

// readRows finds the criterion of each row, once each, refusing a row that
// is not a criterion of the program (the form was forged) or that the
// actor may not enter.
func readRows(a usecase.Actor, crits map[int64]criterionRef, in []RowInput) ([]row, error) {
	seen := map[int64]bool{}
	out := make([]row, 0, len(in))
	for _, r := range in {
		c, ok := crits[r.CriterionID]
		if !ok {
			return nil, domain.Errorf(domain.NotFound, "không có tiêu chí số %d", r.CriterionID)
		}
		if err := mayEnter(a, c); err != nil {
			return nil, err
		}
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		out = append(out, row{crit: c, in: r})
	}
	return out, nil
}

// readFiles checks the files: each must belong to a row of the save, be
// within the size limit, of an accepted type, its content matching it.
func readFiles(in SaveInput, rows []row, pr *domain.Problems) ([]domain.EvidenceFile, error) {
	inSave := map[int64]bool{}
	for _, r := range rows {
		inSave[r.crit.ID] = true
	}
	var out []domain.EvidenceFile
	for _, f := range in.Files {
		if !inSave[f.CriterionID] {
			return nil, domain.Errorf(domain.NotFound, "tệp gửi kèm không thuộc tiêu chí nào của bảng")
		}
		field := Fields(f.CriterionID).File
		if f.TooBig {
			pr.Add(field, domain.TooLargeFile(f.Name, f.Size, in.MaxFileBytes)+" Chọn lại tệp khi lưu lần sau.")
			continue
		}
		name, contentType, problem := domain.CheckEvidence(f.Name, f.Data)
		if problem != "" {
			pr.Add(field, problem+" Chọn lại tệp khi lưu lần sau.")
			continue
		}
		out = append(out, domain.EvidenceFile{CriterionID: f.CriterionID, Name: name, ContentType: contentType, Data: f.Data})
	}
	return out, nil
}

func labelsOf(crits map[int64]criterionRef) map[int64]string {
	out := make(map[int64]string, len(crits))
	for id, c := range crits {
		out[id] = c.Label
	}
	return out
}
