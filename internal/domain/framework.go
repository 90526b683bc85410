package domain

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A province's criteria framework is a program of the province whose every
// criterion carries a key ("HT-01"). A commune adopts it into a program of
// its own, each criterion keeping its key; the commune's own criteria have
// none. When the province revises the framework, the commune sees the
// difference by key and accepts it: nothing changes in its program silently.

// FrameworkKeyMax bounds a framework key: a short code, written in tables.
const FrameworkKeyMax = 20

// FrameworkKeyProblem says what is wrong with a framework criterion's key,
// or "".
func FrameworkKeyProblem(key string) string {
	switch n := utf8.RuneCountInString(key); {
	case n == 0:
		return "chưa có mã tiêu chí (ví dụ: HT-01): tiêu chí của bộ tiêu chí phải có mã để tổng hợp giữa các xã"
	case n > FrameworkKeyMax:
		return fmt.Sprintf("mã tiêu chí quá dài: tối đa %d ký tự (hiện có %d)", FrameworkKeyMax, n)
	}
	return ""
}

// FrameworkChange is one difference between a commune's adopted program and
// the framework's current revision, by key.
type FrameworkChange struct {
	Kind   ChangeKind // ChangeAdded, ChangeChanged or ChangeRemoved
	Key    string     // the framework key
	Label  string     // "II.4": in the commune's program, or in the framework for an added one
	Text   string     // the framework's text (the commune's for a removed one)
	Fields []string   // for ChangeChanged: "nội dung", "chỉ tiêu"
	Was    string     // for ChangeChanged: the commune's text and targets as they are
	// KeptAsOwn says that a removed criterion has values, so accepting
	// keeps it as the commune's own (its key cleared) instead of deleting it.
	KeptAsOwn bool
}

// String writes the change as one Vietnamese line.
func (c FrameworkChange) String() string {
	switch c.Kind {
	case ChangeAdded:
		return fmt.Sprintf("thêm tiêu chí %s (%s): %s", c.Key, c.Label, c.Text)
	case ChangeChanged:
		return fmt.Sprintf("sửa %s của tiêu chí %s (%s): %s", strings.Join(c.Fields, ", "), c.Key, c.Label, c.Text)
	case ChangeRemoved:
		if c.KeptAsOwn {
			return fmt.Sprintf("bỏ tiêu chí %s (%s) khỏi bộ tiêu chí: đã có số liệu nên giữ lại làm tiêu chí riêng của xã: %s", c.Key, c.Label, c.Text)
		}
		return fmt.Sprintf("bỏ tiêu chí %s (%s): %s", c.Key, c.Label, c.Text)
	}
	return string(c.Kind)
}

// keyed is a criterion with its group, found by framework key.
type keyed struct {
	group     Group
	criterion Criterion
}

func byFrameworkKey(p Program) map[string]keyed {
	out := map[string]keyed{}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			if c.FrameworkKey != "" {
				out[c.FrameworkKey] = keyed{g, c}
			}
		}
	}
	return out
}

// FrameworkChanges lists the differences between the commune's program p
// and the framework fw by key: criteria fw adds, criteria whose text or
// targets differ (in fw's order), then criteria fw no longer has (in p's
// order), each saying whether it has values (withData, by criterion id) and
// so would be kept as the commune's own. The commune's own criteria (no key)
// are not compared.
func FrameworkChanges(p, fw Program, withData map[int64]bool) []FrameworkChange {
	mine := byFrameworkKey(p)
	var out []FrameworkChange
	for _, g := range fw.Groups {
		for _, f := range g.Criteria {
			have, ok := mine[f.FrameworkKey]
			if !ok {
				out = append(out, FrameworkChange{Kind: ChangeAdded, Key: f.FrameworkKey, Label: CriterionKey(g, f), Text: f.Text})
				continue
			}
			var fields []string
			if have.criterion.Text != f.Text {
				fields = append(fields, "nội dung")
			}
			if FormatTargets(have.criterion.Targets) != FormatTargets(f.Targets) {
				fields = append(fields, "chỉ tiêu")
			}
			if len(fields) > 0 {
				out = append(out, FrameworkChange{Kind: ChangeChanged, Key: f.FrameworkKey, Label: CriterionKey(have.group, have.criterion),
					Text: f.Text + " (chỉ tiêu: " + FormatTargets(f.Targets) + ")", Fields: fields,
					Was: have.criterion.Text + " (chỉ tiêu: " + FormatTargets(have.criterion.Targets) + ")"})
			}
		}
	}
	theirs := byFrameworkKey(fw)
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			if _, ok := theirs[c.FrameworkKey]; c.FrameworkKey != "" && !ok {
				out = append(out, FrameworkChange{Kind: ChangeRemoved, Key: c.FrameworkKey, Label: CriterionKey(g, c), Text: c.Text, KeptAsOwn: withData[c.ID]})
			}
		}
	}
	return out
}
