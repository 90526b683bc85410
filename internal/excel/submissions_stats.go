package excel

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/stats"
)

// Sheets of the statistics workbook.
const (
	SheetStatsSummary = "Tổng hợp"
	SheetStatsMonths  = "Theo tháng"
	SheetStatsUnits   = "Theo đơn vị"
	SheetStatsList    = "Danh sách"
)

// StatisticsInput is what the statistics workbook shows: the figures, the
// submissions they count, the units that name handling units, and the
// organisation's name for the title.
type StatisticsInput struct {
	OrgName     string
	Figures     stats.Figures
	Submissions []domain.Submission // those outside the figures' days are left out
	Units       []domain.Unit
}

// statStyles are the number styles of the statistics workbook, beyond the
// shared ones.
type statStyles struct {
	styles
	moment  int // dd/mm/yyyy hh:mm
	percent int // 66.7%
	decimal int // 3.5
}

// WriteStatistics writes the statistics of submissions as a workbook with
// the sheets "Tổng hợp", "Theo tháng", "Theo đơn vị" and "Danh sách".
func WriteStatistics(w io.Writer, in StatisticsInput) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeStatistics(f, in); err != nil {
		return fmt.Errorf("write statistics: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write statistics: %w", err)
	}
	return nil
}

func writeStatistics(f *excelize.File, in StatisticsInput) error {
	st, err := newStatStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), SheetStatsSummary); err != nil {
		return err
	}
	for _, name := range []string{SheetStatsMonths, SheetStatsUnits, SheetStatsList} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	writers := []func(*sheetWriter, statStyles, StatisticsInput){writeStatsSummary, writeStatsMonths, writeStatsUnits, writeStatsList}
	for i, write := range writers {
		sw := &sheetWriter{f: f, sheet: f.GetSheetName(i), st: st.styles}
		write(sw, st, in)
		if sw.err != nil {
			return sw.err
		}
	}
	return nil
}

func newStatStyles(f *excelize.File) (statStyles, error) {
	base, err := newStyles(f)
	if err != nil {
		return statStyles{}, err
	}
	st := statStyles{styles: base}
	moment, decimal := "dd/mm/yyyy hh:mm", "0.0"
	defs := []struct {
		dst   *int
		style *excelize.Style
	}{
		{&st.moment, &excelize.Style{Border: borders(), Alignment: align("center"), CustomNumFmt: &moment}},
		{&st.percent, &excelize.Style{Border: borders(), Alignment: align("right"), NumFmt: 10}},
		{&st.decimal, &excelize.Style{Border: borders(), Alignment: align("right"), CustomNumFmt: &decimal}},
	}
	for _, d := range defs {
		if *d.dst, err = f.NewStyle(d.style); err != nil {
			return statStyles{}, fmt.Errorf("new style: %w", err)
		}
	}
	return st, nil
}

// countColumns are the columns of a table of Counts, after its first.
func countColumns(first string, width float64) layout {
	return layout{
		{header: first, width: width},
		{header: "Tiếp nhận", width: 12, kind: kindNumber},
		{header: "Đã trả lời", width: 12, kind: kindNumber},
		{header: "Trả lời đúng hạn", width: 14, kind: kindNumber},
		{header: "Quá hạn", width: 12, kind: kindNumber},
		{header: "Không tiếp nhận", width: 14, kind: kindNumber},
	}
}

// countsRow writes a label and its counts.
func countsRow(w *sheetWriter, row int, label string, c domain.SubmissionCounts) {
	w.str(1, row, label, w.st.of(kindText))
	for i, n := range []int{c.Received, c.Answered, c.OnTime, c.Overdue, c.Rejected} {
		w.num(i+2, row, float64(n), w.st.of(kindNumber))
	}
}

func writeStatsMonths(w *sheetWriter, _ statStyles, in StatisticsInput) {
	w.table(countColumns("Tháng", 18), 1)
	for i, m := range in.Figures.Months {
		countsRow(w, i+2, fmt.Sprintf("%02d/%d", m.Month.N, m.Month.Year), m.SubmissionCounts)
	}
}

func writeStatsUnits(w *sheetWriter, _ statStyles, in StatisticsInput) {
	w.table(countColumns("Đơn vị xử lý", 40), 1)
	for i, u := range in.Figures.ByUnit {
		countsRow(w, i+2, u.Name, u.SubmissionCounts)
	}
}

// excelMoment is the Excel serial of the moment t as a clock in Vietnam
// shows it; Excel has no time zones.
func excelMoment(t time.Time) float64 {
	l := t.In(domain.Vietnam)
	wall := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
	return wall.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
}

// moment writes t as an Excel date and time, or an empty cell for none.
func moment(w *sheetWriter, st statStyles, col, row int, t time.Time) {
	if t.IsZero() {
		w.style(col, row, st.moment)
		return
	}
	w.num(col, row, excelMoment(t), st.moment)
}
