package usecase_test

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// TestOnlyTheCommandLineMayDoEverything checks that the powers of the
// command line come from usecase.CommandLine alone: an Actor written out by
// hand without a signed-in user (the zero Actor, an error path's return
// value, a user not loaded from the store) may do nothing.
func TestOnlyTheCommandLineMayDoEverything(t *testing.T) {
	t.Parallel()
	org := domain.Org{ID: 7, Name: "Xuân Hưng"}
	cases := []struct {
		name  string
		actor usecase.Actor
		cli   bool
	}{
		{"the command line", usecase.CommandLine(org, "root"), true},
		{"the zero actor", usecase.Actor{}, false},
		{"an organisation without a user", usecase.Actor{Org: org}, false},
		{"a user not loaded (no ID, no role)", usecase.Actor{User: domain.User{Login: "ai-do"}, Org: org}, false},
	}
	for _, c := range cases {
		if got := c.actor.IsCommandLine(); got != c.cli {
			t.Errorf("%s: IsCommandLine = %v, want %v", c.name, got, c.cli)
		}
		for _, act := range []domain.Action{domain.ActView, domain.ActManageUsers, domain.ActIssueReport} {
			if err := c.actor.Require(act); (err == nil) != c.cli {
				t.Errorf("%s: Require(%s) = %v", c.name, act, err)
			}
		}
	}
	if name := usecase.CommandLine(org, "root").Name(); name != "dòng lệnh (root)" {
		t.Errorf("the command line is named %q", name)
	}
	viewer := usecase.Actor{User: domain.User{ID: 3, Login: "xem", Role: domain.RoleViewer}, Org: org}
	if viewer.IsCommandLine() || viewer.Require(domain.ActView) != nil || viewer.Require(domain.ActManageUsers) == nil {
		t.Error("a signed-in viewer is not judged by their role")
	}
}
