package storage

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestOrgRoundTripAndUpsertByCode(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		got, err := s.OrgByCode(ctx, "xuan-hung")
		must(t, err)
		if got != org {
			t.Errorf("OrgByCode = %+v, want %+v", got, org)
		}

		again := domain.Org{Code: "xuan-hung", Name: "Xuân Hưng (mới)", ParentID: org.ParentID,
			Level: domain.LevelCommune, Type: domain.TypePhuong}
		must(t, s.SaveOrg(ctx, &again))
		if again.ID != org.ID {
			t.Errorf("saving the same code again gave id %d, want %d", again.ID, org.ID)
		}
		got, err = s.OrgByID(ctx, org.ID)
		must(t, err)
		if got != again {
			t.Errorf("OrgByID after update = %+v, want %+v", got, again)
		}
	})
}

func TestOrgsListsChildrenInVietnameseOrder(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		province := domain.Org{Code: "ninh-binh", Name: "Ninh Bình", Level: domain.LevelProvince}
		must(t, s.SaveOrg(ctx, &province))
		// Byte order would put "Yên" before "Ân" and "Đông" last.
		for _, name := range []string{"Yên Mô", "Đông Sơn", "Ân Thi", "Dân Tiến", "An Khánh", "Bình Minh"} {
			o := domain.Org{ParentID: province.ID, Code: domain.Fold(name), Name: name, Level: domain.LevelCommune}
			must(t, s.SaveOrg(ctx, &o))
		}
		children, err := s.Orgs(ctx, province.ID)
		must(t, err)
		assertNames(t, children, "An Khánh", "Ân Thi", "Bình Minh", "Dân Tiến", "Đông Sơn", "Yên Mô")

		top, err := s.Orgs(ctx, 0)
		must(t, err)
		assertNames(t, top, "Ninh Bình")
	})
}

func assertNames(t *testing.T, orgs []domain.Org, want ...string) {
	t.Helper()
	var got []string
	for _, o := range orgs {
		got = append(got, o.Name)
	}
	if len(got) != len(want) {
		t.Fatalf("names = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("names = %q, want %q", got, want)
		}
	}
}

func TestOrgNotFound(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		_, err := s.OrgByCode(t.Context(), "xyz")
		wantCode(t, err, domain.NotFound)
		// The message reaches the person as it is, without English context.
		if want := `không có đơn vị (tổ chức) mã "xyz"`; err.Error() != want {
			t.Errorf("message = %q, want %q", err, want)
		}
		_, err = s.OrgByID(t.Context(), 999)
		wantCode(t, err, domain.NotFound)
	})
}

func TestSaveOrgRejectsBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		org   domain.Org
		field string
	}{
		{"empty code", domain.Org{Name: "Xuân Hưng"}, "code"},
		{"empty name", domain.Org{Code: "xuan-hung"}, "name"},
		{"unknown level", domain.Org{Code: "x", Name: "X", Level: "district"}, "level"},
		{"missing parent", domain.Org{Code: "x", Name: "X", ParentID: 999}, "org"},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				err := s.SaveOrg(t.Context(), &tt.org)
				wantProblem(t, err, tt.field)
			})
		}
		if orgs, _ := s.Orgs(t.Context(), 0); len(orgs) != 0 {
			t.Errorf("rejected orgs were stored: %+v", orgs)
		}
	})
}

func TestUnitsRoundTripInVietnameseOrder(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		got, err := s.Units(ctx, org.ID)
		must(t, err)
		want := []domain.Unit{units[2], units[1], units[0]} // Phòng Kinh tế, Phòng Văn hóa, Văn phòng
		if len(got) != len(want) {
			t.Fatalf("Units = %+v, want %+v", got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("Units[%d] = %+v, want %+v", i, got[i], want[i])
			}
		}

		renamed := domain.Unit{OrgID: org.ID, Code: "kt", Name: "Phòng Kinh tế - Hạ tầng", ShortName: "Phòng KT-HT"}
		must(t, s.SaveUnit(ctx, &renamed))
		if renamed.ID != units[2].ID {
			t.Errorf("saving the same unit code gave id %d, want %d", renamed.ID, units[2].ID)
		}
		wantProblem(t, s.SaveUnit(ctx, &domain.Unit{OrgID: org.ID, Name: "Không mã"}), "code")
		wantProblem(t, s.SaveUnit(ctx, &domain.Unit{OrgID: 999, Code: "x", Name: "X"}), "org")
	})
}
