package web

import (
	"context"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
)

const reportDefaultsPath = "/settings/report"

// validReportDefaults returns a complete, valid form: Xuân Hưng's settings
// with a new signer, position and recipients.
func validReportDefaults() url.Values {
	return url.Values{
		"style": {"party"}, "superior_body": {"Đảng bộ tỉnh Ninh Bình"}, "issuing_body": {"Đảng ủy xã Xuân Hưng"},
		"place": {"Xuân Hưng"}, "symbol": {"BC/ĐU"}, "basis": {"Công văn số 310-CV/TU ngày 02/3/2026 của Tỉnh ủy Ninh Bình"},
		"reporter": {"Ban Thường vụ Đảng ủy xã Xuân Hưng"}, "receiver": {"UBND xã"}, "closer": {"Đảng ủy xã Xuân Hưng"},
		"assessment": {"Đảng ủy xã tiếp tục chỉ đạo quyết liệt."}, "recommendations": {"Không"},
		"recipients": {"Thường trực Tỉnh ủy Ninh Bình,\r\n- Lưu VPĐU."},
		"authority":  {"T/M BAN THƯỜNG VỤ"}, "position": {"BÍ THƯ"}, "signer": {"Trần Văn Mới"},
		"version": {"1"}, // the demo's stored defaults, as the form was drawn
	}
}

// TestReportDefaultsRoutes: everyone signed in reads the settings; only
// administrators and leaders get the form and may save.
func TestReportDefaultsRoutes(t *testing.T) {
	t.Parallel()
	secrets := []string{"Xuân Hòa", "bí mật", "Bí mật"}
	readOnly := []string{"Thiết lập chung của báo cáo", "Bạn chỉ xem được", "Bùi Thị Hồng Chiên", "Ủy Ban Kiểm tra tỉnh uỷ,",
		"Dòng đầu bên trái, chữ in hoa: ĐẢNG BỘ TỈNH NINH BÌNH", "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)", `href="/reports/2026-03/preview"`}
	noForm := append([]string{`action="/settings/report"`, "Lưu thiết lập", `name="signer"`}, secrets...)
	form := []string{`action="/settings/report"`, `<title>Thiết lập chung của báo cáo`, `id="style-party" name="style" value="party" checked aria-describedby`,
		`id="style-state" name="style" value="state" aria-describedby`, `value="Bùi Thị Hồng Chiên"`, "chữ in hoa đậm: ĐẢNG ỦY XÃ XUÂN HƯNG",
		`value="Đảng ủy xã Xuân Hưng"`, `value="BC/ĐU"`, "Ủy Ban Kiểm tra tỉnh uỷ,\nBan Thường vụ Đảng uỷ,\nLưu VPĐU.",
		"Công văn số 202-CV/UBKTTU", `for="issuing_body"`, `aria-describedby="symbol-hint"`, "Dòng đầu bên trái, chữ in hoa: ĐẢNG BỘ TỈNH NINH BÌNH",
		"Góc dưới bên phải", "Mục I.3", `href="/reports/2026-03/preview"`}
	runScenarios(t, []scenario{
		{name: "anonymous is sent to sign in", path: reportDefaultsPath, status: http.StatusSeeOther, want: []string{"/login?next=%2Fsettings%2Freport"}},
		{name: "anonymous cannot save", method: http.MethodPost, path: reportDefaultsPath, form: validReportDefaults(), status: http.StatusSeeOther, want: []string{"/login"}},
		{name: "the reports list links here", login: "xem", path: "/reports", status: http.StatusOK, want: []string{`href="/settings/report"`}},
		{name: "viewer reads", login: "xem", path: reportDefaultsPath, status: http.StatusOK, want: readOnly, notWant: noForm},
		{name: "culture staff reads", login: "vanhoa", path: reportDefaultsPath, status: http.StatusOK, want: readOnly, notWant: noForm},
		{name: "office staff reads", login: "vanphong", path: reportDefaultsPath, status: http.StatusOK, want: readOnly, notWant: noForm},
		{name: "admin gets the form", login: "quantri", path: reportDefaultsPath, status: http.StatusOK, want: form,
			notWant: append([]string{"Bạn chỉ xem được", "chưa lưu thiết lập riêng"}, secrets...)},
		{name: "leader gets the form", login: "lanhdao", path: reportDefaultsPath, status: http.StatusOK, want: form, notWant: secrets},
		{name: "viewer cannot save", login: "xem", method: http.MethodPost, path: reportDefaultsPath, form: validReportDefaults(), status: http.StatusForbidden},
		{name: "culture staff cannot save", login: "vanhoa", method: http.MethodPost, path: reportDefaultsPath, form: validReportDefaults(), status: http.StatusForbidden},
		{name: "office staff cannot save", login: "vanphong", method: http.MethodPost, path: reportDefaultsPath, form: validReportDefaults(), status: http.StatusForbidden},
		{name: "viewer still sees the old signer", login: "xem", path: reportDefaultsPath, status: http.StatusOK, want: []string{"Bùi Thị Hồng Chiên"}, notWant: []string{"Trần Văn Mới"}},
		{name: "admin saves", login: "quantri", method: http.MethodPost, path: reportDefaultsPath, form: validReportDefaults(),
			status: http.StatusSeeOther, want: []string{reportDefaultsPath}},
		{name: "leader saves", login: "lanhdao", method: http.MethodPost, path: reportDefaultsPath,
			form: withValues(validReportDefaults(), "signer", "Lê Thị Lãnh Đạo", "version", "2"), status: http.StatusSeeOther, want: []string{reportDefaultsPath}},
		{name: "the leader's save shows", login: "lanhdao", path: reportDefaultsPath, status: http.StatusOK,
			want: []string{"Đã lưu thiết lập chung của báo cáo", `value="Lê Thị Lãnh Đạo"`}, notWant: []string{`value="Bùi Thị Hồng Chiên"`}},
		{name: "viewer reads the new signer", login: "xem", path: reportDefaultsPath, status: http.StatusOK, want: []string{"Lê Thị Lãnh Đạo"}},
	})
}

