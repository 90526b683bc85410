package auditlog

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// Change is one field of a record as a change left it: its label and its
// value before and after, in words. Before is "" for a field that was added
// or empty, After for one that was removed or emptied.
type Change struct {
	Field  string // "Tên", "Tiêu chí II.6", "Tiêu chí II.4 · Chỉ tiêu"; "" for a value that is not a record
	Before string
	After  string
}

// identities are the fields that name an item of a list of records, so that
// the same item is compared before and after wherever it moved in the list.
var identities = []string{"criterion", "Criterion", "key", "Key", "code", "Code", "login", "Login"}

// differ compares the before and after of one entry.
type differ struct {
	area  string           // the entry's area: "program"
	units map[int64]string // the organisation's units by ID, to name a unit
	out   []Change
}

// changesOf lists what changed between before and after (JSON, as the use
// cases keep them) of an entry of area: for an edit the fields that differ,
// for a creation every field the new record has, for a deletion every field
// the old one had. Text that is not JSON is shown as it is.
func changesOf(area, before, after string, units map[int64]string) []Change {
	if before == "" && after == "" {
		return nil
	}
	b, okB := parseJSON(before)
	a, okA := parseJSON(after)
	if (before != "" && !okB) || (after != "" && !okA) {
		return []Change{{Before: before, After: after}}
	}
	d := &differ{area: area, units: units}
	d.diff("", field{}, b, a)
	return d.out
}

// diff adds the changes of one value, labelled label, shown as f says.
func (d *differ) diff(label string, f field, b, a *jsonValue) {
	switch {
	case b == nil && a == nil:
		return
	case isKind(b, a, 'o'):
		d.diffObject(label, b, a)
	case isKind(b, a, 'a'):
		d.diffList(label, f, b, a)
	default:
		bt, at := d.words(f, b), d.words(f, a)
		if b != nil && a != nil && bt == at {
			return
		}
		if (b == nil && a.empty()) || (a == nil && b.empty()) {
			return
		}
		d.out = append(d.out, Change{Field: label, Before: bt, After: at})
	}
}

// isKind reports whether the values present are all of the kind.
func isKind(b, a *jsonValue, kind byte) bool {
	return (b == nil || b.kind == kind) && (a == nil || a.kind == kind) && (b != nil || a != nil)
}

