package app

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// requireTool returns the path of a command the test needs. Outside CI a
// missing tool skips the test; in CI (CI=true) it fails it.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required in CI: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return path
}

var hyphenBreak = regexp.MustCompile(`-\n\s*`)

func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	// -layout keeps each line whole; the default reading order can splice a
	// short centred line into the paragraph below it.
	out, err := exec.Command(requireTool(t, "pdftotext"), "-layout", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	// A line may break after the hyphen of "57-NQ/TW": join it back.
	return hyphenBreak.ReplaceAllString(string(out), "-")
}

// The March PDF, rendered in-process, holds the seed's paragraphs with their
// diacritics, as text a reader can select and search.
func TestDemoPDFTextHoldsTheSeedParagraphs(t *testing.T) {
	t.Parallel()
	sd := readSeed(t)
	dir := t.TempDir()
	db, pdf := filepath.Join(dir, "nq57.db"), filepath.Join(dir, "bao-cao.pdf")
	mustRun(t, "demo", "--commune-only", "--db", db)
	mustRun(t, "report", "--db", db, "--org", "xuan-hung", "--period", "2026-03", "--out", pdf)
	assertCarriesInOrder(t, pdfText(t, pdf), sd.paragraphs)
}

// The March DOCX converts with LibreOffice without error, and the converted
// document holds the seed's paragraphs.
func TestDemoDOCXConvertsWithLibreOffice(t *testing.T) {
	t.Parallel()
	office := requireTool(t, "libreoffice")
	sd := readSeed(t)
	dir := t.TempDir()
	db, docx := filepath.Join(dir, "nq57.db"), filepath.Join(dir, "bao-cao.docx")
	mustRun(t, "demo", "--commune-only", "--db", db)
	mustRun(t, "report", "--db", db, "--org", "xuan-hung", "--period", "2026-03", "--out", docx)
	cmd := exec.Command(office, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, docx)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("libreoffice --convert-to pdf: %v\n%s", err, stderr.String())
	}
	if strings.Contains(strings.ToLower(stderr.String()), "error") {
		t.Errorf("libreoffice reported: %s", stderr.String())
	}
	assertCarriesInOrder(t, pdfText(t, filepath.Join(dir, "bao-cao.pdf")), sd.paragraphs)
}
