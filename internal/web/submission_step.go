package web

import (
	"fmt"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// Limits of what officials type into the step forms.
const (
	answerMin, answerMax = 20, 10000
	stepNoteMax          = 1000
)

// rejectReason is one reason a submission may be refused, as the reject form
// offers it.
type rejectReason struct {
	Code, Label string
}

var rejectReasons = []rejectReason{
	{"out_of_scope", "Không thuộc phạm vi, thẩm quyền giải quyết của xã"},
	{"duplicate", "Trùng với phản ánh, kiến nghị đã gửi"},
	{"rules", "Không đúng quy định (ngôn từ, nhiều vụ việc, thiếu thông tin, không đúng sự thật)"},
	{"other", "Lý do khác"},
}

// stepPlan is a step ready to be saved: the submission as it leaves it, the
// event for its history, the reason for the audit log and the message for
// the user; or what is wrong with the inputs.
type stepPlan struct {
	after  domain.Submission
	event  domain.SubmissionEvent
	reason string
	flash  string
	errs   fieldErrors
}

// planStep works out what a step does to the submission. It touches nothing;
// err is for a failure to read what it needs (deadline rules, units).
func (s *Server) planStep(r *http.Request, before domain.Submission, a domain.SubmissionAction, to domain.SubmissionStatus, f actionForm) (stepPlan, error) {
	v, now := mustViewer(r), s.now()
	p := stepPlan{after: before, errs: fieldErrors{}}
	p.after.Status = to
	var note string
	switch a {
	case domain.ActionAccept:
		due, err := s.stageDue(r.Context(), v.Org.ID, before.Kind, domain.StageAnswer, now)
		if err != nil {
			return p, err
		}
		p.after.AcceptedAt, p.after.DueAt = now, due
	case domain.ActionReject:
		note = checkReject(f, p.errs)
		p.reason = note
	case domain.ActionAssign:
		units, err := s.store.Units(r.Context(), v.Org.ID)
		if err != nil {
			return p, fmt.Errorf("units to assign to: %w", err)
		}
		note = checkAssign(before, f, unitNames(units), p.errs)
		p.after.AssignedUnitID = f.UnitID
	case domain.ActionAnswer:
		checkAnswer(f.Answer, p.errs)
		note = f.Answer
		p.after.Answer, p.after.AnsweredBy, p.after.AnsweredAt = f.Answer, officialName(v.User), now
	case domain.ActionPublish:
		p.after.PublishedAt = now
	case domain.ActionExtend:
		day := checkExtend(before, f, now, p.errs)
		note, p.reason = f.ExtendNote, f.ExtendNote
		p.after.DueAt = endOfDay(day)
	}
	p.event = domain.SubmissionEvent{At: now, Actor: officialName(v.User), Action: a, From: before.Status, To: to,
		Note: note, DueAt: p.after.DueAt}
	p.flash = stepFlash(p.after, a)
	return p, nil
}

// checkReject needs a reason from the list, and words for "another reason";
// it returns the note the history keeps: the reason, then the words.
func checkReject(f actionForm, errs fieldErrors) string {
	label := ""
	for _, rr := range rejectReasons {
		if rr.Code == f.RejectReason {
			label = rr.Label
		}
	}
	switch {
	case label == "":
		errs.add("reject-reason", "Chọn lý do không tiếp nhận.")
	case f.RejectReason == "other" && f.RejectNote == "":
		errs.add("reject-note", "Ghi rõ lý do khác: người gửi sẽ đọc lý do này.")
	}
	if n := utf8.RuneCountInString(f.RejectNote); n > stepNoteMax {
		errs.add("reject-note", fmt.Sprintf("Lý do quá dài: tối đa %d ký tự (hiện có %d).", stepNoteMax, n))
	}
	if f.RejectNote == "" {
		return label
	}
	return label + ": " + f.RejectNote
}

// checkAssign needs a unit of the commune other than the one already
// handling the submission; it returns the note for the history.
func checkAssign(before domain.Submission, f actionForm, names map[int64]string, errs fieldErrors) string {
	name, ok := names[f.UnitID]
	switch {
	case !ok:
		errs.add("assign-unit", "Chọn đơn vị xử lý trong danh sách.")
	case f.UnitID == before.AssignedUnitID:
		errs.add("assign-unit", fmt.Sprintf("Phản ánh, kiến nghị đang do %s xử lý: chọn đơn vị khác.", name))
	}
	return "Giao " + name + " xử lý"
}

func checkAnswer(answer string, errs fieldErrors) {
	n := utf8.RuneCountInString(answer)
	switch {
	case n == 0:
		errs.add("answer-text", "Nhập nội dung trả lời.")
	case n < answerMin:
		errs.add("answer-text", fmt.Sprintf("Câu trả lời quá ngắn: cần ít nhất %d ký tự (hiện có %d).", answerMin, n))
	case n > answerMax:
		errs.add("answer-text", fmt.Sprintf("Câu trả lời quá dài: tối đa %d ký tự (hiện có %d).", answerMax, n))
	}
}

// checkExtend needs a new deadline later than the current one (and not in the
// past, nor more than a year away: a typo more likely than a plan), and a
// reason; it returns the new deadline's day.
func checkExtend(before domain.Submission, f actionForm, now time.Time, errs fieldErrors) time.Time {
	if f.ExtendNote == "" {
		errs.add("extend-note", "Nhập lý do gia hạn: người gửi sẽ đọc lý do này.")
	} else if n := utf8.RuneCountInString(f.ExtendNote); n > stepNoteMax {
		errs.add("extend-note", fmt.Sprintf("Lý do quá dài: tối đa %d ký tự (hiện có %d).", stepNoteMax, n))
	}
	if f.Due == "" {
		errs.add("extend-due", "Chọn hạn mới.")
		return time.Time{}
	}
	day, err := domain.ParseDate(f.Due)
	if err != nil {
		errs.add("extend-due", fmt.Sprintf("Ngày “%s” không đúng: viết ngày/tháng/năm, ví dụ 15/04/2026.", f.Due))
		return time.Time{}
	}
	earliest := minNewDue(before, now)
	switch {
	case day.Before(earliest) && !before.DueAt.IsZero() && !day.After(domain.Today(before.DueAt)):
		errs.add("extend-due", fmt.Sprintf("Hạn mới phải sau hạn hiện tại (%s).", domain.Today(before.DueAt).Format("02/01/2006")))
	case day.Before(earliest):
		errs.add("extend-due", fmt.Sprintf("Hạn mới không thể trước hôm nay (%s).", domain.Today(now).Format("02/01/2006")))
	case day.After(domain.Today(now).AddDate(1, 0, 0)):
		errs.add("extend-due", "Hạn mới không được quá một năm kể từ hôm nay.")
	}
	return day
}

// minNewDue is the earliest day an extension may set: the day after the
// current deadline, and not before today.
func minNewDue(sub domain.Submission, now time.Time) time.Time {
	today := domain.Today(now)
	if sub.DueAt.IsZero() {
		return today
	}
	next := domain.Today(sub.DueAt).AddDate(0, 0, 1)
	if next.Before(today) {
		return today
	}
	return next
}

func stepFlash(after domain.Submission, a domain.SubmissionAction) string {
	if a == domain.ActionExtend {
		return fmt.Sprintf("%s: đã gia hạn đến hết ngày %s.", after.TrackingCode, domain.Today(after.DueAt).Format("02/01/2006"))
	}
	return fmt.Sprintf("%s: %s.", after.TrackingCode, after.Status.Label())
}
