package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// CreateOrg never changes an organisation that exists: a code taken is
// refused on the field "code", and the one that has it stays as it was.
func TestCreateOrgRefusesACodeTaken(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		again := domain.Org{ParentID: org.ParentID, Code: "xuan-hung", Name: "Xuân Hưng mới", Level: domain.LevelCommune, Type: domain.TypeXa}
		err := s.CreateOrg(ctx, &again)
		wantCode(t, err, domain.Invalid)
		if de := err.(*domain.Error); len(de.Problems) != 1 || de.Problems[0].Field != "code" {
			t.Errorf("problems %+v", de.Problems)
		}
		got, err := s.OrgByCode(ctx, "xuan-hung")
		must(t, err)
		if got != org {
			t.Errorf("the commune became %+v", got)
		}
		fresh := domain.Org{ParentID: org.ParentID, Code: "gia-vien", OfficialCode: "14560", Name: "Gia Viễn", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, s.CreateOrg(ctx, &fresh))
		byOfficial, err := s.OrgByOfficialCode(ctx, "14560")
		must(t, err)
		if fresh.ID == 0 || byOfficial != fresh {
			t.Errorf("created %+v, found by its official code %+v", fresh, byOfficial)
		}
		_, err = s.OrgByOfficialCode(ctx, "")
		wantCode(t, err, domain.NotFound)
	})
}

// DeactivateOrg marks an organisation once, and the public directory leaves
// it out; the users of each commune under a province are counted.
func TestDeactivateOrgOnceAndTheDirectoryLeavesItOut(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		u := domain.User{OrgID: org.ID, Login: "quantri", Role: domain.RoleAdmin, PasswordHash: "x", CreatedAt: time.Now()}
		must(t, s.SaveUser(ctx, &u))
		counts, err := s.UserCountsUnder(ctx, org.ParentID)
		must(t, err)
		if len(counts) != 1 || counts[org.ID] != 1 {
			t.Errorf("user counts %v", counts)
		}
		at := time.Date(2026, 7, 1, 1, 2, 3, 0, time.UTC)
		done, err := s.DeactivateOrg(ctx, org.ID, at, "Đinh Văn Quang")
		must(t, err)
		again, err := s.DeactivateOrg(ctx, org.ID, at.Add(time.Hour), "người khác")
		must(t, err)
		got, err := s.OrgByID(ctx, org.ID)
		must(t, err)
		if !done || again || !got.DeactivatedAt.Equal(at) || got.DeactivatedBy != "Đinh Văn Quang" {
			t.Errorf("deactivated %v then %v: %+v", done, again, got)
		}
		_, err = s.DeactivateOrg(ctx, 9999, at, "x")
		wantCode(t, err, domain.NotFound)
		list, total, err := s.Communes(ctx, "", 0)
		must(t, err)
		if total != 0 || len(list) != 0 {
			t.Errorf("the directory lists %+v", list)
		}
	})
}
