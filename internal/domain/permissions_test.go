package domain_test

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// TestPermissionsDependOnTheLevel checks the two tables both ways: what each
// role of a commune and of a province may do, that neither level takes the
// other's actions, and that a deactivated organisation keeps reading only.
func TestPermissionsDependOnTheLevel(t *testing.T) {
	t.Parallel()
	commune := domain.Org{ID: 2, Level: domain.LevelCommune}
	legacy := domain.Org{ID: 3} // no level: a database from before provinces
	province := domain.Org{ID: 1, Level: domain.LevelProvince}
	closed := commune
	closed.DeactivatedAt = time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		org  domain.Org
		role domain.UserRole
		act  domain.Action
		want bool
	}{
		{commune, domain.RoleStaff, domain.ActEnterData, true},
		{legacy, domain.RoleStaff, domain.ActEnterData, true},
		{commune, domain.RoleLeader, domain.ActIssueReport, true},
		{commune, domain.RoleLeader, domain.ActReviewReports, false},
		{commune, domain.RoleAdmin, domain.ActManageOrgs, false},
		{commune, domain.RoleViewer, domain.ActProvinceView, false},
		{province, domain.RoleViewer, domain.ActProvinceView, true},
		{province, domain.RoleStaff, domain.ActReviewReports, true},
		{province, domain.RoleLeader, domain.ActReviewReports, true},
		{province, domain.RoleAdmin, domain.ActReviewReports, false},
		{province, domain.RoleViewer, domain.ActReviewReports, false},
		{province, domain.RoleLeader, domain.ActIssueRequests, true},
		{province, domain.RoleStaff, domain.ActIssueRequests, false},
		{province, domain.RoleAdmin, domain.ActManageOrgs, true},
		{province, domain.RoleAdmin, domain.ActManageUsers, true},
		{province, domain.RoleAdmin, domain.ActEditFramework, true},
		{province, domain.RoleLeader, domain.ActEditFramework, true},
		{province, domain.RoleStaff, domain.ActEditFramework, false},
		{commune, domain.RoleAdmin, domain.ActEditFramework, false},
		{province, domain.RoleLeader, domain.ActView, false},
		{province, domain.RoleAdmin, domain.ActEnterData, false},
		{province, domain.RoleLeader, domain.ActIssueReport, false},
		{closed, domain.RoleViewer, domain.ActView, true},
		{closed, domain.RoleAdmin, domain.ActReadAudit, true},
		{closed, domain.RoleStaff, domain.ActEnterData, false},
		{closed, domain.RoleLeader, domain.ActIssueReport, false},
		{closed, domain.RoleAdmin, domain.ActManageUsers, false},
		{commune, "", domain.ActView, false},
	}
	for _, c := range cases {
		if got := domain.Permitted(c.org, c.role, c.act); got != c.want {
			t.Errorf("Permitted(level %q, active %v, %s, %s) = %v, want %v",
				c.org.Level, c.org.Active(), c.role, c.act, got, c.want)
		}
	}
	if got := domain.RoleStaff.LabelAt(domain.LevelProvince); got != "Chuyên viên" {
		t.Errorf("a province's staff are called %q", got)
	}
	if got := domain.RoleStaff.LabelAt(domain.LevelCommune); got != "Cán bộ đơn vị" {
		t.Errorf("a commune's staff are called %q", got)
	}
}
