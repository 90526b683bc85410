package accounts

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
)

// testPolicy counts few attempts, so that the tests reach the limits fast.
func testPolicy() Policy {
	p := DefaultPolicy()
	p.MaxAttempts, p.MaxAddressAttempts = 3, 5
	return p
}

const (
	stranger = "198.51.100.7"
	office   = "203.0.113.9"
)

func TestAStrangerCannotLockTheOwnerOut(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		for i := range 3 {
			if _, err := f.signIn("quantri", "sai-mat-khau", stranger); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("wrong password %d: %v", i+1, err)
			}
		}
		_, err := f.signIn("quantri", demo.Password, stranger)
		wantCode(t, err, domain.TooMany)
		if signed, err := f.signIn("QuanTri", demo.Password, office); err != nil || signed.Token == "" || signed.User.Login != "quantri" {
			t.Fatalf("the owner from their own address: %v", err)
		}
	})
}

func TestOneAddressIsCappedAcrossLogins(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		for i := range 5 {
			if _, err := f.signIn(fmt.Sprintf("khong-co-%d", i), "sai-mat-khau", stranger); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("attempt %d: %v", i+1, err)
			}
		}
		_, err := f.signIn("lanhdao", demo.Password, stranger)
		wantCode(t, err, domain.TooMany)
		if _, err := f.signIn("lanhdao", demo.Password, office); err != nil {
			t.Fatalf("another address: %v", err)
		}
	})
}

func TestAGoodSignInForgetsTheFailuresAndTheWindowEnds(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		for range 2 {
			f.signIn("xem", "sai-mat-khau", office)
		}
		if _, err := f.signIn("xem", demo.Password, office); err != nil {
			t.Fatalf("right password after 2 failures: %v", err)
		}
		for i := range 3 {
			if _, err := f.signIn("xem", "sai-mat-khau", office); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("failure %d after a good sign-in: %v", i+1, err)
			}
		}
		_, err := f.signIn("xem", demo.Password, office)
		wantCode(t, err, domain.TooMany)
		f.advance(f.svc.policy.Window)
		if _, err := f.signIn("xem", demo.Password, office); err != nil {
			t.Fatalf("after the window: %v", err)
		}
	})
}

// When every hasher stays busy, a sign-in waits briefly, then is told the
// server is busy; the attempt it could not check does not count.
func TestABusyServerRefusesWithoutCountingTheAttempt(t *testing.T) {
	t.Parallel()
	p := testPolicy()
	p.Hashers, p.HashWait = 1, 30*time.Millisecond
	eachFixture(t, p, func(t *testing.T, f *fixture) {
		f.svc.hashers <- struct{}{} // every hasher taken
		for range 5 {
			_, err := f.signIn("xem", "sai-mat-khau", office)
			wantCode(t, err, domain.Busy)
		}
		<-f.svc.hashers
		for i := range 3 {
			if _, err := f.signIn("xem", "sai-mat-khau", office); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("failure %d once free: %v (the busy attempts were counted)", i+1, err)
			}
		}
	})
}

func TestSessionsEndWithSignOutAndExpiry(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		signed, err := f.signIn("vanhoa", demo.Password, office)
		must(t, err)
		s, err := f.svc.Session(ctx, signed.Token)
		must(t, err)
		if s.User.Login != "vanhoa" || s.Org.ID != f.org.ID || s.User.PasswordHash != "" {
			t.Fatalf("session: %+v", s)
		}
		must(t, f.svc.SignOut(ctx, s.TokenHash))
		_, err = f.svc.Session(ctx, signed.Token)
		wantCode(t, err, domain.NotFound)

		signed, err = f.signIn("vanhoa", demo.Password, office)
		must(t, err)
		f.advance(f.svc.policy.SessionTTL)
		must(t, f.svc.CleanUp(ctx))
		_, err = f.svc.Session(ctx, signed.Token)
		wantCode(t, err, domain.NotFound)
	})
}
