package orgs

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// A unit added after the program names it in words is linked to those
// criteria at once, in the same save: its staff see them. (Before, such a
// unit was linked to nothing and its staff saw 0 criteria.)
func TestAddingAUnitLinksTheCriteriaThatNameIt(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		id := f.withLead("Phòng Tư pháp; Các cơ quan, đơn vị liên quan")
		saved, err := f.svc.AddUnit(ctx, f.as("quantri"), UnitInput{Code: "tu-phap", Name: "Phòng Tư pháp - Hộ tịch", ShortName: "Phòng Tư pháp"})
		must(t, err)
		if saved.Relinked != 1 || !slices.Equal(f.leadOf(id), []int64{saved.Unit.ID}) {
			t.Fatalf("after adding the unit: relinked %d, lead %v", saved.Relinked, f.leadOf(id))
		}
		o, err := f.svc.Overview(ctx, f.as("xem"))
		must(t, err)
		for _, row := range o.Units {
			if row.ID == saved.Unit.ID && row.Use.LeadCriteria != 1 {
				t.Errorf("the new unit leads %d criteria on the units screen", row.Use.LeadCriteria)
			}
		}
		log, err := f.store.AuditLog(ctx, f.org.ID, 1, 0)
		must(t, err)
		if log[0].Action != "unit.add" || !strings.Contains(log[0].After, `"Code":"tu-phap"`) || log[0].UserName != "quantri" {
			t.Errorf("audit %+v", log[0])
		}
	})
}

// Renaming a unit links the criteria that name its new name, and keeps
// those it had: its staff do not lose their criteria to a corrected name.
func TestRenamingAUnitLinksItsNewNameAndKeepsItsCriteria(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		units, err := f.svc.Units(ctx, f.as("xem"))
		must(t, err)
		var vhxh domain.Unit
		for _, u := range units {
			if u.Code == "vh-xh" {
				vhxh = u
			}
		}
		old := f.withLead("Phòng VH-XH")
		renamed := f.withLead("Phòng Văn hóa, Thông tin và Thể thao")
		saved, err := f.svc.RenameUnit(ctx, f.as("quantri"), vhxh.ID, UnitInput{Name: "Phòng Văn hóa, Thông tin và Thể thao", ShortName: "Phòng VHTTTT", Version: vhxh.Version})
		must(t, err)
		if saved.Relinked != 1 || !slices.Equal(f.leadOf(renamed), []int64{vhxh.ID}) || !slices.Equal(f.leadOf(old), []int64{vhxh.ID}) {
			t.Errorf("after the rename: relinked %d, leads %v and %v", saved.Relinked, f.leadOf(old), f.leadOf(renamed))
		}
	})
}

func TestConcurrentUnitRenamesOneWins(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		u, err := f.store.UnitOfOrg(ctx, f.org.ID, unitID(t, f, "kinh-te"))
		must(t, err)
		admin := f.as("quantri")
		names := []string{"Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế - Hạ tầng - Đô thị"}
		errs := make([]error, 2)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range names {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[i] = f.svc.RenameUnit(ctx, admin, u.ID, UnitInput{Name: names[i], Version: u.Version})
			}()
		}
		close(start)
		wg.Wait()
		won := -1
		for i, err := range errs {
			var de *domain.Error
			switch {
			case err == nil:
				won = i
			case !errors.As(err, &de) || de.Code != domain.Stale || de.Current.Version != u.Version+1:
				t.Errorf("the second rename: %v", err)
			}
		}
		if won < 0 {
			t.Fatalf("no rename went through: %v", errs)
		}
		got, err := f.store.UnitOfOrg(ctx, f.org.ID, u.ID)
		must(t, err)
		if got.Name != names[won] || got.Version != u.Version+1 || !strings.Contains(errs[1-won].Error(), names[won]) {
			t.Errorf("unit %+v; refusal %v", got, errs[1-won])
		}
	})
}

func TestUnitInputIsChecked(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		admin := f.as("quantri")
		for _, c := range []struct {
			in    UnitInput
			field string
			words string
		}{
			{UnitInput{Name: "Phòng Tư pháp"}, "code", "Nhập mã"},
			{UnitInput{Code: "Tư-pháp", Name: "Phòng Tư pháp"}, "code", "chữ thường không dấu"},
			{UnitInput{Code: "VH-XH", Name: "Phòng Tư pháp"}, "code", "đã dùng cho Phòng Văn hóa - Xã hội"},
			{UnitInput{Code: "tu-phap"}, "name", "Nhập tên"},
			{UnitInput{Code: "tu-phap", Name: "Phòng", ShortName: strings.Repeat("a", 151)}, "short_name", "tối đa 150"},
		} {
			_, err := f.svc.AddUnit(ctx, admin, c.in)
			var de *domain.Error
			if !errors.As(err, &de) || de.Code != domain.Invalid || len(de.Problems) == 0 || de.Problems[0].Field != c.field || !strings.Contains(de.Problems[0].Message, c.words) {
				t.Errorf("%+v: %v", c.in, err)
			}
		}
		if _, err := f.svc.AddUnit(ctx, f.as("lanhdao"), UnitInput{Code: "tu-phap", Name: "Phòng Tư pháp"}); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a leader added a unit: %v", err)
		}
		if _, err := f.svc.RenameUnit(ctx, admin, 999999, UnitInput{Name: "X", Version: 1}); !domain.IsNotFound(err) {
			t.Errorf("an unknown unit: %v", err)
		}
	})
}
