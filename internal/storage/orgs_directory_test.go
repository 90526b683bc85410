package storage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestCommunesAreSearchedWithoutAccents(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		for _, o := range []domain.Org{
			{ParentID: org.ParentID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa},
			{ParentID: org.ParentID, Code: "nam-dinh", Name: "Nam Định", Level: domain.LevelCommune, Type: domain.TypePhuong},
			{Code: "ha-noi", Name: "Hà Nội", Level: domain.LevelProvince},
			{Code: "a_b", Name: "100% số", Level: domain.LevelCommune, Type: domain.TypeDacKhu},
		} {
			must(t, s.SaveOrg(ctx, &o))
		}
		cases := []struct {
			query string
			limit int
			want  string
			total int
		}{
			{"", 0, "[100% số Nam Định Xuân Hòa Xuân Hưng]", 4},
			{"xuan", 0, "[Xuân Hòa Xuân Hưng]", 2},
			{"  XUÂN   hòa ", 0, "[Xuân Hòa]", 1},
			{"ninh binh", 0, "[Nam Định Xuân Hòa Xuân Hưng]", 3}, // the province's name
			{"nam-dinh", 0, "[Nam Định]", 1},                     // the code
			{"%", 0, "[100% số]", 1},                             // a wildcard is a character
			{"_", 0, "[100% số]", 1},
			{"hà nội", 0, "[]", 0}, // a province is not a commune
			{"", 2, "[100% số Nam Định]", 4},
		}
		for _, c := range cases {
			got, total, err := s.Communes(ctx, c.query, c.limit)
			must(t, err)
			var names []string
			for _, o := range got {
				names = append(names, o.Name)
			}
			if fmt.Sprint("[", strings.Join(names, " "), "]") != c.want || total != c.total {
				t.Errorf("Communes(%q, %d) = %v (%d in all), want %s (%d)", c.query, c.limit, names, total, c.want, c.total)
			}
		}
	})
}
