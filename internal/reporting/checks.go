package reporting

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// formErrors heads the problems of a refused form.
const formErrors = "Biểu mẫu còn lỗi, chưa lưu gì."

var digits = regexp.MustCompile(`^[0-9]{1,6}$`)

// checkNumber checks a document number: digits only, the symbol is added.
func checkNumber(pr *domain.Problems, field, number string, required bool) {
	switch {
	case number == "" && required:
		pr.Add(field, "Nhập số văn bản (chỉ phần số, ví dụ 12; ký hiệu được thêm tự động).")
	case number != "" && !digits.MatchString(number):
		pr.Add(field, "Số văn bản chỉ gồm chữ số (tối đa 6), ví dụ 12; ký hiệu được thêm tự động.")
	}
}

// checkDate reads a document date written dd/mm/yyyy. It may not fall before
// the period begins: a report cannot be dated before what it reports on.
func checkDate(pr *domain.Problems, field, text string, p domain.Period, required bool) time.Time {
	if text == "" {
		if required {
			pr.Add(field, "Nhập ngày văn bản, dạng ngày/tháng/năm (ví dụ 31/03/2026).")
		}
		return time.Time{}
	}
	d, err := domain.ParseDate(text)
	if err != nil || d.Year() < 2000 || d.Year() > 2100 {
		pr.Add(field, "Ngày “"+text+"” không đúng: viết dạng ngày/tháng/năm, ví dụ 31/03/2026.")
		return time.Time{}
	}
	if d.Before(p.Start()) {
		pr.Add(field, "Ngày văn bản không thể trước ngày bắt đầu kỳ báo cáo ("+p.Start().Format("02/01/2006")+").")
		return time.Time{}
	}
	return d
}

// Longest texts accepted, so that a stray paste cannot bloat the store, and
// what one line of the document can hold: the header and the signature block
// are narrow columns, a recipient is one line under "Nơi nhận:".
const (
	shortMax      = 500
	longMax       = 20000
	lineMax       = 150
	symbolMax     = 20
	recipientsMax = 30
)

// checkLength names the field when its text is longer than max characters.
func checkLength(pr *domain.Problems, field, text string, max int) {
	if utf8.RuneCountInString(text) > max {
		pr.Add(field, "Nội dung quá dài (tối đa "+domain.FormatCount(max)+" ký tự).")
	}
}

// RecipientLines splits the recipients box into lines, dropping blank lines
// and a leading "- " that the document adds itself.
func RecipientLines(text string) []string {
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

// checkRecipients keeps each recipient to one line of the document.
func checkRecipients(pr *domain.Problems, text string) {
	lines := RecipientLines(text)
	if len(lines) > recipientsMax {
		pr.Add("recipients", fmt.Sprintf("Nhiều nhất %d nơi nhận (đang có %d).", recipientsMax, len(lines)))
		return
	}
	for i, line := range lines {
		if n := utf8.RuneCountInString(line); n > lineMax {
			pr.Add("recipients", fmt.Sprintf("Nơi nhận thứ %d quá dài (%d ký tự, tối đa %d).", i+1, n, lineMax))
			return
		}
	}
}

// dateText writes a document date as the forms show it: 31/03/2026, or "".
func dateText(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format("02/01/2006")
}
