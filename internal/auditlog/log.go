package auditlog

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// PageSize is how many entries one page of the log shows.
const PageSize = 50

// Entry is an entry of the log as a person reads it.
type Entry struct {
	ID      int64
	At      time.Time
	Who     string // the person's name, or "dòng lệnh (root)"
	Login   string // the person's login when it says more than Who, else ""
	Action  string // the code: "program.add"
	Label   string // "Tạo chương trình"
	Known   bool   // the code is in the list of labels
	Entity  string // what changed, periods in words: "báo cáo tháng 3 năm 2026"
	Reason  string
	Changes []Change
	Before  string // the record before, as kept (JSON, indented for reading)
	After   string
}

// LogPage is one page of the filtered log, newest first, with what the
// filter form offers.
type LogPage struct {
	Filter   Filter
	Problems []domain.Problem // a filter that could not be read: nothing is listed
	Entries  []Entry
	Total    int // the entries the filter lets through
	Pages    int
	People   []Option
	Kinds    []KindGroup
}

// Option is a choice of a filter's select.
type Option struct {
	Value, Label string
}

// KindGroup is an area in the kind filter: the area itself, then its actions.
type KindGroup struct {
	Label   string
	Options []Option
}

// Log returns a page of the actor's organisation's audit log, filtered as q
// asks. Only administrators read the log. A filter that cannot be read comes
// back in Problems, with the options of the form and no entries.
func (s *Service) Log(ctx context.Context, a usecase.Actor, q Query) (LogPage, error) {
	if err := a.Require(domain.ActReadAudit); err != nil {
		return LogPage{}, err
	}
	f, problems, err := s.readQuery(ctx, a, q)
	if err != nil {
		return LogPage{}, err
	}
	page := LogPage{Filter: f, Problems: problems}
	if page.People, err = s.people(ctx, a.Org.ID); err != nil {
		return LogPage{}, err
	}
	if page.Kinds, err = s.kinds(ctx, a.Org.ID, f.Kind); err != nil {
		return LogPage{}, err
	}
	if len(problems) > 0 {
		return page, nil
	}
	sf := f.storeFilter(a.Org.ID)
	if page.Total, err = s.env.Store.AuditCount(ctx, sf); err != nil {
		return LogPage{}, err
	}
	page.Pages = max(1, (page.Total+PageSize-1)/PageSize)
	records, err := s.env.Store.AuditSearch(ctx, sf, PageSize, (f.Page-1)*PageSize)
	if err != nil {
		return LogPage{}, err
	}
	units, err := s.unitNames(ctx, a.Org.ID)
	if err != nil {
		return LogPage{}, err
	}
	for _, r := range records {
		page.Entries = append(page.Entries, entryOf(r, units))
	}
	return page, nil
}

// entryOf puts a record of the store into words.
func entryOf(r domain.AuditRecord, units map[int64]string) Entry {
	e := Entry{ID: r.ID, At: r.At, Who: personName(r), Action: r.Action, Label: ActionLabel(r.Action),
		Known: Known(r.Action), Entity: periodsInWords(r.Entity), Reason: r.Reason,
		Changes: changesOf(areaOf(r.Action), r.Before, r.After, units),
		Before:  indentJSON(r.Before), After: indentJSON(r.After)}
	if r.UserID != 0 && r.UserName != "" && r.UserName != e.Who {
		e.Login = r.UserName
	}
	return e
}

// indentJSON indents a JSON value for reading; text that is not JSON is kept.
func indentJSON(text string) string {
	var buf bytes.Buffer
	if err := json.Indent(&buf, []byte(text), "", "  "); err != nil {
		return text
	}
	return buf.String()
}

// unitNames returns the organisation's units' short names by ID
// (domain.UnitNames).
func (s *Service) unitNames(ctx context.Context, orgID int64) (map[int64]string, error) {
	units, err := s.env.Store.Units(ctx, orgID)
	if err != nil {
		return nil, err
	}
	return domain.UnitNames(units), nil
}

// people are the choices of the person filter: every account of the
// organisation, then the command line.
func (s *Service) people(ctx context.Context, orgID int64) ([]Option, error) {
	users, err := s.env.Store.Users(ctx, orgID)
	if err != nil {
		return nil, err
	}
	var out []Option
	for _, u := range users {
		label := personLabel(u)
		if u.Disabled {
			label += " — đã khóa"
		}
		out = append(out, Option{Value: itoa(u.ID), Label: label})
	}
	return append(out, Option{Value: CommandLinePerson, Label: "Dòng lệnh trên máy chủ"}), nil
}

// personLabel names an account as the filter does: "Trần Thị Hoa (hoa)",
// or the login of an account without a name.
func personLabel(u domain.User) string {
	if u.Name == "" {
		return u.Login
	}
	return u.Name + " (" + u.Login + ")"
}

// kinds are the choices of the kind filter: each area that the log holds
// entries of, with its actions that it holds, in the order of the list of
// labels; actions the list does not know come last, and the kind asked for
// is always offered.
func (s *Service) kinds(ctx context.Context, orgID int64, asked string) ([]KindGroup, error) {
	present, err := s.env.Store.AuditActions(ctx, orgID)
	if err != nil {
		return nil, err
	}
	if strings.Contains(asked, ".") && !slices.Contains(present, asked) {
		present = append(present, asked)
	}
	var out []KindGroup
	for _, area := range areas {
		g := KindGroup{Label: area.Label, Options: []Option{{Value: area.Code, Label: "Mọi thao tác: " + lowerFirst(area.Label)}}}
		for _, act := range area.Actions {
			if slices.Contains(present, act.Code) {
				g.Options = append(g.Options, Option{Value: act.Code, Label: act.Label})
			}
		}
		if len(g.Options) > 1 || asked == area.Code {
			out = append(out, g)
		}
	}
	other := KindGroup{Label: "Khác"}
	if _, ok := findArea(asked); !ok && asked != "" && !strings.Contains(asked, ".") {
		other.Options = append(other.Options, Option{Value: asked, Label: asked})
	}
	for _, code := range present {
		if !Known(code) {
			other.Options = append(other.Options, Option{Value: code, Label: ActionLabel(code) + " (" + code + ")"})
		}
	}
	if len(other.Options) > 0 {
		out = append(out, other)
	}
	return out, nil
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
