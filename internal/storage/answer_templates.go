package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// AnswerTemplates returns the organisation's answer templates by title.
func (s *Store) AnswerTemplates(ctx context.Context, orgID int64) ([]domain.AnswerTemplate, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT id, org_id, title, body FROM answer_templates WHERE org_id = $1`, orgID)
	if err != nil {
		return nil, fmt.Errorf("answer templates of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.AnswerTemplate
	for rows.Next() {
		var t domain.AnswerTemplate
		if err := rows.Scan(&t.ID, &t.OrgID, &t.Title, &t.Body); err != nil {
			return nil, fmt.Errorf("answer templates of org %d: %w", orgID, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("answer templates of org %d: %w", orgID, err)
	}
	sortByName(out, func(t domain.AnswerTemplate) string { return t.Title })
	return out, nil
}

// SaveAnswerTemplate inserts (ID 0) or updates an answer template.
func (s *Store) SaveAnswerTemplate(ctx context.Context, t *domain.AnswerTemplate) error {
	// A title another template of the organisation has is a Conflict;
	// updating a template of another organisation is NotFound.
	if err := validateAnswerTemplate(*t); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, t.OrgID); err != nil {
			return err
		}
		var n int
		err := tx.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM answer_templates WHERE org_id = $1 AND title = $2 AND id <> $3`,
			t.OrgID, t.Title, t.ID).Scan(&n)
		if err != nil {
			return err
		}
		if n > 0 {
			return domain.Errorf(domain.Conflict, "đã có mẫu trả lời “%s”", t.Title)
		}
		if t.ID == 0 {
			return tx.q.QueryRowContext(ctx, `INSERT INTO answer_templates (org_id, title, body) VALUES ($1, $2, $3) RETURNING id`,
				t.OrgID, t.Title, t.Body).Scan(&t.ID)
		}
		res, err := tx.q.ExecContext(ctx, `UPDATE answer_templates SET title = $1, body = $2 WHERE id = $3 AND org_id = $4`,
			t.Title, t.Body, t.ID, t.OrgID)
		return updated(res, err, "không có mẫu trả lời số %d", t.ID)
	})
	return wrap(err, "save answer template %q", t.Title)
}

func validateAnswerTemplate(t domain.AnswerTemplate) error {
	var pr problems
	if t.OrgID == 0 {
		pr.add("org", "chưa chọn đơn vị (tổ chức)")
	}
	if t.Title == "" {
		pr.add("title", "mẫu trả lời cần có tên")
	}
	if t.Body == "" {
		pr.add("body", "mẫu trả lời cần có nội dung")
	}
	return pr.err("mẫu trả lời chưa hợp lệ")
}

// DeleteAnswerTemplate deletes one of the organisation's answer templates.
func (s *Store) DeleteAnswerTemplate(ctx context.Context, orgID, id int64) error {
	res, err := s.q.ExecContext(ctx, `DELETE FROM answer_templates WHERE id = $1 AND org_id = $2`, id, orgID)
	return wrap(updated(res, err, "không có mẫu trả lời số %d", id), "delete answer template %d", id)
}
