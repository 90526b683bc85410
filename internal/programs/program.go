package programs

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ProgramInput is a program's header as a person typed it. Problems name the
// fields "number", "date" and "year".
type ProgramInput struct {
	Number      string // only when creating: a stored program keeps its number
	Date        string // dd/mm/yyyy
	IssuingBody string
	Title       string
	Year        string
	Version     int64 // of the header the form was drawn with, when editing
}

// header checks the input and returns the header it gives.
func (in ProgramInput) header(withNumber bool) (domain.Program, error) {
	var p domain.Program
	var probs []domain.Problem
	add := func(field, msg string) { probs = append(probs, domain.Problem{Field: field, Message: msg}) }
	if withNumber {
		p.Number = domain.NFC(in.Number)
		if p.Number == "" {
			add("number", "Nhập số, ký hiệu của chương trình (ví dụ: 02-CTr/BCĐ).")
		}
	}
	date := domain.NFC(in.Date)
	if date == "" {
		add("date", "Nhập ngày ban hành, dạng dd/mm/yyyy (ví dụ: 04/02/2026).")
	} else if d, err := domain.ParseDate(date); err != nil {
		add("date", "Ngày ban hành "+strconv.Quote(date)+" không đúng dạng dd/mm/yyyy (ví dụ: 04/02/2026).")
	} else {
		p.Date = d
	}
	year := domain.NFC(in.Year)
	n, err := strconv.Atoi(year)
	switch {
	case year == "":
		add("year", "Nhập năm của chương trình (ví dụ: 2026).")
	case err != nil || n < 2000 || n > 2100:
		add("year", "Năm phải là số từ 2000 đến 2100.")
	}
	p.Year, p.IssuingBody, p.Title = n, domain.NFC(in.IssuingBody), domain.NFC(in.Title)
	if len(probs) > 0 {
		return p, domain.InvalidInput("Thông tin chung của chương trình chưa hợp lệ, chưa lưu gì.", probs)
	}
	return p, nil
}

// Create adds an empty program to the actor's organisation; its groups and
// criteria are added one by one. A number already used is refused, because
// saving would otherwise write over that program.
func (s *Service) Create(ctx context.Context, a usecase.Actor, in ProgramInput) (domain.Program, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return domain.Program{}, err
	}
	p, err := in.header(true)
	if err != nil {
		return p, err
	}
	p.OrgID, p.ChangedBy, p.ChangedAt = a.Org.ID, a.Name(), s.env.Now()
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.CreateProgram(ctx, &p); err != nil {
			if domain.ErrorCode(err) == domain.Conflict {
				return domain.InvalidInput("số hiệu đã dùng", []domain.Problem{{Field: "number",
					Message: fmt.Sprintf("Đã có chương trình số %s; mở chương trình đó để sửa.", p.Number)}})
			}
			return err
		}
		return usecase.Audit(ctx, tx, a, p.ChangedAt, usecase.Change{Action: "program.add", Entity: "chương trình " + p.Number,
			After: headerSnapshot(p)})
	})
	return p, err
}

// UpdateHeader changes the program's date, issuing body, title and year. The
// number stays: the store and the import find a program by it. A save made
// against an older version of the header is refused (domain.Stale).
func (s *Service) UpdateHeader(ctx context.Context, a usecase.Actor, id int64, in ProgramInput) (domain.Program, error) {
	if err := a.Require(domain.ActEditProgram); err != nil {
		return domain.Program{}, err
	}
	var p domain.Program
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		if p, err = ownProgram(ctx, tx, a, id); err != nil {
			return err
		}
		next, err := in.header(false)
		if err != nil {
			return err
		}
		before := p
		p.Date, p.IssuingBody, p.Title, p.Year = next.Date, next.IssuingBody, next.Title, next.Year
		p.Version, p.ChangedBy, p.ChangedAt = in.Version, a.Name(), s.env.Now()
		if in.Version != before.Version {
			return staleHeader(before)
		}
		ok, err := tx.UpdateProgramHeader(ctx, &p)
		if err != nil || !ok {
			return orStale(ctx, tx, err, id, staleHeader)
		}
		return usecase.Audit(ctx, tx, a, p.ChangedAt, usecase.Change{Action: "program.edit", Entity: "chương trình " + p.Number,
			Before: headerSnapshot(before), After: headerSnapshot(p)})
	})
	return p, err
}

// staleHeader refuses a header saved against an older version than cur's.
func staleHeader(cur domain.Program) error {
	return domain.StaleRecord("thông tin chung của chương trình "+cur.Number,
		domain.Revision{Version: cur.Version, By: cur.ChangedBy, At: cur.ChangedAt, Value: headerWords(cur)})
}

// headerWords writes a header as a person reads it.
func headerWords(p domain.Program) string {
	parts := []string{}
	for _, s := range []string{p.Title, p.IssuingBody} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if !p.Date.IsZero() {
		parts = append(parts, "ngày "+p.Date.Format("02/01/2006"))
	}
	return strings.Join(append(parts, "năm "+strconv.Itoa(p.Year)), ", ")
}

// orStale returns err, or, when a versioned update found the program moved
// on (err nil), the refusal built by refuse from the program as it is now.
func orStale(ctx context.Context, tx *storage.Store, err error, programID int64, refuse func(domain.Program) error) error {
	if err != nil {
		return err
	}
	cur, err := tx.Program(ctx, programID)
	if err != nil {
		return err
	}
	return refuse(cur)
}
