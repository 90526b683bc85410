package excel

import "github.com/nq57/nq57/internal/domain"

// An info block is a few label/value rows: the label in column A, the value in
// a fixed column to its right.

// infoValue is a value read from an info block and where it was.
type infoValue struct {
	text     string
	col, row int // 0 when the label is missing
}

// found reports whether the block had the value's label.
func (v infoValue) found() bool { return v.row != 0 }

// readInfoBlock reads label/value rows from rows 1..last of g. Labels match ignoring case, accents and spacing. With strict, an
// unknown or repeated label is a problem; otherwise such rows are ignored.
func readInfoBlock(g grid, labels []string, valueCol, last int, strict bool, probs *problems) map[string]infoValue {
	known := make(map[string]string, len(labels))
	for _, l := range labels {
		known[domain.Fold(l)] = l
	}
	last = min(last, len(g.rows))
	out := make(map[string]infoValue, len(labels))
	for row := 1; row <= last; row++ {
		raw := g.text(1, row)
		if raw == "" {
			continue
		}
		label, ok := known[domain.Fold(raw)]
		switch {
		case !ok && strict:
			probs.add(g.name, 1, row, "dòng “%s” không có trong mẫu (chỉ dùng: %s)", raw, quoteList(labels))
		case ok && out[label].found() && strict:
			probs.add(g.name, 1, row, "dòng “%s” bị lặp (đã có ở dòng %d)", label, out[label].row)
		case ok && !out[label].found():
			out[label] = infoValue{text: g.text(valueCol, row), col: valueCol, row: row}
		}
	}
	return out
}

// required returns the value of label, reporting a problem if it is missing
// or empty.
func required(g grid, block map[string]infoValue, label string, probs *problems) (infoValue, bool) {
	v := block[label]
	switch {
	case !v.found():
		probs.add(g.name, 1, 1, "thiếu dòng “%s”", label)
		return v, false
	case v.text == "":
		probs.add(g.name, v.col, v.row, "chưa ghi %s", label)
		return v, false
	}
	return v, true
}

func quoteList(items []string) string {
	out := ""
	for i, s := range items {
		if i > 0 {
			out += ", "
		}
		out += "“" + s + "”"
	}
	return out
}
