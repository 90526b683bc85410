package domain_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"golang.org/x/text/unicode/norm"
)

// decomposed returns s in form D: base letters followed by combining marks, as
// some keyboards and macOS file names write Vietnamese.
func decomposed(s string) string { return norm.NFD.String(s) }

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"strips accents and lowers case", "Xuân Hưng", "xuan hung"},
		{"đ and Đ become d", "ĐẢNG ỦY", "dang uy"},
		{"lower-case đ", "đảng ủy", "dang uy"},
		{"horn letters ư ơ", "Ưu tiên phương thức mới", "uu tien phuong thuc moi"},
		{"decomposed input folds like precomposed", decomposed("Xuân Hưng"), "xuan hung"},
		{"decomposed Đ with accents", decomposed("Đảng ủy"), "dang uy"},
		{"spaces collapsed and trimmed", "  Xuân \t  Hưng\n", "xuan hung"},
		{"punctuation kept", "VP HĐND - UBND", "vp hdnd - ubnd"},
		{"already folded is unchanged", "xuan hung", "xuan hung"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := domain.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNFC(t *testing.T) {
	precomposed := "Hưng"
	nfd := decomposed(precomposed)
	if nfd == precomposed {
		t.Fatal("test setup: decomposed form should differ")
	}
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"decomposed becomes precomposed", nfd, precomposed},
		{"decomposed with several marks", decomposed("Xuân Hưng, Ninh Bình"), "Xuân Hưng, Ninh Bình"},
		{"precomposed is unchanged", precomposed, precomposed},
		{"surrounding space trimmed", "  Hưng\n\t", precomposed},
		{"decomposed and padded", " " + nfd + " ", precomposed},
		{"inner spaces kept", "Xuân  Hưng", "Xuân  Hưng"},
		{"empty", "   ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := domain.NFC(tt.in)
			if got != tt.want {
				t.Errorf("NFC(%q) = %q (% x), want %q (% x)", tt.in, got, got, tt.want, tt.want)
			}
		})
	}
}

func TestCollatorSortsVietnameseAlphabet(t *testing.T) {
	tests := []struct {
		name string
		want []string // in Vietnamese order
	}{
		{
			name: "one word per letter: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y",
			want: []string{"An", "Ăn", "Âu", "Bình", "Cúc", "Dung", "Đông", "Em", "Ênh", "Giang", "Hà", "Ích", "Kiên", "Lan", "Minh", "Nam", "Oanh", "Ôn", "Ơn", "Phúc", "Quý", "Ry", "Sơn", "Tâm", "Uyên", "Ưng", "Vũ", "Xuân", "Yến"},
		},
		{
			name: "Dương before Đông: d comes before đ whatever follows",
			want: []string{"Dung", "Duy", "Dương", "Đa", "Đông"},
		},
		{
			name: "u before ư in the second letter",
			want: []string{"Hùng", "Hưng", "Hương"},
		},
		{
			name: "o ô ơ in the second letter",
			want: []string{"Tod", "Tôn", "Tơ"},
		},
		{
			name: "tones after letters: ngang, huyền, hỏi, ngã, sắc, nặng",
			want: []string{"Ha", "Hà", "Hả", "Hã", "Há", "Hạ"},
		},
		{
			name: "a letter outranks a tone: Hạ before Hai",
			want: []string{"Hạ", "Hai", "Hàm"},
		},
		{
			name: "commune names",
			want: []string{"Ninh Bình", "Thọ Nghiệp", "Trà Lũ", "Xuân Hưng", "Xuân Vinh"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.want)
			slices.Reverse(got)
			got[0], got[len(got)/2] = got[len(got)/2], got[0]
			domain.NewCollator().SortStrings(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sorted = %v\nwant     %v", got, tt.want)
			}
		})
	}
}

func TestCollatorComparesDecomposedLikePrecomposed(t *testing.T) {
	c := domain.NewCollator()
	if got := c.CompareString(decomposed("Đông"), "Đông"); got != 0 {
		t.Errorf("Compare(decomposed Đông, Đông) = %d, want 0", got)
	}
	if got := c.CompareString(decomposed("Đông"), "Dương"); got != 1 {
		t.Errorf("Compare(decomposed Đông, Dương) = %d, want 1 (after)", got)
	}
}

func TestCheckTextRefusesWhatCannotBeKept(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		multiline bool
		ok        bool
	}{
		{"Vietnamese with diacritics", "Xuân Hưng — “đạt” 95 %", false, true},
		{"a tab", "a\tb", false, true},
		{"line breaks in a multi-line text", "dòng 1\r\ndòng 2\n", true, true},
		{"a line break in a one-line text", "dòng 1\ndòng 2", false, false},
		{"NUL", "a\x00b", true, false},
		{"a bell", "a\x07b", true, false},
		{"a C1 control", "a\u0085b", true, false},
		{"a line separator", "a\u2028b", true, false},
		{"invalid UTF-8", "a\xffb", true, false},
		{"an emoji is text", "👍", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := domain.CheckText(tt.in, tt.multiline)
			if (got == "") != tt.ok {
				t.Errorf("CheckText(%q, %v) = %q, want ok=%v", tt.in, tt.multiline, got, tt.ok)
			}
		})
	}
}

func TestCleanTextNamesTheFieldAndNormalises(t *testing.T) {
	got, err := domain.CleanText("note", "  Hu\u031bng\r\nmới ", true)
	if err != nil || got != "Hưng\nmới" {
		t.Errorf("CleanText = %q, %v", got, err)
	}
	_, err = domain.CleanText("note", "a\x00", true)
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Invalid || len(de.Problems) != 1 || de.Problems[0].Field != "note" {
		t.Errorf("CleanText with NUL = %v, want Invalid naming note", err)
	}
}
