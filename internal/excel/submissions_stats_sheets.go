package excel

import (
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/stats"
)

// summaryHeaderRow is the header row of the summary table, under the title.
const summaryHeaderRow = 4

// writeStatsSummary writes the title, the totals and the table by kind.
func writeStatsSummary(w *sheetWriter, st statStyles, in StatisticsInput) {
	f := in.Figures
	w.str(1, 1, "Thống kê phản ánh, kiến nghị, sáng kiến, giải pháp — "+in.OrgName, w.st.title)
	w.str(1, 2, fmt.Sprintf("Tiếp nhận từ ngày %s đến ngày %s; số liệu tính đến %s",
		f.From.Format("02/01/2006"), f.To.Format("02/01/2006"), f.AsOf.In(domain.Vietnam).Format("15:04 ngày 02/01/2006")), w.st.of(kindText))
	l := countColumns("Chỉ tiêu", 46)
	w.table(layout{l[0], {header: "Số liệu", width: l[1].width, kind: kindNumber}}, summaryHeaderRow)
	for i := 2; i < len(l); i++ { // the by-kind table below uses these columns
		name := columnName(i + 1)
		w.fail("set column width", w.f.SetColWidth(w.sheet, name, name, l[i].width))
	}
	row := summaryHeaderRow + 1
	for _, line := range summaryLines(f, st) {
		w.str(1, row, line.label, w.st.of(kindText))
		if line.value == nil {
			w.str(2, row, "—", w.st.of(kindCentered))
		} else {
			w.num(2, row, *line.value, line.style)
		}
		row++
	}
	row++
	header := countColumns("Loại", 0)
	for i, c := range header {
		w.str(i+1, row, c.header, w.st.header)
	}
	for _, k := range f.ByKind {
		row++
		countsRow(w, row, domain.UpperFirst(k.Kind.Label()), k.SubmissionCounts)
	}
	row++
	countsRow(w, row, "Cộng", f.SubmissionCounts)
}

// summaryLine is one line of the totals.
type summaryLine struct {
	label string
	value *float64 // nil: not defined (nothing answered)
	style int
}

func summaryLines(f stats.Figures, st statStyles) []summaryLine {
	count := st.of(kindNumber)
	n := func(v int) *float64 { x := float64(v); return &x }
	var rate *float64
	if r, ok := f.OnTimeRate(); ok {
		rate = &r
	}
	return []summaryLine{
		{"Tiếp nhận", n(f.Received), count},
		{"Đã trả lời", n(f.Answered), count},
		{"Trả lời đúng hạn", n(f.OnTime), count},
		{"Tỷ lệ trả lời đúng hạn", rate, st.percent},
		{"Số ngày trả lời (trung vị, ngày lịch)", f.MedianDays, st.decimal},
		{"Số ngày trả lời (trung vị, ngày làm việc)", f.MedianWorkingDays, st.decimal},
		{"Quá hạn chưa trả lời", n(f.Overdue), count},
		{"Không tiếp nhận", n(f.Rejected), count},
		{"Nghi trùng lặp (đã đánh dấu)", n(f.Duplicates), count},
	}
}

// listColumns are the columns of the list of submissions.
func listColumns() layout {
	return layout{
		{header: "Mã theo dõi", width: 18, kind: kindLiteral},
		{header: "Ngày tiếp nhận", width: 17, kind: kindCentered},
		{header: "Loại", width: 16},
		{header: "Kênh tiếp nhận", width: 16},
		{header: "Tiêu đề", width: 44},
		{header: "Trạng thái", width: 20},
		{header: "Đơn vị xử lý", width: 28},
		{header: "Hạn xử lý", width: 17, kind: kindCentered},
		{header: "Ngày trả lời", width: 17, kind: kindCentered},
		{header: "Đúng hạn", width: 12, kind: kindCentered},
	}
}

// writeStatsList writes every submission the figures count, in order of
// receipt.
func writeStatsList(w *sheetWriter, st statStyles, in StatisticsInput) {
	submissionsTable(w, listColumns(), 1)
	units := make(map[int64]string, len(in.Units))
	for _, u := range in.Units {
		units[u.ID] = u.Name
	}
	row := 1
	for _, s := range in.Submissions {
		if !in.Figures.Covers(s) {
			continue
		}
		row++
		text := w.st.of(kindText)
		w.str(1, row, s.TrackingCode, w.st.of(kindLiteral))
		moment(w, st, 2, row, s.ReceivedAt)
		w.str(3, row, domain.UpperFirst(s.Kind.Label()), text)
		w.str(4, row, s.Channel.Label(), text)
		w.str(5, row, s.Title, text)
		w.str(6, row, s.Status.Label(), text)
		w.str(7, row, units[s.AssignedUnitID], text)
		moment(w, st, 8, row, s.DueAt)
		moment(w, st, 9, row, s.AnsweredAt)
		w.str(10, row, onTimeWord(s, in.Figures.AsOf), w.st.of(kindCentered))
	}
}

// onTimeWord says whether an answered submission was answered on time, and
// marks one overdue at asOf; it is empty for the others.
func onTimeWord(s domain.Submission, asOf time.Time) string {
	switch {
	case s.Status.Answered() && s.AnsweredOnTime():
		return metYes
	case s.Status.Answered():
		return metNo
	case s.Overdue(asOf):
		return "quá hạn"
	}
	return ""
}
