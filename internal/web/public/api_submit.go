package public

import (
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// SubmitRequest is the body of POST /api/v1/submissions.
type SubmitRequest struct {
	Org     string `json:"org"` // the organisation's code, "xuan-hung"
	Kind    string `json:"kind"`
	Field   string `json:"field"`
	Title   string `json:"title"`
	Content string `json:"content"`
	Sender  Sender `json:"sender"`
}

// Sender is who sent a submission and how to reach them.
type Sender struct {
	Name       string `json:"name"`
	Address    string `json:"address"`
	Phone      string `json:"phone"`
	Email      string `json:"email"`
	NationalID string `json:"national_id"`
}

// SubmitResponse answers a stored submission.
type SubmitResponse struct {
	Code        string `json:"code"`
	Status      string `json:"status"`
	StatusLabel string `json:"status_label"`
	DueAt       string `json:"due_at"`
	LookupURL   string `json:"lookup_url"`
}

// APISubmit receives a submission from another app, with the same rules as
// the public form: bad input (a text with a NUL or a control character
// included, named by its JSON key) is 422 with every problem and nothing
// stored, a client over the limit is 429 with Retry-After.
func (h *Handlers) APISubmit(w http.ResponseWriter, r *http.Request) {
	var req SubmitRequest
	if !decodeJSON(w, r, &req) {
		return
	}
	receipt, err := h.uc.Submissions.Submit(r.Context(), submissions.SubmitInput{OrgCode: req.Org, Input: req.input(), Consent: true,
		Admit: func() bool { return h.submits.allow(h.ui.ClientIP(r), h.now()) }})
	if errors.Is(err, submissions.ErrTooMany) {
		w.Header().Set("Retry-After", strconv.Itoa(h.retryAfter()))
		ui.WriteJSONError(w, http.StatusTooManyRequests, "Gửi quá nhiều trong thời gian ngắn. Xin đợi rồi gửi lại.")
		return
	}
	if err != nil {
		h.apiError(w, r, apiKindProblem(err))
		return
	}
	sub := receipt.Sub
	w.Header().Set("Location", "/api/v1/submissions/"+sub.TrackingCode)
	ui.WriteJSON(w, http.StatusCreated, SubmitResponse{Code: sub.TrackingCode, Status: string(sub.Status),
		StatusLabel: sub.Status.Label(), DueAt: apiTime(sub.DueAt), LookupURL: lookupURL(sub.TrackingCode)})
}

func (req SubmitRequest) input() submissions.Input {
	return submissions.Input{Kind: req.Kind, Field: req.Field, Title: req.Title, Content: req.Content,
		Name: req.Sender.Name, Address: req.Sender.Address, Phone: req.Sender.Phone, Email: req.Sender.Email,
		NationalID: req.Sender.NationalID}
}

// apiKindProblem tells an app the codes of the kinds, where the form's
// message names them in words.
func apiKindProblem(err error) error {
	var de *domain.Error
	if !errors.As(err, &de) {
		return err
	}
	for i, p := range de.Problems {
		if p.Field == "kind" && strings.HasPrefix(p.Message, "chọn loại") { // domain.CheckNewSubmission's words
			codes := make([]string, len(domain.SubmissionKinds))
			for j, k := range domain.SubmissionKinds {
				codes[j] = string(k)
			}
			de.Problems[i].Message = "loại phải là một trong: " + strings.Join(codes, ", ")
		}
	}
	return de
}

// retryAfter is how many seconds a client over the limit waits for its next
// submission.
func (h *Handlers) retryAfter() int {
	return int(math.Ceil(h.submits.every.Seconds()))
}
