package submissions

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// TemplateTitleMax is the longest name of an answer template.
const TemplateTitleMax = 200

// AnswerTemplates lists the organisation's reusable answers by title.
func (s *Service) AnswerTemplates(ctx context.Context, a usecase.Actor) ([]domain.AnswerTemplate, error) {
	if err := a.Require(domain.ActHandleSubmissions); err != nil {
		return nil, err
	}
	return s.env.Store.AnswerTemplates(ctx, a.Org.ID)
}

// TemplateInput is an answer template as the form sent it: a new one (ID 0)
// or a change to one at Version.
type TemplateInput struct {
	ID      int64
	Version int64
	Title   string
	Body    string
}

// SaveAnswerTemplate adds a template or changes one of the organisation's
// (another's is NotFound; one changed since the form was drawn is Stale),
// with its audit entry. Problems name the form's fields: title, body.
func (s *Service) SaveAnswerTemplate(ctx context.Context, a usecase.Actor, in TemplateInput) (domain.AnswerTemplate, error) {
	if err := a.Require(domain.ActConfigureSubmissions); err != nil {
		return domain.AnswerTemplate{}, err
	}
	problems := append(domain.TextProblems("title", in.Title, false), domain.TextProblems("body", in.Body, true)...)
	if len(problems) > 0 {
		return domain.AnswerTemplate{}, domain.InvalidInput("Mẫu trả lời có ký tự không hợp lệ; chưa lưu gì.", problems)
	}
	title, _ := domain.CleanText("title", in.Title, false)
	body, _ := domain.CleanText("body", in.Body, true)
	if n := utf8.RuneCountInString(title); n == 0 {
		problems = append(problems, domain.Problem{Field: "title", Message: "Đặt tên cho mẫu trả lời."})
	} else if n > TemplateTitleMax {
		problems = append(problems, domain.Problem{Field: "title", Message: fmt.Sprintf("Tên mẫu quá dài: tối đa %d ký tự (hiện có %d).", TemplateTitleMax, n)})
	}
	problems = append(problems, checkAnswer("body", body)...)
	if len(problems) > 0 {
		return domain.AnswerTemplate{}, domain.InvalidInput("Mẫu trả lời chưa hợp lệ; chưa lưu gì.", problems)
	}
	now := s.env.Now()
	t := domain.AnswerTemplate{ID: in.ID, OrgID: a.Org.ID, Title: title, Body: body, Version: in.Version, ChangedBy: a.Name(), ChangedAt: now}
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		// Held so that two templates given one title at once are told apart
		// by the title check (a problem of the field), not by the unique
		// index (an error of the database) on PostgreSQL.
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		var before any
		if in.ID != 0 {
			old, err := tx.AnswerTemplate(ctx, a.Org.ID, in.ID)
			if err != nil {
				return err
			}
			before = auditTemplate(old)
		}
		if err := tx.SaveAnswerTemplate(ctx, &t); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "answer_template.save", Entity: "mẫu trả lời " + t.Title,
			Before: before, After: auditTemplate(t)})
	})
	if domain.ErrorCode(err) == domain.Conflict {
		return domain.AnswerTemplate{}, domain.InvalidInput("Mẫu trả lời chưa hợp lệ; chưa lưu gì.",
			[]domain.Problem{{Field: "title", Message: fmt.Sprintf("Trùng tên: đã có mẫu trả lời “%s”.", t.Title)}})
	}
	return t, err
}

// DeleteAnswerTemplate removes one of the organisation's templates, at the
// version the page showed (Stale when someone changed it since), with its
// audit entry, and returns it as it was.
func (s *Service) DeleteAnswerTemplate(ctx context.Context, a usecase.Actor, id, version int64) (domain.AnswerTemplate, error) {
	if err := a.Require(domain.ActConfigureSubmissions); err != nil {
		return domain.AnswerTemplate{}, err
	}
	var before domain.AnswerTemplate
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		if before, err = tx.AnswerTemplate(ctx, a.Org.ID, id); err != nil {
			return err
		}
		if err := tx.DeleteAnswerTemplate(ctx, a.Org.ID, id, version); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "answer_template.delete",
			Entity: "mẫu trả lời " + before.Title, Before: auditTemplate(before)})
	})
	return before, err
}

// templateAudit is what the audit log keeps of a template.
type templateAudit struct {
	ID    int64
	Title string
	Body  string
}

func auditTemplate(t domain.AnswerTemplate) templateAudit {
	return templateAudit{ID: t.ID, Title: t.Title, Body: t.Body}
}
