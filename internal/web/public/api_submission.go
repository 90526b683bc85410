package public

import (
	"net/http"

	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// SubmissionView is GET /api/v1/submissions/{code}: what the sender (or
// anyone with the code) may see, with no contact details.
type SubmissionView struct {
	Code        string  `json:"code"`
	Org         string  `json:"org"`
	Kind        string  `json:"kind"`
	KindLabel   string  `json:"kind_label"`
	Field       string  `json:"field,omitempty"`
	Title       string  `json:"title"`
	Status      string  `json:"status"`
	StatusLabel string  `json:"status_label"`
	ReceivedAt  string  `json:"received_at"`
	DueAt       string  `json:"due_at,omitempty"`
	Answer      string  `json:"answer,omitempty"`
	AnsweredAt  string  `json:"answered_at,omitempty"`
	PublishedAt string  `json:"published_at,omitempty"`
	History     []Event `json:"history"`
}

// Event is one step of the history.
type Event struct {
	At          string `json:"at"`
	Action      string `json:"action"` // "submit" or "record" for the first step, then a workflow action
	ActionLabel string `json:"action_label"`
	Status      string `json:"status"`
	StatusLabel string `json:"status_label"`
	DueAt       string `json:"due_at,omitempty"`
	Note        string `json:"note,omitempty"`
}

// APISubmission answers a submission by its tracking code.
func (h *Handlers) APISubmission(w http.ResponseWriter, r *http.Request) {
	v, err := h.uc.Submissions.Track(r.Context(), r.PathValue("code"))
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	ui.WriteJSON(w, http.StatusOK, apiViewOf(v))
}

func apiViewOf(v submissions.PublicView) SubmissionView {
	out := SubmissionView{Code: v.Code, Org: v.OrgName, Kind: string(v.Kind), KindLabel: v.Kind.Label(), Field: v.Field,
		Title: v.Title, Status: string(v.Status), StatusLabel: v.Status.Label(), ReceivedAt: apiTime(v.ReceivedAt),
		DueAt: apiTime(v.DueAt), Answer: v.Answer, AnsweredAt: apiTime(v.AnsweredAt), PublishedAt: apiTime(v.PublishedAt),
		History: make([]Event, 0, len(v.History))}
	for _, h := range v.History {
		action := string(h.Action)
		if h.Action == "" {
			action = h.First
		}
		out.History = append(out.History, Event{At: apiTime(h.At), Action: action, ActionLabel: h.Step,
			Status: string(h.Status), StatusLabel: h.Status.Label(), DueAt: apiTime(h.DueAt), Note: h.Note})
	}
	return out
}
