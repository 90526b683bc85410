package web

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var meetingNotLeaked = []string{"Xuân Hòa", "bí mật", "Bí mật"}

func TestDashboardRoutes(t *testing.T) {
	t.Parallel()
	march := []string{"Tổng quan tháng 3 năm 2026", "8/39",
		// per group: met, total
		"I. Phát triển hạ tầng</th>\n        <td class=\"num\">3</td><td class=\"num\">13</td>",
		"II. Phát triển nguồn lực</th>\n        <td class=\"num\">2</td><td class=\"num\">12</td>",
		"III. Phát triển chuyển đổi số</th>\n        <td class=\"num\">3</td><td class=\"num\">14</td>",
		// the chart, with its title and the same figures in a table
		`<svg role="img"`, `<title id="met-chart-title">Số tiêu chí đạt theo tháng, năm 2026</title>`,
		"Tháng 1/2026</th><td>2</td>", "Tháng 2/2026</th><td>5</td>", "Tháng 3/2026</th><td>8</td>",
		// criteria without data, by lead unit, with a link to the unit's grid
		"Tiêu chí chưa có số liệu tháng 3 năm 2026", "VP HĐND - UBND <span class=\"count\">(1)</span>",
		"/data?period=2026-03&amp;unit=", "100% máy tính của cơ quan Đảng",
		// the report of the period: due 25/3, not issued, so late on 28/3
		"Báo cáo tháng 3 năm 2026", "Chậm 3 ngày", `href="/reports/2026-03"`, "Không có nhiệm vụ nào quá hạn."}
	runScenarios(t, []scenario{
		{name: "anonymous gets the public home page", path: "/", status: http.StatusOK, want: []string{`href="/xa/xuan-hung"`, `href="/login"`}, notWant: []string{"8/39"}},
		{name: "admin, March", login: "quantri", path: "/?period=2026-03", status: http.StatusOK, want: march, notWant: meetingNotLeaked},
		{name: "viewer, the default period is March on 28/3", login: "xem", path: "/", status: http.StatusOK, want: march, notWant: meetingNotLeaked},
		{name: "leader", login: "lanhdao", path: "/", status: http.StatusOK, want: []string{"8/39"}, notWant: meetingNotLeaked},
		{name: "staff", login: "vanphong", path: "/", status: http.StatusOK, want: []string{"8/39"}, notWant: meetingNotLeaked},
		{name: "February has fewer met", login: "xem", path: "/?period=2026-02", status: http.StatusOK,
			want:    []string{"5/39", "Tháng 1/2026</th><td>2</td>", "Tháng 2/2026</th><td>5</td>", "Chậm 31 ngày", `href="/reports/2026-02"`},
			notWant: []string{"8/39", "Tháng 3/2026</th>"}},
		{name: "January", login: "xem", path: "/?period=2026-01", status: http.StatusOK, want: []string{"2/39"}},
		{name: "a year without a program offers the newest program's months", login: "xem", path: "/?period=2027-02", status: http.StatusOK,
			want:    []string{"Chưa có chương trình công tác năm 2027", `href="/?period=2026-03"`, "Báo cáo tháng 2 năm 2027"},
			notWant: []string{"8/39", "<svg"}},
		{name: "a malformed period", login: "xem", path: "/?period=2026-13", status: http.StatusBadRequest, want: []string{"tháng 13 không có"}},
	})
}

func TestDashboardPutsTheStaffUnitsMissingCriteriaFirst(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		const own, other = `Phòng VH-XH <span class="count">`, `VP HĐND - UBND <span class="count">`
		staff := h.as("vanhoa").get("/").body
		if i, j := strings.Index(staff, own), strings.Index(staff, other); i < 0 || j < 0 || i > j {
			t.Errorf("for Phòng VH-XH's staff their unit should come first: at %d, VP HĐND - UBND at %d", i, j)
		}
		if !strings.Contains(staff, "Đơn vị của bạn") {
			t.Error("the staff's own unit is not marked")
		}
		admin := h.as("quantri").get("/").body
		if i, j := strings.Index(admin, own), strings.Index(admin, other); i < 0 || j < 0 || i < j {
			t.Errorf("for the administrator the program order holds: Phòng VH-XH at %d, VP HĐND - UBND at %d", i, j)
		}
		if strings.Contains(admin, "Đơn vị của bạn") {
			t.Error("an administrator has no unit of their own")
		}
	})
}

func TestDashboardShowsOverdueTasksButNotThoseDueToday(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		m := domain.Meeting{OrgID: h.org.ID, Date: domain.Date(2026, 3, 2), Kind: domain.MeetingStanding, Content: "rà soát tiến độ",
			Tasks: []domain.Task{
				{Title: "Nhiệm vụ hạn hôm qua", UnitText: "Phòng Kinh tế", Deadline: domain.Date(2026, 3, 27), Status: domain.TaskOpen},
				{Title: "Nhiệm vụ hạn hôm nay", UnitText: "VPĐU", Deadline: domain.Date(2026, 3, 28), Status: domain.TaskOpen},
				{Title: "Nhiệm vụ quá hạn đã xong", Deadline: domain.Date(2026, 3, 3), Status: domain.TaskDone, DoneAt: domain.Date(2026, 3, 20)},
			}}
		must(t, h.store.SaveMeeting(t.Context(), &m))
		body := h.as("xem").get("/").body
		late := meetingTableRow(body, "Nhiệm vụ hạn hôm qua")
		if !strings.Contains(late, "Quá hạn") || !strings.Contains(late, "Phòng Kinh tế") || !strings.Contains(late, "02/03/2026") {
			t.Errorf("the overdue task's row lacks its mark, unit or meeting: %q", late)
		}
		for _, absent := range []string{"Nhiệm vụ hạn hôm nay", "Nhiệm vụ quá hạn đã xong"} {
			if strings.Contains(body, absent) {
				t.Errorf("the dashboard lists %q as overdue", absent)
			}
		}
	})
}

func TestDashboardShowsAnIssuedReport(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ir := domain.IssuedReport{OrgID: h.org.ID, Kind: domain.ReportKindNQ57Monthly, Period: domain.MonthPeriod(2026, 3),
			Number: "15-BC/ĐU", DocDate: domain.Date(2026, 3, 25), IssuedAt: testNow.Add(-time.Hour), IssuedBy: "lanhdao",
			DOCX: []byte("docx"), PDF: []byte("pdf")}
		must(t, h.store.SaveIssuedReport(t.Context(), &ir))
		body := h.as("xem").get("/").body
		if !strings.Contains(body, "Đã ban hành") || !strings.Contains(body, "Số 15-BC/ĐU, ngày 25/03/2026") || strings.Contains(body, "Chậm 3 ngày") {
			t.Errorf("the issued report is not shown as issued:\n%s", excerpt(body))
		}
	})
}
