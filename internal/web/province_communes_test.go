package web

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/excel"
)

// Who may reach the province's communes screens: every person of a
// province reads its own list; only its administrator adds, imports and
// deactivates; a commune's people reach none of them; another province
// sees none of Ninh Bình's communes and acts on none.
func TestProvinceCommunesRoutesByRole(t *testing.T) {
	t.Parallel()
	var scenarios []scenario
	for _, login := range []string{"quantri", "lanhdao", "xem", "haitien-admin"} {
		for _, r := range []struct{ method, path string }{
			{"GET", "/province/communes"}, {"POST", "/province/communes"}, {"GET", "/province/communes/template.xlsx"},
			{"GET", "/province/communes/import"}, {"POST", "/province/communes/import"}, {"POST", "/province/communes/import/confirm"},
			{"POST", "/province/communes/xuan-hung/deactivate"},
		} {
			scenarios = append(scenarios, scenario{name: login + " " + r.method + " " + r.path, login: login, method: r.method, path: r.path,
				form: url.Values{"reason": {"x"}, "confirm": {"1"}}, status: http.StatusForbidden})
		}
	}
	scenarios = append(scenarios,
		scenario{name: "a visitor is sent to sign in", path: "/province/communes", status: http.StatusSeeOther, want: []string{"/login"}},
		scenario{name: "the province's administrator reads the list and the add form", login: "tinh-quantri", path: "/province/communes",
			status: http.StatusOK, want: []string{"Xã, phường của tỉnh Ninh Bình", "Xuân Hưng", "Xuân Hòa", "Thêm xã, phường", "/province/communes/xuan-hung/deactivate", "aria-current=\"page\">Xã, phường"},
			notWant: []string{"Hải Tiến"}},
		scenario{name: "the province's leader reads the list only", login: "tinh-lanhdao", path: "/province/communes", status: http.StatusOK,
			want: []string{"Xuân Hưng"}, notWant: []string{"Thêm xã, phường", "/deactivate", "Hải Tiến"}},
		scenario{name: "the province's chuyên viên reads the list only", login: "tinh-chuyenvien", path: "/province/communes", status: http.StatusOK,
			want: []string{"Xuân Hưng"}, notWant: []string{"Thêm xã, phường", "/deactivate"}},
		scenario{name: "the province's viewer filters by type", login: "tinh-xem", path: "/province/communes?type=phuong", status: http.StatusOK,
			want: []string{"Không có xã, phường nào theo bộ lọc này"}, notWant: []string{"<td>Xuân Hưng</td>"}},
		scenario{name: "the province's viewer filters the active", login: "tinh-xem", path: "/province/communes?state=active&type=xa", status: http.StatusOK,
			want: []string{"<td>Xuân Hưng</td>", "<td>Xuân Hòa</td>"}},
		scenario{name: "Thanh Hóa reads its own communes only", login: "thanhhoa-lanhdao", path: "/province/communes", status: http.StatusOK,
			want: []string{"Hải Tiến"}, notWant: []string{"Xuân Hưng", "Xuân Hòa"}},
		scenario{name: "the template downloads", login: "tinh-quantri", path: "/province/communes/template.xlsx", status: http.StatusOK},
		scenario{name: "the province's leader may not download the template", login: "tinh-lanhdao", path: "/province/communes/template.xlsx", status: http.StatusForbidden},
		scenario{name: "the import form", login: "tinh-quantri", path: "/province/communes/import", status: http.StatusOK,
			want: []string{"Tải về tệp mẫu", "/province/communes/template.xlsx", `enctype="multipart/form-data"`}},
		scenario{name: "the province's chuyên viên may not import", login: "tinh-chuyenvien", path: "/province/communes/import", status: http.StatusForbidden},
		scenario{name: "the province's leader may not add", login: "tinh-lanhdao", method: "POST", path: "/province/communes",
			form: url.Values{"name": {"Bình Minh"}}, status: http.StatusForbidden},
		scenario{name: "the province's viewer may not confirm an import", login: "tinh-xem", method: "POST", path: "/province/communes/import/confirm",
			form: url.Values{"workbook": {"eA=="}}, status: http.StatusForbidden},
		scenario{name: "Thanh Hóa's leader may not deactivate a Ninh Bình commune", login: "thanhhoa-lanhdao", method: "POST",
			path: "/province/communes/xuan-hung/deactivate", form: url.Values{"reason": {"x"}, "confirm": {"1"}}, status: http.StatusForbidden},
		scenario{name: "Thanh Hóa's chuyên viên may not deactivate a Ninh Bình commune", login: "thanhhoa-chuyenvien", method: "POST",
			path: "/province/communes/xuan-hung/deactivate", form: url.Values{"reason": {"x"}, "confirm": {"1"}}, status: http.StatusForbidden},
		scenario{name: "Ninh Bình finds no commune of Thanh Hóa", login: "tinh-quantri", method: "POST",
			path: "/province/communes/hai-tien/deactivate", form: url.Values{"reason": {"x"}, "confirm": {"1"}}, status: http.StatusNotFound, notWant: []string{"Hải Tiến"}},
		scenario{name: "deactivating asks to confirm", login: "tinh-quantri", method: "POST", path: "/province/communes/xuan-hung/deactivate",
			form: url.Values{"reason": {"Sáp nhập"}}, status: http.StatusOK, want: []string{"Ngừng hoạt động xã Xuân Hưng?", `name="confirm" value="1"`, "Sáp nhập</textarea>", "5 tài khoản"}},
		scenario{name: "confirming without a reason is refused", login: "tinh-quantri", method: "POST", path: "/province/communes/xuan-hung/deactivate",
			form: url.Values{"reason": {" "}, "confirm": {"1"}}, status: http.StatusUnprocessableEntity, want: []string{"Ghi lý do ngừng hoạt động"}},
		scenario{name: "the confirm without a workbook", login: "tinh-quantri", method: "POST", path: "/province/communes/import/confirm",
			form: url.Values{"workbook": {"không phải base64"}}, status: http.StatusBadRequest, want: []string{"tải tệp lên lại"}},
	)
	runScenarios(t, scenarios)
}

