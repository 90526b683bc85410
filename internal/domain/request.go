package domain

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// RequestAudience is which communes of the province a request goes to.
type RequestAudience string

const (
	AudienceAll  RequestAudience = "all"  // every active commune of the province
	AudienceType RequestAudience = "type" // the communes of one type (xã, phường, đặc khu)
	AudienceList RequestAudience = "list" // a hand-picked list
)

// ReportRequest is a province's request for a periodic report (the Công
// văn): what it asks for (the NQ57 report, every Frequency period from
// FirstPeriod on), who it goes to, the document that asks, and the rules of
// each period: the data window and the due date.
type ReportRequest struct {
	ID         int64
	ProvinceID int64
	Kind       string     // the report asked for: ReportKindNQ57Monthly
	Frequency  PeriodKind // Month by default; Quarter, Half or Year

	Audience    RequestAudience
	CommuneType CommuneType // for AudienceType
	CommuneIDs  []int64     // for AudienceList

	// The document that asks: "Công văn số 202-CV/UBKTTU ngày 27/01/2026 của
	// Ủy ban Kiểm tra Tỉnh ủy Ninh Bình".
	DocType   string // "Công văn"
	DocNumber string // "202-CV/UBKTTU"
	DocDate   time.Time
	DocBody   string // "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"

	FirstPeriod Period

	// CutoffDay ends each period's data window on that day of its last month,
	// the window starting the day after the previous period's cut-off (NĐ
	// 09/2019: 14, for a window from the 15th to the 14th); 0 is the
	// calendar period.
	CutoffDay int
	// The due date: DueWorkingDays working days after the window's end when
	// set; otherwise day DueDay of the window's last month, or of the month
	// after it when DueNextMonth.
	DueDay         int
	DueNextMonth   bool
	DueWorkingDays int
	ReminderDays   []int // days before the due date a reminder goes out: 3, 1

	IssuedAt time.Time
	IssuedBy string
	ClosedAt time.Time // zero while the request stands; a closed request asks for no more periods

	Version   int64
	ChangedBy string
	ChangedAt time.Time
}

// WorkingDayCounter counts working days; *calendar.Calendar is one.
type WorkingDayCounter interface {
	AddWorkingDays(start time.Time, n int) time.Time
	WorkingDaysBetween(a, b time.Time) int
}

// Citation names the request as a report's opening sentence cites it:
// "Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy
// Ninh Bình".
func (r ReportRequest) Citation() string {
	doc := r.DocType
	if doc == "" {
		doc = "Công văn"
	}
	s := doc + " số " + r.DocNumber
	if !r.DocDate.IsZero() {
		s += " ngày " + r.DocDate.Format("02/01/2006")
	}
	if r.DocBody != "" {
		s += " của " + r.DocBody
	}
	return s
}

// Window returns the first and last day of period p's data.
func (r ReportRequest) Window(p Period) (start, end time.Time) {
	if r.CutoffDay <= 0 {
		return p.Start(), p.End()
	}
	return r.cutoff(p.Previous()).AddDate(0, 0, 1), r.cutoff(p)
}

// cutoff is day CutoffDay of p's last month, or that month's last day when
// it is shorter.
func (r ReportRequest) cutoff(p Period) time.Time {
	return dayOfMonth(p.Year, time.Month(p.LastMonth()), r.CutoffDay)
}

// Due returns the day by which period p's report is due; cal counts the
// working days of a due date in working days.
func (r ReportRequest) Due(p Period, cal WorkingDayCounter) time.Time {
	_, end := r.Window(p)
	if r.DueWorkingDays > 0 {
		return cal.AddWorkingDays(end, r.DueWorkingDays)
	}
	day := r.DueDay
	if day <= 0 {
		day = DefaultDueDay
	}
	month := time.Month(p.LastMonth())
	if r.DueNextMonth {
		month++
	}
	return dayOfMonth(p.Year, month, day)
}

// dayOfMonth is day d of the month, or the month's last day when it is
// shorter; a month past December is in the next year.
func dayOfMonth(year int, month time.Month, d int) time.Time {
	last := Date(year, month+1, 0).Day()
	return Date(year, month, min(d, last))
}

// DueRule says the due date rule in words: "ngày 25 hằng tháng",
// "ngày 5 tháng sau", "5 ngày làm việc sau ngày chốt số liệu".
func (r ReportRequest) DueRule() string {
	if r.DueWorkingDays > 0 {
		return fmt.Sprintf("%d ngày làm việc sau ngày chốt số liệu", r.DueWorkingDays)
	}
	day := r.DueDay
	if day <= 0 {
		day = DefaultDueDay
	}
	if r.DueNextMonth {
		return fmt.Sprintf("ngày %d của tháng sau kỳ báo cáo", day)
	}
	return fmt.Sprintf("ngày %d của tháng cuối kỳ báo cáo", day)
}

