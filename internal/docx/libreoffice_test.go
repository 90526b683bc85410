package docx

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/report/reporttest"
)

// TestLibreOfficeConvertsToPDF opens the document in LibreOffice, which CI
// installs: there the test fails without it; elsewhere it is skipped.
func TestLibreOfficeConvertsToPDF(t *testing.T) {
	lo, err := exec.LookPath("libreoffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("libreoffice is not on PATH; CI must install it")
		}
		t.Skip("libreoffice is not on PATH")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "bao-cao.docx")
	var buf bytes.Buffer
	if err := Write(&buf, reporttest.Seed()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, lo, "-env:UserInstallation=file://"+filepath.Join(dir, "lo-profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "bao-cao.pdf"))
	if err != nil {
		t.Fatalf("no PDF produced: %v", err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("output is not a PDF: %q", pdf[:min(len(pdf), 16)])
	}
	checkPDFText(t, filepath.Join(dir, "bao-cao.pdf"))
}

// checkPDFText reads the PDF's text with pdftotext, when present, and looks
// for Vietnamese text from the letterhead, the table and the signature.
func checkPDFText(t *testing.T, pdf string) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("pdftotext is not on PATH; PDF text not checked")
		return
	}
	out, err := exec.Command(tool, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	for _, want := range []string{"ĐẢNG ỦY XÃ XUÂN HƯNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Phát triển chuyển đổi số", "Bùi Thị Hồng Chiên"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}
