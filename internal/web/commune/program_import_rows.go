package commune

import (
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// changeRow is one line of the import preview's table of changes.
type changeRow struct {
	Kind   domain.ChangeKind
	Label  string // "Thêm", "Sửa", "Xóa" …
	Key    string // "II.4"
	Text   string
	Detail string // what differs, for a changed criterion
}

// Rows writes the preview's changes for its table.
func (p importPreview) Rows() []changeRow {
	out := make([]changeRow, len(p.Changes))
	for i, c := range p.Changes {
		row := changeRow{Kind: c.Kind, Key: c.Key, Text: c.Text}
		switch c.Kind {
		case domain.ChangeNewProgram:
			row.Label, row.Text = "Chương trình mới", fmt.Sprintf("%d nhóm, %d tiêu chí", c.Groups, c.Count)
		case domain.ChangeHeader:
			row.Label, row.Text = "Sửa thông tin chung", "ngày ban hành, cơ quan ban hành, tên hoặc năm"
		case domain.ChangeGroup:
			row.Label, row.Key = "Nhóm", c.Key
		case domain.ChangeAdded:
			row.Label = "Thêm tiêu chí"
		case domain.ChangeChanged:
			row.Label, row.Detail = "Sửa tiêu chí", "Thay đổi: "+strings.Join(c.Fields, ", ")
		case domain.ChangeRemoved:
			row.Label = "Xóa tiêu chí"
		}
		out[i] = row
	}
	return out
}
