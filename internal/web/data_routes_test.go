package web

import (
	"net/http"
	"net/url"
	"reflect"
	"testing"
)

func TestDataRoutes(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		vhxh := h.unitNamed("Phòng VH-XH")
		fiveG := h.dataCriterion("I.1")
		secret := []string{"Xuân Hòa", "Bí mật", "bí mật"}
		before := h.dataMarchRecords()
		runScenariosOn(t, h, []scenario{
			{name: "anonymous is sent to sign in", path: "/data", status: http.StatusSeeOther, want: []string{"/login?next=%2Fdata"}},
			{name: "anonymous cannot save", method: http.MethodPost, path: "/data", form: dataForm(fiveG), status: http.StatusSeeOther, want: []string{"/login"}},
			{name: "staff vanhoa sees only what Phòng VH-XH leads", login: "vanhoa", path: "/data?period=2026-03", status: http.StatusOK,
				want: []string{"Nhập số liệu tháng 3 năm 2026", "Phòng VH-XH", "cụm loa truyền thanh", "phổ cập kỹ năng số", "chi trả không dùng tiền mặt",
					"Kỳ trước: tháng 2 — Đạt", "Lưu số liệu", `type="file"`},
				notWant: append([]string{"Tỷ lệ phủ sóng 5G", "máy tính kết nối mạng", `<select id="unit"`}, secret...)},
			{name: "staff cannot choose another unit", login: "vanhoa", path: "/data?period=2026-03&unit=all", status: http.StatusOK,
				want: []string{"cụm loa truyền thanh"}, notWant: []string{"Tỷ lệ phủ sóng 5G"}},
			{name: "staff vanphong sees what VP HĐND - UBND leads", login: "vanphong", path: "/data", status: http.StatusOK,
				want: []string{"máy tính kết nối mạng", "Có quyết định phân công cán bộ", `<option value="yes"`}, notWant: []string{"cụm loa truyền thanh", "Tỷ lệ phủ sóng 5G"}},
			{name: "admin sees every criterion by default", login: "quantri", path: "/data", status: http.StatusOK,
				want: []string{"Tỷ lệ phủ sóng 5G", "cụm loa truyền thanh", `<select id="unit"`, "Tất cả đơn vị", "39 tiêu chí", "Lưu số liệu"}, notWant: secret},
			{name: "admin chooses a unit", login: "quantri", path: "/data?period=2026-03&unit=" + dataID(vhxh.ID), status: http.StatusOK,
				want: []string{"cụm loa truyền thanh", "6 tiêu chí"}, notWant: []string{"Tỷ lệ phủ sóng 5G"}},
			{name: "a quarter", login: "lanhdao", path: "/data?period=2026-Q1", status: http.StatusOK, want: []string{"Nhập số liệu quý I năm 2026", "Lưu số liệu"}},
			{name: "viewer sees the grid read-only", login: "xem", path: "/data?period=2026-03", status: http.StatusOK,
				want: []string{"Tỷ lệ phủ sóng 5G", "disabled", "chỉ xem số liệu"}, notWant: []string{"Lưu số liệu", `name="row"`, `type="file"`}},
			{name: "viewer cannot save", login: "xem", method: http.MethodPost, path: "/data", form: dataForm(fiveG), status: http.StatusForbidden},
			{name: "a year without a program", login: "quantri", path: "/data?period=2025-03", status: http.StatusOK,
				want: []string{"Chưa có chương trình công tác năm 2025"}, notWant: []string{"Lưu số liệu"}},
			{name: "a half-year is not a data period", login: "quantri", path: "/data?period=2026-H1", status: http.StatusUnprocessableEntity, want: []string{"tháng hoặc theo quý"}},
			{name: "a malformed period", login: "quantri", path: "/data?period=thang-3", status: http.StatusUnprocessableEntity, want: []string{"không đúng dạng"}},
			{name: "a unit of no one", login: "quantri", path: "/data?unit=99999999", status: http.StatusNotFound, notWant: secret},
			{name: "history of a criterion", login: "xem", path: "/criteria/" + dataID(fiveG.ID) + "/history", status: http.StatusOK,
				want: []string{"Lịch sử số liệu tiêu chí I.1", "Tỷ lệ phủ sóng 5G", "tháng 2 năm 2026", "Chưa có thay đổi nào"}},
			{name: "history of another commune's criterion", login: "quantri", path: "/criteria/" + dataID(h.other.Criterion.ID) + "/history",
				status: http.StatusNotFound, notWant: secret},
			{name: "anonymous history", path: "/criteria/" + dataID(fiveG.ID) + "/history", status: http.StatusSeeOther, want: []string{"/login"}},
			{name: "evidence of no one", login: "quantri", path: "/evidence/99999999", status: http.StatusNotFound},
			{name: "staff cannot save a criterion another unit leads", login: "vanhoa", method: http.MethodPost, path: "/data",
				form: withValues(dataForm(fiveG), "c"+dataID(fiveG.ID)+"-t0-value", "99"), status: http.StatusForbidden, want: []string{"I.1"}},
			{name: "admin cannot save another commune's criterion", login: "quantri", method: http.MethodPost, path: "/data",
				form: withValues(dataForm(h.other.Criterion), "c"+dataID(h.other.Criterion.ID)+"-t0-value", "100"), status: http.StatusNotFound, notWant: secret},
		})
		if after := h.dataMarchRecords(); !reflect.DeepEqual(before, after) {
			t.Errorf("refused saves changed March:\nbefore %+v\nafter  %+v", before, after)
		}
		changes, err := h.store.ProgressHistory(t.Context(), h.other.Org.ID, h.other.Criterion.ID)
		must(t, err)
		if len(changes) != 0 {
			t.Errorf("the other commune's criterion got history: %+v", changes)
		}
	})
}

// withValues adds pairs of field and value to a form.
func withValues(f url.Values, pairs ...string) url.Values {
	for i := 0; i+1 < len(pairs); i += 2 {
		f.Set(pairs[i], pairs[i+1])
	}
	return f
}
