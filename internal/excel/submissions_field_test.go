package excel

import (
	"bytes"
	"strings"
	"testing"
)

// A workbook's "Lĩnh vực" follows the one limit of domain.CheckNewSubmission,
// named at its cell, as the staff's recording form does.
func TestReadSubmissionsRefusesATooLongFieldAtItsCell(t *testing.T) {
	sub := goodSubmission("Đề nghị lắp Wi-Fi ở nhà văn hóa thôn Đông")
	sub.Field = strings.Repeat("lĩnh vực ", 12) // 107 characters, trimmed
	_, err := ReadSubmissions(bytes.NewReader(templateWith(t, sub)), importNow)
	checkProblems(t, problemsOf(t, err), []want{{SheetSubmissions + "!D2", "Lĩnh vực quá dài: tối đa 100 ký tự"}})
}
