package web

import (
	"archive/zip"
	"bytes"
	"errors"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
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
		if got := cleanFileName(tt.in); got != tt.want {
			t.Errorf("cleanFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

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

func TestRecordWords(t *testing.T) {
	two := domain.Criterion{Targets: []domain.Target{
		{Comparator: domain.Equal, Threshold: 100, Unit: "%", Label: "giáo viên"},
		{Comparator: domain.AtLeast, Threshold: 65, Unit: "%", Label: "học sinh"},
	}}
	people := domain.Criterion{Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 30, Unit: "người"}}}
	tests := []struct {
		c    domain.Criterion
		p    *domain.Progress
		want string
	}{
		{two, &domain.Progress{Values: []domain.Measurement{{Numerator: domain.Float(42), Denominator: domain.Float(42)}, {Value: domain.Float(70.5)}}},
			"giáo viên: 42/42 (100 %); học sinh: 70,5 %"},
		{two, &domain.Progress{Values: []domain.Measurement{{Numerator: domain.Float(2), Denominator: domain.Float(3)}}}, "giáo viên: 2/3 (66,7 %); học sinh: —"},
		{people, &domain.Progress{Values: []domain.Measurement{{Value: domain.Float(31)}}}, "31 người"},
		{domain.Criterion{}, &domain.Progress{Met: domain.Bool(true)}, "Đạt"},
		{domain.Criterion{}, &domain.Progress{Met: domain.Bool(false)}, "Chưa đạt"},
		{people, nil, "—"},
	}
	for _, tt := range tests {
		if got := recordWords(tt.c, tt.p); got != tt.want {
			t.Errorf("recordWords = %q, want %q", got, tt.want)
		}
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

func TestParseMeasurementRules(t *testing.T) {
	pct := domain.Target{Comparator: domain.AtLeast, Threshold: 80, Unit: "%"}
	people := domain.Target{Comparator: domain.AtLeast, Threshold: 30, Unit: "người"}
	tests := []struct {
		name    string
		target  domain.Target
		value   string
		num     string
		den     string
		wantErr string // field suffix with an error, "" for none
		want    domain.Measurement
	}{
		{"a value with a decimal comma", pct, "96,5", "", "", "", domain.Measurement{Value: domain.Float(96.5)}},
		{"thousands with dots", people, "1.250", "", "", "", domain.Measurement{Value: domain.Float(1250)}},
		{"numerator and denominator", pct, "", "40", "42", "", domain.Measurement{Numerator: domain.Float(40), Denominator: domain.Float(42)}},
		{"numerator alone", pct, "", "40", "", "-den", domain.Measurement{}},
		{"denominator alone", pct, "", "", "42", "-num", domain.Measurement{}},
		{"zero denominator", pct, "", "0", "0", "-den", domain.Measurement{}},
		{"more than the whole", pct, "", "43", "42", "-num", domain.Measurement{}},
		{"both forms", pct, "90", "1", "2", "-value", domain.Measurement{}},
		{"negative", people, "-3", "", "", "-value", domain.Measurement{}},
		{"not a number", people, "ba mươi", "", "", "-value", domain.Measurement{}},
		{"over 100 %", pct, "101", "", "", "-value", domain.Measurement{}},
		{"numerator ignored off a percentage", people, "31", "5", "", "", domain.Measurement{Value: domain.Float(31)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := fieldErrors{}
			vals := map[string][]string{"f-value": {tt.value}, "f-num": {tt.num}, "f-den": {tt.den}}
			got := parseMeasurement(errs, "f", tt.target, vals)
			if tt.wantErr != "" {
				if errs["f"+tt.wantErr] == "" {
					t.Errorf("no error on f%s; errors %v", tt.wantErr, errs)
				}
				return
			}
			if errs.any() {
				t.Errorf("unexpected errors %v", errs)
			}
			if !sameMeasurementText(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func sameMeasurementText(a, b domain.Measurement) bool {
	return numText(a.Value) == numText(b.Value) && numText(a.Numerator) == numText(b.Numerator) && numText(a.Denominator) == numText(b.Denominator)
}
