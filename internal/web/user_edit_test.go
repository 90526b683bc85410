package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
)

// userOf returns the stored account with the login.
func (h *harness) userOf(login string) domain.User {
	h.t.Helper()
	u, err := h.store.UserByLogin(h.t.Context(), login)
	must(h.t, err)
	return u
}

func TestUserRoutes(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		xem := h.userOf("xem")
		own, other := fmt.Sprintf("/users/%d", xem.ID), fmt.Sprintf("/users/%d", h.other.User.ID)
		version := url.Values{"version": {fmt.Sprint(xem.Version)}}
		return []scenario{
			{name: "admin opens an account", login: "quantri", path: own, status: http.StatusOK,
				want: []string{"Tài khoản xem", `name="version" value="1"`, "Khóa tài khoản", "Phạm Minh Tuấn"}},
			{name: "the list links each account", login: "quantri", path: "/users", status: http.StatusOK, want: []string{`href="` + own + `"`}},
			{name: "leader may not open an account", login: "lanhdao", path: own, status: http.StatusForbidden},
			{name: "leader may not disable", login: "lanhdao", method: http.MethodPost, path: own + "/disable", form: version, status: http.StatusForbidden},
			{name: "another commune's account is not found", login: "quantri", path: other, status: http.StatusNotFound, notWant: []string{"xuanhoa-admin"}},
			{name: "another commune's account cannot be disabled", login: "quantri", method: http.MethodPost, path: other + "/disable",
				form: url.Values{"version": {"1"}}, status: http.StatusNotFound},
			{name: "another commune's account cannot be edited", login: "quantri", method: http.MethodPost, path: other,
				form: url.Values{"version": {"1"}, "role": {"viewer"}}, status: http.StatusNotFound},
			{name: "an administrator cannot disable themself", login: "quantri", method: http.MethodPost,
				path: fmt.Sprintf("/users/%d/disable", h.userOf("quantri").ID), form: url.Values{"version": {"1"}},
				status: http.StatusConflict, want: []string{"không thể tự bỏ quyền quản trị hay tự khóa"}},
			{name: "the last administrator keeps the role", login: "quantri", method: http.MethodPost,
				path: fmt.Sprintf("/users/%d", h.userOf("quantri").ID), form: url.Values{"version": {"1"}, "role": {"leader"}, "name": {"Nguyễn Văn Quản"}},
				status: http.StatusUnprocessableEntity, want: []string{`aria-describedby="role-error"`, "không thể tự bỏ quyền quản trị"}},
		}
	})
}

func TestDisablingAUserEndsTheirSessionAndSignIn(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		staff := h.as("vanhoa")
		u := h.userOf("vanhoa")
		admin := h.as("quantri")
		res := admin.post(fmt.Sprintf("/users/%d/disable", u.ID), url.Values{"version": {fmt.Sprint(u.Version)}})
		if res.status != http.StatusSeeOther || res.location != fmt.Sprintf("/users/%d", u.ID) {
			t.Fatalf("disable: %d %q\n%s", res.status, res.location, excerpt(res.body))
		}
		if page := admin.get(res.location).body; !strings.Contains(page, "Đã khóa tài khoản vanhoa") || !strings.Contains(page, "Mở khóa tài khoản") {
			t.Errorf("the account's page does not show it disabled:\n%s", excerpt(page))
		}
		if r := staff.get("/data"); r.status != http.StatusSeeOther || !strings.HasPrefix(r.location, "/login") {
			t.Errorf("the disabled user's session still works: %d %q", r.status, r.location)
		}
		if r := h.anonymous().post("/login", url.Values{"login": {"vanhoa"}, "password": {demo.Password}}); r.status != http.StatusUnauthorized {
			t.Errorf("the disabled user signed in: %d", r.status)
		}
		if e := h.lastAudit(); e.Action != "user.disable" || e.UserName != "quantri" {
			t.Errorf("audit: %+v", e)
		}
		u = h.userOf("vanhoa")
		if r := admin.post(fmt.Sprintf("/users/%d/enable", u.ID), url.Values{"version": {fmt.Sprint(u.Version)}}); r.status != http.StatusSeeOther {
			t.Fatalf("enable: %d", r.status)
		}
		h.as("vanhoa")
	})
}

// Two administrators edit one account from pages drawn at the same version:
// the second save is refused with the first one's name and value, keeps what
// the second typed, and goes through when saved again.
func TestTwoAdministratorsEditingOneAccountOnTheWeb(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		newCommuneUser(t, h, h.org, "quantri2")
		first, second := h.as("quantri"), h.as("quantri2")
		u := h.userOf("xem")
		path := fmt.Sprintf("/users/%d", u.ID)
		form := func(name string, version int64) url.Values {
			return url.Values{"name": {name}, "role": {"viewer"}, "unit": {"0"}, "version": {fmt.Sprint(version)}}
		}
		if r := first.post(path, form("Phạm Minh Tuấn (sửa lần 1)", u.Version)); r.status != http.StatusSeeOther {
			t.Fatalf("first save: %d\n%s", r.status, excerpt(r.body))
		}
		r := second.post(path, form("Tên người thứ hai gõ", u.Version))
		if r.status != http.StatusConflict {
			t.Fatalf("second save: %d, want 409\n%s", r.status, excerpt(r.body))
		}
		for _, want := range []string{"vừa được Nguyễn Văn Quản sửa", "Phạm Minh Tuấn (sửa lần 1)", `value="Tên người thứ hai gõ"`, fmt.Sprintf(`name="version" value="%d"`, u.Version+1)} {
			if !strings.Contains(r.body, want) {
				t.Errorf("the refusal lacks %q", want)
			}
		}
		if got := h.userOf("xem"); got.Name != "Phạm Minh Tuấn (sửa lần 1)" {
			t.Errorf("the stale save changed the account: %+v", got)
		}
		if r := second.post(path, form("Tên người thứ hai gõ", u.Version+1)); r.status != http.StatusSeeOther {
			t.Errorf("saving again: %d", r.status)
		}
		if e := h.lastAudit(); e.Action != "user.edit" || !strings.Contains(e.Before, "sửa lần 1") || !strings.Contains(e.After, "người thứ hai") {
			t.Errorf("audit: %+v", e)
		}
	})
}
