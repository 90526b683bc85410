package pdf

import (
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

func TestDrawableSubstitutesWhatTheFaceCannotDraw(t *testing.T) {
	fs, err := loadFonts(map[style]bool{{}: true, {Bold: true}: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{"Hoàn thành 🎉 sớm", "Hoàn thành □ sớm"},
		{"Đạt 👍🏽 rồi", "Đạt □ rồi"},          // the skin tone only shapes the emoji: one square
		{"Ổn ❤️", "Ổn □"},                    // the variation selector is dropped
		{"Hợp tác với 北京", "Hợp tác với □□"}, // one square per character
		{"chuông\x07báo", "chuông□báo"},      // a control character kept from old data
		{"Mã ＡＢＣ１２", "Mã ABC12"},             // full-width forms: the letters the font has
		{"Việt Nam ≥ 95%\nhai dòng", "Việt Nam ≥ 95%\nhai dòng"},
	} {
		want := tc.want
		for _, st := range []style{{}, {Bold: true}} {
			if got := fs.drawable(tc.in, st); got != want {
				t.Errorf("drawable(%q, %q) = %q, want %q", tc.in, st.fontStyle(), got, want)
			}
		}
	}
}

// TestWriteDrawsWhatTheFontCannot renders a report whose meeting, settings
// and table hold an emoji, Chinese characters and a control character in
// every face: the PDF is written, what the font has is drawn, and the rest
// shows as squares.
func TestWriteDrawsWhatTheFontCannot(t *testing.T) {
	needTool(t, "pdftotext")
	m := reporttest.Seed()
	m.Header.IssuingBody += " 🏛"
	m.Header.PlaceDate += " 東"
	m.Body = append(m.Body,
		report.Block{Kind: report.Heading, Runs: []report.Run{{Text: "Họp 📅 tổng kết"}}},
		report.Block{Kind: report.Paragraph, Runs: []report.Run{{Text: "Hoàn thành 🎉 sớm, "}, {Text: "hợp tác 北京", Italic: true},
			{Text: " chuông\x07báo", Bold: true, Italic: true}}})
	m.Footer.Signer += " ✍️"
	path, _ := render(t, m)
	text := textOf(t, path, 0, 0)
	for _, want := range []string{"Hoàn thành □ sớm", "hợp tác □□", "chuông□báo", "Họp □ tổng kết", "□"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF text lacks %q", want)
		}
	}
	for _, gone := range []string{"🎉", "北京", "📅"} {
		if strings.Contains(text, gone) {
			t.Errorf("the PDF claims to draw %q, which the font lacks", gone)
		}
	}
}

// missing lists, once each, the characters of s the face of st cannot draw.
func (fs fonts) missing(s string, st style, seen map[rune]bool) []rune {
	var out []rune
	m := fs.metrics(st)
	for _, r := range s {
		if r == '\n' || seen[r] || m.has(r) {
			continue
		}
		seen[r] = true
		out = append(out, r)
	}
	return out
}
