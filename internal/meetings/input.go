package meetings

import (
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// MeetingInput is a meeting as a person typed it. Problems are named by
// these fields' form names: date, kind, chair, participants, content,
// conclusions.
type MeetingInput struct {
	Date         string // dd/mm/yyyy, or yyyy-mm-dd from a browser's date input
	Kind         string
	Chair        string
	Participants string
	Content      string
	Conclusions  string
	Version      int64 // the version of the meeting the person edited (Update)
}

// Longest texts a meeting keeps: generous for minutes, small enough that a
// pasted document does not end up in a report sentence by mistake.
const (
	maxMeetingLine = 500
	maxMeetingText = 10000
)

// problems collects what is wrong with an input, field by field.
type problems []domain.Problem

func (p *problems) add(field, message string) {
	*p = append(*p, domain.Problem{Field: field, Message: message})
}

// text cleans one typed text (domain.CleanText: "" when it is refused),
// noting what is wrong with it.
func (p *problems) text(field, s string, multiline bool) string {
	*p = append(*p, domain.TextProblems(field, s, multiline)...)
	clean, _ := domain.CleanText(field, s, multiline)
	return clean
}

func (p problems) err(message string) error {
	if len(p) == 0 {
		return nil
	}
	return domain.InvalidInput(message, p)
}

// apply checks the input and, if it is right, writes it into m (whose ID,
// organisation and tasks stay).
func (in MeetingInput) apply(m *domain.Meeting) error {
	var p problems
	date, _ := p.date(in.Date, "date", "ngày họp")
	kind := domain.MeetingKind(in.Kind)
	if !kind.Valid() {
		p.add("kind", "Chọn loại cuộc họp trong danh sách.")
	}
	chair := p.text("chair", in.Chair, false)
	participants := p.text("participants", in.Participants, false)
	content := p.text("content", in.Content, true)
	conclusions := p.text("conclusions", in.Conclusions, true)
	if content == "" && domain.CheckText(in.Content, true) == "" {
		p.add("content", "Nhập nội dung (mục đích) cuộc họp: báo cáo ghi lại nội dung này.")
	}
	for field, text := range map[string]string{"chair": chair, "participants": participants} {
		if utf8.RuneCountInString(text) > maxMeetingLine {
			p.add(field, fmt.Sprintf("Dài quá: tối đa %d ký tự.", maxMeetingLine))
		}
	}
	for field, text := range map[string]string{"content": content, "conclusions": conclusions} {
		if utf8.RuneCountInString(text) > maxMeetingText {
			p.add(field, "Dài quá: tối đa 10.000 ký tự.")
		}
	}
	if err := p.err("Cuộc họp chưa lưu: xem lại các ô được đánh dấu."); err != nil {
		return err
	}
	m.Date, m.Kind, m.Chair, m.Participants = date, kind, chair, participants
	m.Content, m.Conclusions = content, conclusions
	return nil
}

// date reads a required date (dd/mm/yyyy, or yyyy-mm-dd from the browser's
// date input); what is wrong goes under field.
func (p *problems) date(text, field, what string) (time.Time, bool) {
	text = domain.NFC(text)
	if text == "" {
		p.add(field, "Nhập "+what+".")
		return time.Time{}, false
	}
	d, err := domain.ParseDate(text)
	if err != nil {
		if domain.CheckText(text, false) != "" {
			text = "?"
		}
		p.add(field, "Ngày \""+text+"\" không đúng dạng: nhập ngày/tháng/năm, ví dụ 12/03/2026.")
		return time.Time{}, false
	}
	if d.Year() < 2000 || d.Year() > 2100 {
		p.add(field, "Năm của "+what+" phải trong khoảng 2000–2100.")
		return time.Time{}, false
	}
	return d, true
}
