package accounts

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// addAdmin adds a second administrator, "quantri2", with the demo password.
func (f *fixture) addAdmin() usecase.Actor {
	f.t.Helper()
	_, err := f.svc.AddUser(context.Background(), f.as("quantri"), NewUser{Login: "quantri2", Name: "Trần Quản Trị",
		Role: domain.RoleAdmin, Password: demo.Password, NoChange: true})
	must(f.t, err)
	return f.as("quantri2")
}

func TestADisabledAccountCannotSignInAndItsSessionsEnd(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		signed, err := f.signIn("vanhoa", demo.Password, office)
		must(t, err)
		u := f.user("vanhoa")
		got, err := f.svc.SetDisabled(ctx, f.as("quantri"), Disabling{ID: u.ID, Version: u.Version, Disabled: true})
		must(t, err)
		if !got.Disabled || got.Version != u.Version+1 || got.ChangedBy != "Nguyễn Văn Quản" {
			t.Errorf("disabled: %+v", got)
		}
		if _, err := f.svc.Session(ctx, signed.Token); !domain.IsNotFound(err) {
			t.Errorf("the session of a disabled account lives on: %v", err)
		}
		if _, err := f.signIn("vanhoa", demo.Password, office); !errors.Is(err, ErrWrongPassword) {
			t.Errorf("a disabled account signed in: %v", err)
		}
		if e := f.lastAudit(); e.Action != "user.disable" || e.UserName != "quantri" || !strings.Contains(e.After, `"Disabled":true`) {
			t.Errorf("audit: %+v", e)
		}
		_, err = f.svc.SetDisabled(ctx, f.as("quantri"), Disabling{ID: u.ID, Version: got.Version})
		must(t, err)
		if _, err := f.signIn("vanhoa", demo.Password, office); err != nil {
			t.Errorf("enabled again, it cannot sign in: %v", err)
		}
	})
}

func TestAnAdministratorStaysInService(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		admin := f.user("quantri")
		_, err := f.svc.SetDisabled(ctx, f.as("quantri"), Disabling{ID: admin.ID, Version: admin.Version, Disabled: true})
		wantCode(t, err, domain.Conflict)
		_, err = f.svc.EditUser(ctx, f.as("quantri"), UserEdit{ID: admin.ID, Version: admin.Version, Name: admin.Name, Role: domain.RoleViewer})
		wantCode(t, err, domain.Invalid)

		// The command line may act on anyone, but not leave the commune
		// without an administrator.
		cli := usecase.CommandLine(domain.Org{}, "root")
		_, err = f.svc.SetDisabled(ctx, cli, Disabling{Login: "quantri", Disabled: true})
		wantCode(t, err, domain.Conflict)

		second := f.addAdmin()
		if _, err := f.svc.SetDisabled(ctx, second, Disabling{ID: admin.ID, Version: admin.Version, Disabled: true}); err != nil {
			t.Fatalf("another administrator disables quantri: %v", err)
		}
		_, err = f.svc.SetDisabled(ctx, cli, Disabling{Login: "quantri2", Disabled: true})
		wantCode(t, err, domain.Conflict)
		if u := f.user("quantri"); !u.Disabled {
			t.Error("quantri was not disabled")
		}
	})
}

// Two administrators disabling each other at the same moment: one wins, and
// the commune keeps an active administrator.
func TestTwoAdministratorsDisablingEachOtherKeepOne(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		first, second := f.as("quantri"), f.addAdmin()
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i, pair := range [][2]usecase.Actor{{first, second}, {second, first}} {
			wg.Go(func() {
				target := pair[1].User
				_, errs[i] = f.svc.SetDisabled(context.Background(), pair[0], Disabling{ID: target.ID, Version: target.Version, Disabled: true})
			})
		}
		wg.Wait()
		if (errs[0] == nil) == (errs[1] == nil) {
			t.Fatalf("want one success and one refusal, got %v and %v", errs[0], errs[1])
		}
		n, err := f.store.ActiveAdmins(context.Background(), f.org.ID)
		must(t, err)
		if n != 1 {
			t.Errorf("%d active administrators, want 1", n)
		}
	})
}

// Two administrators editing one account from the same page: the second
// save is refused as stale, naming the first, and changes nothing.
func TestTwoAdministratorsEditingOneAccount(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		first, second := f.as("quantri"), f.addAdmin()
		u := f.user("xem")
		errs := make([]error, 2)
		names := []string{"Phạm Minh Tuấn (A)", "Phạm Minh Tuấn (B)"}
		var wg sync.WaitGroup
		for i, a := range []usecase.Actor{first, second} {
			wg.Go(func() {
				_, errs[i] = f.svc.EditUser(context.Background(), a, UserEdit{ID: u.ID, Version: u.Version, Name: names[i], Role: domain.RoleViewer})
			})
		}
		wg.Wait()
		won := 0
		if errs[0] != nil {
			won = 1
		}
		lost := 1 - won
		if errs[won] != nil || domain.ErrorCode(errs[lost]) != domain.Stale {
			t.Fatalf("want one save and one stale refusal, got %v and %v", errs[0], errs[1])
		}
		winner := []string{"Nguyễn Văn Quản", "Trần Quản Trị"}[won]
		if msg := errs[lost].Error(); !strings.Contains(msg, "vừa được "+winner+" sửa") || !strings.Contains(msg, names[won]) {
			t.Errorf("the refusal does not say who and what: %s", msg)
		}
		if got := f.user("xem"); got.Name != names[won] || got.Version != u.Version+1 {
			t.Errorf("stored: %+v", got)
		}
	})
}

