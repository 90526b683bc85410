package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

const testAnswer = "UBND xã sẽ tổ chức hướng dẫn đăng ký chữ ký số tại nhà văn hóa thôn vào ngày 10/4/2026."

func TestLookupFollowsTheWorkflowUntilTheAnswerIsPublished(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := context.Background()
		citizen := h.anonymous()
		code := codeFrom(t, citizen.post("/pakn/xuan-hung", goodForm()))
		sub := h.submissionByCode(code)

		for _, typed := range []string{strings.ToLower(code), " " + strings.ReplaceAll(strings.ToLower(code), "-", " ") + " "} {
			res := citizen.get("/tra-cuu?ma=" + url.QueryEscape(typed))
			if res.status != http.StatusOK || !strings.Contains(res.body, code) {
				t.Errorf("lookup of %q: %d", typed, res.status)
			}
		}

		units, err := h.store.Units(ctx, h.org.ID)
		must(t, err)
		day := func(d int) time.Time { return time.Date(2026, 3, d, 10, 0, 0, 0, domain.Vietnam) }
		h.step(&sub, domain.ActionAccept, "", day(30), func(s *domain.Submission) {
			s.AcceptedAt, s.DueAt = day(30), time.Date(2026, 4, 20, 23, 59, 59, 0, domain.Vietnam)
		})
		h.step(&sub, domain.ActionExtend, "Cần thêm thời gian để Sở Khoa học và Công nghệ cho ý kiến.", day(31), func(s *domain.Submission) {
			s.DueAt = time.Date(2026, 5, 5, 23, 59, 59, 0, domain.Vietnam)
		})
		h.step(&sub, domain.ActionAssign, "", day(31), func(s *domain.Submission) { s.AssignedUnitID = units[0].ID })

		res := citizen.get("/tra-cuu?ma=" + code)
		for _, want := range []string{"Đã giao đơn vị xử lý", "Tiếp nhận", "Gia hạn", "Cần thêm thời gian để Sở Khoa học và Công nghệ cho ý kiến.", "Hạn trả lời", "05/05/2026 23:59"} {
			if !strings.Contains(res.body, want) {
				t.Errorf("history lacks %q\n%s", want, excerpt(res.body))
			}
		}
		if strings.Contains(res.body, "Trả lời của cơ quan") {
			t.Errorf("an answer is shown before there is one")
		}

		h.step(&sub, domain.ActionAnswer, testAnswer, day(31).Add(2*time.Hour), func(s *domain.Submission) {
			s.Answer, s.AnsweredBy, s.AnsweredAt = testAnswer, "Trần Văn Lãnh", day(31).Add(2*time.Hour)
		})
		res = citizen.get("/tra-cuu?ma=" + code)
		if !strings.Contains(res.body, "Trả lời của cơ quan") || !strings.Contains(res.body, testAnswer) || !strings.Contains(res.body, "Đã trả lời") {
			t.Errorf("the sender does not see the answer\n%s", excerpt(res.body))
		}
		if strings.Contains(res.body, "Hạn trả lời") {
			t.Errorf("an answered submission still shows a deadline")
		}
		if list := citizen.get("/tra-loi"); strings.Contains(list.body, testAnswer) {
			t.Errorf("an answer not yet published is public")
		}

		h.step(&sub, domain.ActionPublish, "", day(31).Add(3*time.Hour), func(s *domain.Submission) { s.PublishedAt = day(31).Add(3 * time.Hour) })
		for _, path := range []string{"/tra-loi", "/tra-loi?q=chu+ky+so", "/tra-loi?q=CHỮ+KÝ", "/tra-loi?org=xuan-hung&q=huong+dan"} {
			res := citizen.get(path)
			if res.status != http.StatusOK || !strings.Contains(res.body, testAnswer) || !strings.Contains(res.body, "xã Xuân Hưng") ||
				!strings.Contains(res.body, "Chữ ký số cho hộ kinh doanh") {
				t.Errorf("%s: %d, the published answer is missing\n%s", path, res.status, excerpt(res.body))
			}
			assertAbsent(t, path, res.body, append(personalData, code, "N. V. A."))
		}
		for _, path := range []string{"/tra-loi?q=khong+co+gi+nhu+the", "/tra-loi?org=xuan-hoa"} {
			if res := citizen.get(path); strings.Contains(res.body, testAnswer) {
				t.Errorf("%s shows an answer it should not", path)
			}
		}
		res = citizen.get("/tra-cuu?ma=" + code)
		if !strings.Contains(res.body, "Đã công khai trả lời") || !strings.Contains(res.body, testAnswer) {
			t.Errorf("lookup after publishing\n%s", excerpt(res.body))
		}
		assertAbsent(t, "/tra-cuu", res.body, personalData)
	})
}

