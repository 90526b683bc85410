package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
)

// criterionPage is the form that adds or edits a criterion.
type criterionPage struct {
	Page
	Program domain.Program
	Form    criterionForm
	Errors  fieldErrors
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
// back with the person's input.
type criterionForm struct {
	ID                             int64
	GroupID                        int64
	Text, Targets                  string
	Monitoring, Lead, Coordinating string
}

func formOfCriterion(g domain.Group, c domain.Criterion) criterionForm {
	return criterionForm{ID: c.ID, GroupID: g.ID, Text: c.Text, Targets: domain.FormatTargets(c.Targets),
		Monitoring: c.Roles.Monitoring.Text, Lead: c.Roles.Lead.Text, Coordinating: c.Roles.Coordinating.Text}
}

// sentence starts a message with a capital letter and ends it with a full
// stop, for a domain message shown on its own beside a field.
func sentence(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// readCriterionForm reads and checks the form against program p. The
// criterion it returns has no number yet; its roles are kept as written.
func readCriterionForm(r *http.Request, p *domain.Program) (criterionForm, domain.Criterion, fieldErrors) {
	groupID, _ := strconv.ParseInt(r.FormValue("group"), 10, 64)
	f := criterionForm{GroupID: groupID, Text: formText(r, "text"), Targets: formValue(r, "targets"),
		Monitoring: formValue(r, "monitoring"), Lead: formValue(r, "lead"), Coordinating: formValue(r, "coordinating")}
	errs := fieldErrors{}
	if findGroup(p, groupID) == nil {
		errs.add("group", "Chọn nhóm của tiêu chí.")
	}
	if f.Text == "" {
		errs.add("text", "Nhập nội dung tiêu chí.")
	}
	targets, err := domain.ParseTargets(f.Targets)
	if err != nil {
		var de *domain.Error
		if errors.As(err, &de) {
			errs.add("targets", sentence(de.Message))
		} else {
			errs.add("targets", "Chỉ tiêu chưa đúng dạng.")
		}
	}
	c := domain.Criterion{Text: f.Text, Targets: targets, Roles: domain.Roles{
		Monitoring: domain.Role{Text: f.Monitoring}, Lead: domain.Role{Text: f.Lead}, Coordinating: domain.Role{Text: f.Coordinating},
	}}
	return f, c, errs
}

func (s *Server) criterionPageData(r *http.Request, p domain.Program, title string) (*criterionPage, error) {
	units, err := s.store.Units(r.Context(), mustViewer(r).Org.ID)
	if err != nil {
		return nil, err
	}
	return &criterionPage{Page: s.page(r, title, "programs"), Program: p, Units: units, Errors: fieldErrors{}}, nil
}

// renderCriterionForm shows the form, with the status that says whether it
// came back refused.
func (s *Server) renderCriterionForm(w http.ResponseWriter, r *http.Request, status int, data *criterionPage) {
	s.render(w, r, status, "criterion_form", data)
}
