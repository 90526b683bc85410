package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// answerTemplatesPage lists the organisation's reusable answers; an
// administrator edits them here, the staff read them (and pick them on a
// submission's page). Each form carries the version it shows.
type answerTemplatesPage struct {
	Page
	Templates []domain.AnswerTemplate
	Form      submissions.TemplateInput // the form that was sent, kept after a refusal
	Errors    fieldErrors
}

func (s *Server) renderAnswerTemplates(w http.ResponseWriter, r *http.Request, status int, form submissions.TemplateInput, errs fieldErrors) {
	list, err := s.uc.submissions.AnswerTemplates(r.Context(), actorOf(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, status, "settings_answers", &answerTemplatesPage{Page: s.page(r, "Mẫu trả lời", "submissions"),
		Templates: list, Form: form, Errors: errs})
}

func (s *Server) answerTemplates(w http.ResponseWriter, r *http.Request) {
	s.renderAnswerTemplates(w, r, http.StatusOK, submissions.TemplateInput{}, fieldErrors{})
}

// saveAnswerTemplate adds a template (no id) or changes one of the
// organisation's. A refusal shows the page again with what was typed: the
// problems beside the fields (422), or who changed the template since the
// page was drawn (409).
func (s *Server) saveAnswerTemplate(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.FormValue("id"), 10, 64)
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	in := submissions.TemplateInput{ID: id, Version: version, Title: r.FormValue("title"), Body: r.FormValue("body")}
	t, err := s.uc.submissions.SaveAnswerTemplate(r.Context(), actorOf(r), in)
	if err == nil {
		redirectWithFlash(w, r, "/settings/answers", fmt.Sprintf("Đã lưu mẫu trả lời “%s”.", t.Title))
		return
	}
	errs := fieldErrors{}
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Code == domain.Stale:
		errs.add("", de.Message)
		s.renderAnswerTemplates(w, r, http.StatusConflict, in, errs)
	case errs.fromDomain(err):
		s.renderAnswerTemplates(w, r, http.StatusUnprocessableEntity, in, errs)
	default:
		s.fail(w, r, err)
	}
}

// deleteAnswerTemplate deletes one of the organisation's templates, as the
// page showed it; another organisation's is a 404.
func (s *Server) deleteAnswerTemplate(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	t, err := s.uc.submissions.DeleteAnswerTemplate(r.Context(), actorOf(r), id, version)
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Code == domain.Stale:
		s.renderAnswerTemplates(w, r, http.StatusConflict, submissions.TemplateInput{}, fieldErrors{"": de.Message})
	case err != nil:
		s.fail(w, r, err)
	default:
		redirectWithFlash(w, r, "/settings/answers", fmt.Sprintf("Đã xóa mẫu trả lời “%s”.", t.Title))
	}
}
