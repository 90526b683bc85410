package web

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// reportForm is what a composer edits of one period's report, as typed.
type reportForm struct {
	Number, Date                       string
	Authority, Position, Signer        string
	Recipients                         string // one per line, without the leading "- "
	Basis, Assessment, Recommendations string
}

func reportFormOf(rs domain.ReportSettings) reportForm {
	date := ""
	if !rs.Date.IsZero() {
		date = rs.Date.Format("02/01/2006")
	}
	return reportForm{
		Number: rs.Number, Date: date, Authority: rs.Authority, Position: rs.Position, Signer: rs.Signer,
		Recipients: strings.Join(rs.Recipients, "\n"), Basis: rs.Basis, Assessment: rs.Assessment,
		Recommendations: rs.Recommendations,
	}
}

func readReportForm(r *http.Request) reportForm {
	return reportForm{
		Number: formValue(r, "number"), Date: formValue(r, "date"),
		Authority: formValue(r, "authority"), Position: formValue(r, "position"), Signer: formValue(r, "signer"),
		Recipients: formText(r, "recipients"), Basis: formText(r, "basis"),
		Assessment: strings.TrimSpace(formText(r, "assessment")), Recommendations: strings.TrimSpace(formText(r, "recommendations")),
	}
}

var reportDigits = regexp.MustCompile(`^[0-9]{1,6}$`)

// checkReportNumber checks a document number: digits only, the symbol is added.
func checkReportNumber(errs fieldErrors, field, number string, required bool) {
	switch {
	case number == "" && required:
		errs.add(field, "Nhập số văn bản (chỉ phần số, ví dụ 12; ký hiệu được thêm tự động).")
	case number != "" && !reportDigits.MatchString(number):
		errs.add(field, "Số văn bản chỉ gồm chữ số (tối đa 6), ví dụ 12; ký hiệu được thêm tự động.")
	}
}

// checkReportDate reads a document date written dd/mm/yyyy. It may not fall before
// the period begins: a report cannot be dated before what it reports on.
func checkReportDate(errs fieldErrors, field, text string, p domain.Period, required bool) time.Time {
	if text == "" {
		if required {
			errs.add(field, "Nhập ngày văn bản, dạng ngày/tháng/năm (ví dụ 31/03/2026).")
		}
		return time.Time{}
	}
	d, err := domain.ParseDate(text)
	if err != nil || d.Year() < 2000 || d.Year() > 2100 {
		errs.add(field, "Ngày “"+text+"” không đúng: viết dạng ngày/tháng/năm, ví dụ 31/03/2026.")
		return time.Time{}
	}
	if d.Before(p.Start()) {
		errs.add(field, "Ngày văn bản không thể trước ngày bắt đầu kỳ báo cáo ("+p.Start().Format("02/01/2006")+").")
		return time.Time{}
	}
	return d
}

// Longest texts accepted, so that a stray paste cannot bloat the store.
const (
	reportShortMax = 500
	reportLongMax  = 20000
)

// settings checks the form and returns what the period stores: each field
// that differs from the defaults. A field left empty, or equal to the default,
// is stored empty so that the default shows through (and later changes to the
// defaults reach this period). Fields the form does not edit keep own's values.
func (f reportForm) settings(errs fieldErrors, own, defaults domain.ReportSettings, p domain.Period) domain.ReportSettings {
	checkReportNumber(errs, "number", f.Number, false)
	date := checkReportDate(errs, "date", f.Date, p, false)
	checkReportLengths(errs, reportShortMax, map[string]string{"authority": f.Authority, "position": f.Position, "signer": f.Signer})
	checkReportLengths(errs, reportLongMax, map[string]string{"recipients": f.Recipients, "basis": f.Basis,
		"assessment": f.Assessment, "recommendations": f.Recommendations})
	unless := func(v, def string) string {
		if v == def {
			return ""
		}
		return v
	}
	rs := own
	rs.Number = unless(f.Number, defaults.Number)
	rs.Date = date
	if date.Equal(defaults.Date) {
		rs.Date = time.Time{}
	}
	rs.Authority, rs.Position = unless(f.Authority, defaults.Authority), unless(f.Position, defaults.Position)
	rs.Signer, rs.Basis = unless(f.Signer, defaults.Signer), unless(strings.TrimSpace(f.Basis), defaults.Basis)
	rs.Assessment = unless(f.Assessment, defaults.Assessment)
	rs.Recommendations = unless(f.Recommendations, defaults.Recommendations)
	rs.Recipients = reportRecipientLines(f.Recipients)
	if slices.Equal(rs.Recipients, defaults.Recipients) {
		rs.Recipients = nil
	}
	return rs
}

// checkReportLengths names each field whose text is longer than max characters.
func checkReportLengths(errs fieldErrors, max int, texts map[string]string) {
	for field, text := range texts {
		if utf8.RuneCountInString(text) > max {
			errs.add(field, "Nội dung quá dài (tối đa "+thousands(max)+" ký tự).")
		}
	}
}

// reportRecipientLines splits the recipients box into lines, dropping blank lines
// and a leading "- " that the document adds itself.
func reportRecipientLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		line = strings.TrimSpace(strings.TrimLeft(line, "-–•"))
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}
