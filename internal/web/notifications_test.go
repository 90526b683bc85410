package web

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/storage"
)

// tellIn tells the people of org with the role the notice, as a use case
// would, and returns the id of the notice stored for the person with the
// login.
func (h *harness) tellIn(orgID int64, role domain.UserRole, login string, n domain.Notice) int64 {
	h.t.Helper()
	ctx := context.Background()
	must(h.t, h.store.WithTx(ctx, func(tx *storage.Store) error {
		_, err := notify.Tell(ctx, tx, testNow, notify.Audience{OrgID: orgID, Roles: []domain.UserRole{role}}, n)
		return err
	}))
	u, err := h.store.UserByLogin(ctx, login)
	must(h.t, err)
	list, err := h.store.Notices(ctx, u.ID, 1)
	must(h.t, err)
	return list[0].ID
}

// TestNotificationsPageRoutes covers the notifications of both audiences:
// each person sees and marks only their own, newest first and the unread
// marked, a notice opens its link, and the menu counts the unread ones on
// every page.
func TestNotificationsPageRoutes(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		h.tellIn(h.org.ID, domain.RoleLeader, "lanhdao", domain.Notice{Kind: domain.NoticeDueSoon,
			Title: "Báo cáo tháng 3 năm 2026 đến hạn sau 3 ngày", Link: "/reports/2026-03"})
		requested := h.tellIn(h.org.ID, domain.RoleLeader, "lanhdao", domain.Notice{Kind: domain.NoticeRequest,
			Title: "Tỉnh yêu cầu báo cáo tháng 3 năm 2026", Body: "Hạn nộp: 05/04/2026.", Link: "/reports/2026-03"})
		plain := h.tellIn(h.org.ID, domain.RoleLeader, "lanhdao", domain.Notice{Kind: domain.NoticeAccepted,
			Title: "Tỉnh đã tiếp nhận báo cáo tháng 2 năm 2026"})
		outside := h.tellIn(h.org.ID, domain.RoleLeader, "lanhdao", domain.Notice{Kind: domain.NoticeReturned,
			Title: "Một liên kết ra ngoài", Link: "//evil.example/x"})
		province := h.tellIn(h.org.ParentID, domain.RoleLeader, "tinh-lanhdao", domain.Notice{Kind: domain.NoticeSubmitted,
			Title: "Xã Xuân Hưng đã nộp báo cáo tháng 3 năm 2026", Link: "/province"})
		read := func(id int64) string { return fmt.Sprintf("/notifications/%d/read", id) }
		post := http.MethodPost
		runScenariosOn(t, h, []scenario{
			{name: "a visitor signs in first", path: "/notifications", status: http.StatusSeeOther, want: []string{"/login?next=%2Fnotifications"}},
			{name: "a visitor cannot mark", method: post, path: read(requested), status: http.StatusSeeOther, want: []string{"/login"}},
			{name: "the leader's list, newest first", login: "lanhdao", path: "/notifications", status: http.StatusOK,
				want:    []string{"Thông báo", "(4 chưa đọc)", `class="badge">4`, "Hạn nộp: 05/04/2026.", `action="` + read(requested) + `"`, "Đánh dấu tất cả đã đọc"},
				notWant: []string{"Xã Xuân Hưng đã nộp"}},
			{name: "the badge on the dashboard", login: "lanhdao", path: "/", status: http.StatusOK, want: []string{`href="/notifications"`, `class="badge">4`}},
			{name: "another's notice is not found", login: "lanhdao", method: post, path: read(province), status: http.StatusNotFound},
			{name: "a notice that is no number", login: "lanhdao", method: post, path: "/notifications/abc/read", status: http.StatusNotFound},
			{name: "a notice opens its link", login: "lanhdao", method: post, path: read(requested), status: http.StatusSeeOther, want: []string{"/reports/2026-03"}},
			{name: "opened twice, still its link", login: "lanhdao", method: post, path: read(requested), status: http.StatusSeeOther, want: []string{"/reports/2026-03"}},
			{name: "one fewer unread", login: "lanhdao", path: "/notifications", status: http.StatusOK, want: []string{"(3 chưa đọc)", `class="badge">3`}},
			{name: "a notice without a link stays here", login: "lanhdao", method: post, path: read(plain), status: http.StatusSeeOther, want: []string{"/notifications"}},
			{name: "a link out of the app is not followed", login: "lanhdao", method: post, path: read(outside), status: http.StatusSeeOther,
				want: []string{"/notifications"}, notWant: []string{"evil.example"}},
			{name: "the province leader's own", login: "tinh-lanhdao", path: "/notifications", status: http.StatusOK,
				want:    []string{"Xã Xuân Hưng đã nộp báo cáo tháng 3 năm 2026", `class="badge">1`, `href="/province/requests"`},
				notWant: []string{"Tỉnh yêu cầu báo cáo"}},
			{name: "the province leader cannot mark the commune's", login: "tinh-lanhdao", method: post, path: read(requested), status: http.StatusNotFound},
			{name: "someone told nothing", login: "vanphong", path: "/notifications", status: http.StatusOK,
				want: []string{"Bạn chưa có thông báo nào"}, notWant: []string{`class="badge"`, "Tỉnh yêu cầu"}},
			{name: "all read", login: "tinh-lanhdao", method: post, path: "/notifications/read-all", status: http.StatusSeeOther, want: []string{"/notifications"}},
			{name: "no badge once all are read", login: "tinh-lanhdao", path: "/notifications", status: http.StatusOK,
				want: []string{"Xã Xuân Hưng đã nộp"}, notWant: []string{`class="badge"`, "chưa đọc)", "Đánh dấu tất cả"}},
			{name: "the leader's still unread", login: "lanhdao", path: "/notifications", status: http.StatusOK,
				want: []string{`class="badge">1`, "(1 chưa đọc)", "Báo cáo tháng 3 năm 2026 đến hạn sau 3 ngày"}},
		})
	})
}
