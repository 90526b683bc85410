package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestMeetingByIDReadsBackTheMeetingWithItsTasks(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		got, err := s.MeetingByID(t.Context(), org.ID, m.ID)
		must(t, err)
		if !reflect.DeepEqual(got, m) {
			t.Errorf("MeetingByID:\n got %+v\nwant %+v", got, m)
		}
	})
}

func TestMeetingAndTaskOfAnotherOrganisationAreNotFound(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		_, err := s.MeetingByID(t.Context(), org.ParentID, m.ID)
		wantCode(t, err, domain.NotFound)
		_, err = s.TaskByID(t.Context(), org.ParentID, m.Tasks[0].ID)
		wantCode(t, err, domain.NotFound)
		_, err = s.MeetingByID(t.Context(), org.ID, m.ID+1000)
		wantCode(t, err, domain.NotFound)
	})
}

func TestTaskByIDReadsBackATask(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		m := demoMeeting(org, units, 10)
		must(t, s.SaveMeeting(t.Context(), &m))
		for _, want := range m.Tasks {
			got, err := s.TaskByID(t.Context(), org.ID, want.ID)
			must(t, err)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("TaskByID(%d):\n got %+v\nwant %+v", want.ID, got, want)
			}
		}
	})
}

func TestMeetingByIDOfAMeetingWithoutTasks(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		m := domain.Meeting{OrgID: org.ID, Date: domain.Date(2026, time.March, 2), Kind: domain.MeetingStanding}
		must(t, s.SaveMeeting(t.Context(), &m))
		got, err := s.MeetingByID(t.Context(), org.ID, m.ID)
		must(t, err)
		if got.Tasks != nil || got.Kind != domain.MeetingStanding || !got.Date.Equal(m.Date) {
			t.Errorf("MeetingByID = %+v", got)
		}
	})
}
