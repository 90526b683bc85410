package notify_test

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
)

// TestAPersonReadsAndMarksTheirOwnNotices checks the use cases of the
// notifications page: newest first, only one's own, a notice marked read
// opens its link, another person's notice is not found, and all read.
func TestAPersonReadsAndMarksTheirOwnNotices(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		ctx := context.Background()
		leaders := notify.Audience{OrgID: f.Org.ID, Roles: []domain.UserRole{domain.RoleLeader}}
		tell(t, f, leaders, domain.Notice{Kind: domain.NoticeRequest, Title: "Tỉnh yêu cầu báo cáo tháng 3 năm 2026", Link: "/reports/2026-03"})
		f.Clock.Advance(time.Hour)
		tell(t, f, leaders, domain.Notice{Kind: domain.NoticeReturned, Title: "Tỉnh trả lại báo cáo tháng 3 năm 2026", Link: "/reports/2026-03"})
		tell(t, f, notify.Audience{OrgID: f.Org.ID, Roles: []domain.UserRole{domain.RoleAdmin}},
			domain.Notice{Kind: domain.NoticeAccepted, Title: "Tỉnh đã tiếp nhận báo cáo", Link: "/reports"})
		s := notify.New(f.Env)
		leader, admin := f.As("lanhdao"), f.As("quantri")

		list, err := s.List(ctx, leader, 10)
		if err != nil || len(list) != 2 || list[0].Kind != domain.NoticeReturned || list[1].Kind != domain.NoticeRequest {
			t.Fatalf("the leader's list = %+v, %v; want the two, newest first", list, err)
		}
		if n, err := s.Unread(ctx, leader); err != nil || n != 2 {
			t.Fatalf("unread = %d, %v", n, err)
		}
		theirs, err := s.List(ctx, admin, 0)
		if err != nil || len(theirs) != 1 {
			t.Fatalf("the administrator's list = %+v, %v", theirs, err)
		}
		if _, err := s.MarkRead(ctx, leader, theirs[0].ID); domain.ErrorCode(err) != domain.NotFound {
			t.Errorf("marking another person's notice: %v, want NotFound", err)
		}
		read, err := s.MarkRead(ctx, leader, list[1].ID)
		if err != nil || read.Link != "/reports/2026-03" || !read.ReadAt.Equal(f.Clock.Now()) {
			t.Fatalf("MarkRead = %+v, %v", read, err)
		}
		if n, _ := s.Unread(ctx, leader); n != 1 {
			t.Errorf("unread after reading one = %d, want 1", n)
		}
		if n, err := s.MarkAllRead(ctx, leader); err != nil || n != 1 {
			t.Errorf("MarkAllRead = %d, %v; want 1", n, err)
		}
		if n, _ := s.Unread(ctx, admin); n != 1 {
			t.Errorf("the administrator's unread = %d, want 1 (untouched)", n)
		}
		if _, err := s.List(ctx, f.CommandLine("root"), 10); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("the command line's list: %v, want Forbidden", err)
		}
	})
}

// TestOnlyTheCommandLineReadsTheOutbox checks the outbox's state as the
// command line sees it, and that a person of the app may not see it.
func TestOnlyTheCommandLineReadsTheOutbox(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		ctx := context.Background()
		queueMails(t, f, 2)
		for range domain.OutboxFailingAfter {
			if _, err := f.Store.OutboxFailed(ctx, 1, "connection refused", f.Clock.Now()); err != nil {
				t.Fatal(err)
			}
		}
		s := notify.New(f.Env)
		got, err := s.Outbox(ctx, f.CommandLine("root"))
		if err != nil || got.OutboxCounts != (domain.OutboxCounts{Queued: 1, Failing: 1}) || len(got.FailingMessages) != 1 || got.FailingMessages[0].LastError != "connection refused" {
			t.Errorf("Outbox = %+v, %v", got, err)
		}
		if _, err := s.Outbox(ctx, f.As("quantri")); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a person reading the outbox: %v, want Forbidden", err)
		}
	})
}
