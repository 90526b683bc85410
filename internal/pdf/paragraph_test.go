package pdf

import (
	"math"
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

func testFonts(t testing.TB) fonts {
	t.Helper()
	fs, err := loadFonts(map[style]bool{{}: true, {Bold: true}: true})
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestBreakLinesFitsTheWidth(t *testing.T) {
	fs := testFonts(t)
	text := reporttest.Seed().Body[0].Runs
	ws := fs.words(text, style{}, 14)
	lines := breakLines(ws, 155, 165, fs, 14)
	if len(lines) < 5 {
		t.Fatalf("%d lines, want the intro paragraph on several", len(lines))
	}
	for i, l := range lines {
		avail := 165.0
		if i == 0 {
			avail = 155
		}
		if l.w > avail+eps {
			t.Errorf("line %d is %.2f mm wide, more than %.0f", i, l.w, avail)
		}
		if l.last != (i == len(lines)-1) {
			t.Errorf("line %d: last = %v", i, l.last)
		}
	}
}

func TestMixedRunsKeepTheirStyles(t *testing.T) {
	fs := testFonts(t)
	runs := []report.Run{{Text: "III. KIẾN NGHỊ, ĐỀ XUẤT:", Bold: true}, {Text: " Không"}}
	ws := fs.words(runs, style{}, 14)
	if len(ws) != 6 {
		t.Fatalf("%d words, want 6", len(ws))
	}
	if !ws[4].pieces[0].st.Bold || ws[5].pieces[0].st.Bold {
		t.Errorf("styles: %+v / %+v", ws[4].pieces[0].st, ws[5].pieces[0].st)
	}
	if ws[5].gap <= 0 {
		t.Error("the space between the bold lead and the text is lost")
	}
}

func TestRunsWithoutSpaceFormOneWord(t *testing.T) {
	fs := testFonts(t)
	ws := fs.words([]report.Run{{Text: "(", Bold: false}, {Text: "đậm", Bold: true}, {Text: ")"}}, style{}, 14)
	if len(ws) != 1 || len(ws[0].pieces) != 3 {
		t.Fatalf("got %d words, want one of three pieces", len(ws))
	}
}

func TestOverlongWordIsCut(t *testing.T) {
	fs := testFonts(t)
	ws := fs.words([]report.Run{{Text: "https://pakn.nq57.vn/" + "abcdefghij0123456789abcdefghij0123456789"}}, style{}, 14)
	lines := breakLines(ws, 40, 40, fs, 14)
	if len(lines) < 2 {
		t.Fatalf("%d lines, want the link cut", len(lines))
	}
	for _, l := range lines {
		if l.w > 40+eps {
			t.Errorf("line %.2f mm wide", l.w)
		}
	}
}

func TestWidthMatchesTheFontAdvance(t *testing.T) {
	fs := testFonts(t)
	// Liberation Serif, like Times New Roman, sets "n" 1024/2048 em wide.
	if got := fs.width("n", style{}, 72); math.Abs(got-12.7) > 0.01 {
		t.Errorf("width(n, 72pt) = %.3f mm, want 12.7", got)
	}
}

func TestKeepHeightHoldsWhatFlowWillNotSplit(t *testing.T) {
	const lh, gap = 6.0, 2.0
	lines := func(n int) []line { return make([]line, n) }
	heading := laid{kind: report.Heading, lines: lines(3), lh: lh}
	tests := []struct {
		name string
		next int // lines of the paragraph after the heading
		want float64
	}{
		{"a two-line paragraph is kept whole", 2, 3*lh + gap + 2*lh},
		{"a three-line paragraph cannot leave two lines on each side, so is kept whole", 3, 3*lh + gap + 3*lh},
		{"a four-line paragraph can break after its first two", 4, 3*lh + gap + 2*lh},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := []laid{heading, {kind: report.Paragraph, lines: lines(tt.next), lh: lh}}
			if got := keepHeight(ls, 0, gap); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("keepHeight = %v, want %v", got, tt.want)
			}
		})
	}
}
