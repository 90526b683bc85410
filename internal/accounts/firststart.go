package accounts

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// FirstLogin is the login of the first administrator of a new organisation.
const FirstLogin = "quantri"

// FirstOrg names the organisation of a first start: an existing one by
// Code, or a new one (Code, Name and Type). With no Code, the database's
// only commune.
type FirstOrg struct {
	Code, Name, Type string
}

// FirstAdmin is the first administrator made at a first start, with its
// one-time password; zero when the database had accounts already.
type FirstAdmin struct {
	Org      domain.Org
	Login    string
	Password string
}

// FirstStart makes the first administrator, on a database without accounts,
// of the organisation in, which it creates when it does not exist yet; both
// are audited as done by the actor (the command line that started the
// server). The administrator must change the one-time password at first
// sign-in. On a database with accounts it does nothing.
func (s *Service) FirstStart(ctx context.Context, a usecase.Actor, in FirstOrg) (FirstAdmin, error) {
	if n, err := s.env.Store.CountUsers(ctx); err != nil || n > 0 {
		return FirstAdmin{}, err
	}
	password, err := auth.NewPassword()
	if err != nil {
		return FirstAdmin{}, err
	}
	hash, err := s.hash(ctx, password)
	if err != nil {
		return FirstAdmin{}, err
	}
	var made FirstAdmin
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		// Counted again in the transaction: two servers started at once on
		// one empty database make one administrator, not two.
		if n, err := tx.CountUsers(ctx); err != nil || n > 0 {
			return err
		}
		org, err := s.firstOrg(ctx, tx, a, in)
		if err != nil {
			return err
		}
		now := s.env.Now()
		admin := domain.User{OrgID: org.ID, Login: FirstLogin, Name: "Quản trị", Role: domain.RoleAdmin, PasswordHash: hash,
			MustChange: true, CreatedAt: now, ChangedBy: a.Name(), ChangedAt: now}
		if err := tx.SaveUser(ctx, &admin); err != nil {
			return fmt.Errorf("tạo tài khoản quản trị: %w", err)
		}
		if err := s.audit(ctx, tx, a, "user.add", nil, admin); err != nil {
			return err
		}
		made = FirstAdmin{Org: org, Login: admin.Login, Password: password}
		return nil
	})
	return made, err
}

// firstOrg finds or creates the organisation of a first start.
func (s *Service) firstOrg(ctx context.Context, tx *storage.Store, a usecase.Actor, in FirstOrg) (domain.Org, error) {
	if in.Code == "" {
		provinces, err := tx.Orgs(ctx, 0)
		if err != nil {
			return domain.Org{}, err
		}
		if len(provinces) == 1 && provinces[0].Level == domain.LevelCommune {
			return provinces[0], nil
		}
		return domain.Org{}, domain.Errorf(domain.Invalid, "cơ sở dữ liệu chưa có tài khoản nào: chạy với --org MÃ --org-name \"Tên đơn vị\" --org-type xa|phuong|dac_khu để tạo đơn vị và tài khoản quản trị đầu tiên, hoặc --demo để dùng thử")
	}
	code := domain.NFC(in.Code)
	org, err := tx.OrgByCode(ctx, code)
	if err == nil || !domain.IsNotFound(err) {
		return org, err
	}
	if in.Name == "" || in.Type == "" {
		return domain.Org{}, domain.Errorf(domain.Invalid, "chưa có đơn vị %q: thêm --org-name \"Tên đơn vị\" và --org-type xa|phuong|dac_khu để tạo", code)
	}
	typ, err := domain.ParseCommuneType(in.Type)
	if err != nil {
		return domain.Org{}, err
	}
	org = domain.Org{Code: code, Name: domain.NFC(in.Name), Level: domain.LevelCommune, Type: typ}
	if err := tx.SaveOrg(ctx, &org); err != nil {
		return domain.Org{}, fmt.Errorf("tạo đơn vị %s: %w", code, err)
	}
	err = usecase.AuditOrg(ctx, tx, a, org.ID, s.env.Now(), usecase.Change{Action: "org.add", Entity: org.DisplayName(),
		After: struct{ Code, Name, Type string }{org.Code, org.Name, string(org.Type)}})
	return org, err
}
