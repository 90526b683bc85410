package commune

import (
	"net/url"
	"strconv"

	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/web/ui"
)

// saveInput turns a posted grid into the save's input: each row ("row"
// names the criteria of the form) with what was typed and what it was drawn
// with, and the files.
func saveInput(q entry.GridQuery, post ui.Post, maxFile int64) entry.SaveInput {
	in := entry.SaveInput{Period: q.Period, MaxFileBytes: maxFile}
	for _, text := range post.Values["row"] {
		id, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			id = 0 // names no criterion: the save refuses it as not found
		}
		in.Rows = append(in.Rows, rowInput(post.Values, id))
	}
	for _, u := range post.Files {
		id, ok := entry.FileCriterion(u.Field)
		if !ok {
			id = 0
		}
		in.Files = append(in.Files, entry.FileInput{CriterionID: id, Name: u.Name, Data: u.Data, Size: u.Size, TooBig: u.TooBig})
	}
	return in
}

// rowInput reads one row's inputs. A row posted without what it was drawn
// with is taken as drawn before its record ever existed (entry.ParseDrawn),
// so it cannot overwrite a record unseen.
func rowInput(vals url.Values, id int64) entry.RowInput {
	f := entry.Fields(id)
	in := entry.RowInput{CriterionID: id, Met: vals.Get(f.Met), Note: vals.Get(f.Note), Evidence: vals.Get(f.Evidence)}
	in.Version, in.Drawn = entry.ParseDrawn(vals.Get(f.Drawn))
	for i := 0; ; i++ {
		t := f.Target(i)
		if !vals.Has(t.Value) && !vals.Has(t.Numerator) && !vals.Has(t.Denominator) {
			return in
		}
		in.Targets = append(in.Targets, entry.TargetInput{Value: vals.Get(t.Value), Numerator: vals.Get(t.Numerator), Denominator: vals.Get(t.Denominator)})
	}
}
