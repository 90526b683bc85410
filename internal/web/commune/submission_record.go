package commune

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// recordPage is the form on which staff record a submission that reached
// the organisation by another channel: paper, phone, in person, e-mail or
// pakn.nq57.vn.
type recordPage struct {
	ui.Page
	Form     submissions.RecordInput
	Errors   ui.Errors
	Kinds    []domain.SubmissionKind
	Channels []domain.SubmissionChannel
	Now      string // the latest receipt time the form accepts, for its max attribute
}

func (h *Handlers) recordPageData(r *http.Request, f submissions.RecordInput, errs ui.Errors) *recordPage {
	return &recordPage{Page: h.ui.Page(r, "Ghi nhận phản ánh, kiến nghị từ kênh khác", "submissions"), Form: f, Errors: errs,
		Kinds: domain.SubmissionKinds, Channels: domain.RecordedChannels(), Now: h.now().In(domain.Vietnam).Format(submissions.ReceivedLayout)}
}

// RecordSubmissionForm shows the form that records a submission from
// another channel, received now.
func (h *Handlers) RecordSubmissionForm(w http.ResponseWriter, r *http.Request) {
	f := submissions.RecordInput{ReceivedAt: h.now().In(domain.Vietnam).Format(submissions.ReceivedLayout)}
	h.ui.Render(w, r, http.StatusOK, "submission_new", h.recordPageData(r, f, ui.Errors{}))
}

// RecordSubmission records a submission from another channel (see
// submissions.Record) and sends the official to it, or to the inbox when
// their unit does not handle it yet, with its tracking code to give the
// sender and the code of the earlier submission it looks like, if any.
func (h *Handlers) RecordSubmission(w http.ResponseWriter, r *http.Request) {
	f := readRecordForm(r)
	rec, err := h.uc.Submissions.Record(r.Context(), ui.ActorOf(r), f)
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		errs := ui.Errors{}
		for _, p := range de.Problems {
			errs.Add(p.Field, domain.Sentence(p.Message))
		}
		h.ui.Render(w, r, http.StatusUnprocessableEntity, "submission_new", h.recordPageData(r, f, errs))
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	msg := fmt.Sprintf("Đã ghi nhận %s, hạn xem xét tiếp nhận %s. Báo mã này cho người gửi để tra cứu.",
		rec.Sub.TrackingCode, domain.Today(rec.Sub.DueAt).Format("02/01/2006"))
	if rec.DuplicateCode != "" {
		msg += fmt.Sprintf(" Có thể trùng với %s của cùng người gửi.", rec.DuplicateCode)
	}
	target := "/submissions"
	if rec.Visible {
		target = fmt.Sprintf("/submissions/%d", rec.Sub.ID)
	}
	ui.Redirect(w, r, target, msg)
}

func readRecordForm(r *http.Request) submissions.RecordInput {
	return submissions.RecordInput{
		Input: submissions.Input{
			Kind: r.FormValue("kind"), Field: r.FormValue("field"), Title: r.FormValue("title"), Content: r.FormValue("content"),
			Name: r.FormValue("sender_name"), Address: r.FormValue("sender_address"), Phone: r.FormValue("sender_phone"),
			Email: r.FormValue("sender_email"), NationalID: r.FormValue("sender_national_id"),
		},
		Channel: r.FormValue("channel"), ReceivedAt: r.FormValue("received_at"),
	}
}
