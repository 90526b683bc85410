package pdf

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

// render writes m to a temporary file and returns its path and bytes.
func render(t *testing.T, m report.Model) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, m); err != nil {
		t.Fatalf("Write: %v", err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, buf.Bytes()
}

// needTool skips the test when a poppler tool is missing, except on CI.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required on CI (poppler-utils): %v", name, err)
		}
		t.Skipf("%s not on PATH (install poppler-utils)", name)
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

var pageNumberLine = regexp.MustCompile(`(?m)^\s*\d+\s*$`)

// textOf extracts the text of pages first..last (0 for all), with lines that
// are only a number (page numbers, TT cells) dropped and whitespace collapsed.
func textOf(t *testing.T, path string, first, last int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	s := run(t, "pdftotext", append(args, path, "-")...)
	return squash(pageNumberLine.ReplaceAllString(s, ""))
}

func squash(s string) string { return strings.Join(strings.Fields(clean(s)), " ") }

func pages(t *testing.T, path string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(run(t, "pdfinfo", path))
	if m == nil {
		t.Fatal("pdfinfo shows no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// expectedTexts is what the reader must find, in order: header, title, every
// paragraph and heading, the footer.
func expectedTexts(m report.Model) []string {
	h := m.Header
	want := []string{h.SuperiorBody, h.IssuingBody, h.Number, h.Motto, h.PlaceDate, m.DocType, m.Summary}
	for _, b := range m.Body {
		if b.Kind != report.TableKind {
			want = append(want, b.Text())
		}
	}
	f := m.Footer
	want = append(want, f.RecipientsLabel)
	want = append(want, f.Recipients...)
	return want
}

func TestWriteProducesAParsablePDF(t *testing.T) {
	for name, m := range fixtures() {
		t.Run(name, func(t *testing.T) {
			path, b := render(t, m)
			if !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Fatalf("output starts with %q", b[:min(8, len(b))])
			}
			if !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
				t.Fatal("output does not end with the EOF marker")
			}
			needTool(t, "pdfinfo")
			info := run(t, "pdfinfo", path)
			for _, want := range []string{"Title:           " + m.Summary, "Creator:         nq57", "Page size:       595.28 x 841.89 pts (A4)"} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}
		})
	}
}

func TestTextLayerHoldsEveryParagraphInOrder(t *testing.T) {
	needTool(t, "pdftotext")
	for name, m := range fixtures() {
		t.Run(name, func(t *testing.T) {
			path, _ := render(t, m)
			text := textOf(t, path, 0, 0)
			at := 0
			for _, want := range expectedTexts(m) {
				i := strings.Index(text[at:], squash(want))
				if i < 0 {
					t.Fatalf("after offset %d, text lacks %q\ntext: %s", at, squash(want), text[at:])
				}
				at += i + len(squash(want))
			}
		})
	}
}

func TestSignatureBlockIsInTheTextLayer(t *testing.T) {
	needTool(t, "pdftotext")
	m := reporttest.Seed()
	path, _ := render(t, m)
	text := textOf(t, path, 0, 0)
	for _, want := range []string{m.Footer.Authority, m.Footer.Position, m.Footer.Signer, "Phát triển hạ tầng", "Phát triển nguồn lực", "Phát triển chuyển đổi số"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

func TestLongTableRepeatsItsHeaderOnEveryPage(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	path, _ := render(t, reporttest.Long())
	first, last := 0, 0
	for p := 1; p <= pages(t, path); p++ {
		text := textOf(t, path, p, p)
		if first == 0 && strings.Contains(text, "Tiêu chí 1.1:") {
			first = p
		}
		if strings.Contains(text, "Tiêu chí 3.13:") {
			last = p
		}
	}
	if first == 0 || last <= first {
		t.Fatalf("table spans pages %d..%d, want more than one", first, last)
	}
	for p := first; p <= last; p++ {
		text := textOf(t, path, p, p)
		for _, c := range reporttest.Columns() {
			if !strings.Contains(text, squash(c.Title)) {
				t.Errorf("page %d lacks the header cell %q", p, c.Title)
			}
		}
	}
}

func TestHeadingsStayWithWhatFollows(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	for name, m := range fixtures() {
		t.Run(name, func(t *testing.T) {
			path, _ := render(t, m)
			var texts []string
			for p := 1; p <= pages(t, path); p++ {
				texts = append(texts, textOf(t, path, p, p))
			}
			for i, b := range m.Body[:len(m.Body)-1] {
				next := m.Body[i+1]
				if b.Kind != report.Heading || next.Kind == report.TableKind {
					continue
				}
				start := strings.Join(strings.Fields(next.Text())[:6], " ")
				p := pageOf(texts, squash(b.Text()))
				if p == 0 || !strings.Contains(texts[p-1], start) {
					t.Errorf("heading %q is on another page than %q", b.Text(), start)
				}
			}
		})
	}
}

func pageOf(texts []string, s string) int {
	for i, t := range texts {
		if strings.Contains(t, s) {
			return i + 1
		}
	}
	return 0
}

func TestFontsAreEmbedded(t *testing.T) {
	needTool(t, "pdffonts")
	path, _ := render(t, reporttest.Seed())
	lines := strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")
	if len(lines) < 5 { // two heading lines, regular, bold, italic
		t.Fatalf("pdffonts lists too few fonts:\n%s", strings.Join(lines, "\n"))
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

func TestWriteWithoutLayoutUsesTheParty(t *testing.T) {
	m := reporttest.Seed()
	m.Layout = report.Layout{}
	if err := Write(io.Discard, m); err != nil {
		t.Fatal(err)
	}
}
