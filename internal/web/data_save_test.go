package web

import (
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
)

// dataRowHTML returns the grid's row of a criterion.
func dataRowHTML(body string, c domain.Criterion) string {
	_, rest, ok := strings.Cut(body, `<tr id="c`+dataID(c.ID)+`"`)
	if !ok {
		return ""
	}
	row, _, _ := strings.Cut(rest, "</tr>")
	return row
}

// dataFollow posts a save and follows its redirect, returning the grid.
func dataFollow(t *testing.T, c *client, form url.Values, files ...dataUpload) string {
	t.Helper()
	res := c.postData("/data", form, files...)
	if res.status != http.StatusSeeOther || !strings.HasPrefix(res.location, "/data?") {
		t.Fatalf("save: status %d, location %q\n%s", res.status, res.location, excerpt(res.body))
	}
	page := c.get(res.location)
	if page.status != http.StatusOK {
		t.Fatalf("grid after save: %d", page.status)
	}
	return page.body
}

func TestDataSaveChangesStatusReportAndHistory(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy, informed := h.dataCriterion("II.6"), h.dataCriterion("II.7")
		ctx := t.Context()
		oldInformed := dataRecordOf(h.dataMarchRecords(), informed.ID)
		if oldInformed == nil {
			t.Fatal("the demo has no March record of II.7")
		}
		vanhoa := h.as("vanhoa")

		// II.7 goes back as it is (as a browser sends the whole grid); only II.6 changes.
		grid := vanhoa.get("/data?period=2026-03").body
		if row := dataRowHTML(grid, literacy); !strings.Contains(row, "status-no-data") {
			t.Fatalf("II.6 should start with no data:\n%s", row)
		}
		form := gridForm(grid)
		form.Set("c"+dataID(literacy.ID)+"-t0-value", "85")
		body := dataFollow(t, vanhoa, form)
		if !strings.Contains(body, "Đã lưu số liệu của 1 tiêu chí") {
			t.Errorf("no flash after saving:\n%s", excerpt(body))
		}
		if row := dataRowHTML(body, literacy); !strings.Contains(row, `status-met`) || !strings.Contains(row, `value="85"`) {
			t.Errorf("II.6 after saving 85 %%:\n%s", row)
		}
		if got := dataRecordOf(h.dataMarchRecords(), informed.ID); got.RecordedBy != oldInformed.RecordedBy || !got.RecordedAt.Equal(oldInformed.RecordedAt) {
			t.Errorf("the unchanged II.7 lost who and when: %+v, was %+v", got, oldInformed)
		}
		statuses, err := assemble.Statuses(ctx, h.store, h.demoProgram(), dataMarch)
		must(t, err)
		if statuses[literacy.ID] != domain.Met {
			t.Errorf("report input: II.6 is %s, want met", statuses[literacy.ID])
		}
		audit, err := h.store.AuditLog(ctx, h.org.ID, 1, 0)
		must(t, err)
		if len(audit) != 1 || audit[0].Action != "progress.save" || !strings.Contains(audit[0].After, "II.6") || strings.Contains(audit[0].After, "II.7") {
			t.Errorf("audit entry = %+v", audit)
		}

		// A second change, by numerator and denominator, falls short.
		form = gridForm(body)
		form.Set("c"+dataID(literacy.ID)+"-t0-value", "")
		form.Set("c"+dataID(literacy.ID)+"-t0-num", "30")
		form.Set("c"+dataID(literacy.ID)+"-t0-den", "50")
		body = dataFollow(t, vanhoa, form)
		if row := dataRowHTML(body, literacy); !strings.Contains(row, "status-not-met") {
			t.Errorf("II.6 at 30/50:\n%s", row)
		}
		history := vanhoa.get("/criteria/" + dataID(literacy.ID) + "/history")
		for _, want := range []string{"85 %", "30/50 (60 %)", "Lê Văn Nam", "(chưa có)", "tháng 3 năm 2026"} {
			if !strings.Contains(history.body, want) {
				t.Errorf("history lacks %q\n%s", want, excerpt(history.body))
			}
		}
		if strings.Index(history.body, "30/50 (60 %)") > strings.LastIndex(history.body, "(chưa có)") {
			t.Error("history should list the newest change first")
		}
	})
}

