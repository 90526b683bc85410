package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestUnitUsesCountsLeadCriteriaAndUsers(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		vpdu, vhxh, kt := units[0], units[1], units[2]
		p := demoProgram(org, units)
		// A role naming the same unit twice still counts the criterion once.
		p.Groups[0].Criteria[1].Roles.Lead = domain.Role{Text: "Phòng VH-XH; Phòng Văn hóa - Xã hội", UnitIDs: []int64{vhxh.ID, vhxh.ID}}
		must(t, s.SaveProgram(ctx, &p))
		for i, u := range []domain.User{
			{Login: "vanhoa", Role: domain.RoleStaff, UnitID: vhxh.ID},
			{Login: "vanhoa2", Role: domain.RoleStaff, UnitID: vhxh.ID},
			{Login: "lanhdao", Role: domain.RoleLeader},
		} {
			u.OrgID, u.PasswordHash, u.CreatedAt = org.ID, "x", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
			if err := s.SaveUser(ctx, &u); err != nil {
				t.Fatalf("user %d: %v", i, err)
			}
		}

		got, err := s.UnitUses(ctx, org.ID, p.ID)
		must(t, err)
		want := map[int64]domain.UnitUse{
			vhxh.ID: {LeadCriteria: 2, Users: 2},
			kt.ID:   {LeadCriteria: 1},
			vpdu.ID: {LeadCriteria: 1},
		}
		if len(got) != len(want) {
			t.Errorf("UnitUses = %+v, want %+v", got, want)
		}
		for id, w := range want {
			if got[id] != w {
				t.Errorf("unit %d: %+v, want %+v", id, got[id], w)
			}
		}

		// Without a program, only users count.
		got, err = s.UnitUses(ctx, org.ID, 0)
		must(t, err)
		if got[vhxh.ID] != (domain.UnitUse{Users: 2}) || got[vpdu.ID] != (domain.UnitUse{}) {
			t.Errorf("UnitUses without a program = %+v", got)
		}

		// Another organisation sees nothing of this one, even with its program id.
		other := domain.Org{ParentID: org.ParentID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune}
		must(t, s.SaveOrg(ctx, &other))
		got, err = s.UnitUses(ctx, other.ID, p.ID)
		must(t, err)
		if len(got) != 0 {
			t.Errorf("another organisation's counts = %+v, want none", got)
		}
	})
}

func TestCreateUnitNeverTouchesAnExistingUnit(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		dup := domain.Unit{OrgID: org.ID, Code: units[0].Code, Name: "Tên khác hẳn", ShortName: "Khác"}
		err := s.CreateUnit(t.Context(), &dup)
		wantCode(t, err, domain.Conflict)
		after, err := s.Units(t.Context(), org.ID)
		must(t, err)
		for _, u := range after {
			if u.Code == units[0].Code && u.Name != units[0].Name {
				t.Errorf("CreateUnit renamed the existing unit to %q", u.Name)
			}
		}
		fresh := domain.Unit{OrgID: org.ID, Code: "tram-y-te", Name: "Trạm Y tế xã", ShortName: "Trạm Y tế"}
		must(t, s.CreateUnit(t.Context(), &fresh))
		if fresh.ID == 0 {
			t.Error("CreateUnit did not set the ID")
		}
	})
}
