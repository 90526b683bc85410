package excel

import (
	"fmt"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

// Labels of the "Chương trình" sheet.
const (
	lNumber = "Số hiệu"
	lDate   = "Ngày ban hành"
	lBody   = "Cơ quan ban hành"
	lTitle  = "Tên chương trình"
	lYear   = "Năm"
)

// dateLayout is how dates are written: dd/mm/yyyy.
const dateLayout = "02/01/2006"

func infoLabels() []string { return []string{lNumber, lDate, lBody, lTitle, lYear} }

// infoExamples are what a blank template writes beside each label, in
// column C, which reading ignores.
var infoExamples = map[string]string{
	lNumber: "ví dụ: 02-CTr/BCĐ (bắt buộc)",
	lDate:   "dd/mm/yyyy, ví dụ: 04/02/2026",
	lBody:   "ví dụ: Ban Chỉ đạo chuyển đổi số xã Xuân Hưng",
	lTitle:  "ví dụ: Chương trình công tác năm 2026",
	lYear:   "ví dụ: 2026 (bắt buộc)",
}

// writeProgramInfo writes the "Chương trình" sheet: a label/value block. A
// program without a number is the blank template: its values are left
// empty, with an example beside each.
func writeProgramInfo(w *sheetWriter, p domain.Program) error {
	date := ""
	if !p.Date.IsZero() {
		date = p.Date.Format(dateLayout)
	}
	blank := p.Number == ""
	values := []string{p.Number, date, p.IssuingBody, p.Title}
	for i, label := range infoLabels() {
		w.str(1, i+1, label, w.st.label)
		switch {
		case blank:
			w.str(2, i+1, "", w.st.editable)
			w.str(3, i+1, infoExamples[label], w.st.of(kindText))
		case label == lYear:
			w.num(2, i+1, float64(p.Year), w.st.of(kindNumber))
		default:
			w.str(2, i+1, values[i], w.st.editable)
		}
	}
	if !blank {
		w.str(3, 2, "(dd/mm/yyyy)", w.st.of(kindText))
	}
	w.fail("set column width", w.f.SetColWidth(w.sheet, "A", "A", 22))
	w.fail("set column width", w.f.SetColWidth(w.sheet, "B", "B", 60))
	w.fail("set column width", w.f.SetColWidth(w.sheet, "C", "C", 46))
	return w.err
}

// readProgramInfo reads the "Chương trình" sheet into a program without groups.
func readProgramInfo(f *excelize.File, probs *problems) domain.Program {
	g, ok := openGrid(f, sheetInfo, maxInfoRows, probs)
	if !ok {
		return domain.Program{}
	}
	block := readInfoBlock(g, infoLabels(), 2, len(g.rows), true, probs)
	var p domain.Program
	if v, ok := required(g, block, lNumber, probs); ok {
		p.Number = v.text
	}
	p.Date = infoDate(g, block[lDate], probs)
	p.IssuingBody = block[lBody].text
	p.Title = block[lTitle].text
	if v, ok := required(g, block, lYear, probs); ok {
		p.Year = infoYear(g, v, probs)
	}
	return p
}

// infoDate reads a date written dd/mm/yyyy, or entered as an Excel date; an
// empty cell is the zero time.
func infoDate(g grid, v infoValue, probs *problems) time.Time {
	if v.text == "" {
		return time.Time{}
	}
	t, err := parseDate(v.text)
	if err != nil {
		probs.add(g.name, v.col, v.row, "ngày ban hành “%s” không đúng dạng dd/mm/yyyy (ví dụ 04/02/2026)", v.text)
		return time.Time{}
	}
	return t
}

func parseDate(s string) (time.Time, error) {
	if serial, err := strconv.ParseFloat(s, 64); err == nil {
		t, err := excelize.ExcelDateToTime(serial, false)
		if err != nil || t.Year() < 2000 || t.Year() > 2100 {
			return time.Time{}, fmt.Errorf("%s is not a date serial", s)
		}
		return domain.Date(t.Year(), t.Month(), t.Day()), nil
	}
	return domain.ParseDate(s)
}

func infoYear(g grid, v infoValue, probs *problems) int {
	n, err := integer(v.text)
	if err != nil || n < 2000 || n > 2100 {
		probs.add(g.name, v.col, v.row, "năm “%s” không hợp lệ: ghi năm bằng số, ví dụ 2026", v.text)
		return 0
	}
	return n
}