// The province's administrator adds a commune and sees its administrator's
// one-time password once; a refused form keeps what was typed and names
// each field, and a login taken in another province is refused without
// naming it.
func TestProvinceAddsACommuneOnTheWeb(t *testing.T) {
	t.Parallel()
	form := func(change func(url.Values)) url.Values {
		v := url.Values{"name": {"Bình Minh"}, "type": {"xa"}, "official_code": {"14560"}, "code": {"binh-minh"},
			"admin_login": {"binh-minh-quantri"}, "admin_name": {"Nguyễn Văn An"}, "admin_email": {"an@ninhbinh.gov.vn"}}
		if change != nil {
			change(v)
		}
		return v
	}
	runScenarios(t, []scenario{
		{name: "a login of another province", login: "tinh-quantri", method: "POST", path: "/province/communes",
			form: form(func(v url.Values) { v.Set("admin_login", "haitien-admin") }), status: http.StatusUnprocessableEntity,
			want: []string{"Tên đăng nhập “haitien-admin” đã có người dùng", `value="Bình Minh"`}, notWant: []string{"Hải Tiến", "Thanh Hóa"}},
		{name: "a short code taken and a bad official code", login: "tinh-quantri", method: "POST", path: "/province/communes",
			form: form(func(v url.Values) { v.Set("code", "xuan-hoa"); v.Set("official_code", "12") }), status: http.StatusUnprocessableEntity,
			want: []string{`id="code-error"`, "đã dùng cho một đơn vị khác", `id="official_code-error"`, "5 chữ số"}},
		{name: "a good commune", login: "tinh-quantri", method: "POST", path: "/province/communes", form: form(nil), status: http.StatusOK,
			want: []string{"Đã thêm xã Bình Minh", "binh-minh-quantri", `class="secret"`, "<td>Bình Minh</td>"}},
		{name: "the list after", login: "tinh-xem", path: "/province/communes", status: http.StatusOK, want: []string{"<td>Bình Minh</td>", "3 xã, phường"},
			notWant: []string{`class="secret"`}},
	})
}