// TestReportDefaultsChangeTheDocument: a save reaches the draft of March (which
// sets none of these itself) and is in the audit log, for Xuân Hưng only.
func TestReportDefaultsChangeTheDocument(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		leader := h.as("lanhdao")
		form := withValues(validReportDefaults(), "style", "state", "symbol", "BC-UBND", "superior_body", "UBND tỉnh Ninh Bình",
			"issuing_body", "UBND xã Xuân Hưng", "closer", "UBND xã Xuân Hưng")
		res := leader.post(reportDefaultsPath, form)
		if res.status != http.StatusSeeOther || res.location != reportDefaultsPath {
			t.Fatalf("save: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		page := leader.get(reportDefaultsPath)
		for _, w := range []string{"Đã lưu thiết lập chung", `id="style-state" name="style" value="state" checked`, `value="BC-UBND"`, "Thường trực Tỉnh ủy Ninh Bình,\nLưu VPĐU."} {
			if !strings.Contains(page.body, w) {
				t.Errorf("settings page after save: missing %q", w)
			}
		}
		preview := leader.get("/reports/2026-03/preview")
		checkResponse(t, scenario{name: "March preview", path: "/reports/2026-03/preview", status: http.StatusOK,
			want: []string{"Trần Văn Mới", "BÍ THƯ", "- Thường trực Tỉnh ủy Ninh Bình,", "- Lưu VPĐU.", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"UBND TỈNH NINH BÌNH", "/BC-UBND", "Thực hiện Công văn số 310-CV/TU", "UBND xã Xuân Hưng trân trọng báo cáo"},
			notWant: []string{"Bùi Thị Hồng Chiên", "Ủy Ban Kiểm tra tỉnh uỷ", "ĐẢNG CỘNG SẢN VIỆT NAM", "202-CV/UBKTTU"}}, preview)

		entries, err := h.store.AuditLog(context.Background(), h.org.ID, 10, 0)
		must(t, err)
		if len(entries) == 0 || entries[0].Action != "report.defaults" || entries[0].UserName != "lanhdao" ||
			!strings.Contains(entries[0].Before, "Bùi Thị Hồng Chiên") || !strings.Contains(entries[0].After, "Trần Văn Mới") ||
			!strings.Contains(entries[0].After, `"style":"state"`) {
			t.Fatalf("newest audit entry should be the leader's report.defaults with before and after, got %+v", entries)
		}
		audit := h.as("quantri").get("/audit")
		if !strings.Contains(audit.body, "Sửa thiết lập chung của báo cáo") {
			t.Errorf("the audit page does not label report.defaults\n%s", excerpt(audit.body))
		}

		other := h.as("xuanhoa-admin")
		checkResponse(t, scenario{name: "Xuân Hòa keeps its own", path: reportDefaultsPath, status: http.StatusOK,
			want: []string{`value="Đảng ủy xã Xuân Hòa"`, "chưa lưu thiết lập riêng"}, notWant: []string{"Trần Văn Mới", "Xuân Hưng", "Bùi Thị Hồng Chiên", `value="BC-UBND"`}},
			other.get(reportDefaultsPath))
		otherLog, err := h.store.AuditLog(context.Background(), h.other.Org.ID, 10, 0)
		must(t, err)
		for _, e := range otherLog {
			if e.Action == "report.defaults" {
				t.Errorf("Xuân Hòa's log has Xuân Hưng's change: %+v", e)
			}
		}
	})
}

