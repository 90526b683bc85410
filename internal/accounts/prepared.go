package accounts

import (
	"context"
	"errors"
	"regexp"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Prepared is an account checked and given a one-time password, not stored
// yet: the use case of another area that makes it with other records (a new
// commune and its administrator) stores it in its own transaction with
// StoreAccount. Hashing is slow, so it is done before that transaction.
type Prepared struct {
	user     domain.User
	password string
}

// Login is the login the account will have.
func (p Prepared) Login() string { return p.user.Login }

// CheckAccount checks in as a new account, storing nothing and hashing
// nothing: its problems are named by the fields login, name, email and
// role; a login already taken is a problem on login that names no
// organisation. The actor's permission is the caller's to check: it is the
// caller's use case. Err is for failures of the system.
func (s *Service) CheckAccount(ctx context.Context, a usecase.Actor, in NewUser) ([]domain.Problem, error) {
	_, problems, err := s.checkAccount(ctx, a, in)
	return problems, err
}

func (s *Service) checkAccount(ctx context.Context, a usecase.Actor, in NewUser) (domain.User, []domain.Problem, error) {
	in.UnitID, in.UnitCode = 0, ""
	u, err := s.newUser(ctx, a, 0, in)
	var problems domain.Problems
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		for _, p := range de.Problems {
			problems.Add(p.Field, p.Message)
		}
	} else if err != nil {
		return domain.User{}, nil, err
	}
	if !in.Role.Valid() {
		problems.Add("role", "Vai trò không có.")
	}
	if problem, err := LoginProblem(ctx, s.env.Store, in.Login); err != nil {
		return domain.User{}, nil, err
	} else if problem != "" {
		problems.Add("login", problem)
	}
	return u, problems.List(), nil
}

// PrepareAccount checks in as CheckAccount does and makes the account's
// one-time password (in.Password is ignored: the person chooses their own at
// first sign-in), without storing anything. A problem is an Invalid error.
func (s *Service) PrepareAccount(ctx context.Context, a usecase.Actor, in NewUser) (Prepared, error) {
	u, problems, err := s.checkAccount(ctx, a, in)
	if err != nil {
		return Prepared{}, err
	}
	if len(problems) > 0 {
		return Prepared{}, domain.InvalidInput("Thông tin người dùng chưa hợp lệ.", problems)
	}
	password, err := s.setPassword(ctx, &u, "", true)
	if err != nil {
		return Prepared{}, err
	}
	return Prepared{user: u, password: password}, nil
}

// StoreAccount stores a prepared account in the organisation orgID on tx,
// with its audit entry in that organisation's log, and returns it with its
// one-time password. A login taken since it was prepared is refused as
// PrepareAccount refuses it.
func (s *Service) StoreAccount(ctx context.Context, tx *storage.Store, a usecase.Actor, orgID int64, p Prepared) (NewAccount, error) {
	u := p.user
	u.OrgID = orgID
	if problem, err := LoginProblem(ctx, tx, u.Login); err != nil {
		return NewAccount{}, err
	} else if problem != "" {
		return NewAccount{}, domain.InvalidInput("Thông tin người dùng chưa hợp lệ.", []domain.Problem{{Field: "login", Message: problem}})
	}
	if err := tx.SaveUser(ctx, &u); err != nil {
		return NewAccount{}, err
	}
	if err := s.audit(ctx, tx, a, "user.add", nil, u); err != nil {
		return NewAccount{}, err
	}
	u.PasswordHash = ""
	return NewAccount{User: u, Password: p.password}, nil
}

// LoginProblem says why a login cannot be given to a new account: its form,
// or that an account has it already, in any organisation of the deployment,
// which it does not name (an organisation's administrator learns nothing of
// another's accounts). "" when the login is free.
func LoginProblem(ctx context.Context, st *storage.Store, login string) (string, error) {
	login = strings.ToLower(domain.NFC(login))
	if p := domain.CheckText(login, false); p != "" {
		return "Tên đăng nhập " + p + ".", nil
	}
	if len(login) < 3 || len(login) > 60 || !loginPattern.MatchString(login) {
		return "Tên đăng nhập gồm 3–60 chữ thường không dấu (a–z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới, ví dụ: gia-vien-quantri.", nil
	}
	_, err := st.UserByLogin(ctx, login)
	switch {
	case err == nil:
		return "Tên đăng nhập “" + login + "” đã có người dùng; chọn tên khác.", nil
	case domain.IsNotFound(err):
		return "", nil
	}
	return "", err
}

// loginPattern is what a login made for a new organisation's administrator
// may hold.
var loginPattern = regexp.MustCompile(`^[a-z0-9._-]+$`)

// Hashers is how many passwords the service hashes at once: a caller that
// prepares many accounts runs that many at a time, no more.
func (s *Service) Hashers() int { return cap(s.hashers) }
