package domain

import (
	"strings"
	"testing"
)

func TestCleanFileNameKeepsVietnameseAndDropsWhatHarms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Biên bản nghiệm thu.pdf", "Biên bản nghiệm thu.pdf"},
		{`C:\Users\Lan\Desktop\Báo cáo tháng 3.docx`, "Báo cáo tháng 3.docx"},
		{"../../etc/passwd", "passwd"},
		{"ảnh\x00 chụp\x07\r\n.png", "ảnh chụp .png"},
		{"ảnh\tchụp  lại.png", "ảnh chụp lại.png"},
		{"Nghie\u0302\u0323m thu.pdf", "Nghiệm thu.pdf"}, // decomposed accents become NFC
		{`a<b>:"c"|?*.pdf`, "abc.pdf"},
		{"...ẩn.pdf", "ẩn.pdf"},
		{"\u202egnp.exe", "gnp.exe"}, // right-to-left override dropped
		{"", "tep"},
		{strings.Repeat("dài ", 60) + ".pdf", strings.TrimSpace(strings.Repeat("dài ", 29)) + ".pdf"},
	}
	for _, tt := range tests {
		if got := CleanFileName(tt.in); got != tt.want {
			t.Errorf("CleanFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckEvidenceRefusesANameThatIsNotText(t *testing.T) {
	pdf := []byte("%PDF-1.4\n")
	for _, name := range []string{"biên bản\x00.pdf", "biên bản\xff.pdf", "biên\u0085bản.pdf", "a\x1b.pdf"} {
		if _, _, problem := CheckEvidence(name, pdf); problem == "" || !strings.Contains(problem, "Tên tệp") {
			t.Errorf("CheckEvidence(%q) = %q, want the name refused", name, problem)
		}
	}
	if name, typ, problem := CheckEvidence(`C:\Tài liệu\Biên bản.pdf`, pdf); problem != "" || name != "Biên bản.pdf" || typ != "application/pdf" {
		t.Errorf("a good file: %q %q %q", name, typ, problem)
	}
}
