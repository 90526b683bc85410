package auditlog

import (
	"context"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// CommandLinePerson is the value of Query.Person that picks the entries of
// the command line (and of the system), which have no person.
const CommandLinePerson = "dong-lenh"

// Query is what a person asks of the log, as typed in the filter form (every
// field may be empty).
type Query struct {
	Person string // a user's ID, CommandLinePerson, or "" for everyone
	Kind   string // an area ("program"), an action ("program.add"), or "" for every kind
	From   string // the first day, "2026-03-01" or "01/03/2026"
	To     string // the last day, included
	Page   string // the page, from 1
}

// Filter is a Query read: what the log is narrowed to.
type Filter struct {
	Person   string    // as asked, for the form
	UserID   int64     // the person, or 0
	Kind     string    // as asked
	From, To time.Time // calendar days, zero when open
	Page     int
}

// Values returns the filter as URL query values (without the page), so that a
// link to another page or to the export keeps it.
func (f Filter) Values() url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("user", f.Person)
	set("kind", f.Kind)
	if !f.From.IsZero() {
		set("from", f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		set("to", f.To.Format(time.DateOnly))
	}
	return v
}

// Empty reports whether the filter narrows nothing.
func (f Filter) Empty() bool {
	return f.Person == "" && f.Kind == "" && f.From.IsZero() && f.To.IsZero()
}

var kindPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$`)

// readQuery checks q for the actor's organisation and returns the filter, or
// the problems found, each named by its form field.
func (s *Service) readQuery(ctx context.Context, a usecase.Actor, q Query) (Filter, []domain.Problem, error) {
	f := Filter{Person: strings.TrimSpace(q.Person), Kind: strings.TrimSpace(q.Kind), Page: 1}
	var problems []domain.Problem
	add := func(field, msg string) { problems = append(problems, domain.Problem{Field: field, Message: msg}) }
	if f.Person != "" && f.Person != CommandLinePerson {
		id, err := s.personID(ctx, a, f.Person)
		if err != nil && !domain.IsNotFound(err) {
			return f, nil, err
		}
		if err != nil {
			add("user", "Không có người dùng này trong đơn vị: chọn lại trong danh sách.")
		}
		f.UserID = id
	}
	if f.Kind != "" && !kindPattern.MatchString(f.Kind) {
		add("kind", "Loại thao tác “"+f.Kind+"” không có: chọn lại trong danh sách.")
	}
	f.From = readDay(q.From, "from", "Từ ngày", add)
	f.To = readDay(q.To, "to", "Đến ngày", add)
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		add("to", "Đến ngày phải từ ngày "+f.From.Format("02/01/2006")+" trở đi.")
	}
	if text := strings.TrimSpace(q.Page); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 1 {
			add("page", "Số trang “"+text+"” không hợp lệ: dùng một số nguyên từ 1 trở lên.")
		} else {
			f.Page = n
		}
	}
	return f, problems, nil
}

// personID returns the ID of a user of the actor's organisation named by
// text, or a NotFound error.
func (s *Service) personID(ctx context.Context, a usecase.Actor, text string) (int64, error) {
	id, err := strconv.ParseInt(text, 10, 64)
	if err != nil || id <= 0 {
		return 0, domain.Errorf(domain.NotFound, "không có người dùng %q", text)
	}
	user, err := s.env.Store.UserByID(ctx, id)
	if err != nil {
		return 0, err
	}
	if user.OrgID != a.Org.ID {
		return 0, domain.Errorf(domain.NotFound, "không có người dùng %q", text)
	}
	return id, nil
}

// readDay reads a day of the filter; a day that cannot be read is a problem
// of the field.
func readDay(text, field, label string, add func(field, msg string)) time.Time {
	text = strings.TrimSpace(text)
	if text == "" {
		return time.Time{}
	}
	d, err := domain.ParseDate(text)
	if err != nil {
		add(field, label+": “"+text+"” không phải là ngày (viết 31/03/2026).")
		return time.Time{}
	}
	return d
}

// storeFilter is the filter as the store reads it: the organisation's entries,
// days turned into instants in Vietnam's time.
func (f Filter) storeFilter(orgID int64) domain.AuditFilter {
	out := domain.AuditFilter{OrgID: orgID, UserID: f.UserID, CommandLine: f.Person == CommandLinePerson}
	if strings.Contains(f.Kind, ".") {
		out.Action = f.Kind
	} else {
		out.Area = f.Kind
	}
	if !f.From.IsZero() {
		out.From = dayStart(f.From)
	}
	if !f.To.IsZero() {
		out.Until = dayStart(f.To.AddDate(0, 0, 1))
	}
	return out
}

// dayStart is the first instant of a calendar day in Vietnam.
func dayStart(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, domain.Vietnam)
}
