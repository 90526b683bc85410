package domain_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func cloneSource() (domain.Program, []domain.Unit) {
	units := []domain.Unit{{ID: 1, Code: "vpdu"}, {ID: 2, Code: "vh-xh"}, {ID: 3, Code: "th-xuan-vinh"}}
	p := domain.Program{
		ID: 7, OrgID: 1, Number: "02-CTr/BCĐ", Date: domain.Date(2026, time.February, 4), IssuingBody: "Ban chỉ đạo xã Xuân Hưng",
		Title: "Chương trình công tác năm 2026", Year: 2026, Version: 3, ChangedBy: "Nguyễn Văn Quản", ChangedAt: time.Date(2026, 3, 1, 2, 0, 0, 0, time.UTC),
		Groups: []domain.Group{{
			ID: 11, Numeral: "I", Name: "Phát triển hạ tầng", Position: 1, Version: 2,
			Criteria: []domain.Criterion{{
				ID: 21, Number: 1, Text: "Tỷ lệ phủ sóng 5G", Position: 1, Version: 4, ChangedBy: "x",
				Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}},
				Roles: domain.Roles{
					Monitoring:   domain.Role{Text: "VPĐU; Phòng VH-XH", UnitIDs: []int64{1, 2}},
					Lead:         domain.Role{Text: "Trường TH Xuân Vinh", UnitIDs: []int64{3}},
					Coordinating: domain.Role{Text: "Các thôn, xóm"},
				},
			}},
		}},
	}
	return p, units
}

// A clone is the same program for another organisation, linked to its
// units of the same code, and not stored yet.
func TestCloneForLinksTheUnitsOfTheSameCode(t *testing.T) {
	t.Parallel()
	p, from := cloneSource()
	to := []domain.Unit{{ID: 52, Code: "vh-xh"}, {ID: 51, Code: "vpdu"}, {ID: 53, Code: "th-gia-vien"}}
	got := p.CloneFor(9, from, to)
	if got.ID != 0 || got.OrgID != 9 || got.Version != 0 || got.ChangedBy != "" || !got.ChangedAt.IsZero() {
		t.Errorf("the clone's header is %+v: want no ID, version or author, and the new organisation", got)
	}
	if got.Number != p.Number || !got.Date.Equal(p.Date) || got.IssuingBody != p.IssuingBody || got.Title != p.Title || got.Year != p.Year {
		t.Errorf("the clone's header %+v differs from the program's", got)
	}
	g, c := got.Groups[0], got.Groups[0].Criteria[0]
	if g.ID != 0 || g.Version != 0 || g.Numeral != "I" || g.Name != "Phát triển hạ tầng" || g.Position != 1 {
		t.Errorf("the clone's group is %+v", g)
	}
	if c.ID != 0 || c.Version != 0 || c.ChangedBy != "" || c.Number != 1 || c.Text != "Tỷ lệ phủ sóng 5G" || !reflect.DeepEqual(c.Targets, p.Groups[0].Criteria[0].Targets) {
		t.Errorf("the clone's criterion is %+v", c)
	}
	want := domain.Roles{
		Monitoring:   domain.Role{Text: "VPĐU; Phòng VH-XH", UnitIDs: []int64{51, 52}},
		Lead:         domain.Role{Text: "Trường TH Xuân Vinh"},
		Coordinating: domain.Role{Text: "Các thôn, xóm"},
	}
	if !reflect.DeepEqual(c.Roles, want) {
		t.Errorf("the clone's roles are %+v, want %+v (a unit the organisation lacks is left out, its words kept)", c.Roles, want)
	}
}

// Changing the clone leaves the program as it was.
func TestCloneForSharesNothingWithTheProgram(t *testing.T) {
	t.Parallel()
	p, from := cloneSource()
	got := p.CloneFor(9, from, from)
	got.Groups[0].Name = "khác"
	got.Groups[0].Criteria[0].Text = "khác"
	got.Groups[0].Criteria[0].Targets[0].Threshold = 1
	got.Groups[0].Criteria[0].Roles.Monitoring.UnitIDs[0] = 99
	again, _ := cloneSource()
	if !reflect.DeepEqual(p, again) {
		t.Errorf("changing the clone changed the program: %+v", p)
	}
}