// TestReportDefaultsRefuseBadInput: every problem is named beside its field,
// with a 422, the input kept, and nothing saved or logged.
func TestReportDefaultsRefuseBadInput(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Ban Chấp hành ", 12) + "xã" // 170 characters
	cases := []struct {
		name   string
		form   url.Values
		field  string
		want   string
		keeps  string
		status int
	}{
		{"no issuing body", withValues(validReportDefaults(), "issuing_body", "  "), "issuing_body", "Nhập cơ quan ban hành, ví dụ Đảng ủy xã Xuân Hưng.", `value="Trần Văn Mới"`, 0},
		{"no place", withValues(validReportDefaults(), "place", ""), "place", "Nhập địa danh", "", 0},
		{"no symbol", withValues(validReportDefaults(), "symbol", ""), "symbol", "Nhập ký hiệu văn bản", "", 0},
		{"a symbol with a space", withValues(validReportDefaults(), "symbol", "BC / ĐU"), "symbol", "Ký hiệu không được có dấu cách", `value="BC / ĐU"`, 0},
		{"a symbol with its own dash", withValues(validReportDefaults(), "symbol", "-BC/ĐU"), "symbol", "Không gõ “-” hay “/” ở đầu ký hiệu", "", 0},
		{"no reporter", withValues(validReportDefaults(), "reporter", ""), "reporter", "Nhập chủ thể báo cáo ở câu mở đầu", "", 0},
		{"no closer", withValues(validReportDefaults(), "closer", ""), "closer", "Nhập chủ thể báo cáo ở câu kết", "", 0},
		{"no authority", withValues(validReportDefaults(), "authority", ""), "authority", "Nhập thẩm quyền ký", "", 0},
		{"no position", withValues(validReportDefaults(), "position", ""), "position", "Nhập chức vụ người ký", "", 0},
		{"no style", withValues(validReportDefaults(), "style", "đẹp"), "style", "Chọn thể thức văn bản", "", 0},
		{"a header line too long", withValues(validReportDefaults(), "superior_body", long), "superior_body", "Nội dung quá dài (tối đa 150 ký tự).", long, 0},
		{"a signer on two lines", withValues(validReportDefaults(), "signer", "Trần Văn\nMới"), "signer", "Chỉ viết trên một dòng.", "", 0},
		{"a recipient too long", withValues(validReportDefaults(), "recipients", "Tỉnh ủy,\n"+long), "recipients", "Nơi nhận thứ 2 quá dài", "Tỉnh ủy,\n" + long, 0},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := context.Background()
		before, _, err := h.store.OwnReportSettings(ctx, h.org.ID, domain.ReportKindNQ57Monthly, domain.Period{})
		must(t, err)
		logBefore, err := h.store.AuditLog(ctx, h.org.ID, 1000, 0)
		must(t, err)
		admin := h.as("quantri")
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				res := admin.post(reportDefaultsPath, c.form)
				want := []string{c.want, `id="` + c.field + `-error"`, `aria-invalid="true"`, `action="/settings/report"`}
				if c.keeps != "" {
					want = append(want, c.keeps)
				}
				checkResponse(t, scenario{name: c.name, path: reportDefaultsPath, status: http.StatusUnprocessableEntity, want: want,
					notWant: []string{"Đã lưu thiết lập"}}, res)
			})
		}
		after, _, err := h.store.OwnReportSettings(ctx, h.org.ID, domain.ReportKindNQ57Monthly, domain.Period{})
		must(t, err)
		if !reflect.DeepEqual(before, after) {
			t.Errorf("refused forms changed the settings:\nbefore %+v\nafter  %+v", before, after)
		}
		logAfter, err := h.store.AuditLog(ctx, h.org.ID, 1000, 0)
		must(t, err)
		if len(logAfter) != len(logBefore) {
			t.Errorf("refused forms were logged: %d entries before, %d after", len(logBefore), len(logAfter))
		}
	})
}

