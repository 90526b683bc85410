package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/public"
)

// TestPublishingMasksTheSendersData answers a submission whose content and
// answer repeat the sender's name, phone and e-mail, as officials often
// write them. The publish step warns, showing what the public will read;
// once published, /tra-loi, the tracking page and the API show the name as
// initials and the rest as “[đã ẩn]”, never the name, the phone, the e-mail
// or the address, and the public search does not find the answer by the
// sender's name.
func TestPublishingMasksTheSendersData(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		form := with(goodForm(), "content", "Tôi là Nguyễn Văn An, số điện thoại 0912 345 678, thư nguyen.van.an@example.vn: hộ kinh doanh chưa được hướng dẫn đăng ký chữ ký số.")
		code := codeFrom(t, h.anonymous().post("/pakn/xuan-hung", form))
		sub := h.submissionByCode(code)
		at := testNow.Add(time.Hour)
		answer := "Kính gửi ông Nguyễn Văn An (0912.345.678): UBND xã sẽ tổ chức hướng dẫn đăng ký chữ ký số tại nhà văn hóa thôn vào ngày 10/4/2026."
		h.step(&sub, domain.ActionAccept, "", at, func(s *domain.Submission) { s.AcceptedAt = at })
		h.step(&sub, domain.ActionAssign, "", at, func(s *domain.Submission) { s.AssignedUnitID = h.unitOf("vanhoa") })
		h.step(&sub, domain.ActionAnswer, answer, at, func(s *domain.Submission) { s.Answer, s.AnsweredAt, s.AnsweredBy = answer, at, "Lê Văn Nam" })

		leader := h.as("lanhdao")
		page := htmlText(leader.get(fmt.Sprintf("/submissions/%d", sub.ID)).body)
		for _, want := range []string{`id="publish-personal"`, "có nhắc họ tên, số điện thoại, thư điện tử của người gửi",
			"Kính gửi ông N. V. A. ([đã ẩn])", "Tôi là N. V. A., số điện thoại [đã ẩn], thư [đã ẩn]"} {
			if !strings.Contains(page, want) {
				t.Errorf("the publish step lacks %q\n%s", want, excerpt(page))
			}
		}
		if r := leader.post(fmt.Sprintf("/submissions/%d/publish", sub.ID), withVersion(t, h, sub.ID, nil)); r.status != http.StatusSeeOther {
			t.Fatalf("publish: %d\n%s", r.status, excerpt(r.body))
		}

		c := h.anonymous()
		published := htmlText(c.get("/tra-loi").body)
		if !strings.Contains(published, "Kính gửi ông N. V. A. ([đã ẩn]): UBND xã sẽ tổ chức") || !strings.Contains(published, "Tôi là N. V. A.") {
			t.Errorf("/tra-loi does not show the masked answer\n%s", excerpt(published))
		}
		var api public.SubmissionView
		must(t, json.Unmarshal([]byte(c.get("/api/v1/submissions/"+code).body), &api))
		for where, body := range map[string]string{
			"/tra-loi": published, "/tra-cuu": htmlText(c.get("/tra-cuu?ma=" + url.QueryEscape(code)).body),
			"the API": api.Answer + " " + api.Title + " " + fmt.Sprint(api.History),
		} {
			assertAbsent(t, where, body, append(personalData, "0912.345.678", "Nguyen Van An", "nguyen.van.an"))
		}
		for _, q := range []string{"nguyen van an", "0912345678", "Nguyễn Văn An"} {
			if res := c.get("/tra-loi?q=" + url.QueryEscape(q)); strings.Contains(res.body, "chữ ký số") {
				t.Errorf("the public search finds the answer by the sender's %q", q)
			}
		}
		if res := c.get("/tra-loi?q=chu+ky+so"); !strings.Contains(res.body, "chữ ký số") {
			t.Error("the public search no longer finds the answer by its words")
		}
	})
}

// TestRejectionReasonNamesTheOrganisationsLevel checks that a ward's reject
// form and the reason its sender reads say "phường", not "xã".
func TestRejectionReasonNamesTheOrganisationsLevel(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ward := h.org
		ward.Type = domain.TypePhuong
		must(t, h.store.SaveOrg(t.Context(), &ward))
		sub := newSubmission(t, h, 1, domain.SubmissionReceived, 0)
		leader := h.as("lanhdao")
		page := leader.get(fmt.Sprintf("/submissions/%d", sub.ID)).body
		if !strings.Contains(page, "thẩm quyền giải quyết của phường") || strings.Contains(page, "của xã") {
			t.Errorf("the reject form of a ward:\n%s", excerpt(page))
		}
		if r := leader.post(fmt.Sprintf("/submissions/%d/reject", sub.ID), withVersion(t, h, sub.ID, url.Values{"reason": {"out_of_scope"}})); r.status != http.StatusSeeOther {
			t.Fatalf("reject: %d\n%s", r.status, excerpt(r.body))
		}
		lookup := h.anonymous().get("/tra-cuu?ma=" + url.QueryEscape(sub.TrackingCode)).body
		if !strings.Contains(lookup, "Không thuộc phạm vi, thẩm quyền giải quyết của phường") {
			t.Errorf("the sender does not read the ward's reason\n%s", excerpt(lookup))
		}
	})
}
