package assemble_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
)

// demoModel opens the demo in a fresh SQLite store and builds the March model.
func demoModel(tb testing.TB) (*storage.Store, domain.Org, report.Model) {
	tb.Helper()
	d := demotest.Open(tb, filepath.Join(tb.TempDir(), "nq57.db"))
	in, err := assemble.Input(context.Background(), d.Store, d.Org, domain.MonthPeriod(2026, 3), time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		tb.Fatal(err)
	}
	return d.Store, d.Org, report.Build(in)
}

func renderer(tb testing.TB) *assemble.Renderer {
	tb.Helper()
	r, err := assemble.NewRenderer()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestParseFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, flag, out string
		want            assemble.Format
		ok              bool
	}{
		{"from the flag", "PDF", "x.docx", assemble.PDF, true},
		{"from the extension", "", "bao-cao.DOCX", assemble.DOCX, true},
		{"text", "txt", "-", assemble.Text, true},
		{"unknown flag", "odt", "x.odt", "", false},
		{"no extension and no flag", "", "bao-cao", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := assemble.ParseFormat(tt.flag, tt.out)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseFormat(%q, %q) = %q, %v", tt.flag, tt.out, got, err)
			}
			if err != nil && domain.ErrorCode(err) != domain.Invalid {
				t.Errorf("error code = %q, want invalid", domain.ErrorCode(err))
			}
		})
	}
}

func TestEveryFormatRendersTheDemo(t *testing.T) {
	t.Parallel()
	_, _, m := demoModel(t)
	magic := map[assemble.Format]string{assemble.DOCX: "PK", assemble.PDF: "%PDF-", assemble.HTML: "<!DOCTYPE html>", assemble.Text: "ĐẢNG BỘ TỈNH NINH BÌNH"}
	for _, f := range assemble.Formats {
		var buf bytes.Buffer
		if err := renderer(t).Render(&buf, f, m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte(magic[f])) {
			t.Errorf("%s output starts %q", f, buf.Bytes()[:min(20, buf.Len())])
		}
	}
}

// BenchmarkRender measures building the March report of the demo in each
// format from its model, and the whole path from the store.
func BenchmarkRender(b *testing.B) {
	s, org, m := demoModel(b)
	r := renderer(b)
	for _, f := range assemble.Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := r.Render(&buf, f, m); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
	b.Run("store+docx+pdf", func(b *testing.B) {
		b.ReportAllocs()
		ctx := context.Background()
		for b.Loop() {
			in, err := assemble.Input(ctx, s, org, domain.MonthPeriod(2026, 3), time.Now())
			if err != nil {
				b.Fatal(err)
			}
			model := report.Build(in)
			var buf bytes.Buffer
			if err := r.Render(&buf, assemble.DOCX, model); err != nil {
				b.Fatal(err)
			}
			if err := r.Render(&buf, assemble.PDF, model); err != nil {
				b.Fatal(err)
			}
		}
	})
}
