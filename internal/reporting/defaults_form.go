package reporting

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// DefaultsForm is the organisation's report settings as typed, with the
// version of the stored settings the form was drawn with (0: none stored).
type DefaultsForm struct {
	Version                                  int64
	Style                                    string
	SuperiorBody, IssuingBody, Place, Symbol string
	Term                                     string // the Party committee's term: "2025" or "2025–2030"; empty for the default
	Basis, Reporter, Receiver, Closer        string
	Assessment, Recommendations              string
	Recipients                               string // one per line, without the leading "- "
	Authority, Position, Signer              string
	DueDay                                   string // a day of the month, or empty for the default
}

// DefaultsFormOf fills the form from the settings in force.
func DefaultsFormOf(rs domain.ReportSettings, version int64) DefaultsForm {
	term := ""
	if rs.TermStart != 0 {
		term = domain.TermWords(rs.TermStart)
	}
	day := ""
	if rs.DueDay != 0 {
		day = strconv.Itoa(rs.DueDay)
	}
	return DefaultsForm{
		Version: version, Style: string(rs.Style), SuperiorBody: rs.SuperiorBody, IssuingBody: rs.IssuingBody,
		Place: rs.Place, Symbol: rs.Symbol, Term: term, Basis: rs.Basis, Reporter: rs.Reporter, Receiver: rs.Receiver,
		Closer: rs.Closer, Assessment: rs.Assessment, Recommendations: rs.Recommendations,
		Recipients: strings.Join(rs.Recipients, "\n"), Authority: rs.Authority, Position: rs.Position,
		Signer: rs.Signer, DueDay: day,
	}
}

// requiredMessages say what to type in each field the document cannot do
// without, with examples made of the organisation's own names (ex).
func requiredMessages(ex domain.ReportSettings) map[string]string {
	return map[string]string{
		"issuing_body": "Nhập cơ quan ban hành, ví dụ " + ex.IssuingBody + ".",
		"symbol":       "Nhập ký hiệu văn bản, ví dụ " + ex.Symbol + ".",
		"place":        "Nhập địa danh ghi trước ngày tháng, ví dụ " + ex.Place + ".",
		"reporter":     "Nhập chủ thể báo cáo ở câu mở đầu, ví dụ " + ex.Reporter + ".",
		"closer":       "Nhập chủ thể báo cáo ở câu kết, ví dụ " + ex.Closer + ".",
		"authority":    "Nhập thẩm quyền ký, ví dụ " + ex.Authority + ".",
		"position":     "Nhập chức vụ người ký, ví dụ PHÓ BÍ THƯ.",
	}
}

// check names every problem of the form beside its field; ex gives the
// examples of the messages.
func (f DefaultsForm) check(pr *domain.Problems, ex domain.ReportSettings) {
	if f.Style != string(domain.PartyDocument) && f.Style != string(domain.StateDocument) {
		pr.Add("style", "Chọn thể thức văn bản: văn bản của Đảng hoặc văn bản hành chính nhà nước.")
	}
	lines := f.lines()
	for field, message := range requiredMessages(ex) {
		if lines[field] == "" {
			pr.Add(field, message)
		}
	}
	f.checkSymbol(pr)
	for field, text := range lines {
		switch {
		case strings.ContainsAny(text, "\r\n"):
			pr.Add(field, "Chỉ viết trên một dòng.")
		case field == "reporter" || field == "closer":
			checkLength(pr, field, text, shortMax) // in a sentence, not a narrow column
		default:
			checkLength(pr, field, text, lineMax)
		}
	}
	for field, text := range map[string]string{"basis": f.Basis, "assessment": f.Assessment, "recommendations": f.Recommendations} {
		checkLength(pr, field, text, longMax)
	}
	checkRecipients(pr, f.Recipients)
	if _, ok := f.dueDay(); !ok {
		pr.Add("due_day", fmt.Sprintf("Hạn nộp là một ngày trong tháng, từ 1 đến 31 (để trống là ngày %d).", domain.DefaultDueDay))
	}
	if _, ok := f.termStart(); !ok {
		pr.Add("term", fmt.Sprintf("Viết năm đầu của nhiệm kỳ, ví dụ %d (nhiệm kỳ %s), hoặc cả nhiệm kỳ: %s.",
			domain.DefaultTermStart, domain.TermWords(0), domain.TermWords(0)))
	}
}

// lines are the one-line fields by name.
func (f DefaultsForm) lines() map[string]string {
	return map[string]string{
		"superior_body": f.SuperiorBody, "issuing_body": f.IssuingBody, "place": f.Place, "symbol": f.Symbol,
		"reporter": f.Reporter, "receiver": f.Receiver, "closer": f.Closer,
		"authority": f.Authority, "position": f.Position, "signer": f.Signer,
	}
}

// checkSymbol: the document writes the symbol straight after the number
// ("Số 12-BC/ĐU"), so it has no spaces and no separator of its own in front.
func (f DefaultsForm) checkSymbol(pr *domain.Problems) {
	switch {
	case strings.IndexFunc(f.Symbol, unicode.IsSpace) >= 0:
		pr.Add("symbol", "Ký hiệu không được có dấu cách, ví dụ BC/ĐU.")
	case strings.HasPrefix(f.Symbol, "-") || strings.HasPrefix(f.Symbol, "/"):
		pr.Add("symbol", "Không gõ “-” hay “/” ở đầu ký hiệu: văn bản tự thêm sau số (Số 12-BC/ĐU).")
	case utf8.RuneCountInString(f.Symbol) > symbolMax:
		pr.Add("symbol", fmt.Sprintf("Ký hiệu quá dài (tối đa %d ký tự).", symbolMax))
	}
}

// dueDay reads the due day; empty is 0, the default.
func (f DefaultsForm) dueDay() (int, bool) {
	if f.DueDay == "" {
		return 0, true
	}
	day, err := strconv.Atoi(f.DueDay)
	return day, err == nil && day >= 1 && day <= 31
}

var termPattern = regexp.MustCompile(`^([0-9]{4})(?:\s*[-–]\s*([0-9]{4}))?$`)

// termStart reads the term: its first year, or both years TermYears apart;
// empty is 0, the default.
func (f DefaultsForm) termStart() (int, bool) {
	if f.Term == "" {
		return 0, true
	}
	m := termPattern.FindStringSubmatch(f.Term)
	if m == nil {
		return 0, false
	}
	start, _ := strconv.Atoi(m[1])
	if m[2] != "" {
		if end, _ := strconv.Atoi(m[2]); end != start+domain.TermYears {
			return 0, false
		}
	}
	return start, start >= 2000 && start <= 2100
}

// settings lays the form over what is stored: the fields the form does not
// edit (number, date, program) keep their stored values.
func (f DefaultsForm) settings(stored domain.ReportSettings) domain.ReportSettings {
	rs := stored
	rs.Style = domain.DocumentStyle(f.Style)
	rs.SuperiorBody, rs.IssuingBody, rs.Place, rs.Symbol = f.SuperiorBody, f.IssuingBody, f.Place, f.Symbol
	rs.Basis, rs.Reporter, rs.Receiver, rs.Closer = f.Basis, f.Reporter, f.Receiver, f.Closer
	rs.Assessment, rs.Recommendations = f.Assessment, f.Recommendations
	rs.Recipients = RecipientLines(f.Recipients)
	rs.Authority, rs.Position, rs.Signer = f.Authority, f.Position, f.Signer
	rs.DueDay, _ = f.dueDay()
	rs.TermStart, _ = f.termStart()
	return rs
}