func TestDataSaveQualitativeAndClearing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		decision, informed := h.dataCriterion("II.3"), h.dataCriterion("II.7")
		vanphong, vanhoa := h.as("vanphong"), h.as("vanhoa")
		form := gridForm(vanphong.get("/data?period=2026-03").body)
		form.Set("c"+dataID(decision.ID)+"-met", "yes")
		form.Set("c"+dataID(decision.ID)+"-evidence", "Quyết định số 12/QĐ-UBND")
		body := dataFollow(t, vanphong, form)
		if row := dataRowHTML(body, decision); !strings.Contains(row, "status-met") || !strings.Contains(row, `<option value="yes" selected>`) {
			t.Errorf("II.3 marked met:\n%s", row)
		}

		// Emptying a row clears the period's record: the earlier status carries forward again.
		form = dataCleared(gridForm(vanhoa.get("/data?period=2026-03").body), informed)
		body = dataFollow(t, vanhoa, form)
		row := dataRowHTML(body, informed)
		if !strings.Contains(row, "Kỳ trước: tháng 1 — Chưa đạt") || !strings.Contains(row, "status-no-data") {
			t.Errorf("II.7 after clearing March:\n%s", row)
		}
		if dataRecordOf(h.dataMarchRecords(), informed.ID) != nil {
			t.Error("the cleared March record of II.7 is still there")
		}
		changes, err := h.store.ProgressHistory(t.Context(), h.org.ID, informed.ID)
		must(t, err)
		if len(changes) != 1 || changes[0].Before == nil || changes[0].After != nil {
			t.Errorf("history of clearing II.7: %+v", changes)
		}
	})
}

func TestDataBadInputSavesNothing(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		before := h.dataMarchRecords()
		fiveG, speakers, cadres := h.dataCriterion("I.1"), h.dataCriterion("I.12"), h.dataCriterion("II.1")
		literacy, informed, online := h.dataCriterion("II.6"), h.dataCriterion("II.7"), h.dataCriterion("III.3")
		cash, decision := h.dataCriterion("III.10"), h.dataCriterion("II.3")
		form := dataForm(fiveG, speakers, cadres, literacy, informed, online, cash, decision)
		field := func(c domain.Criterion, name string) string { return "c" + dataID(c.ID) + "-" + name }
		form.Set(field(fiveG, "t0-value"), "99") // valid, but must not be saved either
		form.Set(field(literacy, "t0-value"), "abc")
		form.Set(field(informed, "t0-num"), "35")
		form.Set(field(cadres, "t0-num"), "43")
		form.Set(field(cadres, "t0-den"), "42")
		form.Set(field(speakers, "t0-num"), "1")
		form.Set(field(speakers, "t0-den"), "0")
		form.Set(field(cash, "t0-value"), "50")
		form.Set(field(cash, "t0-num"), "1")
		form.Set(field(cash, "t0-den"), "2")
		form.Set(field(online, "t0-value"), "120")
		form.Set(field(decision, "met"), "có lẽ")

		res := h.as("quantri").postData("/data", form)
		if res.status != http.StatusUnprocessableEntity {
			t.Fatalf("bad input: status %d, want 422\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{
			"Chưa lưu gì: có 7 chỗ cần sửa",
			"Giá trị “abc” không phải là số",
			"Nhập cả mẫu số (hoặc xóa tử số).",
			"Tử số không được lớn hơn mẫu số.",
			"Mẫu số phải lớn hơn 0.",
			"Nhập tỷ lệ hoặc tử số và mẫu số, không nhập cả hai.",
			"Tỷ lệ không được lớn hơn 100 %.",
			"Chọn Đạt, Chưa đạt hoặc để trống.",
			`value="abc"`, `value="99"`, `aria-invalid="true"`,
			`href="#` + field(literacy, "t0-value") + `"`,
			`id="` + field(literacy, "t0-value") + `-error"`,
		} {
			if !strings.Contains(res.body, want) {
				t.Errorf("the refused grid lacks %q", want)
			}
		}
		if after := h.dataMarchRecords(); !reflect.DeepEqual(before, after) {
			t.Errorf("a refused save changed March:\nbefore %+v\nafter  %+v", before, after)
		}
		if audit, _ := h.store.AuditLog(t.Context(), h.org.ID, 10, 0); len(audit) != 0 {
			t.Errorf("a refused save was audited: %+v", audit)
		}
	})
}

