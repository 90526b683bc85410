package meetings

import (
	"context"
	"slices"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Overview is what the meetings page shows: the organisation's meetings,
// newest first, each with its tasks; every open task with its meeting,
// soonest deadline first; and the units tasks name.
type Overview struct {
	Meetings  []domain.Meeting
	OpenTasks []domain.MeetingTask
	Units     []domain.Unit
}

// List returns the meetings and open tasks of the actor's organisation.
func (s *Service) List(ctx context.Context, a usecase.Actor) (Overview, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Overview{}, err
	}
	meetings, err := s.env.Store.Meetings(ctx, a.Org.ID, time.Time{}, time.Time{} /* every meeting */)
	if err != nil {
		return Overview{}, err
	}
	slices.Reverse(meetings)
	open, err := s.OpenTasks(ctx, a)
	if err != nil {
		return Overview{}, err
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	if err != nil {
		return Overview{}, err
	}
	return Overview{Meetings: meetings, OpenTasks: open, Units: units}, nil
}

// OpenTasks returns the open tasks of the actor's organisation, soonest
// deadline first, each with its meeting (the dashboard shows the late ones).
func (s *Service) OpenTasks(ctx context.Context, a usecase.Actor) ([]domain.MeetingTask, error) {
	if err := a.Require(domain.ActView); err != nil {
		return nil, err
	}
	return s.env.Store.OpenTasks(ctx, a.Org.ID)
}

// Detail is one meeting with its tasks in order, and the units its tasks
// may be given to.
type Detail struct {
	Meeting domain.Meeting
	Units   []domain.Unit
}

// Meeting returns a meeting of the actor's organisation; any other is
// NotFound, as if it did not exist.
func (s *Service) Meeting(ctx context.Context, a usecase.Actor, id int64) (Detail, error) {
	if err := a.Require(domain.ActView); err != nil {
		return Detail{}, err
	}
	m, err := s.env.Store.MeetingByID(ctx, a.Org.ID, id)
	if err != nil {
		return Detail{}, err
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	if err != nil {
		return Detail{}, err
	}
	return Detail{Meeting: m, Units: units}, nil
}
