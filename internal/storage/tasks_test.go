package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestSaveTaskAddsATaskAtTheEndOfItsMeeting(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		task := domain.Task{MeetingID: m.ID, Title: "Cập nhật cổng thông tin", UnitID: units[0].ID, UnitText: "VPĐU",
			Deadline: domain.Date(2026, time.April, 30), Status: domain.TaskOpen}
		must(t, s.SaveTask(t.Context(), org.ID, &task))
		if task.ID == 0 {
			t.Fatal("SaveTask set no ID")
		}
		got, err := s.MeetingByID(t.Context(), org.ID, m.ID)
		must(t, err)
		if len(got.Tasks) != 3 || !reflect.DeepEqual(got.Tasks[2], task) {
			t.Errorf("tasks after adding: %+v", got.Tasks)
		}
	})
}

func TestSaveTaskChangesStatusInPlace(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		task := m.Tasks[0]
		task.MeetingID = 0 // the meeting stays whatever the caller passes
		task.Status, task.DoneAt = domain.TaskDone, domain.Date(2026, time.March, 28)
		must(t, s.SaveTask(t.Context(), org.ID, &task))
		got, err := s.MeetingByID(t.Context(), org.ID, m.ID)
		must(t, err)
		if task.MeetingID != m.ID || !reflect.DeepEqual(got.Tasks[0], task) || got.Tasks[1].ID != m.Tasks[1].ID {
			t.Errorf("after status change: %+v, tasks %+v", task, got.Tasks)
		}
	})
}

func TestSaveTaskRefusesWhatIsNotTheOrganisations(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		stranger := org.ParentID

		add := domain.Task{MeetingID: m.ID, Title: "Lẻn vào", Status: domain.TaskOpen}
		wantCode(t, s.SaveTask(t.Context(), stranger, &add), domain.NotFound)
		change := m.Tasks[0]
		change.Title = "Đổi trộm"
		wantCode(t, s.SaveTask(t.Context(), stranger, &change), domain.NotFound)
		foreignUnit := domain.Unit{OrgID: stranger, Code: "x", Name: "Đơn vị của tỉnh"}
		must(t, s.SaveUnit(t.Context(), &foreignUnit))
		withUnit := domain.Task{MeetingID: m.ID, Title: "Giao cho tỉnh", UnitID: foreignUnit.ID, Status: domain.TaskOpen}
		wantProblem(t, s.SaveTask(t.Context(), org.ID, &withUnit), "units")

		got, err := s.MeetingByID(t.Context(), org.ID, m.ID)
		must(t, err)
		if !reflect.DeepEqual(got.Tasks, m.Tasks) {
			t.Errorf("refused saves changed the tasks: %+v", got.Tasks)
		}
	})
}

func TestSaveTaskRejectsBadInput(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		wantProblem(t, s.SaveTask(t.Context(), org.ID, &domain.Task{MeetingID: m.ID, Status: domain.TaskOpen}), "title")
		wantProblem(t, s.SaveTask(t.Context(), org.ID, &domain.Task{MeetingID: m.ID, Title: "x", Status: "late"}), "status")
		if n := countRows(t, s, "tasks"); n != 2 {
			t.Errorf("tasks table has %d rows, want 2", n)
		}
	})
}

func TestOpenTasksAcrossMeetingsSoonestDeadlineFirst(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		march := demoMeeting(org, units, 10) // one open task due 15/4, one done
		must(t, s.SaveMeeting(t.Context(), &march))
		april := domain.Meeting{OrgID: org.ID, Date: domain.Date(2026, time.April, 2), Kind: domain.MeetingStanding,
			Tasks: []domain.Task{
				{Title: "Không hạn", Status: domain.TaskOpen},
				{Title: "Hạn sớm", Deadline: domain.Date(2026, time.April, 5), Status: domain.TaskOpen},
				{Title: "Đã hủy", Deadline: domain.Date(2026, time.April, 1), Status: domain.TaskCancelled},
			}}
		must(t, s.SaveMeeting(t.Context(), &april))
		other := domain.Meeting{OrgID: org.ParentID, Date: domain.Date(2026, time.March, 1), Kind: domain.MeetingCommittee,
			Tasks: []domain.Task{{Title: "Của tỉnh", Deadline: domain.Date(2026, time.March, 2), Status: domain.TaskOpen}}}
		must(t, s.SaveMeeting(t.Context(), &other))

		got, err := s.OpenTasks(t.Context(), org.ID)
		must(t, err)
		var titles []string
		for _, mt := range got {
			titles = append(titles, mt.Title)
		}
		if want := []string{"Hạn sớm", "Rà soát tỷ lệ phủ sóng 5G", "Không hạn"}; !reflect.DeepEqual(titles, want) {
			t.Fatalf("OpenTasks = %q, want %q", titles, want)
		}
		if got[1].Meeting.ID != march.ID || got[1].Meeting.Kind != domain.MeetingCommittee || !got[1].Meeting.Date.Equal(march.Date) ||
			got[1].Meeting.Tasks != nil || got[1].UnitID != units[2].ID {
			t.Errorf("open task's meeting: %+v", got[1])
		}
	})
}
