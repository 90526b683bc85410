package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// inboxPageSize is how many submissions one page of the inbox lists.
const inboxPageSize = 25

// inboxPage is the staff inbox: the filters, one page of submissions and the
// links to the pages around it.
type inboxPage struct {
	Page
	Filter     inboxFilter
	Rows       []inboxRow
	Total      int
	Kinds      []domain.SubmissionKind
	Statuses   []domain.SubmissionStatus
	Units      []domain.Unit
	UnitLocked bool   // unit staff see their own unit only
	UnitName   string // their unit, when locked
	PageNum    int
	Pages      int
	PrevURL    string
	NextURL    string
}

// inboxFilter is the filter form as the user set it.
type inboxFilter struct {
	Kind     domain.SubmissionKind
	Status   domain.SubmissionStatus
	UnitID   int64
	Deadline string // "", "overdue" or "soon"
	Query    string
	Page     int
}

// inboxRow is one line of the inbox.
type inboxRow struct {
	Sub           domain.Submission
	UnitName      string
	Overdue       bool
	DueSoon       bool
	DuplicateCode string
}

func (s *Server) inbox(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	f := readInboxFilter(r)
	units, err := s.store.Units(r.Context(), v.Org.ID)
	if err != nil {
		s.serverError(w, r, fmt.Errorf("units for the inbox: %w", err))
		return
	}
	data := &inboxPage{Page: s.page(r, "Phản ánh, kiến nghị", "submissions"), Kinds: domain.SubmissionKinds,
		Statuses: submissionStatuses, Units: units}
	if unitBound(v.User) {
		f.UnitID, data.UnitLocked = v.User.UnitID, true
		data.UnitName = unitLabel(unitNames(units), v.User.UnitID)
	}
	data.Filter = f
	if unitBound(v.User) && v.User.UnitID == 0 {
		// A staff account without a unit has nothing assigned to it; a zero
		// UnitID in the store's filter would mean "every unit".
		s.render(w, r, http.StatusOK, "inbox", data)
		return
	}
	list, total, err := s.store.Inbox(r.Context(), v.Org.ID, s.storeFilter(f))
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if data.Rows, err = s.inboxRows(r.Context(), v.Org.ID, list, unitNames(units)); err != nil {
		s.serverError(w, r, err)
		return
	}
	data.Total = total
	paginateInbox(data, r.URL.Query())
	s.render(w, r, http.StatusOK, "inbox", data)
}

// readInboxFilter reads the filter from the query; values it does not know
// are ignored rather than refused, since they only narrow a list.
func readInboxFilter(r *http.Request) inboxFilter {
	f := inboxFilter{Query: formValue(r, "q"), Page: 1}
	if k := domain.SubmissionKind(r.FormValue("kind")); k.Valid() {
		f.Kind = k
	}
	if st := domain.SubmissionStatus(r.FormValue("status")); st.Valid() {
		f.Status = st
	}
	if d := r.FormValue("deadline"); d == "overdue" || d == "soon" {
		f.Deadline = d
	}
	f.UnitID, _ = strconv.ParseInt(r.FormValue("unit"), 10, 64)
	if p, err := strconv.Atoi(r.FormValue("page")); err == nil && p > 1 {
		f.Page = p
	}
	return f
}

// storeFilter turns the form's filter into the store's. "Due soon" lists the
// open submissions whose deadline ends within dueSoonDays days and has not
// passed yet ("overdue" lists those).
func (s *Server) storeFilter(f inboxFilter) storage.SubmissionFilter {
	sf := storage.SubmissionFilter{Kind: f.Kind, Status: f.Status, UnitID: f.UnitID, Query: f.Query,
		Limit: inboxPageSize, Offset: (f.Page - 1) * inboxPageSize}
	switch f.Deadline {
	case "overdue":
		sf.OverdueAt = s.now()
	case "soon":
		sf.OverdueAt = endOfDay(domain.Today(s.now()).AddDate(0, 0, dueSoonDays)).Add(time.Second)
		sf.DueAfter = s.now()
	}
	return sf
}

// inboxRows adds to each submission its unit, its deadline marks and the code
// of the earlier submission it may duplicate.
func (s *Server) inboxRows(ctx context.Context, orgID int64, list []domain.Submission, names map[int64]string) ([]inboxRow, error) {
	now := s.now()
	codes := map[int64]string{}
	rows := make([]inboxRow, 0, len(list))
	for _, sub := range list {
		row := inboxRow{Sub: sub, UnitName: unitLabel(names, sub.AssignedUnitID)}
		row.Overdue, row.DueSoon = deadlineMarks(sub, now)
		if id := sub.DuplicateOfID; id != 0 {
			if _, seen := codes[id]; !seen {
				earlier, err := s.store.SubmissionByID(ctx, orgID, id)
				if err != nil {
					return nil, fmt.Errorf("earlier submission %d: %w", id, err)
				}
				codes[id] = earlier.TrackingCode
			}
			row.DuplicateCode = codes[id]
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// paginateInbox sets the page count and the links to the previous and next pages,
// keeping the filters.
func paginateInbox(data *inboxPage, q url.Values) {
	data.PageNum = data.Filter.Page
	data.Pages = (data.Total + inboxPageSize - 1) / inboxPageSize
	link := func(page int) string {
		q.Set("page", strconv.Itoa(page))
		return "/submissions?" + q.Encode()
	}
	if data.PageNum > 1 {
		data.PrevURL = link(data.PageNum - 1)
	}
	if data.PageNum < data.Pages {
		data.NextURL = link(data.PageNum + 1)
	}
}
