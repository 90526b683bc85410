package submissions

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// InboxPageSize is how many submissions one page of the inbox lists.
const InboxPageSize = 25

// Statuses lists the statuses in workflow order, for the inbox filter: the
// one list, domain.SubmissionStatuses.
var Statuses = domain.SubmissionStatuses

// Deadline filters of the inbox.
const (
	DueOverdue = "overdue" // open and past the deadline
	DueSoon    = "soon"    // open, due within DueSoonDays days, not yet past
)

// InboxQuery is the inbox's filter as the official set it; values it does
// not know do not filter.
type InboxQuery struct {
	Kind     domain.SubmissionKind
	Status   domain.SubmissionStatus
	UnitID   int64
	Deadline string // "", DueOverdue or DueSoon
	Query    string
	Page     int // from 1
}

// Inbox is one page of the inbox.
type Inbox struct {
	Query      InboxQuery // as applied: unit staff see their own unit only
	Rows       []InboxRow
	Total      int
	Pages      int
	Units      []domain.Unit
	UnitLocked bool   // the actor is unit staff, bound to their unit
	UnitName   string // their unit, when locked
}

// InboxRow is one line of the inbox.
type InboxRow struct {
	Sub           domain.Submission
	UnitName      string
	Overdue       bool
	DueSoon       bool
	DuplicateCode string
}

// Inbox lists a page of the organisation's submissions matching q, soonest
// deadline first; unit staff see only those assigned to their unit.
func (s *Service) Inbox(ctx context.Context, a usecase.Actor, q InboxQuery) (Inbox, error) {
	if err := a.Require(domain.ActHandleSubmissions); err != nil {
		return Inbox{}, err
	}
	if problems := domain.TextProblems("q", q.Query, false); len(problems) > 0 {
		return Inbox{}, domain.InvalidInput("Tìm kiếm có ký tự không hợp lệ.", problems)
	}
	units, err := s.env.Store.Units(ctx, a.Org.ID)
	if err != nil {
		return Inbox{}, fmt.Errorf("units for the inbox: %w", err)
	}
	names := domain.UnitNames(units)
	q.Query, q.Page = domain.NFC(q.Query), max(q.Page, 1)
	out := Inbox{Units: units, UnitLocked: a.User.Role == domain.RoleStaff}
	if out.UnitLocked {
		q.UnitID = a.StaffUnit()
		out.UnitName = names[q.UnitID]
	}
	out.Query = q
	if out.UnitLocked && q.UnitID == 0 {
		// A staff account without a unit has nothing assigned to it; a zero
		// UnitID in the store's filter would mean "every unit".
		return out, nil
	}
	list, total, err := s.env.Store.Inbox(ctx, a.Org.ID, s.filter(q))
	if err != nil {
		return Inbox{}, err
	}
	now, codes := s.env.Now(), map[int64]string{}
	for _, sub := range list {
		row := InboxRow{Sub: sub, UnitName: names[sub.AssignedUnitID]}
		row.Overdue, row.DueSoon = DeadlineMarks(sub, now)
		if id := sub.DuplicateOfID; id != 0 {
			if _, seen := codes[id]; !seen {
				earlier, err := s.env.Store.SubmissionByID(ctx, a.Org.ID, id)
				if err != nil {
					return Inbox{}, fmt.Errorf("earlier submission %d: %w", id, err)
				}
				codes[id] = earlier.TrackingCode
			}
			row.DuplicateCode = codes[id]
		}
		out.Rows = append(out.Rows, row)
	}
	out.Total, out.Pages = total, (total+InboxPageSize-1)/InboxPageSize
	return out, nil
}

// filter turns the query into the store's. "Due soon" lists the open
// submissions whose deadline ends within DueSoonDays days and has not
// passed yet ("overdue" lists those).
func (s *Service) filter(q InboxQuery) domain.SubmissionFilter {
	f := domain.SubmissionFilter{UnitID: q.UnitID, Query: q.Query, Limit: InboxPageSize, Offset: (q.Page - 1) * InboxPageSize}
	if q.Kind.Valid() {
		f.Kind = q.Kind
	}
	if q.Status.Valid() {
		f.Status = q.Status
	}
	now := s.env.Now()
	switch q.Deadline {
	case DueOverdue:
		f.OverdueAt = now
	case DueSoon:
		f.OverdueAt = EndOfDay(domain.Today(now).AddDate(0, 0, DueSoonDays)).Add(time.Second)
		f.DueAfter = now
	}
	return f
}