// After its province deactivates it, a commune's people read and change
// nothing, its public form refuses new submissions and the public list no
// longer shows it.
func TestADeactivatedCommuneOnTheWeb(t *testing.T) {
	t.Parallel()
	runScenarios(t, []scenario{
		{name: "the province confirms", login: "tinh-quantri", method: "POST", path: "/province/communes/xuan-hoa/deactivate",
			form: url.Values{"reason": {"Sáp nhập vào xã Xuân Hưng"}, "confirm": {"1"}}, status: http.StatusSeeOther, want: []string{"/province/communes"}},
		{name: "the list shows it stopped", login: "tinh-quantri", path: "/province/communes?state=inactive", status: http.StatusOK,
			want: []string{"<td>Xuân Hòa</td>", "Ngừng từ"}, notWant: []string{"<td>Xuân Hưng</td>", "/province/communes/xuan-hoa/deactivate"}},
		{name: "twice is refused", login: "tinh-quantri", method: "POST", path: "/province/communes/xuan-hoa/deactivate",
			form: url.Values{"reason": {"Lần nữa"}, "confirm": {"1"}}, status: http.StatusConflict, want: []string{"đã ngừng hoạt động từ ngày"}},
		{name: "its administrator still reads", login: "xuanhoa-admin", path: "/programs", status: http.StatusOK},
		{name: "its administrator adds no unit", login: "xuanhoa-admin", method: "POST", path: "/units",
			form: url.Values{"code": {"tu-phap"}, "name": {"Phòng Tư pháp"}}, status: http.StatusForbidden},
		{name: "its public form refuses", path: "/pakn/xuan-hoa", status: http.StatusConflict, want: []string{"ngừng hoạt động", "không nhận phản ánh, kiến nghị mới"}},
		{name: "the public list leaves it out", path: "/", status: http.StatusOK, notWant: []string{"Xuân Hòa"}},
		{name: "another commune's form still takes submissions", path: "/pakn/xuan-hung", status: http.StatusOK},
	})
}

// A workbook of communes: every problem by cell with nothing saved, then a
// good one previewed, confirmed, and its passwords shown once with the
// passwords workbook to download.
func TestProvinceImportsCommunesOnTheWeb(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.as("tinh-quantri")
		bad := c.upload("/province/communes/import", "xa-phuong.xlsx", communesWorkbook(t,
			[]string{"Bình Minh", "xã", "14560", "binh-minh", "binh-minh-quantri", "", ""},
			[]string{"Cồn Thoi", "phường", "145", "xuan-hung", "haitien-admin", "", ""}))
		if bad.status != http.StatusUnprocessableEntity || !strings.Contains(bad.body, "Xã, phường!C3") || !strings.Contains(bad.body, "Xã, phường!D3") ||
			!strings.Contains(bad.body, "Xã, phường!E3") || strings.Contains(bad.body, `name="workbook"`) || strings.Contains(bad.body, "Hải Tiến") {
			t.Fatalf("a workbook with problems: %d\n%s", bad.status, excerpt(bad.body))
		}
		good := c.upload("/province/communes/import", "xa-phuong.xlsx", communesWorkbook(t,
			[]string{"Bình Minh", "xã", "14560", "binh-minh", "binh-minh-quantri", "Nguyễn Văn An", ""},
			[]string{"Cồn Thoi", "phường", "14470", "con-thoi", "con-thoi-quantri", "", ""}))
		if good.status != http.StatusOK || !strings.Contains(good.body, "Xác nhận thêm 2 xã, phường") {
			t.Fatalf("a good workbook: %d\n%s", good.status, excerpt(good.body))
		}
		if _, err := h.store.OrgByCode(t.Context(), "binh-minh"); err == nil {
			t.Fatal("the preview saved a commune")
		}
		done := c.post("/province/communes/import/confirm", url.Values{"workbook": {hiddenSubWorkbook(t, good.body)}, "filename": {"xa-phuong.xlsx"}})
		if done.status != http.StatusOK || !strings.Contains(done.body, "Đã thêm 2 xã, phường") || strings.Count(done.body, `class="secret"`) != 2 ||
			!strings.Contains(done.body, `href="data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,`) {
			t.Fatalf("the confirm: %d\n%s", done.status, excerpt(done.body))
		}
		if o, err := h.store.OrgByCode(t.Context(), "con-thoi"); err != nil || o.ParentID != h.org.ParentID {
			t.Errorf("the imported commune: %+v %v", o, err)
		}
	})
}

// communesWorkbook is a communes workbook with the rows under its header.
func communesWorkbook(t *testing.T, rows ...[]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	must(t, excel.WriteCommunes(&buf, rows))
	return buf.Bytes()
}
