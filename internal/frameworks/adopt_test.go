package frameworks_test

import (
	"context"
	"slices"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// The province's framework is stored with its keys at revision 1; the
// commune adopts it into a program of its own whose criteria keep the keys
// and whose roles are linked to the commune's own units; adopting twice is
// refused.
func TestAdoptMakesAKeyedProgramLinkedToTheCommunesUnits(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		fw := f.saved(t, framework())
		if fw.Revision != 1 || fw.ID == 0 {
			t.Fatalf("saved framework %d at revision %d", fw.ID, fw.Revision)
		}
		read, err := f.svc.Framework(ctx, f.province, fw.ID)
		must(t, err)
		if c, _, ok := byKey(read, "NL-02"); !ok || c.Text != "Tổ công nghệ số cộng đồng" {
			t.Errorf("the framework read back lacks NL-02: %+v", read.Groups)
		}

		p, err := f.svc.Adopt(ctx, f.commune, fw.ID)
		must(t, err)
		stored, err := f.Store.Program(ctx, p.ID)
		must(t, err)
		if stored.OrgID != f.xuanHoa.ID || stored.FrameworkID != fw.ID || stored.FrameworkVersion != 1 || stored.CriteriaCount() != 4 {
			t.Errorf("adopted program %+v", stored)
		}
		c, label, ok := byKey(stored, "HT-01")
		if !ok || label != "I.1" || domain.FormatTargets(c.Targets) != "≥ 90 %" {
			t.Errorf("HT-01 adopted as %s %+v", label, c)
		}
		if !slices.Equal(c.Roles.Lead.UnitIDs, []int64{f.vhxh.ID}) || c.Roles.Lead.Text != "Phòng VH-XH" {
			t.Errorf("HT-01's lead is %+v, want linked to the commune's Phòng VH-XH", c.Roles.Lead)
		}
		if _, err := f.svc.Adopt(ctx, f.commune, fw.ID); code(err) != domain.Conflict {
			t.Errorf("adopting twice: %v", err)
		}
		pend, err := f.svc.Changes(ctx, f.commune)
		must(t, err)
		if len(pend.Changes) != 0 || pend.Revision != 1 || pend.Adopted != 1 {
			t.Errorf("right after adopting, changes %v at %d/%d", pend.Changes, pend.Adopted, pend.Revision)
		}
	})
}

// A commune of another province cannot adopt Ninh Bình's framework nor see
// it; a province reads only its own; the commune's viewer cannot adopt.
func TestOnlyTheProvincesCommunesAdoptItsFramework(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		fw := f.saved(t, framework())
		if _, err := f.svc.Adopt(ctx, f.far, fw.ID); code(err) != domain.NotFound {
			t.Errorf("another province's commune adopting: %v", err)
		}
		if offered, err := f.svc.Offered(ctx, f.far); err != nil || len(offered) != 0 {
			t.Errorf("offered to another province's commune: %v %v", offered, err)
		}
		if offered, err := f.svc.Offered(ctx, f.commune); err != nil || len(offered) != 2 || offered[1].ID != fw.ID {
			t.Errorf("offered to Xuân Hưng: %v %v", offered, err)
		}
		if _, err := f.svc.Adopt(ctx, f.viewer, fw.ID); code(err) != domain.Forbidden {
			t.Errorf("a viewer adopting: %v", err)
		}
		if _, err := f.svc.Save(ctx, f.commune, framework()); code(err) != domain.Forbidden {
			t.Errorf("a commune saving a framework: %v", err)
		}
		if _, err := f.svc.Framework(ctx, f.commune, fw.ID); code(err) != domain.Forbidden {
			t.Errorf("a commune reading through the province's use case: %v", err)
		}
	})
}

// Every framework criterion needs a key, unique in the framework; a
// refused save stores nothing.
func TestFrameworkKeysAreRequiredAndUnique(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		fw := framework()
		fw.Groups[0].Criteria[1].FrameworkKey = ""
		fw.Groups[1].Criteria[1].FrameworkKey = "NL-01"
		_, err := f.svc.Save(ctx, f.province, fw)
		if code(err) != domain.Invalid || !hasField(err, "tiêu chí I.2") || !hasField(err, "tiêu chí II.2") {
			t.Errorf("missing and repeated keys: %v", err)
		}
		if n := f.frameworks(t); n != 1 {
			t.Errorf("a refused framework was stored: Ninh Bình has %d", n)
		}
	})
}

// The demo's Xuân Hưng has adopted Ninh Bình's demo framework: its program
// is keyed as the framework and has nothing to accept.
func TestTheDemoCommuneIsUpToDateWithTheDemoFramework(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		pend, err := f.svc.Changes(context.Background(), f.As("lanhdao"))
		must(t, err)
		if pend.Program.Number != "02-CTr/BCĐ" || pend.Framework.CriteriaCount() != 39 || pend.Revision != 1 || pend.Adopted != 1 || len(pend.Changes) != 0 {
			t.Errorf("Xuân Hưng: %s adopted at %d of %d (%d criteria), changes %v", pend.Program.Number, pend.Adopted, pend.Revision,
				pend.Framework.CriteriaCount(), pend.Changes)
		}
	})
}
