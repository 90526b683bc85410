package public

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

func TestCheckUploadSniffsOfficeDocuments(t *testing.T) {
	docx := dataZip(t, "[Content_Types].xml", "word/document.xml")
	xlsx := dataZip(t, "[Content_Types].xml", "xl/workbook.xml")
	tests := []struct {
		name     string
		data     []byte
		wantType string
	}{
		{"báo cáo.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"SỐ LIỆU.XLSX", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"số liệu.xlsx", docx, ""}, // a Word document renamed
		{"báo cáo.docx", []byte("PK\x03\x04 not a zip"), ""},
		{"cũ.doc", []byte(domain.OLEMagic + "rest"), "application/msword"},
		{"ảnh.jpeg", []byte("\xff\xd8\xff\xe0 JFIF"), "image/jpeg"},
		{"ảnh.jpg", []byte("GIF89a"), ""},
		{"không đuôi", []byte("%PDF-1.4\n%%EOF\n"), ""},
	}
	for _, tt := range tests {
		_, got, problem := checkUpload(ui.Upload{Name: tt.name, Data: tt.data, Size: int64(len(tt.data))}, 1<<20)
		if got != tt.wantType || (tt.wantType == "") != (problem != "") {
			t.Errorf("%s: type %q, problem %q; want type %q", tt.name, got, problem, tt.wantType)
		}
	}
}

func dataZip(t *testing.T, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("<x/>"))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
