package accounts

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// UserEdit is what an administrator may change of an account: its name,
// e-mail address, role and unit, as they saw it at Version.
type UserEdit struct {
	ID      int64
	Version int64
	Name    string
	Email   string // "" for none
	Role    domain.UserRole
	UnitID  int64
}

// EditUser changes the name, e-mail address, role and unit of an account of the actor's
// organisation if no one saved it since the actor saw it (else Stale, with
// what it is now). The organisation keeps at least one active administrator,
// and an administrator cannot take the role from themself.
func (s *Service) EditUser(ctx context.Context, a usecase.Actor, in UserEdit) (domain.User, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return domain.User{}, err
	}
	if err := requireSeen(a, in.Version); err != nil {
		return domain.User{}, err
	}
	name, err := domain.CleanText("name", in.Name, false)
	if err != nil {
		return domain.User{}, err
	}
	email, problem := domain.CleanEmail(in.Email)
	if problem != "" {
		return domain.User{}, domain.InvalidInput("Thông tin người dùng chưa hợp lệ.", []domain.Problem{{Field: "email", Message: problem}})
	}
	u, err := s.changeUser(ctx, a, in.ID, "", "user.edit", func(tx *storage.Store, user *domain.User) error {
		if user.Role == domain.RoleAdmin && in.Role != domain.RoleAdmin {
			if err := s.keepAnAdmin(ctx, tx, a, *user, "role"); err != nil {
				return err
			}
		}
		user.Name, user.Email, user.Role, user.UnitID = name, email, in.Role, in.UnitID
		s.stamp(user, a, in.Version)
		return nil
	})
	u.PasswordHash = ""
	return u, err
}

// Disabling names an account to disable or enable: by ID, as the actor saw
// it at Version (web), or by login as it stands (command line, Version 0).
type Disabling struct {
	ID       int64
	Login    string
	Version  int64
	Disabled bool
}

// SetDisabled disables an account of the actor's organisation, which ends
// its sessions and stops it signing in, or enables it again. An
// administrator cannot disable themself or the organisation's last active
// administrator. An account already so changes nothing and is not audited.
func (s *Service) SetDisabled(ctx context.Context, a usecase.Actor, in Disabling) (domain.User, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return domain.User{}, err
	}
	if err := requireSeen(a, in.Version); err != nil {
		return domain.User{}, err
	}
	action := "user.enable"
	if in.Disabled {
		action = "user.disable"
	}
	u, err := s.changeUser(ctx, a, in.ID, in.Login, action, func(tx *storage.Store, user *domain.User) error {
		if user.Disabled == in.Disabled {
			return errUnchanged
		}
		if in.Disabled && user.Role == domain.RoleAdmin {
			if err := s.keepAnAdmin(ctx, tx, a, *user, ""); err != nil {
				return err
			}
		}
		user.Disabled = in.Disabled
		s.stamp(user, a, in.Version)
		if in.Disabled {
			return tx.DeleteUserSessions(ctx, user.ID, "")
		}
		return nil
	})
	if err == errUnchanged {
		err = nil
	}
	u.PasswordHash = ""
	return u, err
}

// requireSeen refuses a change from a page that does not say which version
// of the account it showed: without it, stamp would save over whatever the
// account holds now. Only the command line acts on an account as it stands.
func requireSeen(a usecase.Actor, version int64) error {
	if version > 0 || a.IsCommandLine() {
		return nil
	}
	return domain.Errorf(domain.Invalid, "Biểu mẫu không cho biết trang được mở từ lúc nào: hãy tải lại trang rồi làm lại.")
}

// errUnchanged ends a change that would change nothing, writing nothing.
var errUnchanged = domain.Errorf(domain.Conflict, "không có gì thay đổi")

// changeUser runs change on the account (by ID, or by login when id is 0)
// in a transaction that no other change to the organisation's accounts runs
// beside, then saves it at the version change left and writes the audit
// entry. It returns the account as saved; when change gives errUnchanged, as
// it stands, with nothing written.
func (s *Service) changeUser(ctx context.Context, a usecase.Actor, id int64, login, action string, change func(tx *storage.Store, u *domain.User) error) (domain.User, error) {
	var u domain.User
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		if u, err = loadUser(ctx, tx, a, id, login); err != nil {
			return err
		}
		if err := tx.LockOrg(ctx, u.OrgID); err != nil {
			return err
		}
		before := u
		if err := change(tx, &u); err != nil {
			return err
		}
		if err := tx.UpdateUser(ctx, &u); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, action, &before, u)
	})
	return u, err
}

// keepAnAdmin refuses to take administrator u out of service (by a role
// change, or by disabling: field ""): not the actor themself, and not the
// last active administrator of the organisation.
func (s *Service) keepAnAdmin(ctx context.Context, tx *storage.Store, a usecase.Actor, u domain.User, field string) error {
	refuse := func(msg string) error {
		if field == "" {
			return domain.Errorf(domain.Conflict, "%s", msg)
		}
		return domain.InvalidInput("Chưa lưu thay đổi của tài khoản "+u.Login+".", []domain.Problem{{Field: field, Message: msg}})
	}
	if u.ID == a.User.ID {
		return refuse("Bạn không thể tự bỏ quyền quản trị hay tự khóa tài khoản của mình: nhờ một quản trị khác.")
	}
	if u.Disabled {
		return nil
	}
	n, err := tx.ActiveAdmins(ctx, u.OrgID)
	if err != nil {
		return err
	}
	if n <= 1 {
		return refuse("Đây là quản trị viên cuối cùng đang hoạt động của đơn vị: thêm hoặc mở khóa một quản trị khác trước.")
	}
	return nil
}
