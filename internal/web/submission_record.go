package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// recordPage is the form on which staff record a submission that reached
// the organisation by another channel: paper, phone, in person, e-mail or
// pakn.nq57.vn.
type recordPage struct {
	Page
	Form     submissions.RecordInput
	Errors   fieldErrors
	Kinds    []domain.SubmissionKind
	Channels []domain.SubmissionChannel
	Now      string // the latest receipt time the form accepts, for its max attribute
}

func (s *Server) recordPageData(r *http.Request, f submissions.RecordInput, errs fieldErrors) *recordPage {
	return &recordPage{Page: s.page(r, "Ghi nhận phản ánh, kiến nghị từ kênh khác", "submissions"), Form: f, Errors: errs,
		Kinds: domain.SubmissionKinds, Channels: domain.RecordedChannels(), Now: s.now().In(domain.Vietnam).Format(submissions.ReceivedLayout)}
}

func (s *Server) recordSubmissionForm(w http.ResponseWriter, r *http.Request) {
	f := submissions.RecordInput{ReceivedAt: s.now().In(domain.Vietnam).Format(submissions.ReceivedLayout)}
	s.render(w, r, http.StatusOK, "submission_new", s.recordPageData(r, f, fieldErrors{}))
}

// recordSubmission records a submission from another channel (see
// submissions.Record) and sends the official to it, or to the inbox when
// their unit does not handle it yet, with its tracking code to give the
// sender and the code of the earlier submission it looks like, if any.
func (s *Server) recordSubmission(w http.ResponseWriter, r *http.Request) {
	f := readRecordForm(r)
	rec, err := s.uc.submissions.Record(r.Context(), actorOf(r), f)
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		errs := fieldErrors{}
		for _, p := range de.Problems {
			errs.add(p.Field, domain.Sentence(p.Message))
		}
		s.render(w, r, http.StatusUnprocessableEntity, "submission_new", s.recordPageData(r, f, errs))
		return
	}
	if err != nil {
		s.fail(w, r, err)
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
	redirectWithFlash(w, r, target, msg)
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
