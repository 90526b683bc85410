package web

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
)

// programForm is the header of a program as typed: kept as typed so that a
// refused form comes back with the person's input.
type programForm struct {
	Number, Date, IssuingBody, Title, Year string
}

// formOfProgram fills the form with a stored program's header.
func formOfProgram(p domain.Program) programForm {
	f := programForm{Number: p.Number, IssuingBody: p.IssuingBody, Title: p.Title, Year: strconv.Itoa(p.Year)}
	if !p.Date.IsZero() {
		f.Date = p.Date.Format("02/01/2006")
	}
	return f
}

// readProgramForm reads the header fields of a program form and checks them.
// The number is read only when withNumber: a stored program keeps its number,
// since the store finds a program by it.
func readProgramForm(r *http.Request, withNumber bool) (programForm, domain.Program, fieldErrors) {
	f := programForm{Date: formValue(r, "date"), IssuingBody: formValue(r, "issuing_body"),
		Title: formValue(r, "title"), Year: formValue(r, "year")}
	var p domain.Program
	errs := fieldErrors{}
	if withNumber {
		f.Number = formValue(r, "number")
		p.Number = f.Number
		if f.Number == "" {
			errs.add("number", "Nhập số, ký hiệu của chương trình (ví dụ: 02-CTr/BCĐ).")
		}
	}
	if f.Date == "" {
		errs.add("date", "Nhập ngày ban hành, dạng dd/mm/yyyy (ví dụ: 04/02/2026).")
	} else if d, err := domain.ParseDate(f.Date); err != nil {
		errs.add("date", "Ngày ban hành "+strconv.Quote(f.Date)+" không đúng dạng dd/mm/yyyy (ví dụ: 04/02/2026).")
	} else {
		p.Date = d
	}
	year, err := strconv.Atoi(f.Year)
	switch {
	case f.Year == "":
		errs.add("year", "Nhập năm của chương trình (ví dụ: 2026).")
	case err != nil || year < 2000 || year > 2100:
		errs.add("year", "Năm phải là số từ 2000 đến 2100.")
	}
	p.Year, p.IssuingBody, p.Title = year, f.IssuingBody, f.Title
	return f, p, errs
}

// programFields is what the shared header fields of a program show.
type programFields struct {
	Form         programForm
	Errors       fieldErrors
	NumberLocked bool
}

// Fields gives the create form its header fields.
func (p programListPage) Fields() programFields { return programFields{Form: p.Form, Errors: p.Errors} }

// Fields gives the edit form its header fields; the number stays.
func (p programPage) Fields() programFields {
	return programFields{Form: p.Header, Errors: p.HeaderErrors, NumberLocked: true}
}
