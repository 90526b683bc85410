package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestGroupsAreRenamedAndEmptyOnesDeleted(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		p := h.demoProgram()
		infra := p.Groups[0]
		base := fmt.Sprintf("/programs/%d/groups/", p.ID)
		leader := h.as("lanhdao")

		res := leader.post(fmt.Sprintf("%s%d/rename", base, infra.ID), url.Values{"name": {"Hạ tầng số"}, "version": {fmt.Sprint(infra.Version)}})
		if res.status != http.StatusSeeOther {
			t.Fatalf("rename: %d\n%s", res.status, excerpt(res.body))
		}
		after := h.demoProgram()
		if after.Groups[0].Name != "Hạ tầng số" || after.Groups[0].Numeral != "I" || len(after.Groups[0].Criteria) != len(infra.Criteria) ||
			after.Groups[0].Criteria[0].ID != infra.Criteria[0].ID {
			t.Errorf("rename changed more than the name: %+v", after.Groups[0])
		}
		if res := leader.post(fmt.Sprintf("%s%d/rename", base, infra.ID), url.Values{"name": {""}, "version": {"2"}}); res.status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.body, "Nhập tên nhóm") {
			t.Errorf("empty name: %d, want 422 and the reason", res.status)
		}
		if res := leader.post(fmt.Sprintf("%s%d/delete", base, infra.ID), nil); res.status != http.StatusConflict {
			t.Errorf("deleting a group with criteria: %d, want 409", res.status)
		}
		if got := len(h.demoProgram().Groups); got != 3 {
			t.Fatalf("a refused delete left %d groups", got)
		}

		leader.post(fmt.Sprintf("/programs/%d/groups", p.ID), url.Values{"numeral": {"IV"}, "name": {"Nhóm thử"}})
		withIV := h.demoProgram()
		if len(withIV.Groups) != 4 {
			t.Fatalf("adding group IV: %d groups", len(withIV.Groups))
		}
		if res := leader.post(fmt.Sprintf("%s%d/delete", base, withIV.Groups[3].ID), nil); res.status != http.StatusSeeOther {
			t.Fatalf("deleting the empty group: %d", res.status)
		}
		if got := len(h.demoProgram().Groups); got != 3 {
			t.Errorf("after deleting the empty group: %d groups", got)
		}

		for _, path := range []string{
			fmt.Sprintf("/programs/%d/groups/%d/rename", h.other.Program.ID, h.other.Program.Groups[0].ID),
			fmt.Sprintf("%s%d/rename", base, h.other.Program.Groups[0].ID),
		} {
			if res := leader.post(path, url.Values{"name": {"Chiếm quyền"}}); res.status != http.StatusNotFound {
				t.Errorf("%s: %d, want 404", path, res.status)
			}
		}
		if res := h.as("xem").post(fmt.Sprintf("%s%d/rename", base, infra.ID), url.Values{"name": {"Xem"}}); res.status != http.StatusForbidden {
			t.Errorf("a viewer renamed a group: %d", res.status)
		}
	})
}