func TestDataLockedPeriodIsRefused(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		must(t, h.store.LockPeriod(t.Context(), domain.PeriodLock{OrgID: h.org.ID, Period: dataMarch, LockedAt: testNow, LockedBy: "lanhdao"}))
		before := h.dataMarchRecords()
		literacy := h.dataCriterion("II.6")
		vanhoa := h.as("vanhoa")
		page := vanhoa.get("/data?period=2026-03")
		if page.status != http.StatusOK || !strings.Contains(page.body, "đã khóa vì báo cáo đã ban hành") || strings.Contains(page.body, "Lưu số liệu") {
			t.Errorf("a locked grid: %d\n%s", page.status, excerpt(page.body))
		}
		form := dataForm(literacy)
		form.Set("c"+dataID(literacy.ID)+"-t0-value", "90")
		res := vanhoa.postData("/data", form, dataUpload{"c" + dataID(literacy.ID) + "-file", "a.pdf", dataPDF})
		if res.status != http.StatusConflict || !strings.Contains(res.body, "Chưa lưu gì: số liệu tháng 3 năm 2026 đã khóa") {
			t.Errorf("save into a locked period: %d\n%s", res.status, excerpt(res.body))
		}
		if after := h.dataMarchRecords(); !reflect.DeepEqual(before, after) {
			t.Error("a save into a locked period changed March")
		}
		if n := h.dataEvidenceCount(); n != 0 {
			t.Errorf("a save into a locked period stored %d files", n)
		}
		if feb := vanhoa.get("/data?period=2026-02"); !strings.Contains(feb.body, "Lưu số liệu") {
			t.Error("February is open but shows no save button")
		}
	})
}

// dataCleared empties the inputs of a criterion's row in a grid form, as a
// person deleting what it holds.
func dataCleared(form url.Values, c domain.Criterion) url.Values {
	prefix := "c" + dataID(c.ID) + "-"
	for name := range form {
		if strings.HasPrefix(name, prefix) && !strings.HasSuffix(name, "-drawn") {
			form.Set(name, "")
		}
	}
	return form
}

func dataRecordOf(list []domain.Progress, criterionID int64) *domain.Progress {
	for i := range list {
		if list[i].CriterionID == criterionID {
			return &list[i]
		}
	}
	return nil
}

func TestDataRowWithOnlyANoteShowsWhatCarriesForward(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		informed := h.dataCriterion("II.7")
		vanhoa := h.as("vanhoa")
		form := dataCleared(gridForm(vanhoa.get("/data?period=2026-03").body), informed)
		form.Set("c"+dataID(informed.ID)+"-note", "Đang tổng hợp số liệu tháng 3")
		row := dataRowHTML(dataFollow(t, vanhoa, form), informed)
		for _, want := range []string{"Đang tổng hợp số liệu tháng 3", "Kỳ trước: tháng 1 — Chưa đạt", "status-no-data"} {
			if !strings.Contains(row, want) {
				t.Errorf("II.7 with only a note in March lacks %q:\n%s", want, row)
			}
		}
		if rec := dataRecordOf(h.dataMarchRecords(), informed.ID); rec == nil || rec.Note == "" {
			t.Errorf("the March note of II.7 was not kept: %+v", rec)
		}
	})
}
