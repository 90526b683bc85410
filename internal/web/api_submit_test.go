package web

import (
	"encoding/json"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/public"
	"github.com/nq57/nq57/internal/web/ui"
)

// goodJSON is a valid API submission; edit tweaks the decoded request.
func goodJSON(edit func(*public.SubmitRequest)) string {
	req := public.SubmitRequest{Org: "xuan-hung", Kind: "kien_nghi", Field: "Thủ tục hành chính",
		Title:   "Rút ngắn thời gian cấp phép xây dựng nhà ở riêng lẻ",
		Content: "Thủ tục cấp phép xây dựng nhà ở riêng lẻ còn kéo dài; đề nghị cho nộp hồ sơ trực tuyến toàn trình.",
		Sender:  public.Sender{Name: testName, Address: testAddress, Phone: testPhone, Email: testEmail, NationalID: testNationalID}}
	if edit != nil {
		edit(&req)
	}
	b, err := json.Marshal(req)
	if err != nil {
		panic(err) // a struct of strings always encodes
	}
	return string(b)
}

const jsonType = "application/json"

func TestAPISubmitStoresAndAnswersWithTheCode(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		res := h.anonymous().postJSON("/api/v1/submissions", "application/json; charset=utf-8", goodJSON(nil))
		if res.status != http.StatusCreated || !strings.HasPrefix(res.header.Get("Content-Type"), "application/json") {
			t.Fatalf("status %d\n%s", res.status, res.body)
		}
		var raw map[string]any
		must(t, json.Unmarshal([]byte(res.body), &raw))
		if keys := sortedKeys(raw); !reflect.DeepEqual(keys, []string{"code", "due_at", "lookup_url", "status", "status_label"}) {
			t.Errorf("keys %v", keys)
		}
		var got public.SubmitResponse
		must(t, json.Unmarshal([]byte(res.body), &got))
		if !strings.HasPrefix(got.Code, "NQ57-") || got.Status != "received" || got.StatusLabel != "Mới tiếp nhận" ||
			got.DueAt != "2026-04-01T23:59:59+07:00" || got.LookupURL != "/tra-cuu?ma="+got.Code ||
			res.header.Get("Location") != "/api/v1/submissions/"+got.Code {
			t.Errorf("response %+v, Location %q", got, res.header.Get("Location"))
		}
		sub := h.submissionByCode(got.Code)
		if sub.Kind != domain.KindRecommendation || sub.Field != "Thủ tục hành chính" || sub.SenderPhone != testPhoneNorm ||
			sub.SenderNationalID != testNationalID || sub.Channel != domain.ChannelOnline || sub.OrgID != h.org.ID {
			t.Errorf("stored %+v", sub)
		}
	})
}

