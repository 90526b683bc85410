package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// CreateSubmission stores a new submission, its files and its first event in
// one transaction, and sets IDs; it makes a unique tracking code when sub has
// none.
func (s *Store) CreateSubmission(ctx context.Context, sub *domain.Submission, files []domain.SubmissionFile, ev domain.SubmissionEvent) error {
	if err := validateSubmission(*sub); err != nil {
		return err
	}
	if err := validateSubmissionFiles(files); err != nil {
		return err
	}
	if ev.At.IsZero() {
		ev.At = sub.ReceivedAt
	}
	if ev.To == "" {
		ev.To = sub.Status
	}
	before := *sub
	err := s.WithTx(ctx, func(tx *Store) error { return tx.createSubmission(ctx, sub, files, ev) })
	if err != nil {
		*sub = before // nothing was stored: no ID, no code
		for i := range files {
			files[i].ID, files[i].SubmissionID = 0, 0
		}
		return wrap(err, "create submission")
	}
	return nil
}

func (s *Store) createSubmission(ctx context.Context, sub *domain.Submission, files []domain.SubmissionFile, ev domain.SubmissionEvent) error {
	if err := s.requireOrg(ctx, sub.OrgID); err != nil {
		return err
	}
	if err := s.checkSubmissionRefs(ctx, *sub); err != nil {
		return err
	}
	if sub.TrackingCode == "" {
		code, err := s.freeTrackingCode(ctx, newTrackingCode)
		if err != nil {
			return err
		}
		sub.TrackingCode = code
	} else if err := s.refuseTakenCode(ctx, *sub); err != nil {
		return err
	}
	sub.ID = 0
	if err := s.insertSubmissionRow(ctx, sub); err != nil {
		return err
	}
	for i := range files {
		files[i].SubmissionID = sub.ID
		if err := s.insertSubmissionFile(ctx, &files[i]); err != nil {
			return err
		}
	}
	ev.SubmissionID = sub.ID
	return s.insertSubmissionEvent(ctx, ev)
}

func validateSubmissionFiles(files []domain.SubmissionFile) error {
	var pr problems
	for i, f := range files {
		if f.Name == "" || len(f.Data) == 0 {
			pr.add("files", fmt.Sprintf("tệp đính kèm thứ %d cần có tên và nội dung", i+1))
		}
	}
	return pr.err("tệp đính kèm chưa hợp lệ")
}

func (s *Store) insertSubmissionFile(ctx context.Context, f *domain.SubmissionFile) error {
	sum := sha256.Sum256(f.Data)
	f.SHA256, f.Size = hex.EncodeToString(sum[:]), int64(len(f.Data))
	if f.ContentType == "" {
		f.ContentType = "application/octet-stream"
	}
	err := s.q.QueryRowContext(ctx, `INSERT INTO submission_files
		(submission_id, name, content_type, size, sha256, data)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		f.SubmissionID, f.Name, f.ContentType, f.Size, f.SHA256, f.Data).Scan(&f.ID)
	return wrap(err, "save file %q", f.Name)
}

func (s *Store) insertSubmissionEvent(ctx context.Context, ev domain.SubmissionEvent) error {
	_, err := s.q.ExecContext(ctx, `INSERT INTO submission_events
		(submission_id, at, actor, action, from_status, to_status, note, due_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		ev.SubmissionID, s.timeArg(ev.At), ev.Actor, string(ev.Action), string(ev.From), string(ev.To),
		ev.Note, s.timeArg(ev.DueAt))
	return wrap(err, "record %s of submission %d", ev.Action, ev.SubmissionID)
}

// ApplySubmissionEvent saves the submission as a workflow step left it and
// records the step, in one transaction. The row is found by ID and
// organisation (NotFound otherwise) and must still be at sub.Version: a step
// another official took since the page was drawn makes this one Stale (with
// who took it, when, and the status it left) rather than overwriting it. On
// success sub has its new version, ChangedBy the step's actor and ChangedAt
// its time.
func (s *Store) ApplySubmissionEvent(ctx context.Context, sub *domain.Submission, ev domain.SubmissionEvent) error {
	if err := validateSubmission(*sub); err != nil {
		return err
	}
	if ev.At.IsZero() {
		return domain.InvalidInput("bước xử lý chưa hợp lệ",
			[]domain.Problem{{Field: "at", Message: "chưa có thời điểm của bước xử lý"}})
	}
	after := *sub
	after.ChangedBy, after.ChangedAt = ev.Actor, ev.At
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.checkSubmissionRefs(ctx, after); err != nil {
			return err
		}
		if err := tx.refuseTakenCode(ctx, after); err != nil {
			return err
		}
		if err := tx.updateSubmissionAt(ctx, &after); err != nil {
			return err
		}
		ev.SubmissionID = after.ID
		return tx.insertSubmissionEvent(ctx, ev)
	})
	if err != nil {
		return wrap(err, "apply %s to submission %d", ev.Action, sub.ID)
	}
	*sub = after
	return nil
}

// updateSubmissionAt writes the row of sub if it belongs to sub's
// organisation and is still at sub.Version, and counts the new version.
func (s *Store) updateSubmissionAt(ctx context.Context, sub *domain.Submission) error {
	query, args := s.updateSubmissionQuery(*sub)
	n := len(args)
	query += fmt.Sprintf(` WHERE id = $%d AND org_id = $%d AND version = $%d RETURNING version`, n+1, n+2, n+3)
	err := s.q.QueryRowContext(ctx, query, append(args, sub.ID, sub.OrgID, sub.Version)...).Scan(&sub.Version)
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	current, lookErr := s.SubmissionByID(ctx, sub.OrgID, sub.ID)
	if lookErr != nil {
		return lookErr
	}
	return domain.StaleRecord("phản ánh, kiến nghị "+current.TrackingCode, domain.Revision{
		Version: current.Version, By: current.ChangedBy, At: current.ChangedAt, Value: current.Status.Label()})
}

// checkSubmissionRefs refuses a handling unit or an earlier submission that
// is not the organisation's own.
func (s *Store) checkSubmissionRefs(ctx context.Context, sub domain.Submission) error {
	var pr problems
	if sub.AssignedUnitID != 0 {
		ok, err := s.rowOfOrg(ctx, "units", sub.OrgID, sub.AssignedUnitID)
		if err != nil {
			return err
		}
		if !ok {
			pr.add("assigned_unit_id", fmt.Sprintf("đơn vị xử lý số %d không thuộc đơn vị (tổ chức) này", sub.AssignedUnitID))
		}
	}
	if sub.DuplicateOfID != 0 {
		ok, err := s.rowOfOrg(ctx, "submissions", sub.OrgID, sub.DuplicateOfID)
		if err != nil {
			return err
		}
		if !ok || sub.DuplicateOfID == sub.ID {
			pr.add("duplicate_of", fmt.Sprintf("không có phản ánh, kiến nghị trước số %d của đơn vị (tổ chức) này", sub.DuplicateOfID))
		}
	}
	return pr.err("thông tin phản ánh, kiến nghị chưa hợp lệ")
}
