package docx

import (
	"io"
	"testing"
)

func BenchmarkWrite(b *testing.B) {
	m := seedModel()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, m); err != nil {
			b.Fatal(err)
		}
	}
}
