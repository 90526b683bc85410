package pdf

import (
	"io"
	"testing"

	"github.com/go-pdf/fpdf"
)

func BenchmarkWrite(b *testing.B) {
	for name, m := range fixtures() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAddFonts is fpdf parsing the three faces a report uses, which it
// does for every document: it has no way to share a parsed font between them.
func BenchmarkAddFonts(b *testing.B) {
	b.ReportAllocs()
	faces := map[style]bool{{}: true, {Bold: true}: true, {Italic: true}: true}
	for b.Loop() {
		addFonts(fpdf.New("P", "mm", "A4", ""), faces)
	}
}
