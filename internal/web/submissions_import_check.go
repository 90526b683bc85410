package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
)

// importedSubmission is one row of the workbook, ready to record.
type importedSubmission struct {
	Row         int
	Sub         domain.Submission // DueAt set; no ID yet
	DuplicateOf string            // what it looks like: a stored code, or "dòng 4 của tệp"; "" for none
}

// previewSubmissions reads the workbook as the organisation's submissions
// and checks what the workbook alone cannot: codes already in nq57. Problems
// come back in the preview; err is for failures of the system.
func (s *Server) previewSubmissions(ctx context.Context, orgID int64, workbook []byte) (*subImportPreview, error) {
	pv := &subImportPreview{Workbook: base64.StdEncoding.EncodeToString(workbook)}
	rows, err := excel.ReadSubmissions(bytes.NewReader(workbook), s.now())
	if refusedSubmissions(err, pv) {
		return pv, nil
	}
	if err != nil {
		return nil, err
	}
	dl, err := s.orgDeadlines(ctx, orgID)
	if err != nil {
		return nil, err
	}
	var problems []domain.Problem
	for _, row := range rows {
		sub := row.Submission
		sub.OrgID = orgID
		if f := matchField(sub.Field); f != "" {
			sub.Field = f
		}
		if p, err := s.codeTaken(ctx, row); err != nil {
			return nil, err
		} else if p != nil {
			problems = append(problems, *p)
		}
		sub.DueAt = dl.due(sub.Kind, domain.StageAccept, sub.ReceivedAt)
		pv.Rows = append(pv.Rows, importedSubmission{Row: row.Row, Sub: sub})
	}
	if len(problems) > 0 {
		pv.Message = fmt.Sprintf("Bảng tính phản ánh, kiến nghị có %d lỗi, chưa nhập được", len(problems))
		pv.Problems, pv.Rows = problems, nil
	}
	return pv, nil
}

// refusedSubmissions copies a domain error's message and problems into the
// preview and reports whether err was one.
func refusedSubmissions(err error, pv *subImportPreview) bool {
	var de *domain.Error
	if !errors.As(err, &de) {
		return false
	}
	pv.Message, pv.Problems = de.Message, de.Problems
	if len(pv.Problems) == 0 {
		pv.Problems = []domain.Problem{{Message: de.Message}}
	}
	return true
}

// codeTaken reports a pakn.nq57.vn code that a stored submission (of any
// commune: codes are national) already has, without saying whose.
func (s *Server) codeTaken(ctx context.Context, row excel.SubmissionRow) (*domain.Problem, error) {
	code := row.Submission.TrackingCode
	if code == "" {
		return nil, nil
	}
	_, err := s.store.SubmissionByCode(ctx, code)
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
func (s *Server) flagDuplicates(ctx context.Context, orgID int64, rows []importedSubmission) error {
	stored := map[int64]string{}
	for i := range rows {
		sub := &rows[i].Sub
		earlier, err := s.store.SenderSubmissions(ctx, orgID, sub.SenderPhone, sub.SenderEmail)
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

// importAudit is what the audit log keeps of an import.
type importAudit struct {
	File  string
	Codes []string
}

// recordImported stores the rows in one transaction, each received when the
// workbook says and recorded by the official (see intake), with one audit
// entry, and returns how many it stored. Near-duplicate links are found again
// inside the transaction, where the earlier rows of the workbook have their
// IDs.
func (s *Server) recordImported(r *http.Request, rows []importedSubmission, file string) (int, error) {
	ctx, v := r.Context(), mustViewer(r)
	dl, err := s.orgDeadlines(ctx, v.Org.ID)
	if err != nil {
		return 0, err
	}
	err = s.store.WithTx(ctx, func(tx *storage.Store) error {
		audit := importAudit{File: file}
		for _, row := range rows {
			sub := row.Sub
			if _, err := intake(ctx, tx, dl, &sub, nil, officialName(v.User), "Nhập từ Excel"); err != nil {
				return fmt.Errorf("row %d: %w", row.Row, err)
			}
			audit.Codes = append(audit.Codes, sub.TrackingCode)
		}
		return s.audit(tx, r, "submission.import", fmt.Sprintf("%d phản ánh, kiến nghị từ Excel", len(rows)), nil, audit, "")
	})
	if err != nil {
		return 0, err
	}
	return len(rows), nil
}
