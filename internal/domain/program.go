package domain

import (
	"fmt"
	"regexp"
	"time"
	"unicode/utf8"
)

// Program is a work program (chương trình công tác) of an organisation, such as
// 02-CTr/BCĐ of 04/2/2026, made of numbered groups of criteria.
type Program struct {
	ID          int64
	OrgID       int64
	Number      string    // number and symbol as written: "02-CTr/BCĐ"
	Date        time.Time // date of issue (a calendar date, UTC midnight)
	IssuingBody string    // "Ban chỉ đạo chuyển đổi số xã Xuân Hưng"
	Title       string    // "Chương trình công tác năm 2026"
	Year        int
	Groups      []Group
	// Revision counts the changes to a framework's criteria (a framework is
	// a program of a province); a commune's program keeps 0.
	Revision int
	// FrameworkID is the province's framework this program was adopted
	// from (0 for none) and FrameworkVersion the framework's Revision it was
	// last brought up to.
	FrameworkID      int64
	FrameworkVersion int
	Version          int64     // of the header (date, issuing body, title, year)
	ChangedBy        string    // who changed the header last
	ChangedAt        time.Time // and when
}

// Group is a numbered group of criteria: "I. Phát triển hạ tầng".
type Group struct {
	ID        int64
	Numeral   string // "I", "II", "III"
	Name      string
	Position  int // 1-based order in the program
	Criteria  []Criterion
	Version   int64 // of the name
	ChangedBy string
	ChangedAt time.Time
}

// Criterion is one numbered criterion (tiêu chí) of a group.
type Criterion struct {
	ID       int64
	Number   int    // numbered from 1 within its group
	Text     string // as written: "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%"
	Targets  []Target
	Roles    Roles
	Position int // 1-based order in the program, across groups
	// FrameworkKey is the key of the province's framework criterion this
	// one was adopted from ("HT-01"); "" for a criterion of the commune's own,
	// which stays outside consolidation.
	FrameworkKey string
	Version      int64 // of the text, targets and roles
	ChangedBy    string
	ChangedAt    time.Time
}

// Qualitative reports whether the criterion has no measurable target, so that a
// person marks it met, with evidence.
func (c Criterion) Qualitative() bool { return len(c.Targets) == 0 }

// Roles are the three unit roles of a criterion, each kept exactly as written
// ("Phòng VH-XH; Phòng Kinh tế; Các cơ, quan đơn vị liên quan"), with the units
// of the organisation that the words name, where they name one.
type Roles struct {
	Monitoring   Role // chủ trì theo dõi, hướng dẫn, đôn đốc, kiểm tra, đánh giá
	Lead         Role // chủ trì tổ chức thực hiện
	Coordinating Role // phối hợp thực hiện
}

// Role is the words of one role and the units they were matched to.
type Role struct {
	Text    string
	UnitIDs []int64
}

// CriteriaCount returns the number of criteria in the program.
func (p Program) CriteriaCount() int {
	n := 0
	for _, g := range p.Groups {
		n += len(g.Criteria)
	}
	return n
}

// Criteria returns every criterion of the program in order.
func (p Program) Criteria() []Criterion {
	out := make([]Criterion, 0, p.CriteriaCount())
	for _, g := range p.Groups {
		out = append(out, g.Criteria...)
	}
	return out
}

var romanNumeral = regexp.MustCompile(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// GroupNameMax bounds a group's name: it is one row of the report's table.
const GroupNameMax = 200

// GroupNameProblem says what is wrong with a group's name, or "": empty, or
// longer than GroupNameMax. The program page and the workbook hold groups
// to the same rule.
func GroupNameProblem(name string) string {
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return "Nhập tên nhóm (ví dụ: Phát triển hạ tầng)."
	case n > GroupNameMax:
		return fmt.Sprintf("Tên nhóm quá dài: tối đa %d ký tự (hiện có %d).", GroupNameMax, n)
	}
	return ""
}

// IsGroupNumeral reports whether s numbers a group as programs do: a Roman
// numeral in capitals (I, II, III …). The form and the workbook hold groups
// to the same rule, so that a program exported reads back.
func IsGroupNumeral(s string) bool { return s != "" && romanNumeral.MatchString(s) }
