package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/web/ui"
)

// programForm is the header of a program as typed: kept as typed so that a
// refused form comes back with the person's input, with the version of the
// header it was drawn with.
type programForm struct {
	Number, Date, IssuingBody, Title, Year string
	Version                                int64
}

// formOfProgram fills the form with a stored program's header.
func formOfProgram(p domain.Program) programForm {
	f := programForm{Number: p.Number, IssuingBody: p.IssuingBody, Title: p.Title, Year: strconv.Itoa(p.Year), Version: p.Version}
	if !p.Date.IsZero() {
		f.Date = p.Date.Format("02/01/2006")
	}
	return f
}

// readProgramForm reads the header fields of a program form. The number is
// read only when withNumber: a stored program keeps its number.
func readProgramForm(r *http.Request, withNumber bool) programForm {
	f := programForm{Date: ui.Value(r, "date"), IssuingBody: ui.Value(r, "issuing_body"),
		Title: ui.Value(r, "title"), Year: ui.Value(r, "year"), Version: ui.Version(r)}
	if withNumber {
		f.Number = ui.Value(r, "number")
	}
	return f
}

func (f programForm) input() programs.ProgramInput {
	return programs.ProgramInput{Number: f.Number, Date: f.Date, IssuingBody: f.IssuingBody, Title: f.Title, Year: f.Year, Version: f.Version}
}

// programFields is what the shared header fields of a program show.
type programFields struct {
	Form         programForm
	Errors       ui.Errors
	NumberLocked bool
}

// Fields gives the create form its header fields.
func (p programListPage) Fields() programFields { return programFields{Form: p.Form, Errors: p.Errors} }

// Fields gives the edit form its header fields; the number stays.
func (p programPage) Fields() programFields {
	return programFields{Form: p.Header, Errors: p.HeaderErrors, NumberLocked: true}
}
