package orgs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// maxImportProblems is how many problems an import lists; the others are
// counted in one last line.
const maxImportProblems = 200

// CommuneImport is what a workbook of communes would add (a preview) or
// added (confirmed): every problem with its cell, or the communes.
type CommuneImport struct {
	Message  string           // the headline when the workbook cannot be added
	Problems []domain.Problem // every problem, by cell ("Xã, phường!D5")
	Rows     []ImportRow      // the communes the workbook holds, when it has no problem
	Made     []NewOrg         // once confirmed: each commune with its administrator's one-time password
}

// ImportRow is one commune of the workbook, checked.
type ImportRow struct {
	Row   int
	Org   domain.Org // not stored yet in a preview
	Admin accounts.NewUser
	cells map[string]string // field → its cell, for a problem found while adding
}

// Savable reports whether the workbook may be added.
func (c CommuneImport) Savable() bool {
	return c.Message == "" && len(c.Problems) == 0 && len(c.Rows) > 0
}

// CommunesTemplate is the empty workbook a province fills in with its
// communes.
func (s *Service) CommunesTemplate(ctx context.Context, a usecase.Actor) (File, error) {
	if err := a.Require(domain.ActManageOrgs); err != nil {
		return File{}, err
	}
	var buf bytes.Buffer
	if err := excel.WriteCommunesTemplate(&buf); err != nil {
		return File{}, err
	}
	return File{Name: "Mẫu danh sách xã, phường.xlsx", Data: buf.Bytes()}, nil
}

// File is a workbook to download.
type File struct {
	Name string
	Data []byte
}

// ImportCommunes reads a workbook of communes of the actor's province, each
// with its administrator, and checks every row as AddCommune would, and the
// rows against each other. Without confirm it stores nothing: the result
// lists every problem by cell, or the communes it would add. With confirm
// it checks the workbook again from scratch and, when nothing is wrong,
// adds every commune in one transaction (a commune taken by someone else
// meanwhile adds none) and returns each with its administrator's one-time
// password. A workbook with a problem adds nothing. Err is for failures of
// the system and permission.
func (s *Service) ImportCommunes(ctx context.Context, a usecase.Actor, workbook io.Reader, confirm bool) (CommuneImport, error) {
	if err := a.Require(domain.ActManageOrgs); err != nil {
		return CommuneImport{}, err
	}
	if err := requireProvince(a); err != nil {
		return CommuneImport{}, err
	}
	res, err := s.readCommunes(ctx, a, workbook)
	if err != nil || !confirm || !res.Savable() {
		return res, err
	}
	admins, row, err := s.prepareAdmins(ctx, a, res.Rows)
	if err != nil {
		return refusedAt(res, row, adminProblems(err))
	}
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		var codes []string
		for i, row := range res.Rows {
			made, err := s.createOrg(ctx, tx, a, row.Org, admins[i])
			if err != nil {
				return rowError{row: row, err: err}
			}
			res.Made = append(res.Made, made)
			codes = append(codes, made.Org.Code)
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "commune.import",
			Entity: fmt.Sprintf("%d xã, phường từ Excel", len(codes)), After: struct{ Codes []string }{codes}})
	})
	var re rowError
	if errors.As(err, &re) {
		res.Made = nil
		return refusedAt(res, re.row, re.err)
	}
	if err != nil {
		return CommuneImport{}, err
	}
	return res, nil
}

// prepareAdmins makes the administrators' one-time passwords of the rows,
// as many at once as the accounts service hashes (a hash takes about a
// tenth of a second: 500 one after the other would take the better part of
// a minute). On an error it returns the row that had it.
func (s *Service) prepareAdmins(ctx context.Context, a usecase.Actor, rows []ImportRow) ([]accounts.Prepared, ImportRow, error) {
	admins := make([]accounts.Prepared, len(rows))
	errs := make([]error, len(rows))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(s.accounts.Hashers(), len(rows)) {
		wg.Go(func() {
			for i := range next {
				admins[i], errs[i] = s.accounts.PrepareAccount(ctx, a, rows[i].Admin)
			}
		})
	}
	for i := range rows {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, rows[i], err
		}
	}
	return admins, ImportRow{}, nil
}

// rowError is a row refused inside the transaction.
type rowError struct {
	row ImportRow
	err error
}

func (e rowError) Error() string { return fmt.Sprintf("row %d: %v", e.row.Row, e.err) }

