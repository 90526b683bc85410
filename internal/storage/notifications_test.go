package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// A person reads and marks only their own notices: another person's id is
// NotFound, marking read twice keeps the first time, and "all read" marks
// only that person's unread ones.
func TestNoticesAreMarkedReadByTheirOwnerOnly(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		at := time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		var people []domain.User
		for _, login := range []string{"lanhdao", "quantri"} {
			u := domain.User{OrgID: org.ID, Login: login, Role: domain.RoleLeader, PasswordHash: "x", CreatedAt: at}
			must(t, s.SaveUser(ctx, &u))
			people = append(people, u)
		}
		var ids []int64
		for i, u := range []domain.User{people[0], people[0], people[1]} {
			n := domain.Notice{UserID: u.ID, OrgID: org.ID, Kind: domain.NoticeRequest, Title: "Yêu cầu báo cáo",
				Link: "/reports", CreatedAt: at.Add(time.Duration(i) * time.Minute)}
			_, err := s.AddNotice(ctx, &n)
			must(t, err)
			ids = append(ids, n.ID)
		}
		_, err := s.Notice(ctx, people[0].ID, ids[2])
		wantCode(t, err, domain.NotFound)
		wantCode(t, s.MarkNoticeRead(ctx, people[0].ID, ids[2], at), domain.NotFound)
		must(t, s.MarkNoticeRead(ctx, people[0].ID, ids[0], at.Add(time.Hour)))
		must(t, s.MarkNoticeRead(ctx, people[0].ID, ids[0], at.Add(2*time.Hour)))
		n, err := s.Notice(ctx, people[0].ID, ids[0])
		must(t, err)
		if !n.ReadAt.Equal(at.Add(time.Hour)) || n.Title != "Yêu cầu báo cáo" {
			t.Errorf("the notice read twice: %+v", n)
		}
		marked, err := s.MarkAllNoticesRead(ctx, people[0].ID, at.Add(3*time.Hour))
		must(t, err)
		if marked != 1 {
			t.Errorf("all read marked %d, want the one left", marked)
		}
		for i, want := range []int{0, 1} {
			if got, err := s.UnreadNotices(ctx, people[i].ID); err != nil || got != want {
				t.Errorf("%s has %d unread (%v), want %d", people[i].Login, got, err, want)
			}
		}
	})
}
