package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/testdb"
)

// Every bad input ends in one clear line and a non-zero exit, never a stack trace.
func TestBadInputGivesOneClearLineAndNonZeroExit(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		out := filepath.Join(t.TempDir(), "r.docx")
		tests := []struct {
			name string
			args []string
			code int
			want string
		}{
			{"unknown organisation", []string{"report", "--db", dsn, "--org", "khong-co", "--period", "2026-03", "--out", out}, 1, `không có đơn vị (tổ chức) mã "khong-co"`},
			{"malformed period", []string{"report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-13", "--out", out}, 2, `tháng 13 không có`},
			{"period not a period", []string{"report", "--db", dsn, "--org", "xuan-hung", "--period", "tháng 3", "--out", out}, 2, `kỳ báo cáo "tháng 3" không đúng dạng`},
			{"period without a program", []string{"report", "--db", dsn, "--org", "xuan-hung", "--period", "2027-01", "--out", out}, 1, `2027`},
			{"unknown format", []string{"report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--format", "odt", "--out", out}, 2, `định dạng "odt" không hỗ trợ`},
			{"format from an unknown extension", []string{"report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--out", "r.rtf"}, 2, `định dạng "rtf" không hỗ trợ`},
			{"unwritable output", []string{"report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--out", "/proc/nq57/r.docx"}, 1, `không ghi được tệp /proc/nq57/r.docx`},
			{"missing --org", []string{"report", "--db", dsn, "--period", "2026-03", "--out", out}, 2, `thiếu --org`},
			{"unknown flag", []string{"report", "--db", dsn, "--orgg", "x"}, 2, `-orgg`},
			{"unknown command", []string{"bao-cao"}, 2, `không có lệnh "bao-cao"`},
			{"a control character in a flag", []string{"report", "--db", dsn, "--org", "xuan-hung\x07", "--period", "2026-03", "--out", out}, 2, `--org có ký tự điều khiển`},
			{"invalid UTF-8 in a flag", []string{"report", "--db", dsn, "--org=xu\xffan", "--period", "2026-03", "--out", out}, 2, `--org có byte không phải chữ UTF-8`},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				code, _, errOut := run(t, tt.args...)
				if code != tt.code {
					t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut)
				}
				if !strings.Contains(errOut, tt.want) {
					t.Errorf("stderr does not say %q:\n%s", tt.want, errOut)
				}
				if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
					t.Errorf("stack trace on stderr:\n%s", errOut)
				}
			})
		}
	})
}

func TestErrorsAreOneLine(t *testing.T) {
	t.Parallel()
	dsn := filepath.Join(t.TempDir(), "nq57.db")
	mustRun(t, "demo", "--commune-only", "--db", dsn)
	_, _, errOut := run(t, "report", "--db", dsn, "--org", "khong-co", "--period", "2026-03", "--out", "x.docx")
	if lines := strings.Count(strings.TrimSpace(errOut), "\n") + 1; lines != 1 {
		t.Errorf("error took %d lines:\n%s", lines, errOut)
	}
}

func TestDatabaseThatCannotBeOpened(t *testing.T) {
	t.Parallel()
	for name, dsn := range map[string]string{
		"sqlite in a missing folder": filepath.Join(t.TempDir(), "missing", "sub", "nq57.db"),
		"postgres nobody listens on": "postgres://nq57:secret@127.0.0.1:1/nq57?sslmode=disable&connect_timeout=2",
	} {
		t.Run(name, func(t *testing.T) {
			code, _, errOut := run(t, "report", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--out", "x.docx")
			if code != 1 || !strings.Contains(errOut, "không mở được cơ sở dữ liệu") {
				t.Errorf("exit %d, stderr:\n%s", code, errOut)
			}
			if strings.Contains(errOut, "secret") {
				t.Errorf("the password was printed:\n%s", errOut)
			}
		})
	}
}
