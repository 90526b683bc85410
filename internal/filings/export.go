package filings

import (
	"bytes"
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/usecase"
)

// ExportCompleteness writes the completeness page, as filtered and sorted,
// as a workbook.
func (s *Service) ExportCompleteness(ctx context.Context, a usecase.Actor, year int, filter Filter, sort string) (Document, error) {
	c, err := s.CompletenessOf(ctx, a, year, filter, sort)
	if err != nil {
		return Document{}, err
	}
	sheet := excel.CompletenessSheet{
		Title: fmt.Sprintf("Tình hình nộp báo cáo NQ57 năm %d — %s", year, c.Province.DisplayName()),
		Lines: []string{"Tính đến ngày " + c.Today.Format("02/01/2006") + "; " + filterWords(c.Filter) + ".",
			"Xuất bởi " + a.Name() + " lúc " + s.env.Now().In(domain.Vietnam).Format("15:04 ngày 02/01/2006") + "."},
	}
	for _, p := range c.Periods {
		sheet.Periods = append(sheet.Periods, ShortName(p))
	}
	for _, r := range c.Rows {
		row := excel.CompletenessRow{Name: r.Commune.Name, Type: r.Commune.Type.Label()}
		for _, cell := range r.Cells {
			row.Cells = append(row.Cells, cell.Label())
		}
		sheet.Rows = append(sheet.Rows, row)
	}
	sheet.Totals = totalsRows(c.Totals)
	var buf bytes.Buffer
	if err := excel.WriteCompleteness(&buf, sheet); err != nil {
		return Document{}, err
	}
	return Document{Filename: fmt.Sprintf("tinh-hinh-nop-bao-cao-%s-%d.xlsx", c.Province.Code, year), Format: "xlsx", Body: buf.Bytes()}, nil
}

func totalsRows(totals []PeriodTotals) []excel.CompletenessRow {
	rows := []excel.CompletenessRow{{Name: "Phải nộp"}, {Name: "Đã nộp"}, {Name: "Đúng hạn"}, {Name: "Đã tiếp nhận"}}
	for _, t := range totals {
		rows[0].Cells = append(rows[0].Cells, fmt.Sprint(t.Expected))
		rows[1].Cells = append(rows[1].Cells, fmt.Sprintf("%d (%s)", t.Submitted, t.Rate(t.Submitted)))
		rows[2].Cells = append(rows[2].Cells, fmt.Sprintf("%d (%s)", t.OnTime, t.Rate(t.OnTime)))
		rows[3].Cells = append(rows[3].Cells, fmt.Sprintf("%d (%s)", t.Accepted, t.Rate(t.Accepted)))
	}
	return rows
}

// filterWords says what the page was narrowed to.
func filterWords(f Filter) string {
	s := "tất cả xã, phường, đặc khu"
	if f.Type != "" {
		s = "chỉ " + f.Type.Label()
	}
	if f.Status != "" {
		s += ", có kỳ “" + f.Status.Label() + "”"
	}
	return s
}
