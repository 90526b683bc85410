package auditlog

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/usecase"
)

// ExportCap is the most entries one export holds: the newest, when the filter
// lets more through (the workbook says so, and how many there were).
const ExportCap = 10000

// Workbook is an exported log.
type Workbook struct {
	Name  string // the file's name: "Nhật ký thay đổi xã Xuân Hưng 28-03-2026.xlsx"
	Data  []byte
	Rows  int // the entries it holds
	Total int // the entries the filter lets through
}

// Export writes the entries of the actor's organisation's log that q lets
// through (every page) to a workbook, newest first, at most ExportCap of them.
// Only administrators read the log.
func (s *Service) Export(ctx context.Context, a usecase.Actor, q Query) (Workbook, error) {
	if err := a.Require(domain.ActReadAudit); err != nil {
		return Workbook{}, err
	}
	f, problems, err := s.readQuery(ctx, a, q)
	if err != nil {
		return Workbook{}, err
	}
	if len(problems) > 0 {
		return Workbook{}, domain.InvalidInput("Bộ lọc nhật ký chưa hợp lệ", problems)
	}
	sf := f.storeFilter(a.Org.ID)
	wb := Workbook{}
	if wb.Total, err = s.env.Store.AuditCount(ctx, sf); err != nil {
		return Workbook{}, err
	}
	units, err := s.unitNames(ctx, a.Org.ID)
	if err != nil {
		return Workbook{}, err
	}
	head, err := s.exportHead(ctx, a, f, wb.Total)
	if err != nil {
		return Workbook{}, err
	}
	var buf bytes.Buffer
	err = excel.WriteAuditLog(&buf, head, func(add func(excel.AuditLogRow) error) error {
		return s.env.Store.AuditEach(ctx, sf, s.exportCap, 0, func(r domain.AuditRecord) error {
			wb.Rows++
			return add(exportRow(entryOf(r, units), r))
		})
	})
	if err != nil {
		return Workbook{}, fmt.Errorf("export audit log of org %d: %w", a.Org.ID, err)
	}
	wb.Data = buf.Bytes()
	wb.Name = "Nhật ký thay đổi " + a.Org.DisplayName() + " " + s.env.Now().In(domain.Vietnam).Format("02-01-2006") + ".xlsx"
	return wb, nil
}

// exportRow is an entry as a row of the workbook.
func exportRow(e Entry, r domain.AuditRecord) excel.AuditLogRow {
	lines := make([]string, 0, len(e.Changes))
	for _, c := range e.Changes {
		lines = append(lines, changeLine(c))
	}
	return excel.AuditLogRow{At: e.At, Who: e.Who, Login: e.Login, Action: e.Label, Code: e.Action, Entity: e.Entity,
		Reason: e.Reason, Changes: strings.Join(lines, "\n"), Before: r.Before, After: r.After}
}

// changeLine writes a change on one line: "Tên: cũ → mới".
func changeLine(c Change) string {
	before, after := c.Before, c.After
	if before == "" {
		before = "(trống)"
	}
	if after == "" {
		after = "(trống)"
	}
	line := strings.ReplaceAll(before, "\n", "; ") + " → " + strings.ReplaceAll(after, "\n", "; ")
	if c.Field != "" {
		line = c.Field + ": " + line
	}
	return line
}

// exportHead says what the workbook holds: the organisation, the filter in
// words, when and by whom it was exported, and what the cap left out.
func (s *Service) exportHead(ctx context.Context, a usecase.Actor, f Filter, total int) (excel.AuditLogHead, error) {
	head := excel.AuditLogHead{Title: "Nhật ký thay đổi — " + a.Org.DisplayName()}
	words, err := s.filterWords(ctx, a, f)
	if err != nil {
		return head, err
	}
	head.Lines = append(head.Lines, "Bộ lọc: "+words)
	head.Lines = append(head.Lines, "Xuất lúc "+s.env.Now().In(domain.Vietnam).Format("15:04 ngày 02/01/2006")+", người xuất: "+a.Name())
	if total > s.exportCap {
		head.Lines = append(head.Lines, fmt.Sprintf("Có %s mục khớp bộ lọc; tệp này có %s mục mới nhất. Thu hẹp khoảng ngày để xuất các mục cũ hơn.",
			thousands(total), thousands(s.exportCap)))
	} else {
		head.Lines = append(head.Lines, fmt.Sprintf("Số mục: %s.", thousands(total)))
	}
	return head, nil
}

// filterWords says in words what the filter narrows the log to.
func (s *Service) filterWords(ctx context.Context, a usecase.Actor, f Filter) (string, error) {
	if f.Empty() {
		return "toàn bộ nhật ký", nil
	}
	var parts []string
	switch {
	case f.Person == CommandLinePerson:
		parts = append(parts, "người thực hiện: dòng lệnh trên máy chủ")
	case f.UserID != 0:
		u, err := s.env.Store.UserByID(ctx, f.UserID)
		if err != nil {
			return "", err
		}
		parts = append(parts, "người thực hiện: "+personLabel(u))
	}
	if f.Kind != "" {
		label := ActionLabel(f.Kind)
		if area, ok := findArea(f.Kind); ok {
			label = "mọi thao tác: " + lowerFirst(area.Label)
		}
		parts = append(parts, "thao tác: "+label)
	}
	if !f.From.IsZero() {
		parts = append(parts, "từ ngày "+f.From.Format("02/01/2006"))
	}
	if !f.To.IsZero() {
		parts = append(parts, "đến hết ngày "+f.To.Format("02/01/2006"))
	}
	return strings.Join(parts, "; "), nil
}

// thousands writes n with dots between thousands, as Vietnamese does: 10.000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
