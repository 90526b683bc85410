package accounts

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
)

// Someone at a computer left signed in cannot guess the account's password
// through the change-password form any faster than through sign-in: past
// the limit even the right password is refused until the window ends, and a
// right one then forgets the wrong tries.
func TestTheCurrentPasswordIsGuessedNoFasterThanAtSignIn(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		change := func(current string) error {
			return f.svc.ChangePassword(ctx, f.as("xem"), PasswordChange{Current: current, New: "mật-khẩu-mới-2026", Again: "mật-khẩu-mới-2026"})
		}
		for range f.svc.policy.MaxAttempts {
			wantCode(t, change("doan-thu-mat-khau"), domain.Invalid)
		}
		wantCode(t, change(demo.Password), domain.TooMany)
		if _, err := f.signIn("xem", demo.Password, office); err != nil {
			t.Fatalf("the password changed past the limit: %v", err)
		}
		f.advance(f.svc.policy.Window)
		must(t, change(demo.Password))
	})
}