func TestLookupShowsTheReasonOfARejection(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		c := h.anonymous()
		code := codeFrom(t, c.post("/pakn/xuan-hung", goodForm()))
		sub := h.submissionByCode(code)
		reason := "Nội dung không thuộc thẩm quyền giải quyết của UBND xã; đề nghị gửi Sở Tài chính."
		h.step(&sub, domain.ActionReject, reason, testNow.Add(time.Hour), func(s *domain.Submission) { s.DueAt = time.Time{} })
		res := c.get("/tra-cuu?ma=" + code)
		if !strings.Contains(res.body, "Không tiếp nhận") || !strings.Contains(res.body, reason) || strings.Contains(res.body, "Hạn tiếp nhận") {
			t.Errorf("rejection\n%s", excerpt(res.body))
		}
	})
}

func TestPublishedAnswersAreSecretUntilPublishedAndPaginated(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := context.Background()
		save := func(orgID int64, i int, status domain.SubmissionStatus, answer string) {
			at := testNow.Add(-time.Duration(i) * time.Hour)
			sub := domain.Submission{OrgID: orgID, Kind: domain.KindRecommendation, Channel: domain.ChannelPaper, Field: "Chuyển đổi số",
				Title: fmt.Sprintf("Kiến nghị số %02d về dịch vụ công trực tuyến", i), Content: "Nội dung kiến nghị về dịch vụ công trực tuyến mức độ toàn trình.",
				SenderName: "Lê Thị Bình", SenderPhone: "0900000001", SenderAddress: "Số 1 đường Bí Mật", ReceivedAt: at.Add(-48 * time.Hour),
				Status: status, Answer: answer, AnsweredBy: "Lãnh đạo", AnsweredAt: at.Add(-time.Hour)}
			if status == domain.SubmissionPublished {
				sub.PublishedAt = at
			}
			must(t, h.store.SaveSubmission(ctx, &sub))
		}
		for i := 1; i <= 12; i++ {
			save(h.org.ID, i, domain.SubmissionPublished, fmt.Sprintf("Trả lời công khai số %02d.", i))
		}
		save(h.other.Org.ID, 50, domain.SubmissionAnswered, "Câu trả lời bí mật của Xuân Hòa, chưa công khai.")
		c := h.anonymous()
		first := c.get("/tra-loi")
		if !strings.Contains(first.body, "1–10 trong 12 câu trả lời") || !strings.Contains(first.body, "Trả lời công khai số 01.") ||
			strings.Contains(first.body, "Trả lời công khai số 11.") || !strings.Contains(first.body, `href="/tra-loi?page=2"`) {
			t.Errorf("first page\n%s", excerpt(first.body))
		}
		second := c.get("/tra-loi?page=2")
		if !strings.Contains(second.body, "11–12 trong 12") || !strings.Contains(second.body, "Trả lời công khai số 12.") || !strings.Contains(second.body, `href="/tra-loi"`) {
			t.Errorf("second page\n%s", excerpt(second.body))
		}
		for _, res := range []response{first, second, c.get("/tra-loi?q=bi+mat"), c.get("/tra-loi?org=xuan-hoa")} {
			assertAbsent(t, "/tra-loi", res.body, []string{"bí mật", "Bí Mật", "Lê Thị Bình", "0900000001"})
		}
		if res := c.get("/tra-loi?page=abc"); res.status != http.StatusOK || !strings.Contains(res.body, "Trang 1 / 2") {
			t.Errorf("a bad page number: %d", res.status)
		}
	})
}