// refusedAt turns the problems found in a row while adding it (a code or a
// login someone took since the preview) into the import's problems, by
// cell; other errors pass.
func refusedAt(res CommuneImport, row ImportRow, err error) (CommuneImport, error) {
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Invalid {
		return CommuneImport{}, err
	}
	res.Rows, res.Made = nil, nil
	for _, p := range de.Problems {
		res.Problems = append(res.Problems, domain.Problem{Field: row.cellOf(p.Field), Message: p.Message})
	}
	res.Message = refusedHeadline(len(res.Problems))
	return res, nil
}

// cellOf names the cell of a field in a row of the workbook.
func (row ImportRow) cellOf(field string) string {
	if cell, ok := row.cells[field]; ok {
		return cell
	}
	return row.cells[excel.FieldName]
}

func refusedHeadline(n int) string {
	return fmt.Sprintf("Danh sách xã, phường có %s lỗi, chưa nhập được", domain.FormatCount(n))
}

// readCommunes reads and checks the workbook, storing nothing.
func (s *Service) readCommunes(ctx context.Context, a usecase.Actor, workbook io.Reader) (CommuneImport, error) {
	var res CommuneImport
	rows, err := excel.ReadCommunes(workbook)
	var de *domain.Error
	if errors.As(err, &de) {
		res.Message, res.Problems = de.Message, de.Problems
		if len(res.Problems) == 0 {
			res.Problems = []domain.Problem{{Message: de.Message}}
		}
		return res, nil
	}
	if err != nil {
		return res, err
	}
	var probs importProblems
	seen := map[string]map[string]int{excel.FieldCode: {}, excel.FieldOfficialCode: {}, excel.FieldAdminLogin: {}}
	for _, row := range rows {
		d, problems, err := s.communeDraft(ctx, a, formOfRow(row))
		if err != nil {
			return res, err
		}
		for _, p := range problems {
			probs.add(row.Cells[p.Field], p.Message)
		}
		keys := []struct{ field, key string }{{excel.FieldOfficialCode, d.org.OfficialCode}, {excel.FieldCode, d.org.Code},
			{excel.FieldAdminLogin, strings.ToLower(strings.TrimSpace(domain.NFC(d.admin.Login)))}}
		for _, k := range keys {
			field, key := k.field, k.key
			if first, ok := seen[field][key]; ok && key != "" {
				probs.add(row.Cells[field], fmt.Sprintf("“%s” trùng với dòng %d của tệp.", key, first))
			} else if key != "" {
				seen[field][key] = row.Row
			}
		}
		res.Rows = append(res.Rows, ImportRow{Row: row.Row, Org: d.org, Admin: d.admin, cells: row.Cells})
	}
	if res.Problems = probs.list(); len(res.Problems) > 0 {
		res.Message, res.Rows = refusedHeadline(probs.count()), nil
	}
	return res, nil
}

// formOfRow is a workbook's row as the form it stands for.
func formOfRow(row excel.CommuneRow) CommuneForm {
	v := row.Values
	return CommuneForm{Name: v[excel.FieldName], Type: v[excel.FieldType], OfficialCode: v[excel.FieldOfficialCode], Code: v[excel.FieldCode],
		AdminLogin: v[excel.FieldAdminLogin], AdminName: v[excel.FieldAdminName], AdminEmail: v[excel.FieldAdminEmail]}
}

// importProblems gathers an import's problems by cell, the first
// maxImportProblems of them listed and the others counted.
type importProblems struct {
	found []domain.Problem
	more  int
}

func (p *importProblems) add(cell, message string) {
	if len(p.found) == maxImportProblems {
		p.more++
		return
	}
	p.found = append(p.found, domain.Problem{Field: cell, Message: message})
}

func (p *importProblems) count() int { return len(p.found) + p.more }

func (p *importProblems) list() []domain.Problem {
	if p.more == 0 {
		return p.found
	}
	return append(p.found, domain.Problem{Field: "Các ô khác", Message: fmt.Sprintf("… và %s lỗi khác", domain.FormatCount(p.more))})
}

// LoginsWorkbook is the workbook of the one-time passwords an import gave
// out, made in memory for one download and never stored.
func LoginsWorkbook(made []NewOrg) (File, error) {
	logins := make([]excel.Login, len(made))
	for i, m := range made {
		logins[i] = excel.Login{Org: m.Org.DisplayName(), Code: m.Org.Code, Login: m.Admin.Login, Name: m.Admin.Name, Password: m.Password}
	}
	var buf bytes.Buffer
	if err := excel.WriteLogins(&buf, logins); err != nil {
		return File{}, err
	}
	return File{Name: "Mật khẩu một lần của quản trị xã, phường.xlsx", Data: buf.Bytes()}, nil
}
