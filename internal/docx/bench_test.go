package docx

import (
	"io"
	"testing"

	"github.com/nq57/nq57/internal/report/reporttest"
)

func BenchmarkWrite(b *testing.B) {
	m := reporttest.Seed()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
	}
}
