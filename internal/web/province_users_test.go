package web

import (
	"net/http"
	"net/url"
	"testing"
)

// A province's administrator manages its accounts on the users pages: its
// staff are called "Chuyên viên", no unit is asked for, and every account
// may give an e-mail address, which is checked.
func TestProvinceAdministratorManagesItsAccounts(t *testing.T) {
	t.Parallel()
	runScenariosOf(t, func(h *harness) []scenario {
		staff := itoa(h.userID("tinh-chuyenvien"))
		return []scenario{
			{name: "the list names chuyên viên and asks for no unit", login: "tinh-quantri", path: "/users", status: http.StatusOK,
				want:    []string{"tinh-chuyenvien", "<td>Chuyên viên</td>", ">Chuyên viên</option>", `id="email"`},
				notWant: []string{`id="unit"`, "Cơ quan, đơn vị", "Cán bộ đơn vị", ">quantri</a>", "thanhhoa-lanhdao"}},
			{name: "a bad e-mail is refused beside its field", login: "tinh-quantri", method: "POST", path: "/users",
				form:   url.Values{"login": {"tinh-cv2"}, "name": {"Lê Văn Bình"}, "role": {"staff"}, "email": {"binh@"}},
				status: http.StatusUnprocessableEntity, want: []string{`id="email-error"`, "không đúng", `value="tinh-cv2"`}},
			{name: "a chuyên viên with an e-mail and no unit", login: "tinh-quantri", method: "POST", path: "/users",
				form:   url.Values{"login": {"tinh-cv2"}, "name": {"Lê Văn Bình"}, "role": {"staff"}, "email": {"Binh.LV@NinhBinh.gov.vn"}},
				status: http.StatusOK, want: []string{"Mật khẩu một lần của <strong>tinh-cv2</strong>", "<td>binh.lv@ninhbinh.gov.vn</td>"}},
			{name: "an account's page", login: "tinh-quantri", path: "/users/" + staff, status: http.StatusOK,
				want: []string{"Chuyên viên", `name="email"`}, notWant: []string{`id="unit"`}},
			{name: "an e-mail is saved on the account", login: "tinh-quantri", method: "POST", path: "/users/" + staff,
				form:   url.Values{"name": {"Vũ Đức Minh"}, "role": {"staff"}, "email": {"minh.vd@ninhbinh.gov.vn"}, "version": {"1"}},
				status: http.StatusSeeOther},
			{name: "the account after", login: "tinh-quantri", path: "/users/" + staff, status: http.StatusOK, want: []string{`value="minh.vd@ninhbinh.gov.vn"`}},
			{name: "a commune's list still asks for the unit", login: "quantri", path: "/users", status: http.StatusOK,
				want: []string{`id="unit"`, "Cán bộ đơn vị", `id="email"`}, notWant: []string{"Chuyên viên"}},
		}
	})
}
