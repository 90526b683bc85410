package accounts

import (
	"context"
	"strings"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// UserList is the accounts of the actor's organisation, by login, and its
// units, which staff accounts belong to.
type UserList struct {
	Users []domain.User // without password hashes
	Units []domain.Unit
}

// Users lists the accounts of the actor's organisation.
func (s *Service) Users(ctx context.Context, a usecase.Actor) (UserList, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return UserList{}, err
	}
	users, err := s.env.Store.Users(ctx, a.Org.ID)
	if err != nil {
		return UserList{}, err
	}
	for i := range users {
		users[i].PasswordHash = ""
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	if err != nil {
		return UserList{}, err
	}
	return UserList{Users: users, Units: units}, nil
}

// UserDetail is one account, with the units it may be given.
type UserDetail struct {
	User  domain.User // without its password hash
	Units []domain.Unit
}

// User returns an account of the actor's organisation; any other is NotFound.
func (s *Service) User(ctx context.Context, a usecase.Actor, id int64) (UserDetail, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return UserDetail{}, err
	}
	u, err := loadUser(ctx, s.env.Store, a, id, "")
	if err != nil {
		return UserDetail{}, err
	}
	units, err := s.env.Store.Units(ctx, u.OrgID)
	if err != nil {
		return UserDetail{}, err
	}
	u.PasswordHash = ""
	return UserDetail{User: u, Units: units}, nil
}

// NewUser is an account to add to the actor's organisation.
type NewUser struct {
	Login, Name string
	Email       string // where notifications are e-mailed; "" for none
	Role        domain.UserRole
	UnitID      int64  // the unit of a staff account (web: chosen from the list)
	UnitCode    string // or its code (command line); used when UnitID is 0
	// Password is the first password; empty makes a one-time password,
	// returned once.
	Password string
	// NoChange lets the user keep Password: otherwise they must change it at
	// first sign-in.
	NoChange bool
}

// NewAccount is an account just made, or whose password was just reset, and
// the one-time password nq57 made for it ("" when the caller gave one).
type NewAccount struct {
	User     domain.User // without its password hash
	Password string
}

// AddUser makes an account in the actor's organisation, with the audit
// entry. A login already taken (in any organisation) is a Conflict.
func (s *Service) AddUser(ctx context.Context, a usecase.Actor, in NewUser) (NewAccount, error) {
	if err := a.Require(domain.ActManageUsers); err != nil {
		return NewAccount{}, err
	}
	if a.Org.ID == 0 {
		return NewAccount{}, domain.Errorf(domain.Invalid, "Chưa chọn đơn vị (tổ chức) của người dùng.")
	}
	u, err := s.newUser(ctx, a, a.Org.ID, in)
	if err != nil {
		return NewAccount{}, err
	}
	password, err := s.setPassword(ctx, &u, in.Password, !in.NoChange)
	if err != nil {
		return NewAccount{}, err
	}
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.SaveUser(ctx, &u); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "user.add", nil, u)
	})
	if err != nil {
		return NewAccount{}, err
	}
	u.PasswordHash = ""
	return NewAccount{User: u, Password: password}, nil
}

// newUser checks the input and returns the account it describes in the
// organisation orgID (0: one being made in the same transaction, whose id
// the caller sets), without a password yet. Every problem is named by its
// form field.
func (s *Service) newUser(ctx context.Context, a usecase.Actor, orgID int64, in NewUser) (domain.User, error) {
	problems := append(domain.TextProblems("login", in.Login, false), domain.TextProblems("name", in.Name, false)...)
	login, name := domain.NFC(in.Login), domain.NFC(in.Name)
	email, problem := domain.CleanEmail(in.Email)
	if problem != "" {
		problems = append(problems, domain.Problem{Field: "email", Message: problem})
	}
	unitID := in.UnitID
	if unitID == 0 && in.UnitCode != "" {
		var err error
		if unitID, err = s.unitByCode(ctx, orgID, in.UnitCode); domain.IsNotFound(err) {
			problems = append(problems, domain.Problem{Field: "unit", Message: err.Error()})
		} else if err != nil {
			return domain.User{}, err
		}
	}
	if problems != nil {
		return domain.User{}, domain.InvalidInput("Thông tin người dùng chưa hợp lệ.", problems)
	}
	now := s.env.Now()
	return domain.User{OrgID: orgID, UnitID: unitID, Login: strings.ToLower(login), Name: name, Email: email, Role: in.Role,
		CreatedAt: now, ChangedBy: a.Name(), ChangedAt: now}, nil
}

// setPassword hashes password (or a one-time password it makes, which it
// returns) into u.
func (s *Service) setPassword(ctx context.Context, u *domain.User, password string, mustChange bool) (string, error) {
	made := ""
	if password == "" {
		var err error
		if made, err = auth.NewPassword(); err != nil {
			return "", err
		}
		password = made
	} else if msg := domain.CheckText(password, false); msg != "" {
		return "", domain.InvalidInput("Mật khẩu chưa hợp lệ.", []domain.Problem{{Field: "password", Message: "Mật khẩu " + msg + "."}})
	}
	hash, err := s.hash(ctx, password)
	if err != nil {
		return "", err
	}
	u.PasswordHash, u.MustChange = hash, mustChange
	return made, nil
}

func (s *Service) unitByCode(ctx context.Context, orgID int64, code string) (int64, error) {
	units, err := s.env.Store.Units(ctx, orgID)
	if err != nil {
		return 0, err
	}
	for _, u := range units {
		if u.Code == code {
			return u.ID, nil
		}
	}
	return 0, domain.Errorf(domain.NotFound, "không có cơ quan, đơn vị mã %q", code)
}
