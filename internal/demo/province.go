package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// template is what every synthetic commune copies: the demo province, and
// Xuân Hưng's program and units.
type template struct {
	province domain.Org
	program  domain.Program
	units    []domain.Unit
	fw       domain.Program // the province's framework, which every commune adopts
}

// LoadProvince adds to the demo province the synthetic communes of
// ProvinceCommunes (dữ liệu mẫu), each in a transaction of its own: the
// commune, Xuân Hưng's units made its own, a copy of Xuân Hưng's program
// linked to them, values for January to March 2026 drawn from a random
// source seeded by its code (a few communes ahead, most on their way, two
// lagging), a meeting or two, and its administrator "<code>-quantri" with
// Password hashed by hash. Load must have run first. A commune already in
// the store is left as it is, so that loading again changes nothing and
// keeps what people did in the demo; the password is hashed only when a
// commune is added.
//
// A later step of a commune's load (reports filed to the province, say)
// belongs in loadCommune, drawn from the same random source after the
// others, so that the earlier draws stay the same.
func LoadProvince(ctx context.Context, s *storage.Store, hash func(string) (string, error), now time.Time) error {
	tpl, err := readTemplate(ctx, s)
	if err != nil {
		return err
	}
	passwordHash := &onceHash{hash: hash}
	for _, c := range syntheticCommunes {
		err := s.WithTx(ctx, func(tx *storage.Store) error {
			if _, err := tx.OrgByCode(ctx, c.code); err == nil {
				return nil
			} else if !domain.IsNotFound(err) {
				return err
			}
			return loadCommune(ctx, tx, tpl, c, passwordHash, now)
		})
		if err != nil {
			return fmt.Errorf("demo commune %s: %w", c.code, err)
		}
	}
	return nil
}

// readTemplate reads the demo province and Xuân Hưng's program and units.
func readTemplate(ctx context.Context, s *storage.Store) (template, error) {
	var tpl template
	org, err := s.OrgByCode(ctx, CommuneCode)
	if err != nil {
		return tpl, fmt.Errorf("demo province: load the demo commune first: %w", err)
	}
	if tpl.province, err = s.OrgByID(ctx, org.ParentID); err != nil {
		return tpl, fmt.Errorf("demo province: %w", err)
	}
	if tpl.program, err = s.ProgramByNumber(ctx, org.ID, program(org.ID).Number); err != nil {
		return tpl, fmt.Errorf("demo province: the demo program: %w", err)
	}
	if tpl.fw, err = s.ProgramByNumber(ctx, tpl.province.ID, FrameworkNumber); err != nil {
		return tpl, fmt.Errorf("demo province: the framework: %w", err)
	}
	if tpl.units, err = s.Units(ctx, org.ID); err != nil {
		return tpl, fmt.Errorf("demo province: the demo units: %w", err)
	}
	return tpl, nil
}

// loadCommune writes one synthetic commune and all it holds.
func loadCommune(ctx context.Context, tx *storage.Store, tpl template, c syntheticCommune, passwordHash *onceHash, now time.Time) error {
	r := newRand(c.code)
	org := c.org(tpl.province.ID)
	if err := tx.SaveOrg(ctx, &org); err != nil {
		return err
	}
	orgUnits := communeUnits(org)
	if err := saveUnitList(ctx, tx, orgUnits); err != nil {
		return err
	}
	prog := communeProgram(tpl, org, orgUnits, r)
	if err := tx.SaveProgram(ctx, &prog); err != nil {
		return fmt.Errorf("program: %w", err)
	}
	if err := adopted(ctx, tx, prog, tpl.fw); err != nil {
		return fmt.Errorf("program adopted from the framework: %w", err)
	}
	if err := tx.SaveProgress(ctx, plannedProgress(prog.Criteria(), c.pace, r)); err != nil {
		return fmt.Errorf("progress: %w", err)
	}
	for _, m := range communeMeetings(org, c.pace, r) {
		if err := saveMeeting(ctx, tx, m); err != nil {
			return err
		}
	}
	hash, err := passwordHash.get()
	if err != nil {
		return err
	}
	admin := domain.User{OrgID: org.ID, Login: c.adminLogin(), Name: c.admin, Role: domain.RoleAdmin, PasswordHash: hash, CreatedAt: now}
	if err := tx.SaveUser(ctx, &admin); err != nil {
		return fmt.Errorf("account %s: %w", admin.Login, err)
	}
	return nil
}

// communeProgram is Xuân Hưng's program copied for the commune (with its
// framework keys: it is adopted from the province's framework too): its own
// number and date early in February, issued by its own steering committee.
func communeProgram(tpl template, org domain.Org, orgUnits []domain.Unit, r *rand.Rand) domain.Program {
	p := tpl.program.CloneFor(org.ID, tpl.units, orgUnits)
	p.Number = fmt.Sprintf("%02d-CTr/BCĐ", 1+r.IntN(4))
	p.Date = workday(2026, time.February, 2+r.IntN(10))
	p.IssuingBody = "Ban chỉ đạo chuyển đổi số " + org.DisplayName()
	return p
}
