package storage

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func newUser(org domain.Org, login string) domain.User {
	return domain.User{OrgID: org.ID, Login: login, Name: "Người dùng " + login, Role: domain.RoleViewer, PasswordHash: "x",
		CreatedAt: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
}

func TestUpdateUserIsRefusedAgainstAnOlderVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		u := newUser(org, "xem")
		must(t, s.SaveUser(ctx, &u))
		if u.ID == 0 || u.Version != 1 {
			t.Fatalf("inserted: %+v", u)
		}
		first, second := u, u
		first.Name, first.ChangedBy, first.ChangedAt = "Tên mới", "Nguyễn Văn Quản", time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		must(t, s.UpdateUser(ctx, &first))
		if first.Version != 2 {
			t.Errorf("version after update: %d", first.Version)
		}
		second.Disabled = true
		err := s.UpdateUser(ctx, &second)
		wantCode(t, err, domain.Stale)
		if msg := err.Error(); !strings.Contains(msg, "Tài khoản xem vừa được Nguyễn Văn Quản sửa lúc 09:00 ngày 28/03/2026") || !strings.Contains(msg, "Tên mới") {
			t.Errorf("message: %s", msg)
		}
		got, err := s.UserByID(ctx, u.ID)
		must(t, err)
		if got.Disabled || got.Name != "Tên mới" || got.Version != 2 || got.ChangedBy != "Nguyễn Văn Quản" {
			t.Errorf("stored: %+v", got)
		}
		other := domain.Org{ParentID: org.ParentID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune}
		must(t, s.SaveOrg(ctx, &other))
		stray := got
		stray.OrgID = other.ID
		wantCode(t, s.UpdateUser(ctx, &stray), domain.NotFound)
	})
}

// Two people adding one login at once: one account, one Conflict.
func TestATakenLoginIsAConflictEvenAtOnce(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		errs := make([]error, 4)
		var wg sync.WaitGroup
		for i := range errs {
			wg.Go(func() {
				u := newUser(org, "KinhTe")
				errs[i] = s.SaveUser(t.Context(), &u)
			})
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			if err == nil {
				ok++
			} else if domain.ErrorCode(err) != domain.Conflict {
				t.Errorf("error %v, want Conflict", err)
			}
		}
		if ok != 1 {
			t.Errorf("%d accounts made, want 1", ok)
		}
	})
}
