package meetings

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Create records a meeting of the actor's organisation, with its audit
// entry. Section 2 of the report lists the period's meetings, so a meeting
// cannot be recorded in a month whose report is issued and locked
// (Conflict).
func (s *Service) Create(ctx context.Context, a usecase.Actor, in MeetingInput) (domain.Meeting, error) {
	if err := a.Require(domain.ActEditMeetings); err != nil {
		return domain.Meeting{}, err
	}
	m := domain.Meeting{OrgID: a.Org.ID}
	if err := in.apply(&m); err != nil {
		return domain.Meeting{}, err
	}
	m.ChangedBy, m.ChangedAt = a.Name(), s.env.Now()
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := requireOpen(ctx, tx, m.OrgID, m.Date); err != nil {
			return err
		}
		if err := tx.SaveMeeting(ctx, &m); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "meeting.create", Entity: meetingEntity(m), After: auditOfMeeting(&m)})
	})
	return m, err
}

// Update changes the fields of a meeting of the actor's organisation (its
// tasks stay as they are) if no one saved them since the person saw
// in.Version; otherwise it is refused as Stale, with who changed the meeting,
// when, and what it holds now. A meeting cannot be moved into or out of a
// locked month.
func (s *Service) Update(ctx context.Context, a usecase.Actor, id int64, in MeetingInput) (domain.Meeting, error) {
	if err := a.Require(domain.ActEditMeetings); err != nil {
		return domain.Meeting{}, err
	}
	var m domain.Meeting
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		before, err := tx.MeetingByID(ctx, a.Org.ID, id)
		if err != nil {
			return err
		}
		m = before
		if err := in.apply(&m); err != nil {
			return err
		}
		for _, d := range []time.Time{before.Date, m.Date} {
			if err := requireOpen(ctx, tx, m.OrgID, d); err != nil {
				return err
			}
		}
		m.Version, m.ChangedBy, m.ChangedAt = in.Version, a.Name(), s.env.Now()
		if err := tx.UpdateMeeting(ctx, &m); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "meeting.update", Entity: meetingEntity(m),
			Before: auditOfMeeting(&before), After: auditOfMeeting(&m)})
	})
	return m, err
}

// requireOpen refuses a change to a meeting held in a locked month.
func requireOpen(ctx context.Context, tx *storage.Store, orgID int64, day time.Time) error {
	return tx.RequireOpen(ctx, orgID, domain.MonthPeriod(day.Year(), day.Month()))
}
