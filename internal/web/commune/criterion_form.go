package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/web/ui"
)

// criterionPage is the form that adds or edits a criterion.
type criterionPage struct {
	ui.Page
	Program domain.Program
	Form    criterionForm
	Errors  ui.Errors
	Units   []domain.Unit // for the datalist that helps typing unit names
	Action  string        // where the form posts
	Label   string        // "II.4" when editing
}

// Editing reports whether the form edits a stored criterion.
func (p criterionPage) Editing() bool { return p.Form.ID != 0 }

// TargetExamples are the forms of targets the help text shows.
func (criterionPage) TargetExamples() []string {
	return []string{"≥ 95 %", "= 100 % (giáo viên); ≥ 65 % (học sinh)", "từ 80 đến 90 %", "≥ 30 người", domain.QualitativeTarget}
}

// criterionForm is a criterion as typed, kept so that a refused form comes
// back with the person's input, and the version it was drawn with.
type criterionForm struct {
	ID                             int64
	GroupID                        int64
	Text, Targets                  string
	Monitoring, Lead, Coordinating string
	Version                        int64
}

func formOfCriterion(g domain.Group, c domain.Criterion) criterionForm {
	return criterionForm{ID: c.ID, GroupID: g.ID, Text: c.Text, Targets: domain.FormatTargets(c.Targets),
		Monitoring: c.Roles.Monitoring.Text, Lead: c.Roles.Lead.Text, Coordinating: c.Roles.Coordinating.Text, Version: c.Version}
}

// readCriterionForm reads the form as typed.
func readCriterionForm(r *http.Request) criterionForm {
	groupID, _ := strconv.ParseInt(r.FormValue("group"), 10, 64)
	return criterionForm{GroupID: groupID, Text: ui.Text(r, "text"), Targets: ui.Value(r, "targets"),
		Monitoring: ui.Value(r, "monitoring"), Lead: ui.Value(r, "lead"), Coordinating: ui.Value(r, "coordinating"), Version: ui.Version(r)}
}

func (f criterionForm) input() programs.CriterionInput {
	return programs.CriterionInput{GroupID: f.GroupID, Text: f.Text, Targets: f.Targets,
		Monitoring: f.Monitoring, Lead: f.Lead, Coordinating: f.Coordinating, Version: f.Version}
}

func (h *Handlers) criterionPage(r *http.Request, d programs.CriterionDraft) *criterionPage {
	data := &criterionPage{Page: h.ui.Page(r, "Thêm tiêu chí · "+d.Program.Number, "programs"), Program: d.Program, Units: d.Units,
		Errors: ui.Errors{}, Action: programURL(d.Program.ID) + "/criteria"}
	if d.Criterion.ID != 0 {
		data.Title = "Sửa tiêu chí " + d.Label + " · " + d.Program.Number
		data.Form, data.Label, data.Action = formOfCriterion(d.Group, d.Criterion), d.Label, "/criteria/"+itoa(d.Criterion.ID)
	}
	return data
}

// refusedCriterion shows the form again with what the person typed and why
// the save was refused; d is the form's data as it stands now.
func (h *Handlers) refusedCriterion(w http.ResponseWriter, r *http.Request, err error, form criterionForm, d programs.CriterionDraft) {
	data := h.criterionPage(r, d)
	status, current, ok := ui.Refused(err, data.Errors)
	if !ok {
		h.ui.FailRead(w, r, err)
		return
	}
	form.ID = d.Criterion.ID
	if current != 0 {
		form.Version = current
	}
	data.Form = form
	h.ui.Render(w, r, status, "criterion_form", data)
}
