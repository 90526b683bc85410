package web

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/web/ui"
	"github.com/xuri/excelize/v2"
)

const statsQuarter = "/statistics?from=2026-01&to=2026-03"

func TestStatisticsPageForEveryRole(t *testing.T) {
	t.Parallel()
	figures := []string{
		`id="stat-received">5<`, `id="stat-answered">3<`, `id="stat-rate">66,7 %<`,
		`id="stat-median">8 ngày<`, `id="stat-overdue">1<`,
		"từ tháng 01/2026 đến tháng 03/2026", "Tải về Excel", "/statistics/export.xlsx?from=2026-01&amp;to=2026-03",
		"<title>Tháng 03/2026: 3 tiếp nhận</title>", "<title>Tháng 02/2026: 2 đã trả lời</title>",
	}
	secret := []string{"Bí mật", "Xuân Hòa"}
	statsRun(t, func(h *harness) []scenario {
		var out []scenario
		for _, login := range []string{"quantri", "lanhdao", "vanhoa", "vanphong", "xem"} {
			out = append(out, scenario{name: "page as " + login, login: login, path: statsQuarter,
				status: http.StatusOK, want: figures, notWant: secret})
		}
		return append(out,
			scenario{name: "anonymous is sent to sign in", path: statsQuarter, status: http.StatusSeeOther, want: []string{"/login"}, notWant: secret},
			scenario{name: "anonymous export", path: "/statistics/export.xlsx", status: http.StatusSeeOther, want: []string{"/login"}},
			scenario{name: "default is the current year", login: "xem", path: "/statistics", status: http.StatusOK,
				want: []string{"từ tháng 01/2026 đến tháng 12/2026", `id="stat-received">5<`, "<title>Tháng 12/2026: 0 tiếp nhận</title>"}, notWant: secret},
			scenario{name: "a month outside has nothing", login: "xem", path: "/statistics?from=2026-04&to=2026-04", status: http.StatusOK,
				want: []string{`id="stat-received">0<`, `id="stat-rate">—<`, `id="stat-median">—<`, "Chưa có phản ánh, kiến nghị nào"}},
			scenario{name: "malformed from", login: "xem", path: "/statistics?from=tháng-ba&to=2026-03", status: http.StatusBadRequest,
				want: []string{"Tháng bắt đầu “tháng-ba” không đúng dạng năm-tháng", `aria-invalid="true"`}, notWant: []string{"stat-received"}},
			scenario{name: "backward range", login: "xem", path: "/statistics?from=2026-05&to=2026-03", status: http.StatusBadRequest,
				want: []string{"phải từ tháng bắt đầu (05/2026) trở đi"}},
			scenario{name: "too long a range", login: "xem", path: "/statistics?from=2020-01&to=2026-03", status: http.StatusBadRequest,
				want: []string{"tối đa 36 tháng"}},
			scenario{name: "malformed export", login: "xem", path: "/statistics/export.xlsx?to=2026-13", status: http.StatusBadRequest,
				want: []string{"Tháng kết thúc “2026-13” không đúng dạng"}},
			scenario{name: "other commune's admin sees only Xuân Hòa", login: "xuanhoa-admin", path: statsQuarter, status: http.StatusOK,
				want: []string{`id="stat-received">3<`, `id="stat-overdue">3<`}, notWant: []string{"Phòng VH-XH", "Phòng Văn hóa"}},
		)
	})
}

