package excel

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// SheetCompleteness is the sheet of an exported completeness page.
const SheetCompleteness = "Tình hình nộp"

// CompletenessSheet is the province's completeness page in words: the
// title and lines above the table, the periods' names, one row per commune
// (each period's state as the page writes it) and the totals' rows.
type CompletenessSheet struct {
	Title   string
	Lines   []string
	Periods []string // "T1", "T2", …
	Rows    []CompletenessRow
	Totals  []CompletenessRow // "Phải nộp", "Đã nộp", …: figures as text, one per period
}

// CompletenessRow is one row of the table: a commune (its name and type),
// or a total (its label in Name).
type CompletenessRow struct {
	Name, Type string
	Cells      []string
}

// WriteCompleteness writes the sheet as a workbook to w, streaming its rows.
func WriteCompleteness(w io.Writer, c CompletenessSheet) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeCompleteness(f, c); err != nil {
		return fmt.Errorf("write completeness: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write completeness: %w", err)
	}
	return nil
}

func writeCompleteness(f *excelize.File, c CompletenessSheet) error {
	if err := f.SetSheetName(f.GetSheetName(0), SheetCompleteness); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetCompleteness)
	if err != nil {
		return err
	}
	headerRow := len(c.Lines) + 3
	if err := completenessColumns(sw, len(c.Periods), headerRow); err != nil {
		return err
	}
	row := 1
	put := func(values ...any) error {
		err := sw.SetRow(cellName(1, row), values)
		row++
		return err
	}
	if err := put(excelize.Cell{StyleID: st.title, Value: c.Title}); err != nil {
		return err
	}
	for _, l := range c.Lines {
		if err := put(l); err != nil {
			return err
		}
	}
	row = headerRow
	head := []any{excelize.Cell{StyleID: st.header, Value: "Xã, phường, đặc khu"}, excelize.Cell{StyleID: st.header, Value: "Loại"}}
	for _, p := range c.Periods {
		head = append(head, excelize.Cell{StyleID: st.header, Value: p})
	}
	if err := put(head...); err != nil {
		return err
	}
	for _, r := range append(c.Rows, c.Totals...) {
		cells := []any{excelize.Cell{StyleID: st.of(kindText), Value: r.Name}, excelize.Cell{StyleID: st.of(kindText), Value: r.Type}}
		for _, v := range r.Cells {
			cells = append(cells, excelize.Cell{StyleID: st.of(kindText), Value: v})
		}
		if err := put(cells...); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// completenessColumns sets the widths and keeps the header in view.
func completenessColumns(sw *excelize.StreamWriter, periods, headerRow int) error {
	if err := sw.SetColWidth(1, 1, 28); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 10); err != nil {
		return err
	}
	if err := sw.SetColWidth(3, 2+periods, 22); err != nil {
		return err
	}
	return sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: headerRow, TopLeftCell: cellName(2, headerRow+1), ActivePane: "bottomRight"})
}
