package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/web/ui"
)

// The live status of the grid is the server's: what a save would refuse
// is never shown as "Đạt".
func TestDataStatusFollowsTheSaveRules(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		cadres, decision := h.dataCriterion("II.1"), h.dataCriterion("II.3")
		f := "c" + dataID(cadres.ID) + "-t0"
		tests := []struct {
			name      string
			login     string
			form      url.Values
			status    int
			want      string // the status, or "" when refused
			wantField string
			wantWords string
		}{
			{"42 of 42", "quantri", url.Values{"row": {dataID(cadres.ID)}, f + "-num": {"42"}, f + "-den": {"42"}}, 200, "met", "", ""},
			{"30 of 50", "quantri", url.Values{"row": {dataID(cadres.ID)}, f + "-num": {"30"}, f + "-den": {"50"}}, 200, "not_met", "", ""},
			{"120 of 100", "quantri", url.Values{"row": {dataID(cadres.ID)}, f + "-num": {"120"}, f + "-den": {"100"}}, 200, "", f + "-num", "Tử số không được lớn hơn mẫu số."},
			{"150 %", "quantri", url.Values{"row": {dataID(cadres.ID)}, f + "-value": {"150"}}, 200, "", f + "-value", "Tỷ lệ không được lớn hơn 100 %."},
			{"not a number", "quantri", url.Values{"row": {dataID(cadres.ID)}, f + "-value": {"chín mươi"}}, 200, "", f + "-value", "không phải là số"},
			{"a qualitative one", "vanphong", url.Values{"row": {dataID(decision.ID)}, "c" + dataID(decision.ID) + "-met": {"yes"}}, 200, "met", "", ""},
			{"nothing typed", "quantri", url.Values{"row": {dataID(cadres.ID)}}, 200, "no_data", "", ""},
			{"a viewer", "xem", url.Values{"row": {dataID(cadres.ID)}}, http.StatusForbidden, "", "", ""},
			{"another commune's criterion", "quantri", url.Values{"row": {dataID(h.other.Criterion.ID)}}, http.StatusNotFound, "", "", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				tt.form.Set("period", "2026-03")
				res := h.as(tt.login).post("/data/status", tt.form)
				if res.status != tt.status {
					t.Fatalf("status %d, want %d\n%s", res.status, tt.status, res.body)
				}
				if tt.status != http.StatusOK {
					return
				}
				var body struct {
					Status, Label string
					Problems      []ui.JSONProblem
				}
				if err := json.Unmarshal([]byte(res.body), &body); err != nil {
					t.Fatalf("%v: %s", err, res.body)
				}
				if body.Status != tt.want {
					t.Errorf("status %q (%s), want %q", body.Status, body.Label, tt.want)
				}
				if tt.wantField != "" && (len(body.Problems) == 0 || body.Problems[0].Field != tt.wantField || !strings.Contains(body.Problems[0].Message, tt.wantWords)) {
					t.Errorf("problems %+v, want %q on %s", body.Problems, tt.wantWords, tt.wantField)
				}
			})
		}
	})
}
