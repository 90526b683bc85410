package commune

import (
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// historyPage is the history of one criterion's values: what each period
// holds now, and every change, newest first.
type historyPage struct {
	ui.Page
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

// CriterionHistory shows the history of a criterion of the viewer's
// organisation; any other ID is not found.
func (h *Handlers) CriterionHistory(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	hist, err := h.uc.Entry.History(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	c := hist.Criterion
	p := &historyPage{Page: h.ui.Page(r, "Lịch sử số liệu tiêu chí "+hist.Label, "data"), Label: hist.Label, Text: c.Text,
		TargetsText: domain.FormatTargets(c.Targets), Program: hist.Program}
	for i := range hist.Records {
		rec := &hist.Records[i]
		p.Records = append(p.Records, historyRecord{Period: rec.Period, Record: cellOf(c, rec), Status: c.Evaluate(rec),
			RecordedBy: rec.RecordedBy, RecordedAt: rec.RecordedAt})
	}
	for _, ch := range hist.Changes {
		p.Changes = append(p.Changes, changeOf(c, ch))
	}
	h.ui.Render(w, r, http.StatusOK, "history", p)
}

func changeOf(c domain.Criterion, ch domain.ProgressChange) historyChange {
	return historyChange{Period: ch.Period, At: ch.ChangedAt, By: ch.ChangedBy,
		Before: cellOf(c, ch.Before), After: cellOf(c, ch.After), WasEmpty: ch.Before == nil, NowCleared: ch.After == nil}
}

func cellOf(c domain.Criterion, p *domain.Progress) historyCell {
	if p == nil {
		return historyCell{Values: "—"}
	}
	return historyCell{Values: c.RecordWords(p), Note: p.Note, Evidence: p.Evidence}
}
