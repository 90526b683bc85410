package accounts

import (
	"context"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
)

// ErrWrongPassword refuses a sign-in whose login and password do not match
// an account that may sign in; it does not say which of them is wrong.
var ErrWrongPassword = domain.Errorf(domain.Invalid, "Tên đăng nhập hoặc mật khẩu không đúng.")

// SignInInput is what a person types to sign in, and where they are.
type SignInInput struct {
	Login, Password string
	Address         string // the client's address, for throttling
}

// SignedIn is a new session: the token to give the browser (the store keeps
// only its hash), whose it is and until when.
type SignedIn struct {
	Token   string
	User    domain.User
	Expires time.Time
}

// SignIn checks a login and password and starts a session. Each attempt is
// counted before the password is checked, in one step with the check of the
// limit, so that attempts sent at once cannot all slip under it: past
// Policy.MaxAttempts for the login at this address, or
// Policy.MaxAddressAttempts for the address, it is refused (domain.TooMany)
// without hashing anything. A good sign-in forgets the login's failures at
// this address. A disabled account cannot sign in.
func (s *Service) SignIn(ctx context.Context, in SignInInput) (SignedIn, error) {
	login := strings.ToLower(domain.NFC(in.Login))
	var problems []domain.Problem
	if login == "" {
		problems = append(problems, domain.Problem{Field: "login", Message: "Nhập tên đăng nhập."})
	}
	if in.Password == "" {
		problems = append(problems, domain.Problem{Field: "password", Message: "Nhập mật khẩu."})
	}
	if problems != nil {
		return SignedIn{}, domain.InvalidInput("Chưa đăng nhập được.", problems)
	}
	pair, address := "login:"+login+"@"+in.Address, "ip:"+in.Address
	if err := s.countAttempt(ctx, pair, address); err != nil {
		return SignedIn{}, err
	}
	user, err := s.checkPassword(ctx, login, in.Password)
	if err == ErrBusy {
		// Not checked: the attempt does not count.
		return SignedIn{}, s.uncount(ctx, err, pair, address)
	}
	if err != nil {
		return SignedIn{}, err
	}
	if err := s.env.Store.ForgetLoginAttempts(ctx, pair); err != nil {
		return SignedIn{}, err
	}
	if err := s.env.Store.UncountLoginAttempt(ctx, address); err != nil {
		return SignedIn{}, err
	}
	return s.startSession(ctx, user)
}

// countAttempt counts a password attempt under key (a login at an address,
// or an account changing its password) and, when given, under address too,
// and refuses it when either is past its limit (Policy.MaxAttempts,
// Policy.MaxAddressAttempts).
func (s *Service) countAttempt(ctx context.Context, key string, address ...string) error {
	now := s.env.Now()
	n, err := s.env.Store.CountLoginAttempt(ctx, append([]string{key}, address...), now, now.Add(-s.policy.Window))
	if err != nil {
		return err
	}
	if n[0] > s.policy.MaxAttempts || len(n) > 1 && n[1] > s.policy.MaxAddressAttempts {
		return domain.Errorf(domain.TooMany, "Nhập sai mật khẩu quá nhiều lần. Xin đợi %d phút rồi thử lại.", int(s.policy.Window.Minutes()))
	}
	return nil
}

// uncount takes back an attempt that was not checked, and returns why.
func (s *Service) uncount(ctx context.Context, why error, keys ...string) error {
	for _, k := range keys {
		if err := s.env.Store.UncountLoginAttempt(ctx, k); err != nil {
			return err
		}
	}
	return why
}

// checkPassword returns the account if the password is its own and it may
// sign in. An unknown login costs the same time as a wrong password, and a
// disabled account is told apart from neither.
func (s *Service) checkPassword(ctx context.Context, login, password string) (domain.User, error) {
	user, err := s.env.Store.UserByLogin(ctx, login)
	if err != nil && !domain.IsNotFound(err) {
		return domain.User{}, err
	}
	ok, err := s.matches(ctx, password, user.PasswordHash)
	if err != nil {
		return domain.User{}, err
	}
	if !ok || user.Disabled {
		return domain.User{}, ErrWrongPassword
	}
	return user, nil
}

func (s *Service) startSession(ctx context.Context, user domain.User) (SignedIn, error) {
	token, err := auth.NewToken()
	if err != nil {
		return SignedIn{}, err
	}
	now := s.env.Now()
	expires := now.Add(s.policy.SessionTTL)
	if err := s.env.Store.CreateSession(ctx, auth.HashToken(token), user.ID, now, expires); err != nil {
		return SignedIn{}, err
	}
	user.PasswordHash = ""
	return SignedIn{Token: token, User: user, Expires: expires}, nil
}
