package domain

import "strings"

// SnapshotDiff is what changed from one version of a filing to another:
// the criteria whose status or values changed, the totals, and each
// narrative section that changed with its lines compared.
type SnapshotDiff struct {
	From, To         int // the versions compared
	Criteria         []CriterionChange
	MetFrom, MetTo   int
	MeetingsFrom     int
	MeetingsTo       int
	Sections         []SectionChange
	SubmissionsMoved bool // the counts of submissions by kind and status differ
}

// Empty reports whether the two versions say the same.
func (d SnapshotDiff) Empty() bool {
	return len(d.Criteria) == 0 && len(d.Sections) == 0 && d.MetFrom == d.MetTo &&
		d.MeetingsFrom == d.MeetingsTo && !d.SubmissionsMoved
}

// CriterionChange is a criterion whose status or values differ between two
// versions; one missing from a version has an empty status there.
type CriterionChange struct {
	Label, Text          string
	StatusFrom, StatusTo Status
	ValuesFrom, ValuesTo string
}

// SectionChange is a narrative section whose text differs, line by line.
type SectionChange struct {
	Title string
	Lines []DiffLine
}

// DiffOp says what became of a line.
type DiffOp string

const (
	LineSame    DiffOp = " "
	LineAdded   DiffOp = "+"
	LineRemoved DiffOp = "-"
)

// DiffLine is one line of a compared text.
type DiffLine struct {
	Op   DiffOp
	Text string
}

// DiffSnapshots compares version from (a) with version to (b).
func DiffSnapshots(from, to int, a, b Snapshot) SnapshotDiff {
	d := SnapshotDiff{From: from, To: to, MetFrom: a.Met, MetTo: b.Met, MeetingsFrom: a.Meetings, MeetingsTo: b.Meetings,
		Criteria: diffCriteria(a.Criteria, b.Criteria), Sections: diffSections(a.Sections, b.Sections),
		SubmissionsMoved: !sameCounts(a.Submissions, b.Submissions)}
	return d
}

func diffCriteria(a, b []SnapshotCriterion) []CriterionChange {
	before := make(map[string]SnapshotCriterion, len(a))
	for _, c := range a {
		before[c.Label] = c
	}
	var out []CriterionChange
	seen := map[string]bool{}
	for _, c := range b {
		seen[c.Label] = true
		old, had := before[c.Label]
		if had && old.Status == c.Status && old.Values == c.Values {
			continue
		}
		out = append(out, CriterionChange{Label: c.Label, Text: c.Text, StatusFrom: old.Status, StatusTo: c.Status,
			ValuesFrom: old.Values, ValuesTo: c.Values})
	}
	for _, c := range a {
		if !seen[c.Label] {
			out = append(out, CriterionChange{Label: c.Label, Text: c.Text, StatusFrom: c.Status, ValuesFrom: c.Values})
		}
	}
	return out
}

func diffSections(a, b []SnapshotSection) []SectionChange {
	before := make(map[string]string, len(a))
	for _, s := range a {
		before[s.Title] = s.Text
	}
	var out []SectionChange
	seen := map[string]bool{}
	for _, s := range b {
		seen[s.Title] = true
		if old, had := before[s.Title]; had && old == s.Text {
			continue
		}
		out = append(out, SectionChange{Title: s.Title, Lines: DiffLines(before[s.Title], s.Text)})
	}
	for _, s := range a {
		if !seen[s.Title] {
			out = append(out, SectionChange{Title: s.Title, Lines: DiffLines(s.Text, "")})
		}
	}
	return out
}

func sameCounts(a, b []SnapshotCount) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// DiffLines compares two texts line by line: the lines of a longest common
// subsequence stay, the others are removed from a or added from b, in
// order. A report's section is a few dozen paragraphs at most, so the
// quadratic table (lines of a × lines of b) is small; past diffLinesMax
// lines on either side the texts are shown as all removed and all added.
func DiffLines(a, b string) []DiffLine {
	x, y := splitLines(a), splitLines(b)
	if len(x) > diffLinesMax || len(y) > diffLinesMax {
		return appendLines(appendLines(nil, LineRemoved, x), LineAdded, y)
	}
	// lcs[i][j] is the length of the longest common subsequence of x[i:] and y[j:].
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []DiffLine
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			out = append(out, DiffLine{LineSame, x[i]})
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, DiffLine{LineRemoved, x[i]})
			i++
		default:
			out = append(out, DiffLine{LineAdded, y[j]})
			j++
		}
	}
	return appendLines(appendLines(out, LineRemoved, x[i:]), LineAdded, y[j:])
}

// diffLinesMax bounds the lines DiffLines compares with its table.
const diffLinesMax = 2000

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func appendLines(out []DiffLine, op DiffOp, lines []string) []DiffLine {
	for _, l := range lines {
		out = append(out, DiffLine{op, l})
	}
	return out
}
