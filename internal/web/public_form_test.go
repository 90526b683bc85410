package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestPublicRoutes(t *testing.T) {
	t.Parallel()
	form := []string{"Gửi phản ánh, kiến nghị đến xã Xuân Hưng", `name="kind"`, "Đặt hàng sản phẩm", "Thủ tục hành chính",
		"không viết tắt", "một vấn đề", `name="consent"`, `enctype="multipart/form-data"`, "10.000 ký tự", "PDF, JPG, PNG, DOCX, XLSX"}
	var scenarios []scenario
	for _, login := range []string{"", "quantri", "lanhdao", "vanphong", "vanhoa", "xem"} {
		scenarios = append(scenarios,
			scenario{name: "form as " + login, login: login, path: "/pakn/xuan-hung", status: http.StatusOK, want: form},
			scenario{name: "other commune's form as " + login, login: login, path: "/pakn/xuan-hoa", status: http.StatusOK,
				want: []string{"đến xã Xuân Hòa"}, notWant: []string{"Bí mật của Xuân Hòa", "Cuộc họp bí mật", "Nhiệm vụ bí mật"}},
			scenario{name: "unknown commune as " + login, login: login, path: "/pakn/khong-co", status: http.StatusNotFound,
				want: []string{"Không có xã, phường, đặc khu nào mang mã “khong-co”"}},
			scenario{name: "lookup form as " + login, login: login, path: "/tra-cuu", status: http.StatusOK, want: []string{`name="ma"`, "Mã theo dõi"}},
			scenario{name: "unknown code as " + login, login: login, path: "/tra-cuu?ma=NQ57-0000-0000", status: http.StatusNotFound,
				want: []string{"Không tìm thấy phản ánh, kiến nghị nào mang mã “NQ57-0000-0000”"}},
			scenario{name: "answers as " + login, login: login, path: "/tra-loi", status: http.StatusOK, want: []string{"Chưa có câu trả lời nào được công khai."}},
			scenario{name: "answers of an unknown commune as " + login, login: login, path: "/tra-loi?org=khong-co", status: http.StatusNotFound},
			scenario{name: "submission to an unknown commune as " + login, login: login, method: http.MethodPost, path: "/pakn/khong-co",
				form: goodForm(), status: http.StatusNotFound},
		)
	}
	scenarios = append(scenarios,
		scenario{name: "public nav for the anonymous", path: "/tra-loi", status: http.StatusOK, want: []string{"Tra cứu hồ sơ", `aria-current="page">Câu trả lời đã công khai`}},
	)
	runScenarios(t, scenarios)
}

func TestPublicFormStoresAGoodSubmission(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		code := codeFrom(t, c.post("/pakn/xuan-hung", goodForm()))
		sub := h.submissionByCode(code)
		wantDue := time.Date(2026, 4, 1, 23, 59, 59, 0, domain.Vietnam) // 3 working days after Saturday 28/3
		if sub.OrgID != h.org.ID || sub.Status != domain.SubmissionReceived || sub.Channel != domain.ChannelOnline ||
			sub.Field != "Chuyển đổi số" || sub.SenderPhone != testPhoneNorm || !sub.ReceivedAt.Equal(testNow) ||
			!sub.DueAt.Equal(wantDue) || sub.DuplicateOfID != 0 {
			t.Errorf("stored %+v", sub)
		}
		events, err := h.store.SubmissionEvents(context.Background(), sub.ID)
		must(t, err)
		if len(events) != 1 || events[0].Actor != "Người gửi" || events[0].To != domain.SubmissionReceived || !events[0].DueAt.Equal(wantDue) {
			t.Errorf("first event %+v", events)
		}
		page := c.get("/tra-cuu?ma=" + url.QueryEscape(code))
		for _, want := range []string{code, "Hãy ghi lại mã này", "Mới tiếp nhận", "Hạn tiếp nhận", "01/04/2026 23:59", "N. V. A.", "Gửi trực tuyến qua nq57."} {
			if !strings.Contains(page.body, want) {
				t.Errorf("receipt lacks %q\n%s", want, excerpt(page.body))
			}
		}
		assertAbsent(t, "the receipt", page.body, personalData)
	})
}

func TestPublicFormNormalisesInput(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		decomposed := "Chu\u031b\u0303 ky\u0301 so\u0302\u0301 cho hộ kinh doanh" // "Chữ ký số" typed with combining marks
		form := with(goodForm(), "title", "  "+decomposed+"  ")
		form = with(form, "field", "chuyen doi so")
		code := codeFrom(t, h.anonymous().post("/pakn/xuan-hung", form))
		sub := h.submissionByCode(code)
		if sub.Title != "Chữ ký số cho hộ kinh doanh" || sub.Field != "Chuyển đổi số" {
			t.Errorf("title %q, field %q: want NFC, trimmed, the field by its name", sub.Title, sub.Field)
		}
	})
}

