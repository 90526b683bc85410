package app

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/testdb"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testApp returns an App with captured output and a fixed clock.
func testApp() (*App, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &App{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 3, 28, 9, 0, 0, 0, time.UTC) },
	}, &out, &errOut
}

// run runs the command line and returns its exit code and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	a, out, errOut := testApp()
	code := a.Run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, args...)
	if code != 0 {
		t.Fatalf("nq57 %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func TestDemoMarchReportCarriesTheSeedReport(t *testing.T) {
	t.Parallel()
	sd := readSeed(t)
	if len(sd.items) < 25 || len(sd.paragraphs) < 15 || len(sd.tableRows) != 12 {
		t.Fatalf("seed transcript parsed into %d items, %d paragraphs and %d table rows", len(sd.items), len(sd.paragraphs), len(sd.tableRows))
	}
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		text := mustRun(t, "report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--format", "txt", "--out", "-")
		assertCarriesInOrder(t, text, sd.items)
		var got []string
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, "| ") {
				got = append(got, normalize(line))
			}
		}
		if strings.Join(got, "\n") != strings.Join(sd.tableRows, "\n") {
			t.Errorf("criteria table rows:\n%s\nwant exactly:\n%s", strings.Join(got, "\n"), strings.Join(sd.tableRows, "\n"))
		}
		golden(t, "xuan-hung-2026-03.txt", text)
	})
}

func TestDemoFebruaryHasFewerMetCriteriaAndNoMeeting(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		text := mustRun(t, "report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-02", "--format", "txt", "--out", "-")
		for _, want := range []string{
			"Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị tháng 2 năm 2026",
			"trong tháng 2 năm 2026, các cơ quan, đơn vị đã tham mưu hoàn thành đạt 5/39 tiêu chí, cụ thể:",
			"Trong tháng 2, Ban chỉ đạo chưa tổ chức cuộc họp nào.",
			"Xuân Hưng, ngày     tháng 2 năm 2026",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("missing %q in:\n%s", want, text)
			}
		}
		golden(t, "xuan-hung-2026-02.txt", text)
	})
}

func TestDemoQuarterReportCountsTheQuarter(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		text := mustRun(t, "report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-Q1", "--format", "txt", "--out", "-")
		for _, want := range []string{
			"quý I năm 2026, các cơ quan, đơn vị đã tham mưu hoàn thành đạt 8/39 tiêu chí",
			"Trong quý I, Ban chỉ đạo đã tổ chức 01 cuộc họp với lãnh đạo các cơ quan, đơn vị",
			"(quý I), Đảng uỷ xã Xuân Hưng trân trọng báo cáo./.",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("missing %q in:\n%s", want, text)
			}
		}
	})
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/app -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (review, then go test ./internal/app -update):\n%s", name, got)
	}
}
