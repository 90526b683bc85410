package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Bounds of a deadline rule's days.
const ruleDaysMin, ruleDaysMax = 1, 365

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
	Default  bool   // the commune has no rule of its own here
	Fallback string // the default rule in words
}

func ruleField(k domain.SubmissionKind, st domain.DeadlineStage) string {
	return fmt.Sprintf("%s-%s", k, st)
}

// ruleWords says a rule the way a person reads it: "15 ngày làm việc".
func ruleWords(r domain.DeadlineRule) string {
	if r.Working {
		return fmt.Sprintf("%d ngày làm việc", r.Days)
	}
	return fmt.Sprintf("%d ngày (lịch)", r.Days)
}

// deadlineRows lays out the rules in force, marking the defaults.
func deadlineRows(own []domain.DeadlineRule) []deadlineRow {
	var rows []deadlineRow
	for _, k := range domain.SubmissionKinds {
		row := deadlineRow{Kind: k}
		for _, st := range domain.DeadlineStages {
			r := domain.RuleFor(own, k, st)
			def := domain.RuleFor(nil, k, st)
			row.Cells = append(row.Cells, deadlineCell{Name: ruleField(k, st), Label: cellLabel(k, st), Stage: st, Days: strconv.Itoa(r.Days),
				Working: r.Working, Default: !hasRule(own, k, st), Fallback: ruleWords(def)})
		}
		rows = append(rows, row)
	}
	return rows
}

func hasRule(rules []domain.DeadlineRule, k domain.SubmissionKind, st domain.DeadlineStage) bool {
	for _, r := range rules {
		if r.Kind == k && r.Stage == st {
			return true
		}
	}
	return false
}

func (s *Server) deadlineSettings(w http.ResponseWriter, r *http.Request) {
	own, err := s.store.DeadlineRules(r.Context(), mustViewer(r).Org.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "settings_deadlines", &deadlinesPage{Page: s.page(r, "Thời hạn xử lý phản ánh, kiến nghị", "submissions"),
		Stages: domain.DeadlineStages, Rows: deadlineRows(own), Errors: fieldErrors{}})
}

// saveDeadlineSettings replaces the commune's rules with the table as sent.
// A rule equal to the default is not stored, so that the commune keeps
// following the default there.
func (s *Server) saveDeadlineSettings(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	rows, rules, errs := readDeadlineForm(r)
	if errs.any() {
		s.render(w, r, http.StatusUnprocessableEntity, "settings_deadlines", &deadlinesPage{
			Page: s.page(r, "Thời hạn xử lý phản ánh, kiến nghị", "submissions"), Stages: domain.DeadlineStages, Rows: rows, Errors: errs})
		return
	}
	err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		before, err := tx.DeadlineRules(r.Context(), v.Org.ID)
		if err != nil {
			return err
		}
		if err := tx.SaveDeadlineRules(r.Context(), v.Org.ID, rules); err != nil {
			return err
		}
		return s.audit(tx, r, "deadline_rules.save", "thời hạn xử lý phản ánh, kiến nghị", before, rules, "")
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	redirectWithFlash(w, r, "/settings/deadlines", "Đã lưu thời hạn xử lý. Thời hạn mới áp dụng cho các bước xử lý từ nay.")
}

// readDeadlineForm reads every cell of the table: the rows to show again,
// the rules that differ from the default, and what is wrong.
func readDeadlineForm(r *http.Request) ([]deadlineRow, []domain.DeadlineRule, fieldErrors) {
	errs := fieldErrors{}
	var rows []deadlineRow
	var rules []domain.DeadlineRule
	for _, k := range domain.SubmissionKinds {
		row := deadlineRow{Kind: k}
		for _, st := range domain.DeadlineStages {
			name := ruleField(k, st)
			def := domain.RuleFor(nil, k, st)
			cell := deadlineCell{Name: name, Label: cellLabel(k, st), Stage: st, Days: formValue(r, "days-"+name), Fallback: ruleWords(def)}
			working := r.FormValue("working-" + name)
			cell.Working = working == "1"
			days, err := strconv.Atoi(cell.Days)
			switch {
			case err != nil || days < ruleDaysMin || days > ruleDaysMax:
				errs.add("days-"+name, fmt.Sprintf("%s: nhập số ngày từ %d đến %d.", cellLabel(k, st), ruleDaysMin, ruleDaysMax))
			case working != "1" && working != "0":
				errs.add("working-"+name, "Chọn ngày làm việc hoặc ngày lịch.")
			}
			rule := domain.DeadlineRule{Kind: k, Stage: st, Days: days, Working: cell.Working}
			cell.Default = rule.Days == def.Days && rule.Working == def.Working
			if !cell.Default {
				rules = append(rules, rule)
			}
			row.Cells = append(row.Cells, cell)
		}
		rows = append(rows, row)
	}
	return rows, rules, errs
}

func cellLabel(k domain.SubmissionKind, st domain.DeadlineStage) string {
	return upperFirst(k.Label()) + ", " + lowerStage(st)
}

func lowerStage(st domain.DeadlineStage) string {
	if st == domain.StageAccept {
		return "xem xét tiếp nhận"
	}
	return "trả lời"
}