func TestPublicFormRefusesEachBadField(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("dài ", 60)
	cases := []struct {
		name, field, value, want string
	}{
		{"no kind", "kind", "", "Chọn loại: phản ánh, kiến nghị"},
		{"unknown kind", "kind", "khieu_nai", "Chọn loại"},
		{"no field", "field", "", "Chọn lĩnh vực"},
		{"unknown field", "field", "Thể thao", "Chọn lĩnh vực"},
		{"no title", "title", "", "Tiêu đề không được để trống"},
		{"short title", "title", "Ngắn", "Tiêu đề quá ngắn"},
		{"long title", "title", long, "Tiêu đề quá dài: tối đa 200 ký tự"},
		{"short content", "content", "Quá ngắn.", "Nội dung quá ngắn: cần ít nhất 30 ký tự"},
		{"long content", "content", strings.Repeat("x", 10001), "Nội dung quá dài: tối đa 10000 ký tự"},
		{"no name", "sender_name", "", "Họ tên người gửi không được để trống"},
		{"short address", "sender_address", "Xã", "Địa chỉ quá ngắn"},
		{"bad phone", "sender_phone", "12345", "Số điện thoại \"12345\" không đúng"},
		{"bad e-mail", "sender_email", "an@", "Địa chỉ thư điện tử"},
		{"bad national ID", "sender_national_id", "12AB", "Số định danh cá nhân/CCCD gồm 12 chữ số"},
		{"no consent", "consent", "", "Cần đánh dấu xác nhận"},
	}
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		before := countSubmissions(t, h)
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := c.post("/pakn/xuan-hung", with(goodForm(), tc.field, tc.value))
				if res.status != http.StatusUnprocessableEntity {
					t.Fatalf("status %d, want 422\n%s", res.status, excerpt(res.body))
				}
				body := htmlText(res.body)
				if !strings.Contains(body, tc.want) {
					t.Errorf("missing %q", tc.want)
				}
				if !strings.Contains(res.body, `aria-describedby="`+tc.field+`-error"`) && !strings.Contains(res.body, tc.field+`-error"`) {
					t.Errorf("the error is not tied to the field %s", tc.field)
				}
				kept := testEmail
				if tc.field == "sender_email" {
					kept = testName
				}
				if !strings.Contains(res.body, "Chưa có gì được lưu.") || !strings.Contains(res.body, `value="`+kept+`"`) {
					t.Errorf("the form must say nothing was stored and keep the input")
				}
			})
		}
		if n := countSubmissions(t, h); n != before {
			t.Errorf("bad input stored %d submissions", n-before)
		}
	})
}

func TestPublicFormNeedsPhoneOrEmail(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		form := with(with(goodForm(), "sender_phone", ""), "sender_email", "")
		res := c.post("/pakn/xuan-hung", form)
		if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "Cần số điện thoại hoặc thư điện tử để liên hệ") {
			t.Fatalf("status %d\n%s", res.status, excerpt(res.body))
		}
		// Either one is enough.
		codeFrom(t, c.post("/pakn/xuan-hung", with(goodForm(), "sender_phone", "")))
		codeFrom(t, c.post("/pakn/xuan-hung", with(goodForm(), "sender_email", "")))
		if n := countSubmissions(t, h); n != 2 {
			t.Errorf("stored %d, want 2", n)
		}
	})
}

func TestPublicFormFlagsNearDuplicates(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		first := h.submissionByCode(codeFrom(t, c.post("/pakn/xuan-hung", goodForm())))
		again := with(goodForm(), "title", "Chữ ký số cho hộ kinh doanh vẫn chưa được hướng dẫn")
		again = with(again, "sender_email", "") // the same phone, another wording
		again = with(again, "sender_phone", "0912.345.678")
		second := h.submissionByCode(codeFrom(t, c.post("/pakn/xuan-hung", again)))
		if second.DuplicateOfID != first.ID {
			t.Errorf("second submission: DuplicateOfID %d, want %d", second.DuplicateOfID, first.ID)
		}
		other := with(goodForm(), "sender_phone", "0987654321")
		other = with(other, "sender_email", "")
		third := h.submissionByCode(codeFrom(t, c.post("/pakn/xuan-hung", other)))
		if third.DuplicateOfID != 0 {
			t.Errorf("another sender's submission was flagged as a duplicate of %d", third.DuplicateOfID)
		}
		if n := countSubmissions(t, h); n != 3 {
			t.Errorf("stored %d, want 3: near-duplicates are kept", n)
		}
	})
}

