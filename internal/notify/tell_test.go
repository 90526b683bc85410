package notify_test

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/storage"
)

// TestTellReachesTheAudienceOnceAndMailsThoseWithAnAddress checks that a
// notice goes to every enabled person of the roles named, that an e-mail is
// queued only for those with an address, in the same transaction, and that
// a reminder with the same key is made once.
func TestTellReachesTheAudienceOnceAndMailsThoseWithAnAddress(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		ctx := context.Background()
		leader := f.User("lanhdao")
		leader.Email, leader.ChangedAt = "lanhdao@xuanhung.example", demotest.Now()
		if err := f.Store.UpdateUser(ctx, &leader); err != nil {
			t.Fatal(err)
		}
		n := domain.Notice{Kind: domain.NoticeDueSoon, Title: "Báo cáo tháng 3 năm 2026 đến hạn sau 3 ngày",
			Link: "/reports/2026-03", DedupKey: "due:2026-03:3"}
		to := notify.Audience{OrgID: f.Org.ID, Roles: []domain.UserRole{domain.RoleLeader, domain.RoleAdmin}}
		tell := func() int {
			var told int
			err := f.Store.WithTx(ctx, func(tx *storage.Store) error {
				var err error
				told, err = notify.Tell(ctx, tx, demotest.Now(), to, n)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			return told
		}
		if told := tell(); told != 2 {
			t.Fatalf("told %d people, want the leader and the administrator", told)
		}
		if told := tell(); told != 0 {
			t.Fatalf("the same reminder told %d people again", told)
		}
		for login, want := range map[string]int{"lanhdao": 1, "quantri": 1, "xem": 0, "vanphong": 0} {
			if got := unread(t, f, login); got != want {
				t.Errorf("%s has %d unread notices, want %d", login, got, want)
			}
		}
		if got := unsent(t, f); got != 1 {
			t.Errorf("%d e-mails queued, want 1 (only the leader has an address)", got)
		}
	})
}

// TestTellWritesNothingWhenTheEventRollsBack checks that the notice and its
// e-mail belong to the event's transaction.
func TestTellWritesNothingWhenTheEventRollsBack(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		ctx := context.Background()
		leader := f.User("lanhdao")
		leader.Email, leader.ChangedAt = "lanhdao@xuanhung.example", demotest.Now()
		if err := f.Store.UpdateUser(ctx, &leader); err != nil {
			t.Fatal(err)
		}
		failed := domain.Errorf(domain.Conflict, "the event failed")
		err := f.Store.WithTx(ctx, func(tx *storage.Store) error {
			if _, err := notify.Tell(ctx, tx, demotest.Now(), notify.Audience{OrgID: f.Org.ID},
				domain.Notice{Kind: domain.NoticeAccepted, Title: "Tỉnh đã tiếp nhận báo cáo"}); err != nil {
				return err
			}
			return failed
		})
		if err != failed {
			t.Fatalf("WithTx = %v", err)
		}
		if n, m := unread(t, f, "lanhdao"), unsent(t, f); n != 0 || m != 0 {
			t.Errorf("after a rollback: %d notifications, %d e-mails", n, m)
		}
	})
}

func unread(t *testing.T, f *demotest.Fixture, login string) int {
	t.Helper()
	n, err := f.Store.UnreadNotices(context.Background(), f.User(login).ID)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func unsent(t *testing.T, f *demotest.Fixture) int {
	t.Helper()
	n, err := f.Store.OutboxUnsent(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