// TestReportDefaultsOfANewCommune: a commune created today starts from
// settings made of its own names, and reports as soon as it has a program,
// with nothing of its neighbours'.
func TestReportDefaultsOfANewCommune(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := context.Background()
		org := domain.Org{ParentID: h.org.ParentID, Code: "yen-mac", Name: "Yên Mạc", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, h.store.SaveOrg(ctx, &org))
		newCommuneUser(t, h, org, "yenmac-admin")
		admin := h.as("yenmac-admin")
		neighbours := []string{"Xuân Hưng", "XUÂN HƯNG", "Bùi Thị Hồng Chiên", "202-CV/UBKTTU", "Xuân Hòa"}

		checkResponse(t, scenario{name: "starting settings", path: reportDefaultsPath, status: http.StatusOK,
			want: []string{`value="Đảng ủy xã Yên Mạc"`, `value="Ban Thường vụ Đảng ủy xã Yên Mạc"`, `value="Đảng bộ tỉnh Ninh Bình"`,
				`value="Yên Mạc"`, `value="BC/ĐU"`, `value="UBND xã"`, "Ban Thường vụ Đảng ủy,\nLưu VPĐU.", `value="T/M BAN THƯỜNG VỤ"`,
				`id="style-party" name="style" value="party" checked aria-describedby`, "chưa lưu thiết lập riêng", "ĐẢNG ỦY XÃ YÊN MẠC",
				"chưa có chương trình công tác năm 2026"},
			notWant: append([]string{`href="/reports/2026-03/preview"`}, neighbours...)}, admin.get(reportDefaultsPath))
		if res := admin.get("/reports/2026-03/preview"); res.status != http.StatusNotFound {
			t.Errorf("a commune without a program previewed: %d", res.status)
		}

		prog := domain.Program{OrgID: org.ID, Number: "01-CTr/BCĐ", Year: 2026, Date: domain.Date(2026, 2, 1), Groups: []domain.Group{{
			Numeral: "I", Name: "Phát triển hạ tầng", Criteria: []domain.Criterion{{
				Number: 1, Text: "100% thôn có điểm truy cập Internet công cộng",
				Targets: []domain.Target{{Comparator: domain.Equal, Threshold: 100, Unit: "%"}},
			}},
		}}}
		must(t, h.store.SaveProgram(ctx, &prog))
		checkResponse(t, scenario{name: "preview link", path: reportDefaultsPath, status: http.StatusOK,
			want: []string{`href="/reports/2026-03/preview"`}, notWant: neighbours}, admin.get(reportDefaultsPath))
		checkResponse(t, scenario{name: "first preview", path: "/reports/2026-03/preview", status: http.StatusOK,
			want: []string{"ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ YÊN MẠC", "Yên Mạc, ngày", "-BC/ĐU", "Ban Thường vụ Đảng ủy xã Yên Mạc báo cáo",
				"Đảng ủy xã Yên Mạc trân trọng báo cáo", "T/M BAN THƯỜNG VỤ", "- Lưu VPĐU.", "UBND xã"},
			notWant: neighbours}, admin.get("/reports/2026-03/preview"))

		// Its first save is its own: the demo commune is untouched.
		res := admin.post(reportDefaultsPath, withValues(validReportDefaults(), "issuing_body", "Đảng ủy xã Yên Mạc", "place", "Yên Mạc",
			"reporter", "Ban Thường vụ Đảng ủy xã Yên Mạc", "closer", "Đảng ủy xã Yên Mạc", "signer", "Phạm Văn Yên", "version", "0"))
		if res.status != http.StatusSeeOther {
			t.Fatalf("save of the new commune: %d\n%s", res.status, excerpt(res.body))
		}
		if log, err := h.store.AuditLog(ctx, org.ID, 5, 0); err != nil || len(log) == 0 || log[0].Action != "report.defaults" || log[0].Before != "" {
			t.Errorf("the first save is logged with nothing before: %+v %v", log, err)
		}
		checkResponse(t, scenario{name: "Xuân Hưng is untouched", path: reportDefaultsPath, status: http.StatusOK,
			want: []string{"Bùi Thị Hồng Chiên"}, notWant: []string{"Phạm Văn Yên", "Yên Mạc"}}, h.as("xem").get(reportDefaultsPath))
		checkResponse(t, scenario{name: "Xuân Hưng's March is untouched", path: "/reports/2026-03/preview", status: http.StatusOK,
			want: []string{"Bùi Thị Hồng Chiên"}, notWant: []string{"Phạm Văn Yên", "Yên Mạc"}}, h.as("xem").get("/reports/2026-03/preview"))
	})
}

// newCommuneUser adds an administrator to org, signing in with the demo password.
func newCommuneUser(t *testing.T, h *harness, org domain.Org, login string) {
	t.Helper()
	hash, err := fastHash(demo.Password)
	must(t, err)
	u := domain.User{OrgID: org.ID, Login: login, Role: domain.RoleAdmin, PasswordHash: hash, CreatedAt: testNow}
	must(t, h.store.SaveUser(context.Background(), &u))
}
