package programs

import (
	"bytes"
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/usecase"
)

// Workbook is a program workbook to send or save: the one the import reads.
type Workbook struct {
	Program  domain.Program // zero for the blank template
	Data     []byte
	FileName string // as a person would name it, with "/" allowed
}

// Blank reports whether the workbook is the blank template.
func (w Workbook) Blank() bool { return w.Program.ID == 0 }

// templateName names the blank workbook.
const templateName = "Mẫu chương trình công tác.xlsx"

// Export writes the program with the id as a workbook.
func (s *Service) Export(ctx context.Context, a usecase.Actor, id int64) (Workbook, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Workbook{}, err
	}
	p, err := ownProgram(ctx, s.env.Store, a, id)
	if err != nil {
		return Workbook{}, err
	}
	return programWorkbook(p)
}

// ExportByNumber writes the organisation's program with the number, or its
// newest one when number is empty, as a workbook. An organisation with no
// program yet gets the blank template to start from; a number it does not
// have is NotFound.
func (s *Service) ExportByNumber(ctx context.Context, a usecase.Actor, number string) (Workbook, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Workbook{}, err
	}
	if number = domain.NFC(number); number != "" {
		p, err := s.env.Store.ProgramByNumber(ctx, a.Org.ID, number)
		if err != nil {
			return Workbook{}, err
		}
		return programWorkbook(p)
	}
	list, err := s.env.Store.Programs(ctx, a.Org.ID)
	if err != nil {
		return Workbook{}, err
	}
	if len(list) == 0 {
		return template()
	}
	p, err := s.env.Store.Program(ctx, list[0].ID)
	if err != nil {
		return Workbook{}, err
	}
	return programWorkbook(p)
}

// Template writes the blank program workbook: both sheets with their labels
// and header row, for an organisation to fill in and import.
func (s *Service) Template(ctx context.Context, a usecase.Actor) (Workbook, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Workbook{}, err
	}
	return template()
}

func template() (Workbook, error) {
	var buf bytes.Buffer
	if err := excel.WriteTemplate(&buf); err != nil {
		return Workbook{}, err
	}
	return Workbook{Data: buf.Bytes(), FileName: templateName}, nil
}

func programWorkbook(p domain.Program) (Workbook, error) {
	var buf bytes.Buffer
	if err := excel.WriteProgram(&buf, p); err != nil {
		return Workbook{}, err
	}
	return Workbook{Program: p, Data: buf.Bytes(), FileName: "Chương trình " + p.Number + ".xlsx"}, nil
}
