package web

import (
	"net/http"
	"strings"
	"testing"
)

// The scenario: A and B open the same period; B saves II.6 = 60;
// A, whose page still shows II.6 blank, saves II.1 = 90. A's save must not
// delete B's II.6.
func TestDataSaveKeepsWhatAnotherSessionSavedMeanwhile(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy, cadres := h.dataCriterion("II.6"), h.dataCriterion("II.1")
		a, b := h.as("quantri"), h.as("lanhdao")
		pageA := gridForm(a.get("/data?period=2026-03&unit=all").body)
		pageB := gridForm(b.get("/data?period=2026-03&unit=all").body)

		pageB.Set("c"+dataID(literacy.ID)+"-t0-value", "60")
		if res := b.postData("/data", pageB); res.status != http.StatusSeeOther {
			t.Fatalf("B's save: %d\n%s", res.status, excerpt(res.body))
		}
		pageA.Set("c"+dataID(cadres.ID)+"-t0-value", "90")
		pageA.Set("c"+dataID(cadres.ID)+"-t0-num", "")
		pageA.Set("c"+dataID(cadres.ID)+"-t0-den", "")
		res := a.postData("/data", pageA)
		if res.status != http.StatusSeeOther {
			t.Fatalf("A's save of II.1 only: %d, want 303\n%s", res.status, excerpt(res.body))
		}
		records := h.dataMarchRecords()
		if got := dataRecordOf(records, literacy.ID); got == nil || got.Values[0].Value == nil || *got.Values[0].Value != 60 {
			t.Errorf("A's save lost B's II.6: %+v", got)
		}
		if got := dataRecordOf(records, cadres.ID); got == nil || got.Values[0].Value == nil || *got.Values[0].Value != 90 {
			t.Errorf("A's II.1 was not saved: %+v", got)
		}
		if flash := a.get(res.location).body; !strings.Contains(flash, "Đã lưu số liệu của 1 tiêu chí") {
			t.Errorf("A's save should say one criterion was saved:\n%s", excerpt(flash))
		}
	})
}

// Two tabs change the same cell: the second save is refused for that row
// and shows the first one's value, who and when; its other rows are saved,
// and the refused row keeps what was typed, now against the new version, so
// that saving again overwrites knowingly.
func TestDataSaveOfTheSameCellFromTwoTabsRefusesTheSecond(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy, cadres := h.dataCriterion("II.6"), h.dataCriterion("II.1")
		tab1, tab2 := h.as("quantri"), h.as("lanhdao")
		form1 := gridForm(tab1.get("/data?period=2026-03&unit=all").body)
		form2 := gridForm(tab2.get("/data?period=2026-03&unit=all").body)

		form1.Set("c"+dataID(literacy.ID)+"-t0-value", "60")
		if res := tab1.postData("/data", form1); res.status != http.StatusSeeOther {
			t.Fatalf("first save: %d\n%s", res.status, excerpt(res.body))
		}
		form2.Set("c"+dataID(literacy.ID)+"-t0-value", "75")
		form2.Set("c"+dataID(cadres.ID)+"-t0-value", "90")
		form2.Set("c"+dataID(cadres.ID)+"-t0-num", "")
		form2.Set("c"+dataID(cadres.ID)+"-t0-den", "")
		res := tab2.postData("/data", form2)
		if res.status != http.StatusConflict {
			t.Fatalf("second save of II.6: %d, want 409\n%s", res.status, excerpt(res.body))
		}
		for _, want := range []string{"Đã lưu 1 tiêu chí; chưa lưu 1 tiêu chí", "II.6", "Nguyễn Văn Quản", "60 %", "09:00 ngày 28/03/2026"} {
			if !strings.Contains(res.body, want) {
				t.Errorf("the refused page lacks %q\n%s", want, excerpt(res.body))
			}
		}
		if row := dataRowHTML(res.body, literacy); !strings.Contains(row, `value="75"`) {
			t.Errorf("the refused row lost what was typed:\n%s", row)
		}
		records := h.dataMarchRecords()
		if got := dataRecordOf(records, literacy.ID); got == nil || *got.Values[0].Value != 60 {
			t.Errorf("the second tab overwrote II.6: %+v", got)
		}
		if got := dataRecordOf(records, cadres.ID); got == nil || got.Values[0].Value == nil || *got.Values[0].Value != 90 {
			t.Errorf("the other row of the refused save was not saved: %+v", got)
		}

		// Saving the refused page again overwrites knowingly.
		again := gridForm(res.body)
		if again.Get("c"+dataID(literacy.ID)+"-t0-value") != "75" {
			t.Fatalf("the refused page does not carry 75 for II.6: %v", again)
		}
		if res := tab2.postData("/data", again); res.status != http.StatusSeeOther {
			t.Fatalf("saving the refused page again: %d\n%s", res.status, excerpt(res.body))
		}
		if got := dataRecordOf(h.dataMarchRecords(), literacy.ID); got == nil || *got.Values[0].Value != 75 {
			t.Errorf("II.6 after saving again: %+v", got)
		}
	})
}

func TestDataMultipartTextIsCheckedAtTheWayIn(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		literacy := h.dataCriterion("II.6")
		vanhoa := h.as("vanhoa")
		tests := []struct {
			name  string
			field string
			value string
			file  string
		}{
			{"NUL in a note", "-note", "ghi chú\x00", ""},
			{"control character in the evidence", "-evidence", "QĐ\x07 12", ""},
			{"invalid UTF-8 in a value", "-t0-value", "9\xff", ""},
			{"invalid UTF-8 in a file name", "", "", "biên bản\xff.pdf"},
			{"a C1 control character in a file name", "", "", "biên bản\u0085.pdf"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				form := gridForm(vanhoa.get("/data?period=2026-03").body)
				var files []dataUpload
				if tt.field != "" {
					form.Set("c"+dataID(literacy.ID)+tt.field, tt.value)
				} else {
					files = append(files, dataUpload{"c" + dataID(literacy.ID) + "-file", tt.file, dataPDF})
				}
				res := vanhoa.postData("/data", form, files...)
				if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "Chưa lưu gì") {
					t.Errorf("status %d, want 422\n%s", res.status, excerpt(res.body))
				}
				if dataRecordOf(h.dataMarchRecords(), literacy.ID) != nil || h.dataEvidenceCount() != 0 {
					t.Error("bad text was saved")
				}
			})
		}
	})
}
