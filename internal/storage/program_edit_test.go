package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var editedAt = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

func TestVersionedEditsRefuseAnOlderVersion(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(ctx, &p))

		header := p
		header.Title, header.ChangedBy, header.ChangedAt = "Tên mới", "lanhdao", editedAt
		if ok, err := s.UpdateProgramHeader(ctx, &header); !ok || err != nil || header.Version != 2 {
			t.Fatalf("first header edit: %v %v, version %d", ok, err, header.Version)
		}
		stale := p // still at version 1
		stale.Title = "Tên cũ hơn"
		if ok, err := s.UpdateProgramHeader(ctx, &stale); ok || err != nil || stale.Version != 1 {
			t.Errorf("an edit against version 1 went through: %v %v", ok, err)
		}
		got, err := s.Program(ctx, p.ID)
		must(t, err)
		if got.Title != "Tên mới" || got.Version != 2 || got.ChangedBy != "lanhdao" || !got.ChangedAt.Equal(editedAt) {
			t.Errorf("header after edits: %q v%d by %q at %v", got.Title, got.Version, got.ChangedBy, got.ChangedAt)
		}

		g := got.Groups[0]
		g.Name, g.ChangedBy = "Hạ tầng số", "quantri"
		if ok, err := s.RenameGroup(ctx, &g); !ok || err != nil {
			t.Fatalf("rename group: %v %v", ok, err)
		}
		old := got.Groups[0]
		old.Name = "Tên khác"
		if ok, _ := s.RenameGroup(ctx, &old); ok {
			t.Error("a rename against an older version went through")
		}

		c := got.Groups[0].Criteria[0]
		c.Text, c.Targets, c.ChangedBy = "Phủ sóng 5G ≥ 97%", []domain.Target{{Comparator: domain.AtLeast, Threshold: 97, Unit: "%"}}, "quantri"
		c.Roles.Lead = domain.Role{Text: "VPĐU", UnitIDs: []int64{units[0].ID}}
		if ok, err := s.UpdateCriterion(ctx, &c); !ok || err != nil || c.Version != 2 {
			t.Fatalf("update criterion: %v %v v%d", ok, err, c.Version)
		}
		older := got.Groups[0].Criteria[0]
		older.Text = "Ghi đè"
		if ok, _ := s.UpdateCriterion(ctx, &older); ok {
			t.Error("a criterion edit against an older version went through")
		}
		after, err := s.Program(ctx, p.ID)
		must(t, err)
		saved := after.Groups[0].Criteria[0]
		if saved.Text != c.Text || !reflect.DeepEqual(saved.Targets, c.Targets) || !reflect.DeepEqual(saved.Roles.Lead, c.Roles.Lead) ||
			saved.Version != 2 || saved.ChangedBy != "quantri" || after.Groups[0].Name != "Hạ tầng số" {
			t.Errorf("after edits: %+v in %+v", saved, after.Groups[0])
		}
	})
}

func TestGroupsAndCriteriaAreAddedOneByOne(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(ctx, &p))

		g := domain.Group{Numeral: "III", Name: "Chính quyền số", ChangedBy: "quantri", ChangedAt: editedAt}
		must(t, s.AddGroup(ctx, p.ID, &g))
		if g.ID == 0 || g.Position != 3 || g.Version != 1 {
			t.Errorf("added group %+v", g)
		}
		wantCode(t, s.AddGroup(ctx, p.ID, &domain.Group{Numeral: "III", Name: "Trùng"}), domain.Conflict)

		c := domain.Criterion{Text: "Dịch vụ công trực tuyến toàn trình", ChangedBy: "quantri", ChangedAt: editedAt,
			Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 80, Unit: "%"}}}
		must(t, s.AddCriterion(ctx, g.ID, &c))
		second := domain.Criterion{Text: "Thứ hai"}
		must(t, s.AddCriterion(ctx, g.ID, &second))
		if c.Number != 1 || second.Number != 2 || c.Position != 5 || second.Position != 6 {
			t.Errorf("numbers %d %d, positions %d %d", c.Number, second.Number, c.Position, second.Position)
		}
		got, err := s.Program(ctx, p.ID)
		must(t, err)
		if n := len(got.Groups[2].Criteria); n != 2 || got.Groups[2].Criteria[0].Text != c.Text {
			t.Fatalf("group III holds %+v", got.Groups[2].Criteria)
		}

		wantCode(t, s.DeleteGroup(ctx, g.ID), domain.Conflict)
		empty := domain.Group{Numeral: "IV", Name: "Trống"}
		must(t, s.AddGroup(ctx, p.ID, &empty))
		must(t, s.DeleteGroup(ctx, empty.ID))
		if got, _ := s.Program(ctx, p.ID); len(got.Groups) != 3 {
			t.Errorf("after deleting the empty group: %d groups", len(got.Groups))
		}
	})
}

