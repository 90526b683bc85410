package pdf

import (
	"io"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

// vietnamese holds every letter of the Vietnamese alphabet with every tone
// mark, in both cases, and the signs the reports use.
const vietnamese = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
	"AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ" +
	"0123456789≥≤%/-–—“”‘’…;:,.!?()*"

func TestEveryFaceDrawsVietnamese(t *testing.T) {
	all := map[style]bool{{}: true, {Bold: true}: true, {Italic: true}: true, {Bold: true, Italic: true}: true}
	fs, err := loadFonts(all)
	if err != nil {
		t.Fatal(err)
	}
	for st := range all {
		if miss := fs.missing(vietnamese, st, map[rune]bool{}); len(miss) > 0 {
			t.Errorf("face %q lacks %q", st.fontStyle(), string(miss))
		}
		if fs.width("≥", st, 10) <= 0 {
			t.Errorf("face %q: ≥ has no width", st.fontStyle())
		}
	}
}

func TestDecomposedTextIsComposedBeforeDrawing(t *testing.T) {
	decomposed := "Vie\u0323\u0302t Nam" // ệ as e + dot below + circumflex
	if got := clean(decomposed); got != "Việt Nam" {
		t.Errorf("clean(%q) = %q", decomposed, got)
	}
}

func TestWriteRefusesCharactersTheFontCannotDraw(t *testing.T) {
	m := reporttest.Seed()
	m.Body = append(m.Body, report.Block{Kind: report.Paragraph, Runs: []report.Run{{Text: "Hoàn thành 🎉 sớm"}}})
	err := Write(io.Discard, m)
	if err == nil || !strings.Contains(err.Error(), "U+1F389") {
		t.Fatalf("Write = %v, want an error naming U+1F389", err)
	}
}