func TestAPISubmitRefusesBadInput(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		ctype  string
		body   string
		status int
		field  string // the problem's field, for 422
		want   string
	}{
		{"form instead of JSON", "application/x-www-form-urlencoded", "org=xuan-hung", http.StatusUnsupportedMediaType, "", "Content-Type: application/json"},
		{"no content type", "", `{}`, http.StatusUnsupportedMediaType, "", "JSON"},
		{"empty body", jsonType, ``, http.StatusBadRequest, "", "rỗng"},
		{"malformed", jsonType, `{"org": "xuan-hung", "kind": }`, http.StatusBadRequest, "", "vị trí 30"},
		{"cut short", jsonType, `{"org": "xuan-hung"`, http.StatusBadRequest, "", "bị cắt cụt"},
		{"unknown field", jsonType, `{"org": "xuan-hung", "priority": 1}`, http.StatusBadRequest, "", `Trường "priority" ở vị trí`},
		{"unknown sender field", jsonType, `{"sender": {"cmnd": "1"}}`, http.StatusBadRequest, "", `"cmnd"`},
		{"wrong type", jsonType, `{"org": "xuan-hung", "title": 12}`, http.StatusBadRequest, "", "Trường “title” ở vị trí"},
		{"trailing data", jsonType, goodJSON(nil) + `{}`, http.StatusBadRequest, "", "dữ liệu thừa"},
		{"too large", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Content = strings.Repeat("a", 70<<10) }), http.StatusRequestEntityTooLarge, "", "64 KB"},
		{"no org", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Org = "" }), http.StatusUnprocessableEntity, "org", "cần mã xã, phường"},
		{"unknown org", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Org = "khong-co" }), http.StatusNotFound, "", "khong-co"},
		{"bad kind", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Kind = "khieu_nai" }), http.StatusUnprocessableEntity, "kind", "phan_anh, kien_nghi"},
		{"no field", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Field = "" }), http.StatusUnprocessableEntity, "field", "chọn lĩnh vực"},
		{"short title", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Title = "Ngắn" }), http.StatusUnprocessableEntity, "title", "Tiêu đề quá ngắn"},
		{"no content", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Content = " " }), http.StatusUnprocessableEntity, "content", "Nội dung không được để trống"},
		{"no name", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Sender.Name = "" }), http.StatusUnprocessableEntity, "sender.name", "Họ tên người gửi"},
		{"no address", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Sender.Address = "" }), http.StatusUnprocessableEntity, "sender.address", "Địa chỉ"},
		{"no contact", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Sender.Phone, r.Sender.Email = "", "" }), http.StatusUnprocessableEntity, "sender.phone", "số điện thoại hoặc thư điện tử"},
		{"bad phone", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Sender.Phone = "abc" }), http.StatusUnprocessableEntity, "sender.phone", "số điện thoại"},
		{"bad e-mail", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Sender.Email = "an at example" }), http.StatusUnprocessableEntity, "sender.email", "thư điện tử"},
		{"bad national ID", jsonType, goodJSON(func(r *public.SubmitRequest) { r.Sender.NationalID = "123" }), http.StatusUnprocessableEntity, "sender.national_id", "CCCD"},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := c.postJSON("/api/v1/submissions", tc.ctype, tc.body)
				if res.status != tc.status {
					t.Fatalf("status %d, want %d\n%s", res.status, tc.status, res.body)
				}
				var got ui.JSONError
				if err := json.Unmarshal([]byte(res.body), &got); err != nil || got.Error == "" {
					t.Fatalf("not a JSON error: %v\n%s", err, res.body)
				}
				text := got.Error
				for _, p := range got.Problems {
					text += "\n" + p.Field + ": " + p.Message
				}
				if !strings.Contains(text, tc.want) {
					t.Errorf("missing %q in\n%s", tc.want, text)
				}
				if tc.field != "" && !hasProblem(got.Problems, tc.field) {
					t.Errorf("no problem for %s in %+v", tc.field, got.Problems)
				}
			})
		}
		if n := countSubmissions(t, h); n != 0 {
			t.Errorf("bad requests stored %d submissions", n)
		}
	})
}

func hasProblem(list []ui.JSONProblem, field string) bool {
	for _, p := range list {
		if p.Field == field {
			return true
		}
	}
	return false
}

func TestAPISubmitIsRateLimitedWithRetryAfter(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		cfg := DefaultConfig()
		cfg.SubmitPerMinute, cfg.SubmitBurst = 2, 2
		_, srv := h.withConfig(cfg)
		handler := srv.Handler()
		body := goodJSON(nil)
		for i := range 2 {
			if res := serve(handler, http.MethodPost, "/api/v1/submissions", jsonType, body, "203.0.113.9:1000"); res.Code != http.StatusCreated {
				t.Fatalf("request %d: %d %s", i+1, res.Code, res.Body)
			}
		}
		res := serve(handler, http.MethodPost, "/api/v1/submissions", jsonType, body, "203.0.113.9:1001")
		if res.Code != http.StatusTooManyRequests || res.Header().Get("Retry-After") != "30" || !strings.Contains(res.Body.String(), `"error"`) {
			t.Errorf("third: %d, Retry-After %q\n%s", res.Code, res.Header().Get("Retry-After"), res.Body)
		}
		if res := serve(handler, http.MethodPost, "/api/v1/submissions", jsonType, body, "[2001:db8::1]:1000"); res.Code != http.StatusCreated {
			t.Errorf("another client: %d", res.Code)
		}
		if n := countSubmissions(t, h); n != 3 {
			t.Errorf("stored %d, want 3", n)
		}
	})
}

