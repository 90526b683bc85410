package submissions

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Limits of what officials type into the step forms.
const (
	AnswerMin, AnswerMax = 20, 10000
	StepNoteMax          = 1000
)

// RejectReason is one reason a submission may be turned down, as the reject
// form offers it.
type RejectReason struct {
	Code, Label string
}

// RejectReasons are the reasons an organisation may turn a submission down,
// worded for its level ("… của xã", "… của phường").
func RejectReasons(org domain.Org) []RejectReason {
	own := org.LevelWord()
	if own == "" {
		own = org.Name
	}
	return []RejectReason{
		{"out_of_scope", "Không thuộc phạm vi, thẩm quyền giải quyết của " + own},
		{"duplicate", "Trùng với phản ánh, kiến nghị đã gửi"},
		{"rules", "Không đúng quy định (ngôn từ, nhiều vụ việc, thiếu thông tin, không đúng sự thật)"},
		{"other", "Lý do khác"},
	}
}

// plan is a step ready to be saved: the submission as it leaves it, the
// event for its history and the reason for the audit log.
type plan struct {
	after  domain.Submission
	event  domain.SubmissionEvent
	reason string
}

// plan works out what a step does to the submission, touching nothing; what
// is wrong with the inputs is an Invalid error naming the form's fields.
func (s *Service) plan(ctx context.Context, a usecase.Actor, before domain.Submission, in StepInput, to domain.SubmissionStatus) (plan, error) {
	now := s.env.Now()
	p := plan{after: before}
	p.after.Status = to
	var problems []domain.Problem
	var note string
	switch in.Action {
	case domain.ActionAccept:
		dl, err := loadDeadlines(ctx, s.env.Store, a.Org.ID)
		if err != nil {
			return p, err
		}
		p.after.AcceptedAt, p.after.DueAt = now, dl.due(before.Kind, domain.StageAnswer, now)
	case domain.ActionReject:
		note, problems = checkReject(in, RejectReasons(a.Org))
		p.reason = note
	case domain.ActionAssign:
		units, err := s.env.Store.Units(ctx, a.Org.ID)
		if err != nil {
			return p, fmt.Errorf("units to assign to: %w", err)
		}
		note, problems = checkAssign(before, in, domain.UnitNames(units))
		p.after.AssignedUnitID = in.UnitID
	case domain.ActionAnswer:
		problems = checkAnswer("answer-text", in.Answer)
		note = in.Answer
		p.after.Answer, p.after.AnsweredBy, p.after.AnsweredAt = in.Answer, a.Name(), now
	case domain.ActionPublish:
		p.after.PublishedAt = now
	case domain.ActionExtend:
		var day time.Time
		day, problems = checkExtend(before, in, now)
		note, p.reason = in.ExtendNote, in.ExtendNote
		p.after.DueAt = EndOfDay(day)
	}
	if len(problems) > 0 {
		return p, domain.InvalidInput("Bước xử lý chưa hợp lệ; chưa lưu gì.", problems)
	}
	p.event = domain.SubmissionEvent{At: now, Actor: a.Name(), Action: in.Action, From: before.Status, To: to,
		Note: note, DueAt: p.after.DueAt}
	return p, nil
}

// checkReject needs a reason from the list, and words for "another reason";
// it returns the note the history keeps: the reason, then the words.
func checkReject(in StepInput, reasons []RejectReason) (string, []domain.Problem) {
	var problems []domain.Problem
	label := ""
	for _, rr := range reasons {
		if rr.Code == in.RejectReason {
			label = rr.Label
		}
	}
	switch {
	case label == "":
		problems = append(problems, domain.Problem{Field: "reject-reason", Message: "Chọn lý do không tiếp nhận."})
	case in.RejectReason == "other" && in.RejectNote == "":
		problems = append(problems, domain.Problem{Field: "reject-note", Message: "Ghi rõ lý do khác: người gửi sẽ đọc lý do này."})
	}
	if n := utf8.RuneCountInString(in.RejectNote); n > StepNoteMax {
		problems = append(problems, domain.Problem{Field: "reject-note", Message: fmt.Sprintf("Lý do quá dài: tối đa %d ký tự (hiện có %d).", StepNoteMax, n)})
	}
	if in.RejectNote == "" {
		return label, problems
	}
	return label + ": " + in.RejectNote, problems
}

// checkAssign needs a unit of the organisation other than the one already
// handling the submission; it returns the note for the history.
func checkAssign(before domain.Submission, in StepInput, names map[int64]string) (string, []domain.Problem) {
	name, ok := names[in.UnitID]
	switch {
	case !ok:
		return "", []domain.Problem{{Field: "assign-unit", Message: "Chọn đơn vị xử lý trong danh sách."}}
	case in.UnitID == before.AssignedUnitID:
		return "", []domain.Problem{{Field: "assign-unit", Message: fmt.Sprintf("Phản ánh, kiến nghị đang do %s xử lý: chọn đơn vị khác.", name)}}
	}
	return "Giao " + name + " xử lý", nil
}

// checkAnswer checks the length of an answer (or of a template's body),
// naming the field.
func checkAnswer(field, answer string) []domain.Problem {
	n := utf8.RuneCountInString(answer)
	var msg string
	switch {
	case n == 0:
		msg = "Nhập nội dung trả lời."
	case n < AnswerMin:
		msg = fmt.Sprintf("Câu trả lời quá ngắn: cần ít nhất %d ký tự (hiện có %d).", AnswerMin, n)
	case n > AnswerMax:
		msg = fmt.Sprintf("Câu trả lời quá dài: tối đa %d ký tự (hiện có %d).", AnswerMax, n)
	default:
		return nil
	}
	return []domain.Problem{{Field: field, Message: msg}}
}

// checkExtend needs a new deadline later than the current one (and not in the
// past, nor more than a year away: a typo more likely than a plan), and a
// reason; it returns the new deadline's day.
func checkExtend(before domain.Submission, in StepInput, now time.Time) (time.Time, []domain.Problem) {
	var problems []domain.Problem
	add := func(field, format string, args ...any) {
		problems = append(problems, domain.Problem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if in.ExtendNote == "" {
		add("extend-note", "Nhập lý do gia hạn: người gửi sẽ đọc lý do này.")
	} else if n := utf8.RuneCountInString(in.ExtendNote); n > StepNoteMax {
		add("extend-note", "Lý do quá dài: tối đa %d ký tự (hiện có %d).", StepNoteMax, n)
	}
	if in.Due == "" {
		add("extend-due", "Chọn hạn mới.")
		return time.Time{}, problems
	}
	day, err := domain.ParseDate(in.Due)
	if err != nil {
		add("extend-due", "Ngày “%s” không đúng: viết ngày/tháng/năm, ví dụ 15/04/2026.", in.Due)
		return time.Time{}, problems
	}
	earliest := minNewDue(before, now)
	switch {
	case day.Before(earliest) && !before.DueAt.IsZero() && !day.After(domain.Today(before.DueAt)):
		add("extend-due", "Hạn mới phải sau hạn hiện tại (%s).", domain.Today(before.DueAt).Format("02/01/2006"))
	case day.Before(earliest):
		add("extend-due", "Hạn mới không thể trước hôm nay (%s).", domain.Today(now).Format("02/01/2006"))
	case day.After(domain.Today(now).AddDate(1, 0, 0)):
		add("extend-due", "Hạn mới không được quá một năm kể từ hôm nay.")
	}
	return day, problems
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
