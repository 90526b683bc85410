package web

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// meetingAudit is what the audit log keeps of a meeting: its fields, not its
// tasks, which are audited on their own.
type meetingAudit struct {
	Date                                     string
	Kind, Chair, Participants, Content, Conc string
}

func auditOfMeeting(m *domain.Meeting) any {
	if m == nil {
		return nil
	}
	return meetingAudit{Date: m.Date.Format(time.DateOnly), Kind: string(m.Kind), Chair: m.Chair,
		Participants: m.Participants, Content: m.Content, Conc: m.Conclusions}
}

// saveMeetingAudited saves m (before is the stored meeting, nil for a new one)
// with its audit entry in one transaction. Section 2 of the report lists the
// period's meetings, so a meeting cannot be recorded in, moved into or moved
// out of a month whose report is issued and locked.
func (s *Server) saveMeetingAudited(r *http.Request, before, m *domain.Meeting) error {
	ctx := r.Context()
	return s.store.WithTx(ctx, func(tx *storage.Store) error {
		days := []time.Time{m.Date}
		action := "meeting.create"
		if before != nil {
			days, action = append(days, before.Date), "meeting.update"
		}
		for _, d := range days {
			if err := tx.RequireOpen(ctx, m.OrgID, domain.MonthPeriod(d.Year(), d.Month())); err != nil {
				return err
			}
		}
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return err
		}
		entity := fmt.Sprintf("cuộc họp %d (%s)", m.ID, m.Date.Format("02/01/2006"))
		return s.audit(tx, r, action, entity, auditOfMeeting(before), auditOfMeeting(m), "")
	})
}

// meetingSaveProblem turns a refused save into messages for the form: the
// field problems of invalid input, or a message over the form for a locked
// period. It returns the status to answer with, or 0 if err is neither (a
// server error).
func meetingSaveProblem(err error, errs fieldErrors, fields ...string) int {
	var de *domain.Error
	if !errors.As(err, &de) {
		return 0
	}
	switch de.Code {
	case domain.Invalid:
		// A problem of a field the form has goes beside it; any other
		// (a task, a unit) goes over the form, so that none is lost.
		errs.add("", de.Message)
		for _, p := range de.Problems {
			if slices.Contains(fields, p.Field) {
				errs.add(p.Field, p.Message)
			} else {
				errs[""] += " " + p.String()
			}
		}
		return http.StatusUnprocessableEntity
	case domain.Conflict:
		errs.add("", err.Error())
		return http.StatusConflict
	}
	return 0
}
