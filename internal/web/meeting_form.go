package web

import (
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// meetingForm is a meeting form as the person typed it, kept to show again
// when something is wrong.
type meetingForm struct {
	Date, Kind, Chair, Participants, Content, Conclusions string
}

// meetingFormView is what the shared meeting fields (partials/meeting_fields.html)
// need: the input, the problems, the kinds to offer, where to send it.
type meetingFormView struct {
	Form   meetingForm
	Errors fieldErrors
	Kinds  []domain.MeetingKind
	Action string
	Submit string
}

func newMeetingFormView(f meetingForm, action, submit string) meetingFormView {
	return meetingFormView{Form: f, Errors: fieldErrors{}, Kinds: meetingKinds, Action: action, Submit: submit}
}

// formOfMeeting fills the form from a stored meeting, the date as the
// browser's date input wants it.
func formOfMeeting(m domain.Meeting) meetingForm {
	return meetingForm{Date: m.Date.Format(time.DateOnly), Kind: string(m.Kind), Chair: m.Chair,
		Participants: m.Participants, Content: m.Content, Conclusions: m.Conclusions}
}

func readMeetingForm(r *http.Request) meetingForm {
	return meetingForm{Date: formValue(r, "date"), Kind: formValue(r, "kind"), Chair: formValue(r, "chair"),
		Participants: formValue(r, "participants"), Content: formText(r, "content"), Conclusions: formText(r, "conclusions")}
}

// Longest texts a meeting keeps: generous for minutes, small enough that a
// pasted document does not end up in a report sentence by mistake.
const (
	maxMeetingLine = 500
	maxMeetingText = 10000
)

// apply checks the form and, if it is right, writes it into m (whose ID,
// organisation and tasks stay). The problems are keyed by field name.
func (f meetingForm) apply(m *domain.Meeting) fieldErrors {
	errs := fieldErrors{}
	date, ok := meetingDate(f.Date, "date", "ngày họp", errs)
	kind := domain.MeetingKind(f.Kind)
	if !kind.Valid() {
		errs.add("kind", "Chọn loại cuộc họp trong danh sách.")
	}
	if f.Content == "" {
		errs.add("content", "Nhập nội dung (mục đích) cuộc họp: báo cáo ghi lại nội dung này.")
	}
	for field, text := range map[string]string{"chair": f.Chair, "participants": f.Participants} {
		if utf8.RuneCountInString(text) > maxMeetingLine {
			errs.add(field, "Dài quá: tối đa 500 ký tự.")
		}
	}
	for field, text := range map[string]string{"content": f.Content, "conclusions": f.Conclusions} {
		if utf8.RuneCountInString(text) > maxMeetingText {
			errs.add(field, "Dài quá: tối đa 10.000 ký tự.")
		}
	}
	if errs.any() || !ok {
		return errs
	}
	m.Date, m.Kind, m.Chair, m.Participants = date, kind, f.Chair, f.Participants
	m.Content, m.Conclusions = f.Content, f.Conclusions
	return errs
}

// meetingDate reads a required date (dd/mm/yyyy, or yyyy-mm-dd from the
// browser's date input); what is wrong goes to errs under field.
func meetingDate(text, field, what string, errs fieldErrors) (time.Time, bool) {
	if text == "" {
		errs.add(field, "Nhập "+what+".")
		return time.Time{}, false
	}
	d, err := domain.ParseDate(text)
	if err != nil {
		errs.add(field, "Ngày \""+text+"\" không đúng dạng: nhập ngày/tháng/năm, ví dụ 12/03/2026.")
		return time.Time{}, false
	}
	if d.Year() < 2000 || d.Year() > 2100 {
		errs.add(field, "Năm của "+what+" phải trong khoảng 2000–2100.")
		return time.Time{}, false
	}
	return d, true
}
