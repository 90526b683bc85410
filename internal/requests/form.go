package requests

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// RequestForm is a request as a person typed it. Problems are named by
// these fields' form names: doc_type, doc_number, doc_date, doc_body,
// frequency, audience, commune_type, communes, first_period, cutoff_day,
// due_mode, due_day, due_working_days, reminder_days.
type RequestForm struct {
	ID             int64    // the draft edited; 0 for a new one
	DocType        string   // "Công văn" when empty
	DocNumber      string   // "202-CV/UBKTTU"
	DocDate        string   // dd/mm/yyyy (or yyyy-mm-dd from a date input)
	DocBody        string   // "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"
	Frequency      string   // month (default), quarter, half, year
	Audience       string   // all, type, list
	CommuneType    string   // xa, phuong, dac_khu: for the audience "type"
	Communes       []string // the IDs of the communes, for the audience "list"
	FirstPeriod    string   // "2026-03" or "3/2026"; "2026-Q1", "2026-H1", "2026"
	CutoffDay      string   // "" for the calendar period, or 1-28
	DueMode        string   // day (of the period's last month), next_month, working_days
	DueDay         string   // for day and next_month
	DueWorkingDays string   // for working_days
	ReminderDays   string   // "3, 1"
}

// DueModes are the ways a due date is set, as the form offers them.
const (
	DueOnDay         = "day"
	DueNextMonth     = "next_month"
	DueOnWorkingDays = "working_days"
)

// Frequencies are the report frequencies a request may ask for, with their
// words.
var Frequencies = []struct {
	Kind  domain.PeriodKind
	Label string
}{
	{domain.Month, "Hằng tháng"}, {domain.Quarter, "Hằng quý"}, {domain.Half, "6 tháng"}, {domain.Year, "Hằng năm"},
}

// FormOf fills the form from a stored request.
func FormOf(r domain.ReportRequest) RequestForm {
	f := RequestForm{DocType: r.DocType, DocNumber: r.DocNumber, DocBody: r.DocBody, Frequency: string(r.Frequency),
		Audience: string(r.Audience), CommuneType: string(r.CommuneType), FirstPeriod: PeriodText(r.FirstPeriod),
		DueMode: DueOnDay, ReminderDays: joinDays(r.ReminderDays)}
	if !r.DocDate.IsZero() {
		f.DocDate = r.DocDate.Format("02/01/2006")
	}
	for _, id := range r.CommuneIDs {
		f.Communes = append(f.Communes, strconv.FormatInt(id, 10))
	}
	if r.CutoffDay > 0 {
		f.CutoffDay = strconv.Itoa(r.CutoffDay)
	}
	switch {
	case r.DueWorkingDays > 0:
		f.DueMode, f.DueWorkingDays = DueOnWorkingDays, strconv.Itoa(r.DueWorkingDays)
	case r.DueNextMonth:
		f.DueMode = DueNextMonth
	}
	if r.DueDay > 0 {
		f.DueDay = strconv.Itoa(r.DueDay)
	}
	return f
}

// PeriodText writes a period as the form reads it: "03/2026" for a month,
// "2026-Q1", "2026-H1", "2026" for the others; "" for none.
func PeriodText(p domain.Period) string {
	switch {
	case p.IsZero():
		return ""
	case p.Kind == domain.Month:
		return fmt.Sprintf("%02d/%d", p.N, p.Year)
	}
	return p.String()
}

func joinDays(days []int) string {
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, ", ")
}

// apply checks the form and, if it is right, writes it into r (whose ID,
// province, issue and version stay). Every problem is named by its field.
func (f RequestForm) apply(r *domain.ReportRequest) error {
	var pr domain.Problems
	text := func(field, s string) string {
		for _, p := range domain.TextProblems(field, s, field == "doc_body") {
			pr.Add(p.Field, p.Message)
		}
		return strings.Join(strings.Fields(domain.NFC(s)), " ")
	}
	r.Kind = domain.ReportKindNQ57Monthly
	r.DocType, r.DocNumber, r.DocBody = text("doc_type", f.DocType), text("doc_number", f.DocNumber), text("doc_body", f.DocBody)
	if r.DocType == "" {
		r.DocType = "Công văn"
	}
	if len([]rune(r.DocNumber)) > 60 {
		pr.Add("doc_number", "Số, ký hiệu văn bản dài quá 60 ký tự.")
	}
	if len([]rune(r.DocType)) > 60 {
		pr.Add("doc_type", "Loại văn bản dài quá 60 ký tự.")
	}
	if len([]rune(r.DocBody)) > 200 {
		pr.Add("doc_body", "Tên cơ quan ban hành dài quá 200 ký tự.")
	}
	r.DocDate = f.docDate(&pr)
	r.Frequency = f.frequency(&pr)
	f.audience(r, &pr)
	r.FirstPeriod = f.firstPeriod(&pr)
	r.CutoffDay = number(&pr, "cutoff_day", f.CutoffDay, "Ngày chốt số liệu")
	f.due(r, &pr)
	r.ReminderDays = reminderDays(&pr, f.ReminderDays)
	checked := domain.CheckRequest(*r)
	for _, p := range checked.List() {
		pr.Add(p.Field, p.Message)
	}
	return pr.Err("Yêu cầu báo cáo chưa hợp lệ, chưa lưu gì.")
}

