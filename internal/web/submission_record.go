package web

import (
	"fmt"
	"net/http"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// fieldMax is the longest "lĩnh vực" (field of the matter) an official may type.
const fieldMax = 100

// recordPage is the form on which staff record a submission that reached
// the commune by another channel: paper, phone, in person, e-mail or
// pakn.nq57.vn.
type recordPage struct {
	Page
	Form     recordForm
	Errors   fieldErrors
	Kinds    []domain.SubmissionKind
	Channels []string
	Now      string // the latest receipt time the form accepts, for its max attribute
}

// recordForm is the form as typed: the public form's texts (its fields keep
// the names of the public form and of domain.CheckNewSubmission's problems),
// and how and when the submission reached the commune.
type recordForm struct {
	publicInput
	Channel, ReceivedAt string
}

const receivedLayout = "2006-01-02T15:04"

func (s *Server) recordPageData(r *http.Request, f recordForm, errs fieldErrors) *recordPage {
	return &recordPage{Page: s.page(r, "Ghi nhận phản ánh, kiến nghị từ kênh khác", "submissions"), Form: f, Errors: errs,
		Kinds: domain.SubmissionKinds, Channels: submissionChannels, Now: s.now().In(domain.Vietnam).Format(receivedLayout)}
}

func (s *Server) recordSubmissionForm(w http.ResponseWriter, r *http.Request) {
	f := recordForm{ReceivedAt: s.now().In(domain.Vietnam).Format(receivedLayout)}
	s.render(w, r, http.StatusOK, "submission_new", s.recordPageData(r, f, fieldErrors{}))
}

// recordSubmission stores the submission with the same content rules as the
// public form, flags a near-duplicate of the same sender, starts the deadline
// to accept it from the moment it was received, and records the official as
// the first step of its history, with the audit entry, in one transaction.
func (s *Server) recordSubmission(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	f := readRecordForm(r)
	sub, errs := s.checkRecordForm(f, v.Org.ID)
	if errs.any() {
		s.render(w, r, http.StatusUnprocessableEntity, "submission_new", s.recordPageData(r, f, errs))
		return
	}
	ctx := r.Context()
	dl, err := s.orgDeadlines(ctx, v.Org.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	note := fmt.Sprintf("Nhận qua kênh %s; %s ghi nhận vào hệ thống lúc %s.", sub.Channel, officialName(v.User),
		s.now().In(domain.Vietnam).Format("15:04 02/01/2006"))
	var duplicate string
	err = s.store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		if duplicate, err = intake(ctx, tx, dl, &sub, nil, officialName(v.User), note); err != nil {
			return err
		}
		return s.audit(tx, r, "submission.record", submissionEntity(sub), nil, auditOfSubmission(sub), "kênh "+sub.Channel)
	})
	if err != nil {
		if errs.fromDomain(err) {
			s.render(w, r, http.StatusUnprocessableEntity, "submission_new", s.recordPageData(r, f, errs))
			return
		}
		s.fail(w, r, err)
		return
	}
	s.afterRecord(w, r, sub, duplicate)
}

// afterRecord sends the official to the new submission, or to the inbox when
// their unit does not handle it yet, with its tracking code to give the
// sender and the code of the earlier submission it looks like, if any.
func (s *Server) afterRecord(w http.ResponseWriter, r *http.Request, sub domain.Submission, duplicate string) {
	msg := fmt.Sprintf("Đã ghi nhận %s, hạn xem xét tiếp nhận %s. Báo mã này cho người gửi để tra cứu.",
		sub.TrackingCode, domain.Today(sub.DueAt).Format("02/01/2006"))
	if duplicate != "" {
		msg += fmt.Sprintf(" Có thể trùng với %s của cùng người gửi.", duplicate)
	}
	target := "/submissions"
	if canSeeSubmission(mustViewer(r).User, sub) {
		target = fmt.Sprintf("/submissions/%d", sub.ID)
	}
	redirectWithFlash(w, r, target, msg)
}

func readRecordForm(r *http.Request) recordForm {
	return recordForm{
		publicInput: publicInput{
			Kind: formValue(r, "kind"), Field: formValue(r, "field"), Title: formValue(r, "title"), Content: formText(r, "content"),
			Name: formValue(r, "sender_name"), Address: formValue(r, "sender_address"), Phone: formValue(r, "sender_phone"),
			Email: formValue(r, "sender_email"), NationalID: formValue(r, "sender_national_id"),
		},
		Channel: formValue(r, "channel"), ReceivedAt: formValue(r, "received_at"),
	}
}

// checkRecordForm turns the form into a submission and lists what is wrong:
// the channel and receipt time here, the content by the public form's rules.
func (s *Server) checkRecordForm(f recordForm, orgID int64) (domain.Submission, fieldErrors) {
	errs := fieldErrors{}
	if !slices.Contains(submissionChannels, f.Channel) {
		errs.add("channel", "Chọn kênh tiếp nhận trong danh sách.")
	}
	received := s.checkReceivedAt(f.ReceivedAt, errs)
	if n := utf8.RuneCountInString(f.Field); n > fieldMax {
		errs.add("field", fmt.Sprintf("Lĩnh vực quá dài: tối đa %d ký tự (hiện có %d).", fieldMax, n))
	}
	sub := f.submission(orgID)
	sub.Channel, sub.ReceivedAt = f.Channel, received
	for _, p := range domain.CheckNewSubmission(sub) {
		errs.add(p.Field, sentence(p.Message))
	}
	return sub, errs
}

// checkReceivedAt reads the moment the submission was received, in Vietnam's
// time: it may be earlier than now (a letter that came yesterday), not later.
func (s *Server) checkReceivedAt(v string, errs fieldErrors) time.Time {
	if v == "" {
		errs.add("received_at", "Nhập thời điểm tiếp nhận.")
		return time.Time{}
	}
	t, err := time.ParseInLocation(receivedLayout, v, domain.Vietnam)
	if err != nil {
		t, err = time.ParseInLocation("02/01/2006 15:04", v, domain.Vietnam)
	}
	switch {
	case err != nil:
		errs.add("received_at", fmt.Sprintf("Thời điểm “%s” không đúng: viết ngày/tháng/năm giờ:phút, ví dụ 27/03/2026 14:30.", v))
	case t.After(s.now().Add(time.Minute)):
		errs.add("received_at", "Thời điểm tiếp nhận không thể sau lúc này.")
	case t.Year() < 2020:
		errs.add("received_at", "Thời điểm tiếp nhận không thể trước năm 2020.")
	default:
		return t.UTC()
	}
	return time.Time{}
}