func TestResetPasswordEndsSessionsAndMustBeChanged(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		signed, err := f.signIn("lanhdao", demo.Password, office)
		must(t, err)
		made, err := f.svc.ResetPassword(ctx, f.as("quantri"), PasswordReset{UserID: f.user("lanhdao").ID})
		must(t, err)
		if len(made.Password) != 16 || !made.User.MustChange {
			t.Errorf("reset: %+v", made)
		}
		if _, err := f.svc.Session(ctx, signed.Token); !domain.IsNotFound(err) {
			t.Errorf("the session outlived the reset: %v", err)
		}
		again, err := f.signIn("lanhdao", made.Password, office)
		must(t, err)
		leader := usecase.Actor{User: again.User, Org: f.org}
		err = f.svc.ChangePassword(ctx, leader, PasswordChange{Current: made.Password, New: "ngắn", Again: "ngắn"})
		wantCode(t, err, domain.Invalid)
		must(t, f.svc.ChangePassword(ctx, leader, PasswordChange{Current: made.Password, New: "mật-khẩu-mới-2026", Again: "mật-khẩu-mới-2026"}))
		if u := f.user("lanhdao"); u.MustChange {
			t.Error("still must change")
		}
		if e := f.lastAudit(); e.Action != "user.password" || e.UserName != "lanhdao" || strings.Contains(e.After, "argon2") {
			t.Errorf("audit: %+v", e)
		}
	})
}

func TestOnlyAdministratorsManageTheirOwnCommunesAccounts(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		_, err := f.svc.Users(ctx, f.as("lanhdao"))
		wantCode(t, err, domain.Forbidden)
		_, err = f.svc.AddUser(ctx, f.as("vanhoa"), NewUser{Login: "moi", Role: domain.RoleAdmin})
		wantCode(t, err, domain.Forbidden)

		other := domain.Org{ParentID: f.org.ParentID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, f.store.SaveOrg(ctx, &other))
		stranger, err := f.svc.AddUser(ctx, usecase.CommandLine(other, "root"), NewUser{Login: "xuanhoa-admin", Role: domain.RoleAdmin})
		must(t, err)
		admin := f.as("quantri")
		_, err = f.svc.User(ctx, admin, stranger.User.ID)
		wantCode(t, err, domain.NotFound)
		_, err = f.svc.ResetPassword(ctx, admin, PasswordReset{UserID: stranger.User.ID})
		wantCode(t, err, domain.NotFound)
		_, err = f.svc.SetDisabled(ctx, admin, Disabling{ID: stranger.User.ID, Version: 1, Disabled: true})
		wantCode(t, err, domain.NotFound)
		_, err = f.svc.EditUser(ctx, admin, UserEdit{ID: stranger.User.ID, Version: 1, Role: domain.RoleViewer})
		wantCode(t, err, domain.NotFound)
		_, err = f.svc.AddUser(ctx, admin, NewUser{Login: "XuanHoa-Admin", Role: domain.RoleViewer})
		wantCode(t, err, domain.Conflict)
	})
}

// The first start of a new commune makes its organisation and first
// administrator, audited as the command line; a second start does nothing.
func TestFirstStartMakesTheFirstAdministratorOnce(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s, err := storage.Open(ctx, dsn)
		must(t, err)
		t.Cleanup(func() { s.Close() })
		svc := New(usecase.NewEnv(s, func() time.Time { return start }), DefaultPolicy())
		cli := usecase.CommandLine(domain.Org{}, "root")
		_, err = svc.FirstStart(ctx, cli, FirstOrg{Code: "yen-mac"})
		wantCode(t, err, domain.Invalid)
		made, err := svc.FirstStart(ctx, cli, FirstOrg{Code: "yen-mac", Name: "Yên Mạc", Type: "phuong"})
		must(t, err)
		if made.Login != FirstLogin || len(made.Password) != 16 || made.Org.DisplayName() != "phường Yên Mạc" {
			t.Fatalf("first start: %+v", made)
		}
		admin, err := s.UserByLogin(ctx, FirstLogin)
		must(t, err)
		if admin.Role != domain.RoleAdmin || !admin.MustChange || admin.OrgID != made.Org.ID {
			t.Errorf("first administrator: %+v", admin)
		}
		log, err := s.AuditLog(ctx, made.Org.ID, 10, 0)
		must(t, err)
		if len(log) != 2 || log[0].Action != "user.add" || log[1].Action != "org.add" || log[0].UserName != "dòng lệnh (root)" {
			t.Errorf("audit: %+v", log)
		}
		again, err := svc.FirstStart(ctx, cli, FirstOrg{Code: "khac", Name: "Khác", Type: "xa"})
		must(t, err)
		if again.Login != "" {
			t.Errorf("a second start made another administrator: %+v", again)
		}
	})
}
