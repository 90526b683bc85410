package commune

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

// deadlinesPage is the table of deadlines: one row per kind, one cell per
// stage, editable by an administrator and read by everyone else.
type deadlinesPage struct {
	ui.Page
	Stages []domain.DeadlineStage
	Rows   []deadlineRow
	Errors ui.Errors
}

type deadlineRow struct {
	Kind  domain.SubmissionKind
	Cells []deadlineCell
}

// deadlineCell is one rule as shown or typed. Name prefixes its inputs.
type deadlineCell struct {
	Name     string
	Label    string // the kind and stage, for screen readers
	Stage    domain.DeadlineStage
	Days     string
	Working  bool
	Default  bool   // the organisation has no rule of its own here
	Fallback string // the default rule in words
}

// ruleWords says a rule the way a person reads it: "15 ngày làm việc".
func ruleWords(r domain.DeadlineRule) string {
	if r.Working {
		return fmt.Sprintf("%d ngày làm việc", r.Days)
	}
	return fmt.Sprintf("%d ngày (lịch)", r.Days)
}

// deadlineRows lays out the rules: those in force (own), or the cells as
// typed (sent, when the form comes back with problems).
func deadlineRows(own []domain.DeadlineRule, sent map[string]submissions.RuleInput) []deadlineRow {
	var rows []deadlineRow
	for _, k := range domain.SubmissionKinds {
		row := deadlineRow{Kind: k}
		for _, st := range domain.DeadlineStages {
			name := submissions.RuleField(k, st)
			r, def := domain.RuleFor(own, k, st), domain.RuleFor(nil, k, st)
			cell := deadlineCell{Name: name, Label: submissions.RuleLabel(k, st), Stage: st, Days: strconv.Itoa(r.Days),
				Working: r.Working, Fallback: ruleWords(def)}
			if in, ok := sent[name]; ok {
				cell.Days, cell.Working = in.Days, in.Working == "1"
			}
			cell.Default = cell.Days == strconv.Itoa(def.Days) && cell.Working == def.Working
			row.Cells = append(row.Cells, cell)
		}
		rows = append(rows, row)
	}
	return rows
}

func (h *Handlers) renderDeadlines(w http.ResponseWriter, r *http.Request, status int, sent map[string]submissions.RuleInput, errs ui.Errors) {
	own, err := h.uc.Submissions.DeadlineRules(r.Context(), ui.ActorOf(r))
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, status, "settings_deadlines", &deadlinesPage{Page: h.ui.Page(r, "Thời hạn xử lý phản ánh, kiến nghị", "submissions"),
		Stages: domain.DeadlineStages, Rows: deadlineRows(own, sent), Errors: errs})
}

// DeadlineSettings shows the table of deadlines.
func (h *Handlers) DeadlineSettings(w http.ResponseWriter, r *http.Request) {
	h.renderDeadlines(w, r, http.StatusOK, nil, ui.Errors{})
}

// SaveDeadlineSettings replaces the organisation's rules with the table as
// sent (see submissions.SaveDeadlineRules).
func (h *Handlers) SaveDeadlineSettings(w http.ResponseWriter, r *http.Request) {
	sent := map[string]submissions.RuleInput{}
	var cells []submissions.RuleInput
	for _, k := range domain.SubmissionKinds {
		for _, st := range domain.DeadlineStages {
			name := submissions.RuleField(k, st)
			in := submissions.RuleInput{Kind: k, Stage: st, Days: ui.Value(r, "days-"+name), Working: r.FormValue("working-" + name)}
			sent[name] = in
			cells = append(cells, in)
		}
	}
	_, err := h.uc.Submissions.SaveDeadlineRules(r.Context(), ui.ActorOf(r), cells)
	errs := ui.Errors{}
	switch {
	case err == nil:
		ui.Redirect(w, r, "/settings/deadlines", "Đã lưu thời hạn xử lý. Thời hạn mới áp dụng cho các bước xử lý từ nay.")
	case errs.FromDomain(err):
		h.renderDeadlines(w, r, http.StatusUnprocessableEntity, sent, errs)
	default:
		h.ui.Fail(w, r, err)
	}
}
