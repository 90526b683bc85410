package submissions

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ImportPreview is what a workbook would record, found without storing
// anything: every problem with its cell, or the rows.
type ImportPreview struct {
	Message  string           // the headline when the workbook cannot be recorded
	Problems []domain.Problem // every problem, with its cell
	Rows     []ImportRow
}

// ImportRow is one row of the workbook, ready to record.
type ImportRow struct {
	Row         int
	Sub         domain.Submission // DueAt set; no ID yet
	DuplicateOf string            // what it looks like: "mã NQ57-…", or "dòng 4 của tệp"; "" for none
}

// Savable reports whether the workbook may be recorded.
func (p ImportPreview) Savable() bool {
	return p.Message == "" && len(p.Problems) == 0 && len(p.Rows) > 0
}

// Duplicates counts the rows flagged as near-duplicates.
func (p ImportPreview) Duplicates() int {
	n := 0
	for _, r := range p.Rows {
		if r.DuplicateOf != "" {
			n++
		}
	}
	return n
}

// ImportTemplate is the empty workbook staff fill in.
func (s *Service) ImportTemplate(ctx context.Context, a usecase.Actor) (Export, error) {
	if err := a.Require(domain.ActRecordSubmissions); err != nil {
		return Export{}, err
	}
	var buf bytes.Buffer
	if err := excel.WriteSubmissionsTemplate(&buf, nil); err != nil {
		return Export{}, fmt.Errorf("submissions template: %w", err)
	}
	return Export{Name: "Mẫu nhập phản ánh, kiến nghị.xlsx", Data: buf.Bytes()}, nil
}

// PreviewImport reads a workbook of submissions that came by other channels
// and shows every problem, or the rows it would record with their
// near-duplicates flagged. It stores nothing.
func (s *Service) PreviewImport(ctx context.Context, a usecase.Actor, workbook []byte) (ImportPreview, error) {
	if err := a.Require(domain.ActRecordSubmissions); err != nil {
		return ImportPreview{}, err
	}
	pv, err := s.readImport(ctx, a, workbook)
	if err != nil || !pv.Savable() {
		return pv, err
	}
	return pv, s.flagDuplicates(ctx, a.Org.ID, pv.Rows)
}

// ConfirmImport checks the workbook again from scratch and records every
// row, each received when the workbook says and recorded by the official, in
// one transaction with one audit entry; it returns how many it recorded. A
// workbook with any problem records nothing: the error is Invalid, with the
// preview's headline and problems.
func (s *Service) ConfirmImport(ctx context.Context, a usecase.Actor, workbook []byte, file string) (int, error) {
	if err := a.Require(domain.ActRecordSubmissions); err != nil {
		return 0, err
	}
	file, err := domain.CleanText("filename", file, false)
	if err != nil {
		return 0, err
	}
	pv, err := s.readImport(ctx, a, workbook)
	if err != nil {
		return 0, err
	}
	if !pv.Savable() {
		if pv.Message == "" {
			pv.Message = "Bảng tính chưa có phản ánh, kiến nghị nào để ghi"
		}
		return 0, domain.InvalidInput(pv.Message, pv.Problems)
	}
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		// Checked again holding the organisation, so that the same workbook
		// confirmed twice at once (a double click, a page sent again) is
		// recorded once.
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		if problems, err := recordedAlready(ctx, tx, a.Org.ID, pv.Rows); err != nil || len(problems) > 0 {
			if err != nil {
				return err
			}
			return domain.InvalidInput(importRefused(len(problems)), problems)
		}
		dl, err := loadDeadlines(ctx, tx, a.Org.ID)
		if err != nil {
			return err
		}
		audit := importAudit{File: file}
		for _, row := range pv.Rows {
			// Near-duplicate links are found again here, where the earlier
			// rows of the workbook have their IDs.
			sub := row.Sub
			if _, err := intake(ctx, tx, dl, &sub, nil, a.Name(), "Nhập từ Excel"); err != nil {
				return fmt.Errorf("row %d: %w", row.Row, err)
			}
			audit.Codes = append(audit.Codes, sub.TrackingCode)
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "submission.import",
			Entity: fmt.Sprintf("%d phản ánh, kiến nghị từ Excel", len(pv.Rows)), After: audit})
	})
	if err != nil {
		return 0, err
	}
	return len(pv.Rows), nil
}

// importAudit is what the audit log keeps of an import.
type importAudit struct {
	File  string
	Codes []string
}