func TestStatisticsTablesByMonthUnitAndKind(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		statsSeed(t, h)
		body := h.as("xem").get(statsQuarter).body
		months := between(body, `id="months-table"`, "</table>")
		for _, row := range []string{
			`<th scope="row">01/2026</th><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td>`,
			`<th scope="row">02/2026</th><td class="num">2</td><td class="num">2</td><td class="num">1</td><td class="num">0</td>`,
			`<th scope="row">03/2026</th><td class="num">3</td><td class="num">1</td><td class="num">1</td><td class="num">1</td>`,
		} {
			if !strings.Contains(months, row) {
				t.Errorf("month table lacks %s\n%s", row, months)
			}
		}
		units := between(body, `id="units-table"`, "</table>")
		vp, vh, none := strings.Index(units, "Văn phòng HĐND"), strings.Index(units, "Phòng Văn hóa"), strings.Index(units, "Chưa giao đơn vị")
		if vh < 0 || vp < 0 || none < 0 || !(vh < vp && vp < none) {
			t.Errorf("units not in Vietnamese order with the unassigned last (VH %d, VP %d, none %d)\n%s", vh, vp, none, units)
		}
		if !strings.Contains(units, `<strong class="overdue">1</strong>`) {
			t.Errorf("unit table shows no overdue\n%s", units)
		}
		kinds := between(body, `id="kinds-table"`, "</table>")
		for _, row := range []string{
			`<th scope="row">Phản ánh</th><td class="num">2</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">0</td>`,
			`<th scope="row">Kiến nghị</th><td class="num">2</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">1</td>`,
			`<th scope="row">Cộng</th><td class="num">5</td><td class="num">3</td><td class="num">2</td><td class="num">1</td><td class="num">1</td>`,
		} {
			if !strings.Contains(kinds, row) {
				t.Errorf("kind table lacks %s\n%s", row, kinds)
			}
		}
	})
}

func TestStatisticsExportHasTheSameFigures(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		statsSeed(t, h)
		res := h.as("xem").get("/statistics/export.xlsx?from=2026-01&to=2026-03")
		if res.status != http.StatusOK || res.header.Get("Content-Type") != ui.XLSXType {
			t.Fatalf("status %d, type %q\n%s", res.status, res.header.Get("Content-Type"), excerpt(res.body))
		}
		if cd := res.header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename=thong-ke-pakn-xuan-hung-2026-01-den-2026-03.xlsx; filename*=utf-8''Th%E1%BB%91ng`) {
			t.Errorf("Content-Disposition %q", cd)
		}
		wb, err := excelize.OpenReader(bytes.NewReader([]byte(res.body)))
		must(t, err)
		defer wb.Close()
		if got := strings.Join(wb.GetSheetList(), "|"); got != "Tổng hợp|Theo tháng|Theo đơn vị|Danh sách" {
			t.Errorf("sheets %s", got)
		}
		want := map[string]string{
			"Tổng hợp!B5": "5", "Tổng hợp!B6": "3", "Tổng hợp!B7": "2", "Tổng hợp!B8": "66.67%", "Tổng hợp!B9": "8.0",
			"Tổng hợp!B11": "1", "Tổng hợp!B12": "1",
			"Theo tháng!A3": "02/2026", "Theo tháng!B3": "2", "Theo tháng!D3": "1", "Theo tháng!B4": "3", "Theo tháng!E4": "1",
			"Theo đơn vị!A2": "Phòng Văn hóa - Xã hội", "Theo đơn vị!A4": "Chưa giao đơn vị xử lý",
			"Danh sách!A1": "Mã theo dõi", "Danh sách!J1": "Đúng hạn", "Danh sách!B2": "03/02/2026 08:00", "Danh sách!J2": "không",
			"Danh sách!J3": "có", "Danh sách!F6": "Không tiếp nhận", "Danh sách!A7": "",
		}
		for ref, v := range want {
			sheet, cell, _ := strings.Cut(ref, "!")
			if got, err := wb.GetCellValue(sheet, cell); err != nil || got != v {
				t.Errorf("%s = %q (%v), want %q", ref, got, err, v)
			}
		}
		if strings.Contains(res.body, "Xuân Hòa") {
			t.Error("the export shows Xuân Hòa's submissions")
		}
		rows, err := wb.GetRows("Danh sách")
		must(t, err)
		for _, r := range rows {
			if strings.Contains(strings.Join(r, " "), "Bí mật") {
				t.Errorf("the list holds another commune's submission: %v", r)
			}
		}
		font, err := wb.GetCellStyle("Danh sách", "A1")
		must(t, err)
		if st, err := wb.GetStyle(font); err != nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("the header row is not bold")
		}
	})
}
