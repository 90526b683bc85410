package web

import (
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// historyPage is the history of one criterion's values: what each period
// holds now, and every change, newest first.
type historyPage struct {
	Page
	Label       string // "I.1"
	Text        string
	TargetsText string
	Program     domain.Program
	Records     []historyRecord
	Changes     []historyChange
}

type historyRecord struct {
	Period     domain.Period
	Record     historyCell
	Status     domain.Status
	RecordedBy string
	RecordedAt time.Time
}

type historyChange struct {
	Period     domain.Period
	At         time.Time
	By         string
	Before     historyCell
	After      historyCell
	WasEmpty   bool
	NowCleared bool
}

// historyCell is a record in words.
type historyCell struct {
	Values, Note, Evidence string
}

// criterionHistory shows the history of a criterion of the viewer's
// organisation; any other ID is not found.
func (s *Server) criterionHistory(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	prog, err := s.store.ProgramOfCriterion(r.Context(), v.Org.ID, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	changes, err := s.store.ProgressHistory(r.Context(), v.Org.ID, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	records, err := s.store.ProgressUpTo(r.Context(), prog.ID, domain.Period{Kind: domain.Year, Year: prog.Year})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	g, found := findCriterion(&prog, id) // there: the program is the criterion's own
	c, label := *found, domain.CriterionKey(*g, *found)
	p := &historyPage{Page: s.page(r, "Lịch sử số liệu tiêu chí "+label, "data"), Label: label, Text: c.Text,
		TargetsText: domain.FormatTargets(c.Targets), Program: prog}
	for i := range records[id] {
		rec := &records[id][i]
		p.Records = append(p.Records, historyRecord{Period: rec.Period, Record: cellOf(c, rec), Status: c.Evaluate(rec),
			RecordedBy: rec.RecordedBy, RecordedAt: rec.RecordedAt})
	}
	for _, ch := range changes {
		p.Changes = append(p.Changes, changeOf(c, ch))
	}
	s.render(w, r, http.StatusOK, "history", p)
}

func changeOf(c domain.Criterion, ch storage.ProgressChange) historyChange {
	return historyChange{Period: ch.Period, At: ch.ChangedAt, By: ch.ChangedBy,
		Before: cellOf(c, ch.Before), After: cellOf(c, ch.After), WasEmpty: ch.Before == nil, NowCleared: ch.After == nil}
}

func cellOf(c domain.Criterion, p *domain.Progress) historyCell {
	if p == nil {
		return historyCell{Values: "—"}
	}
	return historyCell{Values: recordWords(c, p), Note: p.Note, Evidence: p.Evidence}
}
