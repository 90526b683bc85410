package orgs

import (
	"context"
	"slices"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/usecase"
)

// A renamed unit keeps the criteria whose words named its old name, and
// keeps them through what comes after: adding another unit, editing the
// criterion's text, importing the program again. Only a change of the
// role's own words links it afresh. (Before, each of these matched every
// role's words again and dropped the renamed unit's criteria.)
func TestARenamedUnitKeepsItsCriteria(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		admin := f.as("quantri")
		progs := programs.New(usecase.NewEnv(f.store, demotest.Now))
		vhxh, err := f.store.UnitOfOrg(ctx, f.org.ID, unitID(t, f, "vh-xh"))
		must(t, err)
		id := f.withLead("Phòng VH-XH")
		_, err = f.svc.RenameUnit(ctx, admin, vhxh.ID, UnitInput{Name: "Phòng Văn hóa, Thông tin và Thể thao", ShortName: "Phòng VHTTTT", Version: vhxh.Version})
		must(t, err)
		want := []int64{vhxh.ID}
		if !slices.Equal(f.leadOf(id), want) {
			t.Fatalf("after the rename: lead %v", f.leadOf(id))
		}

		if _, err := f.svc.AddUnit(ctx, admin, UnitInput{Code: "tu-phap", Name: "Phòng Tư pháp"}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(f.leadOf(id), want) {
			t.Errorf("after adding another unit: lead %v, want %v", f.leadOf(id), want)
		}

		draft, err := progs.EditCriterion(ctx, admin, id)
		must(t, err)
		c := draft.Criterion
		_, err = progs.UpdateCriterion(ctx, admin, id, programs.CriterionInput{GroupID: draft.Group.ID, Text: c.Text + " (sửa chữ)",
			Targets: domain.FormatTargets(c.Targets), Lead: c.Roles.Lead.Text, Version: c.Version})
		must(t, err)
		if !slices.Equal(f.leadOf(id), want) {
			t.Errorf("after editing the criterion's text: lead %v, want %v", f.leadOf(id), want)
		}

		book, err := progs.ExportByNumber(ctx, admin, "02-CTr/BCĐ")
		must(t, err)
		res, err := progs.Import(ctx, admin, book.Data)
		must(t, err)
		if len(res.Changes) != 0 || !slices.Equal(f.leadOf(id), want) {
			t.Errorf("after importing the program again: changes %v, lead %v, want %v", res.Changes, f.leadOf(id), want)
		}

		draft, err = progs.EditCriterion(ctx, admin, id)
		must(t, err)
		c = draft.Criterion
		_, err = progs.UpdateCriterion(ctx, admin, id, programs.CriterionInput{GroupID: draft.Group.ID, Text: c.Text,
			Targets: domain.FormatTargets(c.Targets), Lead: "Phòng Tư pháp", Version: c.Version})
		must(t, err)
		if got := f.leadOf(id); len(got) != 1 || got[0] == vhxh.ID {
			t.Errorf("after the role's words changed: lead %v, want Phòng Tư pháp alone", got)
		}
	})
}
