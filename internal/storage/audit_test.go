package storage

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// auditFixture fills the log of the demo commune with entries by two people
// and the command line over three days, and one entry of another commune.
type auditFixture struct {
	org, other domain.Org
	lan, minh  domain.User
}

var auditDay = time.Date(2026, 3, 10, 1, 0, 0, 0, time.UTC) // 08:00 in Vietnam

func fillAudit(t *testing.T, s *Store) auditFixture {
	t.Helper()
	ctx := t.Context()
	org, _ := commune(t, s)
	other := domain.Org{ParentID: org.ParentID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}
	must(t, s.SaveOrg(ctx, &other))
	f := auditFixture{org: org, other: other,
		lan:  domain.User{OrgID: org.ID, Login: "lan", Name: "Đỗ Thị Lan", Role: domain.RoleAdmin, PasswordHash: "x", CreatedAt: auditDay},
		minh: domain.User{OrgID: org.ID, Login: "minh", Role: domain.RoleLeader, PasswordHash: "x", CreatedAt: auditDay},
	}
	must(t, s.SaveUser(ctx, &f.lan))
	must(t, s.SaveUser(ctx, &f.minh))
	entries := []domain.AuditEntry{
		{UserID: f.lan.ID, UserName: "lan", At: auditDay, Action: "program.add", Entity: "1"},
		{UserID: f.lan.ID, UserName: "lan", At: auditDay.Add(time.Hour), Action: "program.edit", Entity: "2"},
		{UserID: f.minh.ID, UserName: "minh", At: auditDay.Add(24 * time.Hour), Action: "report.issue", Entity: "3"},
		{UserName: "dòng lệnh (root)", At: auditDay.Add(25 * time.Hour), Action: "progress.import", Entity: "4"},
		{UserID: f.lan.ID, UserName: "lan", At: auditDay.Add(48 * time.Hour), Action: "answer_template.save", Entity: "5"},
		{UserID: f.minh.ID, UserName: "minh", At: auditDay.Add(49 * time.Hour), Action: "answerXtemplate.save", Entity: "6"},
		{UserID: f.minh.ID, UserName: "minh", At: auditDay.Add(50 * time.Hour), Action: "programs.add", Entity: "7"},
	}
	for _, e := range entries {
		e.OrgID = org.ID
		must(t, s.AddAudit(ctx, e))
	}
	must(t, s.AddAudit(ctx, domain.AuditEntry{OrgID: other.ID, UserName: "khác", At: auditDay, Action: "program.add", Entity: "other"}))
	return f
}

// entities lists the entities of records, in their order.
func entities(records []domain.AuditRecord) []string {
	var out []string
	for _, r := range records {
		out = append(out, r.Entity)
	}
	return out
}

func TestAuditSearchFiltersByPersonKindAndTime(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		f := fillAudit(t, s)
		day := func(n int) time.Time { return domain.Date(2026, 3, 10+n).Add(-7 * time.Hour) } // midnight in Vietnam
		cases := []struct {
			name   string
			filter domain.AuditFilter
			want   []string
		}{
			{"everything, newest first", domain.AuditFilter{}, []string{"7", "6", "5", "4", "3", "2", "1"}},
			{"one person", domain.AuditFilter{UserID: f.lan.ID}, []string{"5", "2", "1"}},
			{"the command line", domain.AuditFilter{CommandLine: true}, []string{"4"}},
			{"one action", domain.AuditFilter{Action: "program.edit"}, []string{"2"}},
			{"an area, not a longer name", domain.AuditFilter{Area: "program"}, []string{"2", "1"}},
			{"an area with an underscore, no wildcard", domain.AuditFilter{Area: "answer_template"}, []string{"5"}},
			{"from a day", domain.AuditFilter{From: day(1)}, []string{"7", "6", "5", "4", "3"}},
			{"one day", domain.AuditFilter{From: day(1), Until: day(2)}, []string{"4", "3"}},
			{"person and area", domain.AuditFilter{UserID: f.minh.ID, Area: "report"}, []string{"3"}},
			{"nothing matches", domain.AuditFilter{UserID: f.minh.ID, Area: "program"}, nil},
		}
		for _, c := range cases {
			c.filter.OrgID = f.org.ID
			got, err := s.AuditSearch(ctx, c.filter, 100, 0)
			must(t, err)
			if !slices.Equal(entities(got), c.want) {
				t.Errorf("%s: got %v, want %v", c.name, entities(got), c.want)
			}
			n, err := s.AuditCount(ctx, c.filter)
			must(t, err)
			if n != len(c.want) {
				t.Errorf("%s: count %d, want %d", c.name, n, len(c.want))
			}
		}
	})
}

func TestAuditSearchPagesAndNamesPeople(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		f := fillAudit(t, s)
		all := domain.AuditFilter{OrgID: f.org.ID}
		page2, err := s.AuditSearch(ctx, all, 3, 3)
		must(t, err)
		if got := entities(page2); !slices.Equal(got, []string{"4", "3", "2"}) {
			t.Errorf("page 2 of 3 = %v", got)
		}
		names := map[string]string{}
		for _, r := range page2 {
			names[r.Entity] = r.PersonName + "/" + r.UserName
		}
		want := map[string]string{"4": "/dòng lệnh (root)", "3": "/minh", "2": "Đỗ Thị Lan/lan"}
		for k, v := range want {
			if names[k] != v {
				t.Errorf("entry %s names %q, want %q", k, names[k], v)
			}
		}
		var seen []string
		must(t, s.AuditEach(ctx, domain.AuditFilter{OrgID: f.other.ID}, 0, 0, func(r domain.AuditRecord) error {
			seen = append(seen, r.Entity)
			return nil
		}))
		if !slices.Equal(seen, []string{"other"}) {
			t.Errorf("the other commune's log = %v", seen)
		}
		stop := fmt.Errorf("enough")
		calls := 0
		err = s.AuditEach(ctx, all, 0, 0, func(domain.AuditRecord) error { calls++; return stop })
		if err != stop || calls != 1 {
			t.Errorf("AuditEach after an error from fn: %v after %d calls", err, calls)
		}
		actions, err := s.AuditActions(ctx, f.org.ID)
		must(t, err)
		want2 := []string{"answerXtemplate.save", "answer_template.save", "program.add", "program.edit", "programs.add", "progress.import", "report.issue"}
		slices.Sort(actions)
		slices.Sort(want2)
		if !slices.Equal(actions, want2) {
			t.Errorf("AuditActions = %v", actions)
		}
	})
}