// TestAPIPassesCrossOriginProtection checks that an app calling the API from
// a server (no Origin, no Sec-Fetch-Site, no cookies) gets through the
// middleware's CSRF defence, and records that a page of another site calling
// it from a browser does not.
func TestAPIPassesCrossOriginProtection(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		handler := h.srv.Config.Handler
		if res := serve(handler, http.MethodPost, "/api/v1/submissions", jsonType, goodJSON(nil), "192.0.2.10:1"); res.Code != http.StatusCreated {
			t.Errorf("a server-to-server POST: %d %s", res.Code, res.Body)
		}
		req := func(headers map[string]string) int {
			r := newRequest(http.MethodPost, "/api/v1/submissions", jsonType, goodJSON(nil), "192.0.2.11:1")
			for k, v := range headers {
				r.Header.Set(k, v)
			}
			return record(handler, r).Code
		}
		if code := req(map[string]string{"Origin": "https://app.example.org", "Sec-Fetch-Site": "cross-site"}); code != http.StatusForbidden {
			t.Errorf("a browser on another site: %d (CrossOriginProtection blocks it; the API has no CORS)", code)
		}
	})
}

func TestAPISubmissionShowsStatusHistoryAndAnswerWithoutPersonalData(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		var created public.SubmitResponse
		res := c.postJSON("/api/v1/submissions", jsonType, goodJSON(nil))
		must(t, json.Unmarshal([]byte(res.body), &created))

		res = c.get("/api/v1/submissions/" + strings.ToLower(created.Code))
		if res.status != http.StatusOK {
			t.Fatalf("status %d %s", res.status, res.body)
		}
		var raw map[string]any
		must(t, json.Unmarshal([]byte(res.body), &raw))
		want := []string{"code", "due_at", "field", "history", "kind", "kind_label", "org", "received_at", "status", "status_label", "title"}
		if keys := sortedKeys(raw); !reflect.DeepEqual(keys, want) {
			t.Errorf("keys %v, want %v", keys, want)
		}
		assertAbsent(t, "the API", res.body, append(personalData, "N. V. A."))

		sub := h.submissionByCode(created.Code)
		h.step(&sub, domain.ActionReject, "Đã có văn bản hướng dẫn của Sở Xây dựng.", testNow.Add(time.Hour), func(s *domain.Submission) { s.DueAt = time.Time{} })
		res = c.get("/api/v1/submissions/" + created.Code)
		var got public.SubmissionView
		must(t, json.Unmarshal([]byte(res.body), &got))
		if got.Status != "rejected" || got.StatusLabel != "Không tiếp nhận" || got.DueAt != "" || len(got.History) != 2 ||
			got.History[0].Action != "submit" || got.History[0].Status != "received" || got.History[0].At != "2026-03-28T09:00:00+07:00" ||
			got.History[1].Action != "reject" || got.History[1].Note != "Đã có văn bản hướng dẫn của Sở Xây dựng." || got.KindLabel != "kiến nghị" {
			t.Errorf("after rejection %+v", got)
		}
	})
}

func TestAPISubmissionAnswer(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		code := codeFrom(t, c.post("/pakn/xuan-hung", goodForm()))
		sub := h.submissionByCode(code)
		at := testNow.Add(time.Hour)
		h.step(&sub, domain.ActionAccept, "", at, func(s *domain.Submission) { s.AcceptedAt = at })
		h.step(&sub, domain.ActionAssign, "", at, nil)
		h.step(&sub, domain.ActionAnswer, testAnswer, at, func(s *domain.Submission) { s.Answer, s.AnsweredAt, s.AnsweredBy = testAnswer, at, "Lãnh đạo" })
		var got public.SubmissionView
		res := c.get("/api/v1/submissions/" + code)
		must(t, json.Unmarshal([]byte(res.body), &got))
		if got.Answer != testAnswer || got.AnsweredAt != "2026-03-28T10:00:00+07:00" || got.PublishedAt != "" || got.DueAt != "" {
			t.Errorf("answered %+v", got)
		}
		res = c.get("/api/v1/submissions/NQ57-0000-0000")
		var e ui.JSONError
		if res.status != http.StatusNotFound || json.Unmarshal([]byte(res.body), &e) != nil || !strings.Contains(e.Error, "NQ57-0000-0000") {
			t.Errorf("unknown code: %d %s", res.status, res.body)
		}
	})
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
