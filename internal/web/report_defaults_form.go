package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// reportDefaultsForm is the organisation's report settings as typed.
type reportDefaultsForm struct {
	Style                                    string
	SuperiorBody, IssuingBody, Place, Symbol string
	Basis, Reporter, Receiver, Closer        string
	Assessment, Recommendations              string
	Recipients                               string // one per line, without the leading "- "
	Authority, Position, Signer              string
	DueDay                                   string // a day of the month, or empty for the default
}

// Limits of what one line of the document can hold: the header and the
// signature block are narrow columns, a recipient is one line under "Nơi nhận:".
const (
	reportLineMax       = 150
	reportSymbolMax     = 20
	reportRecipientsMax = 30
)

func reportDefaultsFormOf(rs domain.ReportSettings) reportDefaultsForm {
	return reportDefaultsForm{
		Style: string(rs.Style), SuperiorBody: rs.SuperiorBody, IssuingBody: rs.IssuingBody, Place: rs.Place,
		Symbol: rs.Symbol, Basis: rs.Basis, Reporter: rs.Reporter, Receiver: rs.Receiver, Closer: rs.Closer,
		Assessment: rs.Assessment, Recommendations: rs.Recommendations, Recipients: strings.Join(rs.Recipients, "\n"),
		Authority: rs.Authority, Position: rs.Position, Signer: rs.Signer, DueDay: dueDayText(rs.DueDay),
	}
}

func dueDayText(day int) string {
	if day == 0 {
		return ""
	}
	return strconv.Itoa(day)
}

func readReportDefaultsForm(r *http.Request) reportDefaultsForm {
	return reportDefaultsForm{
		Style: formValue(r, "style"), SuperiorBody: formValue(r, "superior_body"), IssuingBody: formValue(r, "issuing_body"),
		Place: formValue(r, "place"), Symbol: formValue(r, "symbol"), Basis: strings.TrimSpace(formText(r, "basis")),
		Reporter: formValue(r, "reporter"), Receiver: formValue(r, "receiver"), Closer: formValue(r, "closer"),
		Assessment: strings.TrimSpace(formText(r, "assessment")), Recommendations: strings.TrimSpace(formText(r, "recommendations")),
		Recipients: formText(r, "recipients"),
		Authority:  formValue(r, "authority"), Position: formValue(r, "position"), Signer: formValue(r, "signer"),
		DueDay: formValue(r, "due_day"),
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
func (f reportDefaultsForm) check(ex domain.ReportSettings) fieldErrors {
	errs := fieldErrors{}
	if f.Style != string(domain.PartyDocument) && f.Style != string(domain.StateDocument) {
		errs.add("style", "Chọn thể thức văn bản: văn bản của Đảng hoặc văn bản hành chính nhà nước.")
	}
	lines := f.lines()
	for field, message := range requiredMessages(ex) {
		if lines[field] == "" {
			errs.add(field, message)
		}
	}
	f.checkSymbol(errs)
	for field, text := range lines {
		switch {
		case strings.ContainsAny(text, "\r\n"):
			errs.add(field, "Chỉ viết trên một dòng.")
		case field == "reporter" || field == "closer":
			// In a sentence, not a narrow column: the compose form's limit.
			checkReportLengths(errs, reportShortMax, map[string]string{field: text})
		default:
			checkReportLengths(errs, reportLineMax, map[string]string{field: text})
		}
	}
	checkReportLengths(errs, reportLongMax, map[string]string{"basis": f.Basis, "assessment": f.Assessment,
		"recommendations": f.Recommendations})
	checkRecipientLines(errs, f.Recipients)
	if _, ok := f.dueDay(); !ok {
		errs.add("due_day", "Hạn nộp là một ngày trong tháng, từ 1 đến 31 (để trống là ngày 25).")
	}
	return errs
}

// dueDay reads the due day; empty is 0, the default.
func (f reportDefaultsForm) dueDay() (int, bool) {
	if f.DueDay == "" {
		return 0, true
	}
	day, err := strconv.Atoi(f.DueDay)
	return day, err == nil && day >= 1 && day <= 31
}

// lines are the one-line fields by name.
func (f reportDefaultsForm) lines() map[string]string {
	return map[string]string{
		"superior_body": f.SuperiorBody, "issuing_body": f.IssuingBody, "place": f.Place, "symbol": f.Symbol,
		"reporter": f.Reporter, "receiver": f.Receiver, "closer": f.Closer,
		"authority": f.Authority, "position": f.Position, "signer": f.Signer,
	}
}

// checkSymbol: the document writes the symbol straight after the number
// ("Số 12-BC/ĐU"), so it has no spaces and no separator of its own in front.
func (f reportDefaultsForm) checkSymbol(errs fieldErrors) {
	switch {
	case strings.IndexFunc(f.Symbol, unicode.IsSpace) >= 0:
		errs.add("symbol", "Ký hiệu không được có dấu cách, ví dụ BC/ĐU.")
	case strings.HasPrefix(f.Symbol, "-") || strings.HasPrefix(f.Symbol, "/"):
		errs.add("symbol", "Không gõ “-” hay “/” ở đầu ký hiệu: văn bản tự thêm sau số (Số 12-BC/ĐU).")
	case utf8.RuneCountInString(f.Symbol) > reportSymbolMax:
		errs.add("symbol", fmt.Sprintf("Ký hiệu quá dài (tối đa %d ký tự).", reportSymbolMax))
	}
}

// checkRecipientLines keeps each recipient to one line of the document.
func checkRecipientLines(errs fieldErrors, text string) {
	lines := reportRecipientLines(text)
	if len(lines) > reportRecipientsMax {
		errs.add("recipients", fmt.Sprintf("Nhiều nhất %d nơi nhận (đang có %d).", reportRecipientsMax, len(lines)))
		return
	}
	for i, line := range lines {
		if n := utf8.RuneCountInString(line); n > reportLineMax {
			errs.add("recipients", fmt.Sprintf("Nơi nhận thứ %d quá dài (%d ký tự, tối đa %d).", i+1, n, reportLineMax))
			return
		}
	}
}

// settings lays the form over what is stored: the fields the form does not
// edit (number, date, program) keep their stored values.
func (f reportDefaultsForm) settings(stored domain.ReportSettings) domain.ReportSettings {
	rs := stored
	rs.Style = domain.DocumentStyle(f.Style)
	rs.SuperiorBody, rs.IssuingBody, rs.Place, rs.Symbol = f.SuperiorBody, f.IssuingBody, f.Place, f.Symbol
	rs.Basis, rs.Reporter, rs.Receiver, rs.Closer = f.Basis, f.Reporter, f.Receiver, f.Closer
	rs.Assessment, rs.Recommendations = f.Assessment, f.Recommendations
	rs.Recipients = reportRecipientLines(f.Recipients)
	rs.Authority, rs.Position, rs.Signer = f.Authority, f.Position, f.Signer
	rs.DueDay, _ = f.dueDay()
	return rs
}