// diffObject compares two records field by field, in the order of the newer.
func (d *differ) diffObject(label string, b, a *jsonValue) {
	keys := []string{}
	for _, v := range []*jsonValue{a, b} {
		if v == nil {
			continue
		}
		for _, k := range v.keys {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	for _, k := range keys {
		f := fieldOf(d.area, k)
		if f.hidden {
			continue
		}
		d.diff(joinLabel(label, f.label), f, b.get(k), a.get(k))
	}
}

// diffList compares two lists. Records named by an identity field are paired
// by it ("Tiêu chí II.6"); other lists are compared as sets of items, the
// items only before shown before and the items only after shown after.
func (d *differ) diffList(label string, f field, b, a *jsonValue) {
	if id := identityOf(b, a); id != "" {
		d.diffRecords(label, f, id, b, a)
		return
	}
	before, after := d.itemWords(b), d.itemWords(a)
	if b != nil && a != nil {
		if slices.Equal(before, after) {
			return
		}
		if len(before) > 0 && len(after) > 0 {
			before, after = without(before, after), without(after, before)
		}
	}
	if len(before) == 0 && len(after) == 0 {
		return
	}
	d.out = append(d.out, Change{Field: label, Before: strings.Join(before, "\n"), After: strings.Join(after, "\n")})
}

// diffRecords pairs the records of two lists by their identity field id.
func (d *differ) diffRecords(label string, f field, id string, b, a *jsonValue) {
	names := []string{}
	byName := func(list *jsonValue) map[string]*jsonValue {
		out := map[string]*jsonValue{}
		if list == nil {
			return out
		}
		for _, item := range list.items {
			name := scalarText(item.get(id))
			out[name] = item
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
		return out
	}
	after, before := byName(a), byName(b)
	word := f.item
	if word == "" {
		word = label
	}
	for _, name := range names {
		itemLabel := domain.UpperFirst(strings.TrimSpace(word + " " + name))
		sub := &differ{area: d.area, units: d.units}
		sub.diffObject("", without1(before[name], id), without1(after[name], id))
		for _, c := range sub.out {
			if len(sub.out) == 1 || c.Field == "" {
				c.Field = itemLabel
			} else {
				c.Field = itemLabel + " · " + c.Field
			}
			d.out = append(d.out, c)
		}
	}
}

// identityOf returns the field that names each record of the lists, if all
// their items are records that have one.
func identityOf(lists ...*jsonValue) string {
	for _, id := range identities {
		all, some := true, false
		for _, l := range lists {
			if l == nil {
				continue
			}
			for _, item := range l.items {
				some = true
				if item.kind != 'o' || item.get(id) == nil {
					all = false
				}
			}
		}
		if all && some {
			return id
		}
	}
	return ""
}

// without1 returns the record v without its field key.
func without1(v *jsonValue, key string) *jsonValue {
	if v == nil {
		return nil
	}
	out := &jsonValue{kind: 'o'}
	for i, k := range v.keys {
		if k != key {
			out.keys, out.vals = append(out.keys, k), append(out.vals, v.vals[i])
		}
	}
	return out
}

// without returns the items of list that are not in other.
func without(list, other []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(other, s) {
			out = append(out, s)
		}
	}
	return out
}

// itemWords shows each item of a list in words; a record's fields are joined
// on one line ("Loại: phản ánh · Bước: Trả lời · Số ngày: 15").
func (d *differ) itemWords(list *jsonValue) []string {
	if list == nil {
		return nil
	}
	out := []string{}
	for _, item := range list.items {
		out = append(out, d.inline(item))
	}
	return out
}

// inline shows any value on one line.
func (d *differ) inline(v *jsonValue) string {
	switch v.kind {
	case 'o':
		var parts []string
		for i, k := range v.keys {
			f := fieldOf(d.area, k)
			if f.hidden || v.vals[i].empty() {
				continue
			}
			parts = append(parts, f.label+": "+d.inline1(f, v.vals[i]))
		}
		return strings.Join(parts, " · ")
	case 'a':
		return strings.Join(d.itemWords(v), "; ")
	}
	return d.words(field{}, v)
}

func (d *differ) inline1(f field, v *jsonValue) string {
	if v.kind == 'o' || v.kind == 'a' {
		return d.inline(v)
	}
	return d.words(f, v)
}

// words shows a single value of field f: a code in the words f gives, a unit
// by its name, a yes or no, a day or an instant as Vietnam writes them.
func (d *differ) words(f field, v *jsonValue) string {
	if v == nil {
		return ""
	}
	switch v.kind {
	case 'z':
		return ""
	case 'b':
		if v.flag {
			return "có"
		}
		return "không"
	case 'o', 'a':
		return d.inline(v)
	case 'n':
		if f.unit {
			return d.unitName(v.text)
		}
		return v.text
	}
	if f.words != nil {
		return f.words(v.text)
	}
	return timeWords(v.text)
}

// unitName names the unit with the ID, or says it has none.
func (d *differ) unitName(id string) string {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n == 0 {
		return ""
	}
	if name, ok := d.units[n]; ok {
		return name
	}
	return "đơn vị số " + id
}

// timeWords writes a day kept as "2026-03-05" (or as midnight UTC, how nq57
// keeps a calendar day) as "05/03/2026", and an instant in Vietnam's time;
// any other text is kept.
func timeWords(s string) string {
	if len(s) < 10 || s[4] != '-' {
		return s
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("02/01/2006")
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	if t.Equal(domain.Date(t.Year(), t.Month(), t.Day())) {
		return t.Format("02/01/2006")
	}
	return t.In(domain.Vietnam).Format("02/01/2006 15:04")
}

// scalarText is the text of a string or number, for naming a record.
func scalarText(v *jsonValue) string {
	if v == nil {
		return ""
	}
	return v.text
}

// joinLabel labels a field inside another ("Tiêu chí II.4 · Chỉ tiêu").
func joinLabel(outer, inner string) string {
	switch {
	case outer == "":
		return inner
	case inner == "":
		return outer
	}
	return outer + " · " + inner
}
