package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// commune stores the demo commune under its province, with three units, and
// returns the commune and its units.
func commune(t *testing.T, s *Store) (domain.Org, []domain.Unit) {
	t.Helper()
	ctx := t.Context()
	province := domain.Org{Code: "ninh-binh", OfficialCode: "37", Name: "Ninh Bình", Level: domain.LevelProvince}
	must(t, s.SaveOrg(ctx, &province))
	org := domain.Org{ParentID: province.ID, Code: "xuan-hung", OfficialCode: "14431", Name: "Xuân Hưng",
		Level: domain.LevelCommune, Type: domain.TypeXa}
	must(t, s.SaveOrg(ctx, &org))
	units := []domain.Unit{
		{OrgID: org.ID, Code: "vpdu", Name: "Văn phòng Đảng ủy", ShortName: "VPĐU"},
		{OrgID: org.ID, Code: "vh-xh", Name: "Phòng Văn hóa - Xã hội", ShortName: "Phòng VH-XH"},
		{OrgID: org.ID, Code: "kt", Name: "Phòng Kinh tế", ShortName: "Phòng Kinh tế"},
	}
	for i := range units {
		must(t, s.SaveUnit(ctx, &units[i]))
	}
	return org, units
}

// demoProgram builds a program of two groups and four criteria: one with two
// targets and roles naming units, one qualitative, one with a target range.
func demoProgram(org domain.Org, units []domain.Unit) domain.Program {
	return domain.Program{
		OrgID:       org.ID,
		Number:      "02-CTr/BCĐ",
		Date:        domain.Date(2026, time.February, 4),
		IssuingBody: "Ban chỉ đạo chuyển đổi số xã Xuân Hưng",
		Title:       "Chương trình công tác năm 2026",
		Year:        2026,
		Groups: []domain.Group{
			{Numeral: "I", Name: "Phát triển hạ tầng số", Criteria: []domain.Criterion{
				{Number: 1, Text: "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%",
					Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}},
					Roles: domain.Roles{
						Monitoring:   domain.Role{Text: "Phòng Kinh tế", UnitIDs: []int64{units[2].ID}},
						Lead:         domain.Role{Text: "Phòng VH-XH; Phòng Kinh tế", UnitIDs: []int64{units[1].ID, units[2].ID}},
						Coordinating: domain.Role{Text: "Các cơ quan, đơn vị liên quan"},
					}},
				{Number: 2, Text: "Ban hành kế hoạch chuyển đổi số"},
			}},
			{Numeral: "II", Name: "Nhân lực số", Criteria: []domain.Criterion{
				{Number: 1, Text: "100% giáo viên và ≥ 65% học sinh có kỹ năng số cơ bản",
					Targets: []domain.Target{
						{Comparator: domain.Equal, Threshold: 100, Unit: "%", Label: "giáo viên"},
						{Comparator: domain.AtLeast, Threshold: 65, Unit: "%", Label: "học sinh"},
					},
					Roles: domain.Roles{Lead: domain.Role{Text: "Văn phòng Đảng ủy", UnitIDs: []int64{units[0].ID}}}},
				{Number: 2, Text: "Số người được tập huấn từ 80 đến 90",
					Targets: []domain.Target{{Comparator: domain.Between, Threshold: 80, Upper: 90, Unit: "người"}}},
			}},
		},
	}
}

// criterion returns the criterion numbered numeral.number in p.
func criterion(t *testing.T, p domain.Program, numeral string, number int) domain.Criterion {
	t.Helper()
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			if g.Numeral == numeral && c.Number == number {
				return c
			}
		}
	}
	t.Fatalf("program has no criterion %s.%d", numeral, number)
	return domain.Criterion{}
}
