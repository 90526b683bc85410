package report

import (
	"fmt"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// criteriaColumns are the columns of the table of met criteria; the criterion
// text gets the most room.
var criteriaColumns = []Column{
	{Title: "TT", Width: 0.07},
	{Title: "Tên/Mục tiêu cụ thể", Width: 0.33},
	{Title: "Đơn vị chủ trì chịu trách nhiệm theo dõi, hướng dẫn, đôn đốc, kiểm tra, đánh giá", Width: 0.2},
	{Title: "Đơn vị chủ trì tổ chức thực hiện", Width: 0.2},
	{Title: "Đơn vị phối hợp thực hiện", Width: 0.2},
}

// criteriaSection is part 1 of section I: the program, the count of criteria met
// and the table of the met ones, grouped and numbered from 1 within each group.
func criteriaSection(in Input) []Block {
	p := in.Program
	blocks := []Block{heading(2, fmt.Sprintf("1. Kết quả thực hiện các nhiệm vụ đã đề ra năm %d:", p.Year))}
	met, total := in.MetCount(), p.CriteriaCount()
	lead := fmt.Sprintf("- Thực hiện %s, trong %s, ", programReference(p), in.Period.Words())
	if met == 0 {
		return append(blocks, paragraph(lead+fmt.Sprintf("các cơ quan, đơn vị chưa hoàn thành tiêu chí nào trong số %d tiêu chí.", total)))
	}
	blocks = append(blocks, paragraph(lead+fmt.Sprintf("các cơ quan, đơn vị đã tham mưu hoàn thành đạt %d/%d tiêu chí, cụ thể:", met, total)))
	return append(blocks, Block{Kind: TableKind, Table: metTable(in)})
}

// programReference names the program: "Chương trình số 02-CTr/BCĐ ngày 04/2/2026
// của Ban chỉ đạo chuyển đổi số xã Xuân Hưng về Chương trình công tác năm 2026".
func programReference(p domain.Program) string {
	s := "Chương trình số " + p.Number
	if !p.Date.IsZero() {
		s += " ngày " + shortDate(p.Date)
	}
	if p.IssuingBody != "" {
		s += " của " + p.IssuingBody
	}
	if p.Title != "" {
		s += " về " + p.Title
	}
	return s
}

func metTable(in Input) *Table {
	t := &Table{Columns: criteriaColumns}
	for _, g := range in.Program.Groups {
		var rows []Row
		for _, c := range g.Criteria {
			if in.Statuses[c.ID] != domain.Met {
				continue
			}
			rows = append(rows, Row{Cells: []string{
				strconv.Itoa(len(rows) + 1), c.Text,
				c.Roles.Monitoring.Text, c.Roles.Lead.Text, c.Roles.Coordinating.Text,
			}})
		}
		if len(rows) == 0 {
			continue
		}
		t.Rows = append(t.Rows, Row{Group: true, Cells: []string{g.Numeral, g.Name, "", "", ""}})
		t.Rows = append(t.Rows, rows...)
	}
	return t
}
