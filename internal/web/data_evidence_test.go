package web

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

func TestDataEvidenceUploadAndDownload(t *testing.T) {
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy := h.dataCriterion("II.6")
		fileField := "c" + dataID(literacy.ID) + "-file"
		body := dataFollow(t, h.as("vanhoa"), dataForm(literacy),
			dataUpload{fileField, `..\..\Biên bản nghiệm thu.pdf`, dataPDF},
			dataUpload{fileField, "ảnh chụp.png", dataPNG})
		if !strings.Contains(body, "Đã lưu số liệu của 1 tiêu chí") {
			t.Errorf("no flash after uploading:\n%s", excerpt(body))
		}
		files, err := h.store.EvidenceFiles(t.Context(), h.org.ID, h.demoProgram().ID, dataMarch)
		must(t, err)
		list := files[literacy.ID]
		if len(list) != 2 || list[0].Name != "Biên bản nghiệm thu.pdf" || list[1].Name != "ảnh chụp.png" {
			t.Fatalf("stored files = %+v", list)
		}
		row := dataRowHTML(body, literacy)
		if !strings.Contains(row, `href="/evidence/`+dataID(list[0].ID)+`"`) || !strings.Contains(row, "Biên bản nghiệm thu.pdf") {
			t.Errorf("the grid does not link the file:\n%s", row)
		}
		pdf := h.as("xem").get("/evidence/" + dataID(list[0].ID))
		if pdf.status != http.StatusOK || pdf.body != string(dataPDF) {
			t.Fatalf("download: %d, %d bytes, want the %d bytes uploaded", pdf.status, len(pdf.body), len(dataPDF))
		}
		wantHeaders := map[string]string{
			"Content-Type":           "application/pdf",
			"Content-Disposition":    `attachment; filename="Bien ban nghiem thu.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20nghi%E1%BB%87m%20thu.pdf`,
			"X-Content-Type-Options": "nosniff",
		}
		for k, v := range wantHeaders {
			if got := pdf.header.Get(k); got != v {
				t.Errorf("%s = %q, want %q", k, got, v)
			}
		}
		if png := h.as("vanphong").get("/evidence/" + dataID(list[1].ID)); png.body != string(dataPNG) || png.header.Get("Content-Type") != "image/png" {
			t.Errorf("PNG download: %d, type %q", png.status, png.header.Get("Content-Type"))
		}
		if other := h.as("xuanhoa-admin").get("/evidence/" + dataID(list[0].ID)); other.status != http.StatusNotFound || strings.Contains(other.body, "%PDF") {
			t.Errorf("another commune's admin got the file: %d", other.status)
		}
	})
}

func TestDataEvidenceOfAnotherCommuneIsNotFound(t *testing.T) {
	eachHarness(t, func(t *testing.T, h *harness) {
		f := storage.EvidenceFile{OrgID: h.other.Org.ID, CriterionID: h.other.Criterion.ID, Period: dataMarch,
			Name: "bí mật Xuân Hòa.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4 bí mật"), UploadedAt: testNow}
		must(t, h.store.SaveEvidence(t.Context(), &f))
		for _, login := range []string{"quantri", "lanhdao", "vanhoa", "xem"} {
			res := h.as(login).get("/evidence/" + dataID(f.ID))
			if res.status != http.StatusNotFound || strings.Contains(res.body, "bí mật") || strings.Contains(res.body, "Xuân Hòa") {
				t.Errorf("%s reached another commune's file: %d", login, res.status)
			}
		}
		if res := h.anonymous().get("/evidence/" + dataID(f.ID)); res.status != http.StatusSeeOther {
			t.Errorf("anonymous: %d, want a redirect to sign in", res.status)
		}
	})
}

func TestDataEvidenceRefusals(t *testing.T) {
	html := []byte("<!DOCTYPE html><html><script>alert(1)</script></html>")
	exe := append([]byte("MZ\x90\x00"), bytes.Repeat([]byte{0}, 100)...)
	big := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("x"), int(DefaultConfig().MaxUploadBytes))...)
	tests := []struct {
		name string
		file dataUpload
		want string
	}{
		{"too big", dataUpload{name: "lớn.pdf", data: big}, "quá giới hạn 10 MB mỗi tệp"},
		{"a program", dataUpload{name: "setup.exe", data: exe}, "Tệp “setup.exe” không được nhận: chỉ nhận tệp PDF, JPG, PNG, DOCX, XLSX, DOC, XLS."},
		{"a web page renamed .pdf", dataUpload{name: "báo cáo.pdf", data: html}, "Tệp “báo cáo.pdf” không phải là tệp PDF thật"},
		{"a PDF renamed .png", dataUpload{name: "ảnh.png", data: dataPDF}, "không phải là tệp PNG thật"},
		{"an empty file", dataUpload{name: "trống.pdf", data: nil}, "Tệp “trống.pdf” rỗng."},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy := h.dataCriterion("II.6")
		vanhoa := h.as("vanhoa")
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				form := dataForm(literacy)
				form.Set("c"+dataID(literacy.ID)+"-t0-value", "90")
				tt.file.field = "c" + dataID(literacy.ID) + "-file"
				res := vanhoa.postData("/data", form, tt.file)
				if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, tt.want) {
					t.Errorf("status %d, want 422 with %q\n%s", res.status, tt.want, excerpt(res.body))
				}
				if !strings.Contains(res.body, `value="90"`) {
					t.Error("the typed value was not kept")
				}
				if n := h.dataEvidenceCount(); n != 0 {
					t.Errorf("%d files stored", n)
				}
				if dataRecordOf(h.dataMarchRecords(), literacy.ID) != nil {
					t.Error("the value was saved with a refused file")
				}
			})
		}
		t.Run("a file for a row that is not in the form", func(t *testing.T) {
			res := vanhoa.postData("/data", dataForm(literacy), dataUpload{"c" + dataID(h.other.Criterion.ID) + "-file", "a.pdf", dataPDF})
			if res.status != http.StatusNotFound || h.dataEvidenceCount() != 0 {
				t.Errorf("status %d, want 404 and nothing stored", res.status)
			}
		})
	})
}

func TestDataOtherCommuneCannotReachEvidenceThroughTheGrid(t *testing.T) {
	eachHarness(t, func(t *testing.T, h *harness) {
		form := dataForm(h.other.Criterion)
		res := h.as("quantri").postData("/data", form, dataUpload{"c" + dataID(h.other.Criterion.ID) + "-file", "a.pdf", dataPDF})
		if res.status != http.StatusNotFound || strings.Contains(res.body, "Xuân Hòa") {
			t.Errorf("status %d, want 404", res.status)
		}
		var n int
		files, err := h.store.EvidenceFiles(t.Context(), h.other.Org.ID, h.other.Program.ID, domain.MonthPeriod(2026, 3))
		must(t, err)
		for _, l := range files {
			n += len(l)
		}
		if n != 0 {
			t.Errorf("%d files stored in the other commune", n)
		}
	})
}
