package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

const answerTemplateColumns = `id, org_id, title, body, version, changed_by, changed_at`

// AnswerTemplates returns the organisation's answer templates by title.
func (s *Store) AnswerTemplates(ctx context.Context, orgID int64) ([]domain.AnswerTemplate, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT `+answerTemplateColumns+` FROM answer_templates WHERE org_id = $1`, orgID)
	if err != nil {
		return nil, fmt.Errorf("answer templates of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.AnswerTemplate
	for rows.Next() {
		t, err := scanAnswerTemplate(rows)
		if err != nil {
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

// AnswerTemplate returns one of the organisation's answer templates;
// NotFound when the organisation has none with the ID.
func (s *Store) AnswerTemplate(ctx context.Context, orgID, id int64) (domain.AnswerTemplate, error) {
	t, err := scanAnswerTemplate(s.q.QueryRowContext(ctx,
		`SELECT `+answerTemplateColumns+` FROM answer_templates WHERE id = $1 AND org_id = $2`, id, orgID))
	if err != nil {
		return domain.AnswerTemplate{}, wrap(notFound(err, "không có mẫu trả lời số %d", id), "load answer template %d", id)
	}
	return t, nil
}

func scanAnswerTemplate(r scanner) (domain.AnswerTemplate, error) {
	var t domain.AnswerTemplate
	err := r.Scan(&t.ID, &t.OrgID, &t.Title, &t.Body, &t.Version, &t.ChangedBy, timeCol{&t.ChangedAt})
	return t, err
}

// SaveAnswerTemplate inserts (ID 0) or updates an answer template, as
// changed by t.ChangedBy at t.ChangedAt, and sets its ID and version. A
// title another template of the organisation has is a Conflict; updating a
// template of another organisation is NotFound; updating one that is no
// longer at t.Version (someone changed it since) is Stale.
func (s *Store) SaveAnswerTemplate(ctx context.Context, t *domain.AnswerTemplate) error {
	if err := validateAnswerTemplate(*t); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, t.OrgID); err != nil {
			return err
		}
		if err := tx.refuseTakenTitle(ctx, *t); err != nil {
			return err
		}
		if t.ID == 0 {
			return tx.insertAnswerTemplate(ctx, t)
		}
		err := tx.q.QueryRowContext(ctx, `UPDATE answer_templates SET title = $1, body = $2,
			version = version + 1, changed_by = $3, changed_at = $4
			WHERE id = $5 AND org_id = $6 AND version = $7 RETURNING version`,
			t.Title, t.Body, t.ChangedBy, tx.timeArg(t.ChangedAt), t.ID, t.OrgID, t.Version).Scan(&t.Version)
		if errors.Is(err, sql.ErrNoRows) {
			return tx.staleTemplate(ctx, t.OrgID, t.ID)
		}
		return err
	})
	return wrap(err, "save answer template %q", t.Title)
}

// insertAnswerTemplate adds a template; the unique title decides between two
// added at once.
func (s *Store) insertAnswerTemplate(ctx context.Context, t *domain.AnswerTemplate) error {
	err := s.q.QueryRowContext(ctx, `INSERT INTO answer_templates (org_id, title, body, changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, title) DO NOTHING RETURNING id, version`,
		t.OrgID, t.Title, t.Body, t.ChangedBy, s.timeArg(t.ChangedAt)).Scan(&t.ID, &t.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Errorf(domain.Conflict, "đã có mẫu trả lời “%s”", t.Title)
	}
	return err
}

func (s *Store) refuseTakenTitle(ctx context.Context, t domain.AnswerTemplate) error {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM answer_templates WHERE org_id = $1 AND title = $2 AND id <> $3`,
		t.OrgID, t.Title, t.ID).Scan(&n)
	if err != nil {
		return err
	}
	if n > 0 {
		return domain.Errorf(domain.Conflict, "đã có mẫu trả lời “%s”", t.Title)
	}
	return nil
}

// staleTemplate explains why a template was not at the version a change
// named: it is gone (NotFound), or someone changed it (Stale).
func (s *Store) staleTemplate(ctx context.Context, orgID, id int64) error {
	current, err := s.AnswerTemplate(ctx, orgID, id)
	if err != nil {
		return err
	}
	return domain.StaleRecord("mẫu trả lời “"+current.Title+"”", domain.Revision{
		Version: current.Version, By: current.ChangedBy, At: current.ChangedAt, Value: current.Title})
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

// DeleteAnswerTemplate deletes one of the organisation's answer templates if
// it is still at version (NotFound when there is none, Stale when someone
// changed it since).
func (s *Store) DeleteAnswerTemplate(ctx context.Context, orgID, id, version int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		res, err := tx.q.ExecContext(ctx, `DELETE FROM answer_templates WHERE id = $1 AND org_id = $2 AND version = $3`, id, orgID, version)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n > 0 {
			return err
		}
		return tx.staleTemplate(ctx, orgID, id)
	})
	return wrap(err, "delete answer template %d", id)
}
