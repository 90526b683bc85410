package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func demoMeeting(org domain.Org, units []domain.Unit, day int) domain.Meeting {
	return domain.Meeting{
		OrgID: org.ID, Date: domain.Date(2026, time.March, day), Kind: domain.MeetingCommittee,
		Chair: "Đồng chí Bí thư Đảng ủy", Participants: "lãnh đạo các cơ quan, đơn vị",
		Content:     "triển khai chương trình hành động của Ban chỉ đạo",
		Conclusions: "Giao Phòng VH-XH rà soát số liệu",
		Tasks: []domain.Task{
			{Title: "Rà soát tỷ lệ phủ sóng 5G", UnitID: units[2].ID, UnitText: "Phòng Kinh tế",
				Deadline: domain.Date(2026, time.April, 15), Status: domain.TaskOpen},
			{Title: "Tập huấn kỹ năng số", UnitText: "Các trường học", Status: domain.TaskDone,
				DoneAt: time.Date(2026, 3, 20, 8, 0, 0, 0, time.UTC)},
		},
	}
}

func TestMeetingRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		if m.ID == 0 || m.Tasks[0].ID == 0 || m.Tasks[1].ID == 0 || m.Tasks[1].MeetingID != m.ID {
			t.Fatalf("IDs not set: %+v", m)
		}
		got, err := s.Meetings(t.Context(), org.ID, m.Date, m.Date)
		must(t, err)
		if !reflect.DeepEqual(got, []domain.Meeting{m}) {
			t.Errorf("Meetings read back differs:\n got %+v\nwant %+v", got, []domain.Meeting{m})
		}
	})
}

func TestSaveMeetingReplacesItsTasks(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		kept := m.Tasks[0].ID
		m.Conclusions = "Kết luận mới"
		m.Tasks[0].Status = domain.TaskDone
		m.Tasks = []domain.Task{m.Tasks[0], {Title: "Nhiệm vụ mới", Status: domain.TaskOpen}}
		must(t, s.SaveMeeting(t.Context(), &m))

		if m.Tasks[0].ID != kept {
			t.Errorf("a kept task changed id from %d to %d", kept, m.Tasks[0].ID)
		}
		got, err := s.Meetings(t.Context(), org.ID, time.Time{}, time.Time{})
		must(t, err)
		if !reflect.DeepEqual(got, []domain.Meeting{m}) {
			t.Errorf("after update:\n got %+v\nwant %+v", got, []domain.Meeting{m})
		}
		if n := countRows(t, s, "tasks"); n != 2 {
			t.Errorf("tasks table has %d rows, want 2", n)
		}
	})
}

func TestMeetingsInclusiveRangeByDateThenID(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		var ids []int64
		for _, day := range []int{1, 15, 31, 15} {
			m := demoMeeting(org, units, day)
			must(t, s.SaveMeeting(t.Context(), &m))
			ids = append(ids, m.ID)
		}
		other := domain.Meeting{OrgID: org.ParentID, Date: domain.Date(2026, time.March, 15), Kind: domain.MeetingStanding}
		must(t, s.SaveMeeting(t.Context(), &other))

		got, err := s.Meetings(t.Context(), org.ID, domain.Date(2026, time.March, 15), domain.Date(2026, time.March, 31))
		must(t, err)
		var gotIDs []int64
		for _, m := range got {
			gotIDs = append(gotIDs, m.ID)
		}
		if want := []int64{ids[1], ids[3], ids[2]}; !reflect.DeepEqual(gotIDs, want) {
			t.Errorf("Meetings 15-31/3 = %v, want %v", gotIDs, want)
		}
	})
}

func TestSaveMeetingRejectsBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(m *domain.Meeting)
		field  string
		code   domain.Code
	}{
		{"no date", func(m *domain.Meeting) { m.Date = time.Time{} }, "date", domain.Invalid},
		{"unknown kind", func(m *domain.Meeting) { m.Kind = "party" }, "kind", domain.Invalid},
		{"task without title", func(m *domain.Meeting) { m.Tasks[0].Title = "" }, "nhiệm vụ 1", domain.Invalid},
		{"task status", func(m *domain.Meeting) { m.Tasks[1].Status = "late" }, "nhiệm vụ 2", domain.Invalid},
		{"task unit of nobody", func(m *domain.Meeting) { m.Tasks[0].UnitID = 999 }, "units", domain.Invalid},
		{"unknown meeting", func(m *domain.Meeting) { m.ID = 999 }, "", domain.NotFound},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				m := demoMeeting(org, units, 10)
				tt.change(&m)
				err := s.SaveMeeting(t.Context(), &m)
				if tt.code == domain.Invalid {
					wantProblem(t, err, tt.field)
				} else {
					wantCode(t, err, tt.code)
				}
			})
		}
		if n := countRows(t, s, "meetings"); n != 0 {
			t.Errorf("rejected meetings left %d rows", n)
		}
	})
}
