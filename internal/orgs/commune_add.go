package orgs

import (
	"context"
	"errors"
	"fmt"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// NewOrg is an organisation just made, with its first administrator and the
// one-time password made for them, shown once and never stored.
type NewOrg struct {
	Org      domain.Org
	Admin    domain.User // without its password hash
	Password string
}

// orgAudit is what the audit log keeps of a new organisation.
type orgAudit struct {
	Code, OfficialCode, Name, Level, Type string
	Admin                                 string
}

func auditOfOrg(o domain.Org, admin string) orgAudit {
	return orgAudit{o.Code, o.OfficialCode, o.Name, string(o.Level), string(o.Type), admin}
}

// AddCommune adds a commune to the actor's province with its first
// administrator, who must change the one-time password at first sign-in,
// and the report settings a new commune starts from (made of its own names),
// all in one transaction, audited in the province's log and the commune's.
// A short or official code taken, or a login taken anywhere in the
// deployment, is a problem on its field (the organisation holding the login
// is not named).
func (s *Service) AddCommune(ctx context.Context, a usecase.Actor, in CommuneForm) (NewOrg, error) {
	if err := a.Require(domain.ActManageOrgs); err != nil {
		return NewOrg{}, err
	}
	if err := requireProvince(a); err != nil {
		return NewOrg{}, err
	}
	d, problems, err := s.communeDraft(ctx, a, in)
	if err != nil {
		return NewOrg{}, err
	}
	if len(problems) > 0 {
		return NewOrg{}, domain.InvalidInput("Thông tin xã, phường chưa hợp lệ, chưa lưu gì.", problems)
	}
	admin, err := s.prepareAdmin(ctx, a, d)
	if err != nil {
		return NewOrg{}, err
	}
	var made NewOrg
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		made, err = s.createOrg(ctx, tx, a, d.org, admin)
		if err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "commune.add", Entity: made.Org.DisplayName(),
			After: auditOfOrg(made.Org, made.Admin.Login)})
	})
	if err != nil {
		return NewOrg{}, err
	}
	return made, nil
}

// prepareAdmin checks the draft's administrator and makes their one-time
// password, before the transaction (hashing is slow); its problems are
// named by the form's fields.
func (s *Service) prepareAdmin(ctx context.Context, a usecase.Actor, d draft) (accounts.Prepared, error) {
	p, err := s.accounts.PrepareAccount(ctx, a, d.admin)
	return p, adminProblems(err)
}

// adminProblems names the problems of an administrator's account by the
// form's fields (admin_login …).
func adminProblems(err error) error {
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Invalid {
		return err
	}
	problems := make([]domain.Problem, len(de.Problems))
	for i, p := range de.Problems {
		problems[i] = domain.Problem{Field: "admin_" + p.Field, Message: p.Message}
	}
	return domain.InvalidInput("Thông tin người quản trị chưa hợp lệ, chưa lưu gì.", problems)
}

// createOrg creates the organisation on tx, checking its codes again (two
// people adding the same one at once), with its administrator and its
// starting report settings, audited in its own log.
func (s *Service) createOrg(ctx context.Context, tx *storage.Store, a usecase.Actor, o domain.Org, admin accounts.Prepared) (NewOrg, error) {
	var probs domain.Problems
	if err := checkCodes(ctx, tx, o, &probs); err != nil {
		return NewOrg{}, err
	}
	if err := probs.Err("Thông tin đơn vị chưa hợp lệ, chưa lưu gì."); err != nil {
		return NewOrg{}, err
	}
	if err := tx.CreateOrg(ctx, &o); err != nil {
		return NewOrg{}, err
	}
	now := s.env.Now()
	if o.Level == domain.LevelCommune {
		rs, err := tx.StartingReportSettings(ctx, o.ID, domain.ReportKindNQ57Monthly)
		if err != nil {
			return NewOrg{}, err
		}
		rs.ChangedBy, rs.ChangedAt = a.Name(), now
		if _, err := tx.UpdateReportSettings(ctx, rs, 0); err != nil {
			return NewOrg{}, fmt.Errorf("report settings of %s: %w", o.Code, err)
		}
	}
	err := usecase.AuditOrg(ctx, tx, a, o.ID, now, usecase.Change{Action: "org.add", Entity: o.DisplayName(), After: auditOfOrg(o, admin.Login())})
	if err != nil {
		return NewOrg{}, err
	}
	made, err := s.accounts.StoreAccount(ctx, tx, a, o.ID, admin)
	if err != nil {
		return NewOrg{}, adminProblems(err)
	}
	return NewOrg{Org: o, Admin: made.User, Password: made.Password}, nil
}