func TestCreateProgramRefusesATakenNumber(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		p := domain.Program{OrgID: org.ID, Number: "05-CTr/ĐU", Year: 2026, ChangedBy: "quantri", ChangedAt: editedAt}
		must(t, s.CreateProgram(ctx, &p))
		if p.ID == 0 || p.Version != 1 {
			t.Errorf("created %+v", p)
		}
		again := domain.Program{OrgID: org.ID, Number: "05-CTr/ĐU", Year: 2027, Title: "Ghi đè"}
		wantCode(t, s.CreateProgram(ctx, &again), domain.Conflict)
		if got, _ := s.Program(ctx, p.ID); got.Year != 2026 || got.ChangedBy != "quantri" {
			t.Errorf("a refused create changed the program: %+v", got)
		}
	})
}

// An import that changes one criterion gives that one a new version and
// leaves the others at theirs, so that forms open on them stay valid.
func TestSaveProgramVersionsOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(ctx, &p))

		next := demoProgram(org, units)
		next.Groups[1].Criteria[1].Text = "Số người được tập huấn"
		next.Groups[0].Criteria[1].Roles.Lead = domain.Role{Text: "VPĐU", UnitIDs: []int64{units[0].ID}}
		next.ChangedBy, next.ChangedAt = "dòng lệnh (root)", editedAt
		must(t, s.SaveProgram(ctx, &next))
		got, err := s.Program(ctx, p.ID)
		must(t, err)
		if !reflect.DeepEqual(got, next) {
			t.Errorf("SaveProgram's versions differ from the stored ones:\n got %+v\nwant %+v", next, got)
		}
		versions := map[string]int64{}
		for _, g := range got.Groups {
			for _, c := range g.Criteria {
				versions[domain.CriterionKey(g, c)] = c.Version
			}
		}
		want := map[string]int64{"I.1": 1, "I.2": 2, "II.1": 1, "II.2": 2}
		if !reflect.DeepEqual(versions, want) || got.Version != 1 || got.Groups[0].Version != 1 {
			t.Errorf("versions %v (header %d), want %v", versions, got.Version, want)
		}
		if c := got.Groups[1].Criteria[1]; c.ChangedBy != "dòng lệnh (root)" || !c.ChangedAt.Equal(editedAt) {
			t.Errorf("changed criterion stamped %q %v", c.ChangedBy, c.ChangedAt)
		}
	})
}

func TestRoleLinksAreMatchedAgain(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		p := demoProgram(org, units)
		must(t, s.SaveProgram(ctx, &p))
		links, err := s.RoleLinks(ctx, org.ID)
		must(t, err)
		// I.1 has three roles with words, II.1 one.
		if len(links) != 4 {
			t.Fatalf("links %+v", links)
		}
		lead := p.Groups[0].Criteria[0].ID
		var found bool
		for _, l := range links {
			if l.CriterionID == lead && l.Role == "lead" {
				found = reflect.DeepEqual(l.UnitIDs, []int64{units[1].ID, units[2].ID}) && l.Text == "Phòng VH-XH; Phòng Kinh tế"
			}
		}
		if !found {
			t.Errorf("lead role of I.1 not listed right: %+v", links)
		}
		must(t, s.SetRoleUnits(ctx, domain.RoleLink{CriterionID: lead, Role: "lead", UnitIDs: []int64{units[2].ID}}))
		got, err := s.Program(ctx, p.ID)
		must(t, err)
		if r := got.Groups[0].Criteria[0].Roles.Lead; r.Text != "Phòng VH-XH; Phòng Kinh tế" || !reflect.DeepEqual(r.UnitIDs, []int64{units[2].ID}) {
			t.Errorf("lead after relinking %+v", r)
		}
		if err := s.SetRoleUnits(ctx, domain.RoleLink{CriterionID: lead, Role: "chief"}); err == nil {
			t.Error("an unknown role was accepted")
		}
	})
}

func TestRenameUnitChecksTheVersionAndTheOrganisation(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		u, err := s.UnitOfOrg(ctx, org.ID, units[1].ID)
		must(t, err)
		if _, err := s.UnitOfOrg(ctx, org.ID+99, units[1].ID); !domain.IsNotFound(err) {
			t.Errorf("a unit of another organisation: %v", err)
		}
		first := u
		first.Name, first.ChangedBy, first.ChangedAt = "Phòng Văn hóa và Xã hội", "quantri", editedAt
		if ok, err := s.RenameUnit(ctx, &first); !ok || err != nil || first.Version != 2 {
			t.Fatalf("rename: %v %v v%d", ok, err, first.Version)
		}
		second := u
		second.Name = "Tên khác"
		if ok, _ := s.RenameUnit(ctx, &second); ok {
			t.Error("a rename against an older version went through")
		}
		got, err := s.UnitOfOrg(ctx, org.ID, u.ID)
		must(t, err)
		if got.Name != first.Name || got.Version != 2 || got.ChangedBy != "quantri" || !got.ChangedAt.Equal(editedAt) {
			t.Errorf("after renames %+v", got)
		}
	})
}
