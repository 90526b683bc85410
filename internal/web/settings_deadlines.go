package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// deadlinesPage is the table of deadlines: one row per kind, one cell per
// stage, editable by an administrator and read by everyone else.
type deadlinesPage struct {
	Page
	Stages []domain.DeadlineStage
	Rows   []deadlineRow
	Errors fieldErrors
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

func (s *Server) renderDeadlines(w http.ResponseWriter, r *http.Request, status int, sent map[string]submissions.RuleInput, errs fieldErrors) {
	own, err := s.uc.submissions.DeadlineRules(r.Context(), actorOf(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, status, "settings_deadlines", &deadlinesPage{Page: s.page(r, "Thời hạn xử lý phản ánh, kiến nghị", "submissions"),
		Stages: domain.DeadlineStages, Rows: deadlineRows(own, sent), Errors: errs})
}

func (s *Server) deadlineSettings(w http.ResponseWriter, r *http.Request) {
	s.renderDeadlines(w, r, http.StatusOK, nil, fieldErrors{})
}

// saveDeadlineSettings replaces the organisation's rules with the table as
// sent (see submissions.SaveDeadlineRules).
func (s *Server) saveDeadlineSettings(w http.ResponseWriter, r *http.Request) {
	sent := map[string]submissions.RuleInput{}
	var cells []submissions.RuleInput
	for _, k := range domain.SubmissionKinds {
		for _, st := range domain.DeadlineStages {
			name := submissions.RuleField(k, st)
			in := submissions.RuleInput{Kind: k, Stage: st, Days: formValue(r, "days-"+name), Working: r.FormValue("working-" + name)}
			sent[name] = in
			cells = append(cells, in)
		}
	}
	_, err := s.uc.submissions.SaveDeadlineRules(r.Context(), actorOf(r), cells)
	errs := fieldErrors{}
	switch {
	case err == nil:
		redirectWithFlash(w, r, "/settings/deadlines", "Đã lưu thời hạn xử lý. Thời hạn mới áp dụng cho các bước xử lý từ nay.")
	case errs.fromDomain(err):
		s.renderDeadlines(w, r, http.StatusUnprocessableEntity, sent, errs)
	default:
		s.fail(w, r, err)
	}
}
