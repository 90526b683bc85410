package accounts

import (
	"context"
	"errors"
	"strconv"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// PasswordChange is what a person types to change their own password, and
// the session they type it in, which stays.
type PasswordChange struct {
	Current, New, Again string
	Session             string // the token hash of the session to keep
}

// ChangePassword sets the signed-in user's own password, checked against
// their current one, and ends their other sessions. Problems are named by
// the form's fields: current, new, again. The current password is guessed
// no more often than at sign-in: past Policy.MaxAttempts tries in a window
// the change is refused (domain.TooMany), so that someone at a computer left
// signed in cannot try passwords until they find it.
func (s *Service) ChangePassword(ctx context.Context, a usecase.Actor, in PasswordChange) error {
	if a.IsCommandLine() {
		return domain.Errorf(domain.Forbidden, "Dòng lệnh không có mật khẩu để đổi: dùng nq57 user reset-password.")
	}
	u, err := s.env.Store.UserByID(ctx, a.User.ID)
	if err != nil {
		return err
	}
	tries := "password:" + strconv.FormatInt(u.ID, 10)
	if err := s.countAttempt(ctx, tries); err != nil {
		return err
	}
	ok, err := s.matches(ctx, in.Current, u.PasswordHash)
	if errors.Is(err, ErrBusy) {
		return s.uncount(ctx, err, tries)
	}
	if err != nil {
		return err
	}
	if ok {
		if err := s.env.Store.ForgetLoginAttempts(ctx, tries); err != nil {
			return err
		}
	}
	var problems []domain.Problem
	if !ok {
		problems = append(problems, domain.Problem{Field: "current", Message: "Mật khẩu hiện tại không đúng."})
	}
	if msg := auth.CheckStrength(in.New); msg != "" {
		problems = append(problems, domain.Problem{Field: "new", Message: "Mật khẩu mới: " + msg + "."})
	} else if msg := domain.CheckText(in.New, false); msg != "" {
		problems = append(problems, domain.Problem{Field: "new", Message: "Mật khẩu mới " + msg + "."})
	} else if in.New == in.Current {
		problems = append(problems, domain.Problem{Field: "new", Message: "Mật khẩu mới phải khác mật khẩu hiện tại."})
	}
	if in.Again != in.New {
		problems = append(problems, domain.Problem{Field: "again", Message: "Nhập lại chưa khớp với mật khẩu mới."})
	}
	if problems != nil {
		return domain.InvalidInput("Chưa đổi được mật khẩu.", problems)
	}
	before := u
	if _, err := s.setPassword(ctx, &u, in.New, false); err != nil {
		return err
	}
	s.stamp(&u, a, 0)
	return s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.UpdateUser(ctx, &u); err != nil {
			return err
		}
		if err := tx.DeleteUserSessions(ctx, u.ID, in.Session); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "user.password", &before, u)
	})
}

// PasswordReset names the account whose password an administrator resets:
// by ID (web) or by login (command line).
type PasswordReset struct {
	UserID int64
	Login  string
	// Password is the new password (command line); empty makes a one-time
	// password, returned once. Either way the user must change it at their
	// next sign-in.
	Password string
}

// ResetPassword gives an account of the actor's organisation a new password
// that its user must change at next sign-in, and ends every session of the
// account.
func (s *Service) ResetPassword(ctx context.Context, a usecase.Actor, in PasswordReset) (NewAccount, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return NewAccount{}, err
	}
	u, err := loadUser(ctx, s.env.Store, a, in.UserID, in.Login)
	if err != nil {
		return NewAccount{}, err
	}
	before := u
	password, err := s.setPassword(ctx, &u, in.Password, true)
	if err != nil {
		return NewAccount{}, err
	}
	s.stamp(&u, a, 0)
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.UpdateUser(ctx, &u); err != nil {
			return err
		}
		if err := tx.DeleteUserSessions(ctx, u.ID, ""); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "user.reset_password", &before, u)
	})
	if err != nil {
		return NewAccount{}, err
	}
	u.PasswordHash = ""
	return NewAccount{User: u, Password: password}, nil
}