// WindowRule says the data window in words.
func (r ReportRequest) WindowRule() string {
	if r.CutoffDay <= 0 {
		return "theo tháng dương lịch"
	}
	return fmt.Sprintf("từ ngày %d tháng trước đến ngày %d tháng báo cáo", r.CutoffDay+1, r.CutoffDay)
}

// Covers reports whether the request asks commune c for period p: a period
// of its frequency, from its first period on, issued and not closed before
// p ended, to a commune of its audience.
func (r ReportRequest) Covers(c Org, p Period) bool {
	if r.IssuedAt.IsZero() || r.closedBefore(p) || c.ParentID != r.ProvinceID || !c.Active() {
		return false
	}
	if p.Kind != r.frequency() || periodBefore(p, r.FirstPeriod) {
		return false
	}
	switch r.Audience {
	case AudienceType:
		return c.Type == r.CommuneType
	case AudienceList:
		return slices.Contains(r.CommuneIDs, c.ID)
	}
	return true
}

// closedBefore reports whether r was closed before period p ended: a
// closed request asks for no period to come, and still for those that
// ended by the day it closed, whose reports it had asked for in full (so
// that closing it keeps them due, or overdue, on every screen).
func (r ReportRequest) closedBefore(p Period) bool {
	return !r.ClosedAt.IsZero() && p.End().After(Today(r.ClosedAt))
}

func (r ReportRequest) frequency() PeriodKind {
	if r.Frequency == "" {
		return Month
	}
	return r.Frequency
}

// periodBefore reports whether p starts before q.
func periodBefore(p, q Period) bool { return p.Start().Before(q.Start()) }

// ApplyingRequest returns, of the requests, the one that asks commune c for
// period p: when several do, the one issued last.
func ApplyingRequest(requests []ReportRequest, c Org, p Period) (ReportRequest, bool) {
	var best ReportRequest
	found := false
	for _, r := range requests {
		if r.Covers(c, p) && (!found || r.IssuedAt.After(best.IssuedAt) || r.IssuedAt.Equal(best.IssuedAt) && r.ID > best.ID) {
			best, found = r, true
		}
	}
	return best, found
}

// AudienceWords says who the request goes to: "tất cả xã, phường",
// "các phường", "12 xã, phường được chọn".
func (r ReportRequest) AudienceWords() string {
	switch r.Audience {
	case AudienceType:
		return "các " + r.CommuneType.Label()
	case AudienceList:
		return fmt.Sprintf("%d xã, phường được chọn", len(r.CommuneIDs))
	}
	return "tất cả xã, phường, đặc khu"
}

// CheckRequest lists what is wrong with a request before it is saved, by the
// form's field names.
func CheckRequest(r ReportRequest) Problems {
	var pr Problems
	if strings.TrimSpace(r.DocNumber) == "" {
		pr.Add("doc_number", "Chưa có số, ký hiệu văn bản yêu cầu (ví dụ 202-CV/UBKTTU).")
	}
	if r.DocDate.IsZero() {
		pr.Add("doc_date", "Chưa có ngày của văn bản yêu cầu.")
	}
	if strings.TrimSpace(r.DocBody) == "" {
		pr.Add("doc_body", "Chưa có cơ quan ban hành văn bản yêu cầu.")
	}
	if r.FirstPeriod.IsZero() {
		pr.Add("first_period", "Chưa chọn kỳ báo cáo đầu tiên.")
	} else if r.FirstPeriod.Kind != r.frequency() {
		pr.Add("first_period", "Kỳ đầu tiên phải cùng loại với kỳ báo cáo được yêu cầu.")
	}
	switch r.Audience {
	case AudienceAll:
	case AudienceType:
		if r.CommuneType == "" {
			pr.Add("commune_type", "Chọn loại đơn vị: xã, phường hoặc đặc khu.")
		}
	case AudienceList:
		if len(r.CommuneIDs) == 0 {
			pr.Add("communes", "Chọn ít nhất một xã, phường.")
		}
	default:
		pr.Add("audience", "Chọn nơi nhận: tất cả, theo loại, hoặc danh sách.")
	}
	if r.CutoffDay < 0 || r.CutoffDay > 28 {
		pr.Add("cutoff_day", "Ngày chốt số liệu là một ngày từ 1 đến 28 (để trống là hết tháng).")
	}
	if r.DueWorkingDays < 0 || r.DueWorkingDays > 30 {
		pr.Add("due_working_days", "Số ngày làm việc sau ngày chốt là từ 1 đến 30.")
	}
	if r.DueDay < 0 || r.DueDay > 31 {
		pr.Add("due_day", "Hạn nộp là một ngày trong tháng, từ 1 đến 31.")
	}
	for _, d := range r.ReminderDays {
		if d < 1 || d > 15 {
			pr.Add("reminder_days", "Nhắc trước hạn từ 1 đến 15 ngày.")
			break
		}
	}
	return pr
}
