package web

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestDataEvidenceUploadAndDownload(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		f := domain.EvidenceFile{OrgID: h.other.Org.ID, CriterionID: h.other.Criterion.ID, Period: dataMarch,
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
	t.Parallel()
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
	t.Parallel()
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

func TestDataEvidenceDelete(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy := h.dataCriterion("II.6")
		vanhoa := h.as("vanhoa")
		fileField := "c" + dataID(literacy.ID) + "-file"
		body := dataFollow(t, vanhoa, gridForm(vanhoa.get("/data?period=2026-03").body),
			dataUpload{fileField, "Biên bản.pdf", dataPDF}, dataUpload{fileField, "ảnh.png", dataPNG})
		files, err := h.store.EvidenceFiles(t.Context(), h.org.ID, h.demoProgram().ID, dataMarch)
		must(t, err)
		pdf, png := files[literacy.ID][0], files[literacy.ID][1]
		if row := dataRowHTML(body, literacy); !strings.Contains(row, `form="delete-file-`+dataID(pdf.ID)+`"`) {
			t.Fatalf("no delete button for the file:\n%s", row)
		}
		if !strings.Contains(body, `<form id="delete-file-`+dataID(pdf.ID)+`" method="post" action="/evidence/`+dataID(pdf.ID)+`/delete"`) {
			t.Fatalf("no delete form for the file")
		}
		path := "/evidence/" + dataID(pdf.ID) + "/delete"
		for _, who := range []struct {
			login  string
			status int
		}{{"xem", http.StatusForbidden}, {"vanphong", http.StatusForbidden}, {"xuanhoa-admin", http.StatusNotFound}} {
			if res := h.as(who.login).post(path, url.Values{"unit": {"all"}}); res.status != who.status {
				t.Errorf("%s deleting: %d, want %d", who.login, res.status, who.status)
			}
		}
		res := vanhoa.post(path, url.Values{"unit": {"all"}})
		if res.status != http.StatusSeeOther || res.location != "/data?period=2026-03" {
			t.Fatalf("delete: %d → %q", res.status, res.location)
		}
		if page := vanhoa.get(res.location).body; !strings.Contains(page, "Đã xóa tệp minh chứng “Biên bản.pdf”") || strings.Contains(dataRowHTML(page, literacy), "Biên bản.pdf") {
			t.Errorf("the grid after deleting:\n%s", excerpt(page))
		}
		if get := vanhoa.get("/evidence/" + dataID(pdf.ID)); get.status != http.StatusNotFound {
			t.Errorf("the deleted file still downloads: %d", get.status)
		}
		if again := vanhoa.post(path, url.Values{}); again.status != http.StatusNotFound {
			t.Errorf("deleting twice: %d", again.status)
		}
		audit, err := h.store.AuditLog(t.Context(), h.org.ID, 1, 0)
		must(t, err)
		if len(audit) != 1 || audit[0].Action != "evidence.delete" || !strings.Contains(audit[0].Entity, "II.6") || !strings.Contains(audit[0].Before, "Biên bản.pdf") {
			t.Errorf("audit = %+v", audit)
		}

		must(t, h.store.LockPeriod(t.Context(), domain.PeriodLock{OrgID: h.org.ID, Period: dataMarch, LockedAt: testNow, LockedBy: "lanhdao"}))
		if res := vanhoa.post("/evidence/"+dataID(png.ID)+"/delete", url.Values{}); res.status != http.StatusConflict {
			t.Errorf("deleting in a locked period: %d", res.status)
		}
		if n := h.dataEvidenceCount(); n != 1 {
			t.Errorf("%d files left, want the PNG", n)
		}
		if page := vanhoa.get("/data?period=2026-03").body; strings.Contains(page, "delete-file-") {
			t.Error("a locked grid offers to delete files")
		}
	})
}
