package entry

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// change is a record someone means to write over what a period holds.
type change struct {
	crit     criterionRef
	record   domain.Progress  // what to write; a blank record clears the period's record
	before   *domain.Progress // the record as read in the transaction
	expected int64            // the version the record must still have
}

// writer writes the changes of one save, by one actor at one time, on the
// save's transaction, and keeps what it wrote for the audit entry.
type writer struct {
	tx      *storage.Store
	actor   usecase.Actor
	at      time.Time
	period  domain.Period
	changes []domain.ProgressChange
	crits   []criterionRef // crits[i] is the criterion of changes[i]
	files   []domain.EvidenceFile
	labels  map[int64]string
}

// write writes one change as the next version of the record. The history
// row is written first, claiming that version (on PostgreSQL its unique
// index makes a concurrent claim wait, then fail); then the record is
// written only if it still stands at the expected version. When either
// fails, nothing of the change stays, and the refusal (domain.Stale) says
// what the record holds now, who changed it and when.
func (w *writer) write(ctx context.Context, ch change) (*domain.Error, error) {
	rec := ch.record
	rec.Period, rec.Version = w.period, ch.expected+1
	rec.RecordedBy, rec.RecordedAt = w.actor.Name(), w.at
	hist := domain.ProgressChange{CriterionID: rec.CriterionID, Period: w.period, ChangedAt: w.at, ChangedBy: rec.RecordedBy,
		Before: ch.before, Version: rec.Version}
	if !rec.Blank() {
		hist.After = &rec
	}
	claimed, err := w.tx.ClaimProgressChange(ctx, &hist)
	if err != nil {
		return nil, err
	}
	if claimed {
		written, err := w.tx.WriteProgress(ctx, &rec, ch.expected, ch.before != nil)
		if err != nil {
			return nil, err
		}
		if written {
			w.changes = append(w.changes, hist)
			w.crits = append(w.crits, ch.crit)
			return nil, nil
		}
		if err := w.tx.UnclaimProgressChange(ctx, hist.ID); err != nil {
			return nil, err
		}
	}
	return w.stale(ctx, ch.crit)
}

// stale returns the refusal of a change to crit's record, which someone
// else changed since it was read.
func (w *writer) stale(ctx context.Context, crit criterionRef) (*domain.Error, error) {
	rev, err := revision(ctx, w.tx, crit, w.period)
	if err != nil {
		return nil, err
	}
	return domain.StaleRecord(fmt.Sprintf("tiêu chí %s, %s", crit.Label, w.period.Words()), rev), nil
}

// revision reads a criterion's record as it stands in period p: its
// version, who changed it last, when, and what it holds in words.
func revision(ctx context.Context, st *storage.Store, c criterionRef, p domain.Period) (domain.Revision, error) {
	rec, err := st.ProgressRecord(ctx, c.ID, p)
	if err == nil {
		return domain.Revision{Version: rec.Version, By: rec.RecordedBy, At: rec.RecordedAt, Value: recordValue(c.Criterion, rec)}, nil
	}
	if !domain.IsNotFound(err) {
		return domain.Revision{}, err
	}
	last, err := st.LastProgressChange(ctx, c.ID, p)
	if domain.IsNotFound(err) {
		return domain.Revision{}, nil
	}
	if err != nil {
		return domain.Revision{}, err
	}
	return domain.Revision{Version: last.Version, By: last.ChangedBy, At: last.ChangedAt, Value: "đã xóa số liệu kỳ này"}, nil
}

// recordValue writes what a record holds, for a message: its values, or its
// note or evidence when it has no value.
func recordValue(c domain.Criterion, rec *domain.Progress) string {
	if words := c.RecordWords(rec); words != "—" {
		return words
	}
	switch {
	case rec.Note != "":
		return "ghi chú: " + rec.Note
	case rec.Evidence != "":
		return "minh chứng: " + rec.Evidence
	}
	return "không có số liệu"
}

// addFile stores an evidence file of the save.
func (w *writer) addFile(ctx context.Context, f domain.EvidenceFile) error {
	f.OrgID, f.Period, f.UploadedBy, f.UploadedAt = w.actor.Org.ID, w.period, w.actor.Name(), w.at
	if err := w.tx.SaveEvidence(ctx, &f); err != nil {
		return err
	}
	f.Data = nil
	w.files = append(w.files, f)
	return nil
}

// criteria returns how many criteria the save changed (values or files).
func (w *writer) criteria() int {
	seen := map[int64]bool{}
	for _, c := range w.changes {
		seen[c.CriterionID] = true
	}
	for _, f := range w.files {
		seen[f.CriterionID] = true
	}
	return len(seen)
}

// audit writes the save's one audit entry, when it changed anything: each
// changed criterion's record before and after, in words, and the files.
func (w *writer) audit(ctx context.Context) error {
	if len(w.changes) == 0 && len(w.files) == 0 {
		return nil
	}
	var before, after auditRecords
	for i, ch := range w.changes {
		c := w.crits[i]
		before.Records = append(before.Records, auditRecord{c.Label, c.RecordWords(ch.Before)})
		after.Records = append(after.Records, auditRecord{c.Label, c.RecordWords(ch.After)})
	}
	for _, f := range w.files {
		after.Files = append(after.Files, fmt.Sprintf("%s: %s (%s)", w.labels[f.CriterionID], f.Name, domain.ByteSize(f.Size)))
	}
	return usecase.Audit(ctx, w.tx, w.actor, w.at, usecase.Change{
		Action: ActionSave, Entity: "số liệu " + w.period.Words(), Before: before, After: after,
	})
}

// ActionSave is the audit log's action of a save of progress values, from
// the grid or from a workbook.
const ActionSave = "progress.save"

// auditRecords is what the audit log keeps of a save.
type auditRecords struct {
	Records []auditRecord `json:"records"`
	Files   []string      `json:"files,omitempty"`
}

type auditRecord struct {
	Criterion string `json:"criterion"`
	Record    string `json:"record"`
}
