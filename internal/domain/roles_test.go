package domain_test

import (
	"slices"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestMatchUnits(t *testing.T) {
	units := []domain.Unit{
		{ID: 1, Code: "vpdu", Name: "Văn phòng Đảng ủy", ShortName: "VPĐU"},
		{ID: 2, Code: "vp-hdnd-ubnd", Name: "Văn phòng HĐND - UBND", ShortName: "VP HĐND - UBND"},
		{ID: 3, Code: "vh-xh", Name: "Phòng Văn hóa - Xã hội", ShortName: "Phòng VH-XH"},
		{ID: 4, Code: "kt", Name: "Phòng Kinh tế", ShortName: ""},
		{ID: 5, Code: "ttpvhcc", Name: "Trung tâm Phục vụ hành chính công", ShortName: "TTPVHCC"},
	}
	tests := []struct {
		name string
		text string
		want []int64
	}{
		{"two short names separated by a semicolon", "VPĐU; VP HĐND - UBND", []int64{1, 2}},
		{"full name", "Văn phòng HĐND - UBND", []int64{2}},
		{"full name without accents or case", "van phong dang uy", []int64{1}},
		{"a group in words matches no unit", "Các cơ quan, đơn vị liên quan", nil},
		{"empty text", "", nil},
		{"short name inside a longer list", "Phòng VH-XH; Phòng Kinh tế; Các cơ quan, đơn vị liên quan", []int64{3, 4}},
		{"unit without a short name matches by name", "Phòng Kinh tế", []int64{4}},
		{"word boundary: VH-XH is not inside VH-XHX", "Phòng VH-XHX", nil},
		{"word boundary: a longer word that starts with the short name", "VPĐUX", nil},
		{"word boundary: a longer word that ends with the short name", "XVPĐU", nil},
		{"a short name followed by punctuation", "Chủ trì: VPĐU, phối hợp: TTPVHCC.", []int64{1, 5}},
		{"decomposed input", decomposed("Trung tâm Phục vụ hành chính công"), []int64{5}},
		{"ids in unit order, each once", "VP HĐND - UBND (Văn phòng HĐND - UBND); VPĐU", []int64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := domain.MatchUnits(tt.text, units); !slices.Equal(got, tt.want) {
				t.Errorf("MatchUnits(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
