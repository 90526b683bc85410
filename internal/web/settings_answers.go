package web

import (
	"fmt"
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

const templateTitleMax = 200

// answerTemplatesPage lists the commune's reusable answers; an administrator
// edits them here, the staff read them (and pick them on a submission's page).
type answerTemplatesPage struct {
	Page
	Templates []domain.AnswerTemplate
	Form      domain.AnswerTemplate // the form that was sent, kept after a refusal
	Errors    fieldErrors
}

func (s *Server) answerTemplatesData(r *http.Request, form domain.AnswerTemplate, errs fieldErrors) (*answerTemplatesPage, error) {
	list, err := s.store.AnswerTemplates(r.Context(), mustViewer(r).Org.ID)
	if err != nil {
		return nil, err
	}
	return &answerTemplatesPage{Page: s.page(r, "Mẫu trả lời", "submissions"), Templates: list, Form: form, Errors: errs}, nil
}

func (s *Server) answerTemplates(w http.ResponseWriter, r *http.Request) {
	data, err := s.answerTemplatesData(r, domain.AnswerTemplate{}, fieldErrors{})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "settings_answers", data)
}

// saveAnswerTemplate adds a template (no id) or changes one of the
// commune's; an id of another commune's template is a 404.
func (s *Server) saveAnswerTemplate(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	id, _ := strconv.ParseInt(r.FormValue("id"), 10, 64)
	t := domain.AnswerTemplate{ID: id, OrgID: v.Org.ID, Title: formValue(r, "title"), Body: formText(r, "body")}
	errs := checkAnswerTemplate(t)
	var before any
	if id != 0 {
		old, err := s.findTemplate(r, id)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		before = old
	}
	if !errs.any() {
		err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
			if err := tx.SaveAnswerTemplate(r.Context(), &t); err != nil {
				return err
			}
			return s.audit(tx, r, "answer_template.save", "mẫu trả lời "+t.Title, before, t, "")
		})
		if err == nil {
			redirectWithFlash(w, r, "/settings/answers", fmt.Sprintf("Đã lưu mẫu trả lời “%s”.", t.Title))
			return
		}
		if domain.ErrorCode(err) == domain.Conflict {
			errs.add("title", err.Error())
		} else if !errs.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
	}
	data, err := s.answerTemplatesData(r, t, errs)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusUnprocessableEntity, "settings_answers", data)
}

func checkAnswerTemplate(t domain.AnswerTemplate) fieldErrors {
	errs := fieldErrors{}
	if n := utf8.RuneCountInString(t.Title); n == 0 {
		errs.add("title", "Đặt tên cho mẫu trả lời.")
	} else if n > templateTitleMax {
		errs.add("title", fmt.Sprintf("Tên mẫu quá dài: tối đa %d ký tự (hiện có %d).", templateTitleMax, n))
	}
	checkAnswer(t.Body, errs)
	if msg, ok := errs["answer-text"]; ok {
		delete(errs, "answer-text")
		errs.add("body", msg)
	}
	return errs
}

// findTemplate returns the commune's template with the id; NotFound when the
// commune has none with it.
func (s *Server) findTemplate(r *http.Request, id int64) (domain.AnswerTemplate, error) {
	list, err := s.store.AnswerTemplates(r.Context(), mustViewer(r).Org.ID)
	if err != nil {
		return domain.AnswerTemplate{}, err
	}
	for _, t := range list {
		if t.ID == id {
			return t, nil
		}
	}
	return domain.AnswerTemplate{}, domain.Errorf(domain.NotFound, "Không có mẫu trả lời số %d.", id)
}

func (s *Server) deleteAnswerTemplate(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	before, err := s.findTemplate(r, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	err = s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		if err := tx.DeleteAnswerTemplate(r.Context(), v.Org.ID, id); err != nil {
			return err
		}
		return s.audit(tx, r, "answer_template.delete", "mẫu trả lời "+before.Title, before, nil, "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, "/settings/answers", fmt.Sprintf("Đã xóa mẫu trả lời “%s”.", before.Title))
}
