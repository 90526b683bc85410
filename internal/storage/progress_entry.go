package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// ProgressEntry is one save of the data-entry grid: what the rows of one
// organisation's program hold for one period, and the files uploaded with
// them.
type ProgressEntry struct {
	OrgID     int64
	ProgramID int64
	Period    domain.Period
	Records   []domain.Progress // one per row; an empty record clears the period's record
	Files     []EvidenceFile    // criterion, name, type and content set by the caller
	By        string            // who saves, as the history and the records show it
	At        time.Time
}

// EntryResult is what a save changed.
type EntryResult struct {
	Changes []ProgressChange
	Files   []EvidenceFile
}

// Criteria returns how many criteria the save changed (values or files).
func (r EntryResult) Criteria() int {
	seen := map[int64]bool{}
	for _, c := range r.Changes {
		seen[c.CriterionID] = true
	}
	for _, f := range r.Files {
		seen[f.CriterionID] = true
	}
	return len(seen)
}

// SaveProgressEntry saves a grid in one transaction: the records that differ
// from what the period holds (unchanged ones keep who recorded them and
// when), a history row per changed record, and the files. It refuses a
// locked period (Conflict), a program or criterion that is not the
// organisation's (NotFound), and writes nothing when it refuses.
func (s *Store) SaveProgressEntry(ctx context.Context, e ProgressEntry) (EntryResult, error) {
	var res EntryResult
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.RequireOpen(ctx, e.OrgID, e.Period); err != nil {
			return err
		}
		inProgram, err := tx.programCriterionIDs(ctx, e.OrgID, e.ProgramID)
		if err != nil {
			return err
		}
		if res.Changes, err = tx.saveChangedRecords(ctx, e, inProgram); err != nil {
			return err
		}
		res.Files, err = tx.saveEntryFiles(ctx, e, inProgram)
		return err
	})
	if err != nil {
		return EntryResult{}, wrap(err, "save progress entry for %s", e.Period)
	}
	return res, nil
}

func (s *Store) saveChangedRecords(ctx context.Context, e ProgressEntry, inProgram map[int64]bool) ([]ProgressChange, error) {
	current, err := s.ProgressFor(ctx, e.ProgramID, e.Period)
	if err != nil {
		return nil, err
	}
	old := map[int64]*domain.Progress{}
	for i := range current {
		old[current[i].CriterionID] = &current[i]
	}
	// The changed records are found and checked first, all at once (one
	// query for their targets, not one per record), then written in order.
	var changes []ProgressChange
	var records, toWrite []domain.Progress // records[i] makes changes[i]
	for _, r := range e.Records {
		if !inProgram[r.CriterionID] {
			return nil, domain.Errorf(domain.NotFound, "không có tiêu chí số %d", r.CriterionID)
		}
		r.Period = e.Period
		before := old[r.CriterionID]
		if before.SameEntry(r) {
			continue
		}
		if !r.Blank() {
			r.RecordedBy, r.RecordedAt = e.By, e.At
			toWrite = append(toWrite, r)
		}
		records = append(records, r)
		changes = append(changes, ProgressChange{CriterionID: r.CriterionID, Period: e.Period, ChangedAt: e.At, ChangedBy: e.By, Before: before})
	}
	if err := s.validateProgress(ctx, toWrite); err != nil {
		return nil, err
	}
	for i := range changes {
		if err := s.applyRecord(ctx, records[i], &changes[i]); err != nil {
			return nil, err
		}
		if err := s.AddProgressChange(ctx, &changes[i]); err != nil {
			return nil, err
		}
	}
	return changes, nil
}

// applyRecord writes a changed record, checked already, or deletes the
// period's record when the row was emptied: an empty record would otherwise
// hide, as "no data", the status carried forward from earlier periods.
func (s *Store) applyRecord(ctx context.Context, r domain.Progress, change *ProgressChange) error {
	if r.Blank() {
		_, err := s.q.ExecContext(ctx, `DELETE FROM progress WHERE criterion_id = $1 AND period = $2`, r.CriterionID, r.Period.String())
		return wrap(err, "clear progress of criterion %d for %s", r.CriterionID, r.Period)
	}
	if err := s.saveProgressRecord(ctx, &r); err != nil {
		return err
	}
	change.After = &r
	return nil
}

func (s *Store) saveEntryFiles(ctx context.Context, e ProgressEntry, inProgram map[int64]bool) ([]EvidenceFile, error) {
	out := make([]EvidenceFile, 0, len(e.Files))
	for _, f := range e.Files {
		if !inProgram[f.CriterionID] {
			return nil, domain.Errorf(domain.NotFound, "không có tiêu chí số %d", f.CriterionID)
		}
		f.OrgID, f.Period, f.UploadedBy, f.UploadedAt = e.OrgID, e.Period, e.By, e.At
		if err := validateEvidence(f); err != nil {
			return nil, err
		}
		// inProgram has shown the criterion to be the organisation's.
		if err := s.insertEvidence(ctx, &f); err != nil {
			return nil, err
		}
		f.Data = nil // the caller needs what was saved, not the bytes again
		out = append(out, f)
	}
	return out, nil
}

// programCriterionIDs returns the IDs of the criteria of a program of the
// organisation; NotFound if the program is not the organisation's.
func (s *Store) programCriterionIDs(ctx context.Context, orgID, programID int64) (map[int64]bool, error) {
	ok, err := s.rowOfOrg(ctx, "programs", orgID, programID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, domain.Errorf(domain.NotFound, "không có chương trình công tác số %d", programID)
	}
	ids, err := s.queryIDs(ctx, `SELECT c.id FROM criteria c JOIN program_groups g ON g.id = c.group_id
		WHERE g.program_id = $1`, programID)
	if err != nil {
		return nil, fmt.Errorf("list criteria of program %d: %w", programID, err)
	}
	return idSet(ids), nil
}
