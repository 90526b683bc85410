package reporting

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// Labels name each setting of a report as the forms label it; the pages and
// the message of a refused stale save read them from here.
var Labels = map[string]string{
	"style":           "Thể thức văn bản",
	"superior_body":   "Cơ quan cấp trên",
	"issuing_body":    "Cơ quan ban hành",
	"symbol":          "Ký hiệu văn bản",
	"place":           "Địa danh",
	"term":            "Nhiệm kỳ của cấp ủy",
	"number":          "Số văn bản",
	"date":            "Ngày văn bản",
	"basis":           "Căn cứ (văn bản yêu cầu báo cáo)",
	"reporter":        "Chủ thể báo cáo (câu mở đầu)",
	"receiver":        "Nơi tiếp nhận phản ánh, kiến nghị",
	"closer":          "Chủ thể báo cáo (câu kết)",
	"assessment":      "II. Nhận xét, đánh giá chung",
	"recommendations": "III. Kiến nghị, đề xuất",
	"recipients":      "Nơi nhận",
	"authority":       "Thẩm quyền ký",
	"position":        "Chức vụ người ký",
	"signer":          "Người ký",
	"due_day":         "Hạn nộp báo cáo",
}

// settingFields are the settings in the order of the document, each as text.
func settingFields(rs domain.ReportSettings) [][2]string {
	day := ""
	if rs.DueDay != 0 {
		day = strconv.Itoa(rs.DueDay)
	}
	term := ""
	if rs.Style != domain.StateDocument {
		term = domain.TermWords(rs.TermStart)
	}
	return [][2]string{
		{"style", string(rs.Style)}, {"superior_body", rs.SuperiorBody}, {"issuing_body", rs.IssuingBody},
		{"symbol", rs.Symbol}, {"place", rs.Place}, {"term", term}, {"number", rs.Number}, {"date", dateText(rs.Date)},
		{"basis", rs.Basis}, {"reporter", rs.Reporter}, {"receiver", rs.Receiver}, {"closer", rs.Closer},
		{"assessment", rs.Assessment}, {"recommendations", rs.Recommendations},
		{"recipients", strings.Join(rs.Recipients, "; ")}, {"authority", rs.Authority}, {"position", rs.Position},
		{"signer", rs.Signer}, {"due_day", day},
	}
}

// settingsDifference says, for a person, what the fields of now that differ
// from mine hold: "Người ký: Trần Văn Mới; Nơi nhận: …". Long texts are cut.
func settingsDifference(now, mine domain.ReportSettings) string {
	theirs, ours := settingFields(now), settingFields(mine)
	var parts []string
	for i, f := range theirs {
		if f[1] == ours[i][1] {
			continue
		}
		v := f[1]
		if v == "" {
			v = "(để trống)"
		}
		parts = append(parts, Labels[f[0]]+": "+cut(v, 120))
	}
	return strings.Join(parts, "; ")
}

// cut shortens s to at most n characters, with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
