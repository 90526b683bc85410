package web

import (
	"archive/zip"
	"bytes"
	"errors"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"
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
		{"cũ.doc", []byte(oleMagic + "rest"), "application/msword"},
		{"ảnh.jpeg", []byte("\xff\xd8\xff\xe0 JFIF"), "image/jpeg"},
		{"ảnh.jpg", []byte("GIF89a"), ""},
		{"không đuôi", dataPDF, ""},
	}
	for _, tt := range tests {
		_, got, problem := checkUpload(upload{Name: tt.name, Data: tt.data, Size: int64(len(tt.data))}, 1<<20)
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
		must(t, err)
		w.Write([]byte("<x/>"))
	}
	must(t, zw.Close())
	return b.Bytes()
}

func TestEvidenceDispositionNamesTheFileBothWays(t *testing.T) {
	got := evidenceDisposition(`Đề án "số" 1.pdf`)
	want := `attachment; filename="De an _so_ 1.pdf"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20%22s%E1%BB%91%22%201.pdf`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestReadDataPostRefusesTooLargeBodies(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("period", "2026-03")
	w, _ := mw.CreateFormFile("c1-file", "a.pdf")
	w.Write(bytes.Repeat([]byte("x"), 5000))
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/data", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", mw.FormDataContentType())

	req.Body = http.MaxBytesReader(httptest.NewRecorder(), req.Body, 1000)
	if _, err := readDataPost(req, 100); !errors.Is(err, errTooLarge) {
		t.Errorf("a body over the total limit: %v, want errTooLarge", err)
	}

	req = httptest.NewRequest(http.MethodPost, "/data", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", mw.FormDataContentType())
	post, err := readDataPost(req, 100)
	must(t, err)
	if len(post.Files) != 1 || !post.Files[0].TooBig || post.Files[0].Size != 5000 || post.Files[0].Data != nil || post.Values.Get("period") != "2026-03" {
		t.Errorf("a file over the per-file limit: %+v", post.Files)
	}
}
