package auditlog

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// actionLiteral finds an action code written as a string literal.
var actionLiteral = regexp.MustCompile(`"([a-z_]+\.[a-z_]+)"`)

// TestEveryActionCodeWrittenHasALabel reads the sources for the action codes
// the use cases and handlers write (on lines that speak of an action or the
// audit log) and finds each in the one list of labels, so that a new kind of
// change never reaches the log without its Vietnamese name.
func TestEveryActionCodeWrittenHasALabel(t *testing.T) {
	t.Parallel()
	seen := map[string]string{}
	for _, root := range []string{"../../internal", "../../cmd"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "auditlog" || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for i, line := range strings.Split(string(src), "\n") {
				code, _, _ := strings.Cut(line, " // ")
				lower := strings.ToLower(code)
				if strings.HasPrefix(strings.TrimSpace(code), "//") || !strings.Contains(lower, "action") && !strings.Contains(lower, "audit") {
					continue
				}
				for _, m := range actionLiteral.FindAllStringSubmatch(code, -1) {
					seen[m[1]] = path + ":" + itoa(int64(i+1))
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(seen) < 20 {
		t.Fatalf("found only %d action codes in the sources: the search is broken", len(seen))
	}
	for code, where := range seen {
		if !Known(code) {
			t.Errorf("%s writes the action %q, which auditlog's list of labels lacks", where, code)
		}
	}
}

func TestActionLabels(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"progress.save":       "Nhập số liệu",
		"submission.accept":   "Tiếp nhận phản ánh, kiến nghị",
		"submission.publish":  "Công khai trả lời phản ánh, kiến nghị",
		"user.reset_password": "Đặt lại mật khẩu",
		"user.archive_old":    "Người dùng: archive old", // a new code of a known area
		"custom.thing":        "custom.thing",            // an area nobody named
		"nodot":               "nodot",
	}
	for code, want := range cases {
		if got := ActionLabel(code); got != want {
			t.Errorf("ActionLabel(%q) = %q, want %q", code, got, want)
		}
	}
	seen := map[string]bool{}
	for _, a := range Areas() {
		for _, act := range a.Actions {
			if seen[act.Code] {
				t.Errorf("%s is listed twice", act.Code)
			}
			seen[act.Code] = true
			if areaOf(act.Code) != a.Code {
				t.Errorf("%s is listed under %s", act.Code, a.Code)
			}
		}
	}
}
