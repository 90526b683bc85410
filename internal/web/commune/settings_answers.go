package commune

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// answerTemplatesPage lists the organisation's reusable answers; an
// administrator edits them here, the staff read them (and pick them on a
// submission's page). Each form carries the version it shows.
type answerTemplatesPage struct {
	ui.Page
	Templates []domain.AnswerTemplate
	Form      submissions.TemplateInput // the form that was sent, kept after a refusal
	Errors    ui.Errors
}

func (h *Handlers) renderAnswerTemplates(w http.ResponseWriter, r *http.Request, status int, form submissions.TemplateInput, errs ui.Errors) {
	list, err := h.uc.Submissions.AnswerTemplates(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, status, "settings_answers", &answerTemplatesPage{Page: h.ui.Page(r, "Mẫu trả lời", "submissions"),
		Templates: list, Form: form, Errors: errs})
}

// AnswerTemplates lists the organisation's reusable answers.
func (h *Handlers) AnswerTemplates(w http.ResponseWriter, r *http.Request) {
	h.renderAnswerTemplates(w, r, http.StatusOK, submissions.TemplateInput{}, ui.Errors{})
}

// SaveAnswerTemplate adds a template (no id) or changes one of the
// organisation's. A refusal shows the page again with what was typed: the
// problems beside the fields (422), or who changed the template since the
// page was drawn (409).
func (h *Handlers) SaveAnswerTemplate(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.FormValue("id"), 10, 64)
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	in := submissions.TemplateInput{ID: id, Version: version, Title: r.FormValue("title"), Body: r.FormValue("body")}
	t, err := h.uc.Submissions.SaveAnswerTemplate(r.Context(), ui.ActorOf(r), in)
	if err == nil {
		ui.Redirect(w, r, "/settings/answers", fmt.Sprintf("Đã lưu mẫu trả lời “%s”.", t.Title))
		return
	}
	errs := ui.Errors{}
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Code == domain.Stale:
		errs.Add("", de.Message)
		h.renderAnswerTemplates(w, r, http.StatusConflict, in, errs)
	case errs.FromDomain(err):
		h.renderAnswerTemplates(w, r, http.StatusUnprocessableEntity, in, errs)
	default:
		h.ui.Fail(w, r, err)
	}
}

// DeleteAnswerTemplate deletes one of the organisation's templates, as the
// page showed it; another organisation's is a 404.
func (h *Handlers) DeleteAnswerTemplate(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	t, err := h.uc.Submissions.DeleteAnswerTemplate(r.Context(), ui.ActorOf(r), id, version)
	var de *domain.Error
	switch {
	case errors.As(err, &de) && de.Code == domain.Stale:
		h.renderAnswerTemplates(w, r, http.StatusConflict, submissions.TemplateInput{}, ui.Errors{"": de.Message})
	case err != nil:
		h.ui.Fail(w, r, err)
	default:
		ui.Redirect(w, r, "/settings/answers", fmt.Sprintf("Đã xóa mẫu trả lời “%s”.", t.Title))
	}
}