func (f RequestForm) docDate(pr *domain.Problems) (d time.Time) {
	s := strings.TrimSpace(f.DocDate)
	if s == "" {
		return d
	}
	d, err := domain.ParseDate(s)
	if err != nil {
		pr.Add("doc_date", "Ngày văn bản “"+s+"” không đúng dạng ngày/tháng/năm (ví dụ 27/01/2026).")
	}
	return d
}

func (f RequestForm) frequency(pr *domain.Problems) domain.PeriodKind {
	kind := domain.PeriodKind(strings.TrimSpace(f.Frequency))
	if kind == "" {
		return domain.Month
	}
	for _, fr := range Frequencies {
		if fr.Kind == kind {
			return kind
		}
	}
	pr.Add("frequency", "Chọn kỳ báo cáo: hằng tháng, hằng quý, 6 tháng hoặc hằng năm.")
	return domain.Month
}

func (f RequestForm) audience(r *domain.ReportRequest, pr *domain.Problems) {
	r.Audience, r.CommuneType, r.CommuneIDs = domain.RequestAudience(strings.TrimSpace(f.Audience)), "", nil
	if r.Audience == "" {
		r.Audience = domain.AudienceAll
	}
	switch r.Audience {
	case domain.AudienceType:
		if strings.TrimSpace(f.CommuneType) != "" {
			t, err := domain.ParseCommuneType(f.CommuneType)
			if err != nil {
				pr.Add("commune_type", "Chọn loại đơn vị: xã, phường hoặc đặc khu.")
			}
			r.CommuneType = t
		}
	case domain.AudienceList:
		seen := map[int64]bool{}
		for _, s := range f.Communes {
			id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
			if err != nil || id <= 0 {
				pr.Add("communes", "Danh sách xã, phường có mục không hợp lệ.")
				continue
			}
			if !seen[id] {
				seen[id] = true
				r.CommuneIDs = append(r.CommuneIDs, id)
			}
		}
	}
}

var monthYear = regexp.MustCompile(`^(\d{1,2})/(\d{4})$`)

func (f RequestForm) firstPeriod(pr *domain.Problems) domain.Period {
	s := strings.TrimSpace(domain.NFC(f.FirstPeriod))
	if s == "" {
		return domain.Period{}
	}
	if m := monthYear.FindStringSubmatch(s); m != nil {
		s = m[2] + "-" + strings.Repeat("0", 2-len(m[1])) + m[1]
	}
	p, err := domain.ParsePeriod(s)
	if err != nil {
		pr.Add("first_period", "Kỳ đầu tiên “"+f.FirstPeriod+"” không đúng dạng: 03/2026 hoặc 2026-03 (tháng), 2026-Q1 (quý), 2026-H1 (6 tháng), 2026 (năm).")
	}
	return p
}

func (f RequestForm) due(r *domain.ReportRequest, pr *domain.Problems) {
	r.DueDay, r.DueNextMonth, r.DueWorkingDays = 0, false, 0
	switch strings.TrimSpace(f.DueMode) {
	case DueOnDay, "":
		r.DueDay = number(pr, "due_day", f.DueDay, "Hạn nộp")
	case DueNextMonth:
		r.DueDay, r.DueNextMonth = number(pr, "due_day", f.DueDay, "Hạn nộp"), true
	case DueOnWorkingDays:
		r.DueWorkingDays = number(pr, "due_working_days", f.DueWorkingDays, "Số ngày làm việc")
		if r.DueWorkingDays == 0 {
			pr.Add("due_working_days", "Nhập số ngày làm việc sau ngày chốt số liệu (1 đến 30).")
		}
	default:
		pr.Add("due_mode", "Chọn cách tính hạn nộp.")
	}
}

// number reads a whole number typed in a field ("" is 0).
func number(pr *domain.Problems, field, s, what string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		pr.Add(field, what+" “"+s+"” phải là một số nguyên.")
		return 0
	}
	return n
}

// reminderDays reads "3, 1" (commas, spaces or semicolons between), each
// day once, largest first.
func reminderDays(pr *domain.Problems, s string) []int {
	var out []int
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		d, err := strconv.Atoi(part)
		if err != nil {
			pr.Add("reminder_days", "Ngày nhắc “"+part+"” phải là số ngày trước hạn, ví dụ: 3, 1.")
			continue
		}
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out
}
