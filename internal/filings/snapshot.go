package filings

import (
	"context"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
)

// snapshotOf is what a report said: each criterion's status (as in) and
// the values in force at the end of the period (read on st, the issue's
// transaction), the counts, and the text of the model, section by section.
func snapshotOf(ctx context.Context, st *storage.Store, in report.Input, m report.Model) (domain.Snapshot, error) {
	records, err := st.ProgressUpTo(ctx, in.Program.ID, in.Period)
	if err != nil {
		return domain.Snapshot{}, fmt.Errorf("values of program %s up to %s: %w", in.Program.Number, in.Period, err)
	}
	s := domain.Snapshot{Met: in.MetCount(), Total: in.Program.CriteriaCount(), Meetings: len(in.Meetings),
		Submissions: submissionCounts(in.Submissions), Sections: sections(m)}
	for _, g := range in.Program.Groups {
		for _, c := range g.Criteria {
			status := in.Statuses[c.ID]
			if status == "" {
				status = domain.NoData
			}
			inForce := c.InForce(records[c.ID], in.Period)
			s.Criteria = append(s.Criteria, domain.SnapshotCriterion{Label: domain.CriterionKey(g, c), Text: c.Text,
				Status: status, Values: c.RecordWords(inForce), Key: c.FrameworkKey, Targets: targetsOf(c, inForce)})
		}
	}
	return s, nil
}

// targetsOf is the numbers in force for each target of c, from the same
// record its Values are written from (nil: nothing in force); a target
// without a measurement keeps only its unit and label.
func targetsOf(c domain.Criterion, p *domain.Progress) []domain.SnapshotTarget {
	if len(c.Targets) == 0 {
		return nil
	}
	out := make([]domain.SnapshotTarget, len(c.Targets))
	for i, t := range c.Targets {
		out[i] = domain.SnapshotTarget{Unit: t.Unit, Label: t.Label}
		if p == nil || i >= len(p.Values) {
			continue
		}
		m := p.Values[i]
		out[i].Value, out[i].Numerator, out[i].Denominator = copyOf(m.Value), copyOf(m.Numerator), copyOf(m.Denominator)
	}
	return out
}

// copyOf is a copy of *v, so that the snapshot shares nothing with the
// records it was taken from; nil stays nil.
func copyOf(v *float64) *float64 {
	if v == nil {
		return nil
	}
	return domain.Float(*v)
}

// submissionCounts counts the period's submissions by kind and status, in
// the order the kinds and statuses are listed.
func submissionCounts(subs []domain.Submission) []domain.SnapshotCount {
	type key struct {
		kind   domain.SubmissionKind
		status domain.SubmissionStatus
	}
	n := map[key]int{}
	for _, s := range subs {
		n[key{s.Kind, s.Status}]++
	}
	var out []domain.SnapshotCount
	for _, k := range domain.SubmissionKinds {
		for _, st := range domain.SubmissionStatuses {
			if c := n[key{k, st}]; c > 0 {
				out = append(out, domain.SnapshotCount{Kind: k.Label(), Status: st.Label(), Count: c})
			}
		}
	}
	return out
}

// sections splits the model's body into its numbered sections: a level-1
// heading opens one (its bold words are the title; words after them on the
// same line are its first line); headings below it and paragraphs are its
// lines; tables are left out (the criteria are compared on their own).
// What comes before the first heading is the opening.
func sections(m report.Model) []domain.SnapshotSection {
	out := []domain.SnapshotSection{{Title: "Mở đầu"}}
	var lines []string
	flush := func() {
		out[len(out)-1].Text = strings.Join(lines, "\n")
		lines = nil
	}
	for _, b := range m.Body {
		switch {
		case b.Kind == report.Heading && b.Level == 1:
			flush()
			title, rest := headingParts(b)
			out = append(out, domain.SnapshotSection{Title: title})
			if rest != "" {
				lines = append(lines, rest)
			}
		case b.Kind == report.Heading, b.Kind == report.Paragraph:
			lines = append(lines, b.Text())
		}
	}
	flush()
	return out
}

func headingParts(b report.Block) (title, rest string) {
	var t, r strings.Builder
	for _, run := range b.Runs {
		if run.Bold {
			t.WriteString(run.Text)
		} else {
			r.WriteString(run.Text)
		}
	}
	return strings.TrimSpace(t.String()), strings.TrimSpace(r.String())
}