// readImport reads the workbook as the organisation's submissions and checks
// what the workbook alone cannot: codes already in nq57. Problems come back
// in the preview; err is for failures of the system.
func (s *Service) readImport(ctx context.Context, a usecase.Actor, workbook []byte) (ImportPreview, error) {
	var pv ImportPreview
	rows, err := excel.ReadSubmissions(bytes.NewReader(workbook), s.env.Now())
	var de *domain.Error
	if errors.As(err, &de) {
		pv.Message, pv.Problems = de.Message, de.Problems
		if len(pv.Problems) == 0 {
			pv.Problems = []domain.Problem{{Message: de.Message}}
		}
		return pv, nil
	}
	if err != nil {
		return pv, err
	}
	dl, err := loadDeadlines(ctx, s.env.Store, a.Org.ID)
	if err != nil {
		return pv, err
	}
	for _, row := range rows {
		sub := row.Submission
		sub.OrgID = a.Org.ID
		if f := MatchField(sub.Field); f != "" {
			sub.Field = f
		}
		if p, err := s.codeTaken(ctx, row); err != nil {
			return pv, err
		} else if p != nil {
			pv.Problems = append(pv.Problems, *p)
		}
		sub.DueAt = dl.due(sub.Kind, domain.StageAccept, sub.ReceivedAt)
		pv.Rows = append(pv.Rows, ImportRow{Row: row.Row, Sub: sub})
	}
	again, err := recordedAlready(ctx, s.env.Store, a.Org.ID, pv.Rows)
	if err != nil {
		return pv, err
	}
	if pv.Problems = append(pv.Problems, again...); len(pv.Problems) > 0 {
		pv.Message = importRefused(len(pv.Problems))
		pv.Rows = nil
	}
	return pv, nil
}

// importRefused is the headline of a workbook with n problems.
func importRefused(n int) string {
	return fmt.Sprintf("Bảng tính phản ánh, kiến nghị có %d lỗi, chưa nhập được", n)
}

// recordedAlready finds the rows that a stored submission repeats exactly
// (the same sender, moment of receipt, title and content): the workbook, or
// that row, was recorded before, and recording it again would count one
// submission twice. Rows with a pakn.nq57.vn code are caught by the code.
func recordedAlready(ctx context.Context, st *storage.Store, orgID int64, rows []ImportRow) ([]domain.Problem, error) {
	var problems []domain.Problem
	for _, row := range rows {
		if row.Sub.TrackingCode != "" {
			continue
		}
		earlier, err := st.SenderSubmissions(ctx, orgID, row.Sub.SenderPhone, row.Sub.SenderEmail)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", row.Row, err)
		}
		for _, e := range earlier {
			if e.ReceivedAt.Equal(row.Sub.ReceivedAt) && e.Title == row.Sub.Title && e.Content == row.Sub.Content {
				problems = append(problems, domain.Problem{Field: fmt.Sprintf("%s!A%d", excel.SheetSubmissions, row.Row),
					Message: fmt.Sprintf("dòng %d đã được ghi vào hệ thống trước đây (mã %s): bỏ dòng này khỏi tệp", row.Row, e.TrackingCode)})
				break
			}
		}
	}
	return problems, nil
}

// codeTaken reports a pakn.nq57.vn code that a stored submission (of any
// organisation: codes are national) already has, without saying whose.
func (s *Service) codeTaken(ctx context.Context, row excel.SubmissionRow) (*domain.Problem, error) {
	code := row.Submission.TrackingCode
	if code == "" {
		return nil, nil
	}
	_, err := s.env.Store.SubmissionByCode(ctx, code)
	switch {
	case domain.IsNotFound(err):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return &domain.Problem{Field: row.CodeCell, Message: fmt.Sprintf("mã “%s” đã có trong hệ thống: phản ánh, kiến nghị này đã được ghi trước đây", code)}, nil
}

// flagDuplicates marks each row that looks like an earlier submission of the
// same sender: one stored, or an earlier row of the workbook (numbered
// negatively here, since it has no ID yet).
func (s *Service) flagDuplicates(ctx context.Context, orgID int64, rows []ImportRow) error {
	stored := map[int64]string{}
	for i := range rows {
		sub := &rows[i].Sub
		earlier, err := s.env.Store.SenderSubmissions(ctx, orgID, sub.SenderPhone, sub.SenderEmail)
		if err != nil {
			return err
		}
		for _, e := range earlier {
			stored[e.ID] = e.TrackingCode
		}
		for j := range i {
			prior := rows[j].Sub
			prior.ID = -int64(j + 1)
			earlier = append(earlier, prior)
		}
		switch id := domain.FindDuplicate(*sub, earlier); {
		case id > 0:
			rows[i].DuplicateOf = "mã " + stored[id]
		case id < 0:
			rows[i].DuplicateOf = fmt.Sprintf("dòng %d của tệp", rows[-id-1].Row)
		}
	}
	return nil
}
