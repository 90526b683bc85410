package orgs

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

const (
	unitCodeMin = 2
	unitCodeMax = 40
	unitNameMax = 150
)

var unitCodePattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// UnitInput is a unit as a person typed it. Problems name the fields "code",
// "name" and "short_name".
type UnitInput struct {
	Code      string // only when adding: imports and links find a unit by it
	Name      string
	ShortName string // as documents write it; empty gives the full name
	Version   int64  // of the unit the form was drawn with, when renaming
}

// UnitSaved is a unit after a save, with how many criteria its words were
// linked to again.
type UnitSaved struct {
	Unit     domain.Unit
	Relinked int // criteria whose roles' units changed
}

// unitSnapshot is what the audit log keeps of a unit.
type unitSnapshot struct{ Code, Name, ShortName string }

func snapshot(u domain.Unit) unitSnapshot { return unitSnapshot{u.Code, u.Name, u.ShortName} }

// AddUnit adds a unit to the actor's organisation, and links to it, in the
// same transaction, every criterion whose roles' words name it: staff of a
// unit added after a program import see its criteria at once. A code the
// organisation already uses is refused, naming the unit that has it.
func (s *Service) AddUnit(ctx context.Context, a usecase.Actor, in UnitInput) (UnitSaved, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return UnitSaved{}, err
	}
	u := domain.Unit{OrgID: a.Org.ID, Code: strings.ToLower(domain.NFC(in.Code)), Name: domain.NFC(in.Name), ShortName: domain.NFC(in.ShortName),
		ChangedBy: a.Name(), ChangedAt: s.env.Now()}
	var out UnitSaved
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		probs, err := checkCode(ctx, tx, u)
		if err != nil {
			return err
		}
		if probs = append(probs, checkNames(&u)...); len(probs) > 0 {
			return domain.InvalidInput("Thông tin cơ quan, đơn vị chưa hợp lệ, chưa lưu gì.", probs)
		}
		if err := tx.CreateUnit(ctx, &u); err != nil {
			return err
		}
		if out, err = relinked(ctx, tx, u); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, u.ChangedAt, usecase.Change{Action: "unit.add", Entity: "cơ quan, đơn vị " + u.ShortName, After: snapshot(u)})
	})
	return out, err
}

// RenameUnit renames a unit of the actor's organisation and matches the
// roles' words of its criteria again, in the same transaction: criteria
// whose words name the new name are linked to the unit, and those it had
// stay. The code stays. A rename made against an older version of the unit
// is refused.
func (s *Service) RenameUnit(ctx context.Context, a usecase.Actor, id int64, in UnitInput) (UnitSaved, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return UnitSaved{}, err
	}
	var out UnitSaved
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		before, err := tx.UnitOfOrg(ctx, a.Org.ID, id)
		if err != nil {
			return err
		}
		u := before
		u.Name, u.ShortName = domain.NFC(in.Name), domain.NFC(in.ShortName)
		u.Version, u.ChangedBy, u.ChangedAt = in.Version, a.Name(), s.env.Now()
		if probs := checkNames(&u); len(probs) > 0 {
			return domain.InvalidInput("Thông tin cơ quan, đơn vị chưa hợp lệ, chưa lưu gì.", probs)
		}
		ok := in.Version == before.Version
		if ok {
			if ok, err = tx.RenameUnit(ctx, &u); err != nil {
				return err
			}
		}
		if !ok {
			cur, err := tx.UnitOfOrg(ctx, a.Org.ID, id)
			if err != nil {
				return err
			}
			return domain.StaleRecord("cơ quan, đơn vị "+cur.Code, domain.Revision{Version: cur.Version, By: cur.ChangedBy, At: cur.ChangedAt,
				Value: cur.Name + " (" + cur.ShortName + ")"})
		}
		if out, err = relinked(ctx, tx, u); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, u.ChangedAt, usecase.Change{Action: "unit.edit", Entity: "cơ quan, đơn vị " + u.ShortName,
			Before: snapshot(before), After: snapshot(u)})
	})
	return out, err
}

// relinked links the organisation's criteria to its units again, now that
// u is saved (programs.RelinkUnits: links are added, none is lost).
func relinked(ctx context.Context, tx *storage.Store, u domain.Unit) (UnitSaved, error) {
	n, err := programs.RelinkUnits(ctx, tx, u.OrgID)
	return UnitSaved{Unit: u, Relinked: n}, err
}

// checkCode returns the problems of a new unit's code: its form, and a code
// the organisation already uses (CreateUnit refuses that too when two people
// add it at the same moment).
func checkCode(ctx context.Context, tx *storage.Store, u domain.Unit) ([]domain.Problem, error) {
	code := u.Code
	problem := func(format string, args ...any) ([]domain.Problem, error) {
		return []domain.Problem{{Field: "code", Message: fmt.Sprintf(format, args...)}}, nil
	}
	switch n := len(code); {
	case n == 0:
		return problem("Nhập mã cơ quan, đơn vị, ví dụ: vh-xh.")
	case !unitCodePattern.MatchString(code):
		return problem("Mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang “-”, ví dụ: vh-xh.")
	case n < unitCodeMin || n > unitCodeMax:
		return problem("Mã dài từ %d đến %d ký tự (hiện có %d).", unitCodeMin, unitCodeMax, n)
	}
	units, err := tx.Units(ctx, u.OrgID)
	if err != nil {
		return nil, err
	}
	for _, other := range units {
		if other.Code == code {
			return problem("Mã “%s” đã dùng cho %s. Chọn mã khác, hoặc sửa tên đơn vị đó trong danh sách.", code, other.Name)
		}
	}
	return nil, nil
}

// checkNames checks the name and short name, and gives the short name the
// full name when it is left empty (documents then write the full name).
func checkNames(u *domain.Unit) []domain.Problem {
	var probs []domain.Problem
	if n := utf8.RuneCountInString(u.Name); n == 0 {
		probs = append(probs, domain.Problem{Field: "name", Message: "Nhập tên cơ quan, đơn vị, ví dụ: Phòng Văn hóa - Xã hội."})
	} else if n > unitNameMax {
		probs = append(probs, domain.Problem{Field: "name", Message: fmt.Sprintf("Tên quá dài: tối đa %d ký tự (hiện có %d).", unitNameMax, n)})
	}
	if n := utf8.RuneCountInString(u.ShortName); n > unitNameMax {
		probs = append(probs, domain.Problem{Field: "short_name", Message: fmt.Sprintf("Tên viết tắt quá dài: tối đa %d ký tự (hiện có %d).", unitNameMax, n)})
	}
	if u.ShortName == "" && len(probs) == 0 {
		u.ShortName = u.Name
	}
	return probs
}