func TestPublicFormIsRateLimitedPerClient(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		cfg := DefaultConfig()
		cfg.SubmitPerMinute, cfg.SubmitBurst = 2, 3
		_, srv := h.withConfig(cfg)
		handler := srv.Handler()
		send := func(addr string, form url.Values) *httptest.ResponseRecorder {
			return serve(handler, http.MethodPost, "/pakn/xuan-hung", "application/x-www-form-urlencoded", form.Encode(), addr)
		}
		for i := range 3 {
			if res := send("203.0.113.7:5000", goodForm()); res.Code != http.StatusSeeOther {
				t.Fatalf("submission %d of the burst: %d", i+1, res.Code)
			}
		}
		before := countSubmissions(t, h)
		res := send("203.0.113.7:5001", goodForm())
		if res.Code != http.StatusTooManyRequests || !strings.Contains(res.Body.String(), "Xin đợi vài phút rồi gửi lại") ||
			!strings.Contains(res.Body.String(), "Chữ ký số cho hộ kinh doanh") {
			t.Fatalf("fourth: %d, want 429 with the message and the input kept\n%s", res.Code, excerpt(res.Body.String()))
		}
		if n := countSubmissions(t, h); n != before {
			t.Errorf("a refused submission was stored")
		}
		// Bad input does not spend the client's allowance, nor is it stored.
		if res := send("198.51.100.2:6000", with(goodForm(), "title", "")); res.Code != http.StatusUnprocessableEntity {
			t.Errorf("bad input from another client: %d", res.Code)
		}
		if res := send("198.51.100.2:6000", goodForm()); res.Code != http.StatusSeeOther {
			t.Errorf("another client was limited: %d", res.Code)
		}
	})
}

func TestPublicFormAttachments(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		cfg := DefaultConfig()
		cfg.MaxUploadBytes = 1 << 10
		small, _ := h.withConfig(cfg)
		c := small.anonymous()
		cases := []struct {
			name  string
			files []testFile
			want  string
		}{
			{"wrong type", []testFile{{"chuong-trinh.exe", exeBytes}}, "Tệp “chuong-trinh.exe” không được nhận: chỉ nhận tệp PDF, JPG, PNG, DOCX, XLSX."},
			{"renamed program", []testFile{{"don.pdf", exeBytes}}, "Tệp “don.pdf” không phải là tệp PDF thật"},
			{"old Word file", []testFile{{"don.doc", []byte(domain.OLEMagic + "xx")}}, "không được nhận"},
			{"oversize", []testFile{{"anh.png", append(append([]byte{}, pngBytes...), make([]byte, 2<<10)...)}}, "quá giới hạn 1 KB mỗi tệp"},
			{"four files", []testFile{{"a.pdf", pdfBytes}, {"b.pdf", pdfBytes}, {"c.pdf", pdfBytes}, {"d.pdf", pdfBytes}}, "Chỉ được đính kèm tối đa 3 tệp; bạn đã chọn 4 tệp."},
			{"empty", []testFile{{"rong.pdf", nil}}, "Tệp “rong.pdf” rỗng."},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := c.postMultipart("/pakn/xuan-hung", goodForm(), tc.files)
				if res.status != http.StatusUnprocessableEntity || !strings.Contains(htmlText(res.body), tc.want) {
					t.Fatalf("status %d, want 422 with %q\n%s", res.status, tc.want, excerpt(res.body))
				}
				if !strings.Contains(res.body, `id="files-error"`) || !strings.Contains(res.body, "Hãy chọn lại tệp đính kèm") {
					t.Errorf("the file input must show the error and ask to choose the files again")
				}
			})
		}
		huge := []testFile{{"a.pdf", make([]byte, 2<<20)}, {"b.pdf", make([]byte, 2<<20)}}
		if res := c.postMultipart("/pakn/xuan-hung", goodForm(), huge); res.status != http.StatusRequestEntityTooLarge ||
			!strings.Contains(htmlText(res.body), "Các tệp gửi kèm quá lớn") {
			t.Errorf("a body past the limit: %d\n%s", res.status, excerpt(res.body))
		}
		if n := countSubmissions(t, h); n != 0 {
			t.Fatalf("bad attachments stored %d submissions", n)
		}
		code := codeFrom(t, c.postMultipart("/pakn/xuan-hung", goodForm(),
			[]testFile{{`..\..\Đơn đề nghị.pdf`, pdfBytes}, {"ảnh hiện trường.PNG", pngBytes}}))
		files, err := h.store.SubmissionFiles(context.Background(), h.submissionByCode(code).ID)
		must(t, err)
		if len(files) != 2 || files[0].Name != "Đơn đề nghị.pdf" || files[0].ContentType != "application/pdf" ||
			files[1].Name != "ảnh hiện trường.PNG" || files[1].ContentType != "image/png" {
			t.Errorf("stored files %+v", files)
		}
	})
}
