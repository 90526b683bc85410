package storage

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// step applies an action as the domain's workflow table allows it.
func step(t *testing.T, s *Store, sub *domain.Submission, a domain.SubmissionAction, at time.Time, note string) domain.SubmissionEvent {
	t.Helper()
	to, err := domain.NextStatus(domain.RoleLeader, a, sub.Status)
	must(t, err)
	ev := domain.SubmissionEvent{At: at, Actor: "Lê Văn Minh", Action: a, From: sub.Status, To: to, Note: note, DueAt: sub.DueAt}
	sub.Status = to
	must(t, s.ApplySubmissionEvent(t.Context(), sub, ev))
	return ev
}

func TestApplySubmissionEventUpdatesAndRecordsHistoryInOrder(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		sub := demoSubmission(org.ID, "", march5)
		first := receivedEvent(sub)
		must(t, s.CreateSubmission(t.Context(), &sub, nil, first))

		accepted := march5.Add(24 * time.Hour)
		sub.AcceptedAt, sub.DueAt = accepted, accepted.AddDate(0, 0, 21)
		evs := []domain.SubmissionEvent{first, step(t, s, &sub, domain.ActionAccept, accepted, "")}
		sub.AssignedUnitID = units[2].ID
		evs = append(evs, step(t, s, &sub, domain.ActionAssign, accepted.Add(time.Hour), "Giao Phòng Kinh tế"))
		sub.Answer, sub.AnsweredBy, sub.AnsweredAt = "Đã làm việc với nhà mạng.", "Phòng Kinh tế", accepted.AddDate(0, 0, 5)
		evs = append(evs, step(t, s, &sub, domain.ActionAnswer, sub.AnsweredAt, sub.Answer))

		got, err := s.SubmissionByID(t.Context(), org.ID, sub.ID)
		must(t, err)
		if !reflect.DeepEqual(got, sub) {
			t.Errorf("after the steps:\n got %+v\nwant %+v", got, sub)
		}
		history, err := s.SubmissionEvents(t.Context(), sub.ID)
		must(t, err)
		if len(history) != len(evs) {
			t.Fatalf("history has %d steps, want %d", len(history), len(evs))
		}
		for i := range evs {
			evs[i].ID, evs[i].SubmissionID = history[i].ID, sub.ID
			if !reflect.DeepEqual(history[i], evs[i]) {
				t.Errorf("step %d = %+v, want %+v", i, history[i], evs[i])
			}
		}
	})
}

func TestApplySubmissionEventRefusesWhatIsNotTheOrganisations(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, foreignUnit := otherCommune(t, s)
		sub := created(t, s, demoSubmission(org.ID, "", march5))
		accept := domain.SubmissionEvent{At: march5.Add(time.Hour), Actor: "Lê Văn Minh", Action: domain.ActionAccept,
			From: domain.SubmissionReceived, To: domain.SubmissionAccepted}

		t.Run("another organisation's submission", func(t *testing.T) {
			stolen := sub
			stolen.OrgID, stolen.Status = other.ID, domain.SubmissionAccepted
			wantCode(t, s.ApplySubmissionEvent(t.Context(), &stolen, accept), domain.NotFound)
			_, err := s.SubmissionByID(t.Context(), other.ID, sub.ID)
			wantCode(t, err, domain.NotFound)
		})
		t.Run("a unit of another organisation", func(t *testing.T) {
			assigned := sub
			assigned.Status, assigned.AssignedUnitID = domain.SubmissionAccepted, foreignUnit.ID
			wantProblem(t, s.ApplySubmissionEvent(t.Context(), &assigned, accept), "assigned_unit_id")
		})
		t.Run("a step another official took first", func(t *testing.T) {
			stale := sub // as the other official's page drew it, at version 1
			first := sub
			first.Status = domain.SubmissionAccepted
			must(t, s.ApplySubmissionEvent(t.Context(), &first, accept))
			if first.Version != 2 || first.ChangedBy != "Lê Văn Minh" || !first.ChangedAt.Equal(accept.At) {
				t.Errorf("after the first step: version %d, changed by %q at %v", first.Version, first.ChangedBy, first.ChangedAt)
			}
			stale.Status = domain.SubmissionRejected
			reject := domain.SubmissionEvent{At: march5.Add(2 * time.Hour), Actor: "Trần Thị Hoa", Action: domain.ActionReject,
				From: domain.SubmissionReceived, To: domain.SubmissionRejected, Note: "Không thuộc thẩm quyền"}
			err := s.ApplySubmissionEvent(t.Context(), &stale, reject)
			wantCode(t, err, domain.Stale)
			var de *domain.Error
			if !errors.As(err, &de) || de.Current == nil || de.Current.By != "Lê Văn Minh" || de.Current.Value != "Đã tiếp nhận xử lý" ||
				!strings.Contains(de.Message, "Lê Văn Minh") || !strings.Contains(de.Message, sub.TrackingCode) {
				t.Errorf("stale error: %v", err)
			}
			if stale.Version != 1 {
				t.Errorf("a refused step changed the caller's version to %d", stale.Version)
			}
		})
		t.Run("no time", func(t *testing.T) {
			wantProblem(t, s.ApplySubmissionEvent(t.Context(), &sub, domain.SubmissionEvent{Action: domain.ActionExtend}), "at")
		})

		got, err := s.SubmissionByID(t.Context(), org.ID, sub.ID)
		must(t, err)
		if got.Status != domain.SubmissionAccepted || got.AssignedUnitID != 0 {
			t.Errorf("refused steps changed the row: %+v", got)
		}
		history, err := s.SubmissionEvents(t.Context(), sub.ID)
		must(t, err)
		if len(history) != 2 {
			t.Errorf("history has %d steps, want the first and the accepted one", len(history))
		}
	})
}

func TestApplySubmissionEventWritesNothingWhenTheTransactionFails(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		sub := created(t, s, demoSubmission(org.ID, "", march5))
		_, err := s.db.ExecContext(t.Context(), `DROP TABLE submission_events`)
		must(t, err)
		changed := sub
		changed.Status, changed.AssignedUnitID = domain.SubmissionAssigned, units[0].ID
		err = s.ApplySubmissionEvent(t.Context(), &changed, domain.SubmissionEvent{At: march5.Add(time.Hour),
			Action: domain.ActionAssign, From: domain.SubmissionReceived, To: domain.SubmissionAssigned})
		if err == nil {
			t.Fatal("no error")
		}
		got, err := s.SubmissionByID(t.Context(), org.ID, sub.ID)
		must(t, err)
		if !reflect.DeepEqual(got, sub) {
			t.Errorf("failed step changed the row:\n got %+v\nwant %+v", got, sub)
		}
	})
}
