package storage

import (
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestUpdateMeetingWritesItsOwnFieldsAtItsVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(ctx, &m))
		first, second := m, m
		first.Tasks, first.Content, first.ChangedBy = nil, "nội dung mới", "Bùi Thị Hồng Chiên"
		first.ChangedAt = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)
		must(t, s.UpdateMeeting(ctx, &first))
		second.Chair = "người khác"
		err := s.UpdateMeeting(ctx, &second)
		wantCode(t, err, domain.Stale)
		if !strings.Contains(err.Error(), "Cuộc họp ngày 10/03/2026 vừa được Bùi Thị Hồng Chiên sửa") || !strings.Contains(err.Error(), "nội dung mới") {
			t.Errorf("message: %v", err)
		}
		got, err := s.MeetingByID(ctx, org.ID, m.ID)
		must(t, err)
		if got.Content != "nội dung mới" || got.Chair != m.Chair || got.Version != 2 || len(got.Tasks) != 2 {
			t.Errorf("stored: %+v", got)
		}
		stray := got
		stray.OrgID = org.ParentID
		wantCode(t, s.UpdateMeeting(ctx, &stray), domain.NotFound)
	})
}

func TestSaveTaskIsRefusedAgainstAnOlderVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(ctx, &m))
		first, second := m.Tasks[0], m.Tasks[0]
		first.Status, first.ChangedBy = domain.TaskDone, "Lê Văn Nam"
		must(t, s.SaveTask(ctx, org.ID, &first))
		second.Status = domain.TaskCancelled
		err := s.SaveTask(ctx, org.ID, &second)
		wantCode(t, err, domain.Stale)
		if !strings.Contains(err.Error(), "vừa được Lê Văn Nam sửa") || !strings.Contains(err.Error(), "nay là “Đã hoàn thành”") {
			t.Errorf("message: %v", err)
		}
	})
}
