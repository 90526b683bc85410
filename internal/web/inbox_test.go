package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// inboxFixture stores submissions that tell the filters apart:
//   - 1: received, unassigned, overdue (deadline 25/3)
//   - 2: in progress at Phòng VH-XH, due 31/3 (the last day within 3 days)
//   - 3: an initiative answered by Phòng VH-XH
//   - 4: assigned to VP HĐND - UBND, due 30/4, titled "Cấp nước sạch"
//   - 5: the same sender and matter as 1, flagged as its near-duplicate
func inboxFixture(t *testing.T, h *harness) []domain.Submission {
	t.Helper()
	ctx := context.Background()
	vh, vp := h.unitOf("vanhoa"), h.unitOf("vanphong")
	subs := []domain.Submission{
		newSubmission(t, h, 1, domain.SubmissionReceived, 0),
		newSubmission(t, h, 2, domain.SubmissionInProgress, vh),
		newSubmission(t, h, 3, domain.SubmissionAnswered, vh),
		newSubmission(t, h, 4, domain.SubmissionAssigned, vp),
	}
	set := func(i int, change func(*domain.Submission)) {
		change(&subs[i])
		must(t, h.store.SaveSubmission(ctx, &subs[i]))
	}
	set(0, func(s *domain.Submission) { s.DueAt = submissions.EndOfDay(domain.Date(2026, 3, 25)) })
	set(1, func(s *domain.Submission) { s.DueAt = submissions.EndOfDay(domain.Date(2026, 3, 31)) }) // the last day of "within 3 days"
	set(2, func(s *domain.Submission) { s.Kind = domain.KindInitiative })
	set(3, func(s *domain.Submission) {
		s.DueAt, s.Title = submissions.EndOfDay(domain.Date(2026, 4, 30)), "Cấp nước sạch cho khu dân cư mới"
	})
	dup := subs[0]
	dup.ID, dup.TrackingCode, dup.DuplicateOfID = 0, "", subs[0].ID
	dup.ReceivedAt = dup.ReceivedAt.Add(24 * time.Hour)
	must(t, h.store.CreateSubmission(ctx, &dup, nil, domain.SubmissionEvent{Actor: "Người gửi", To: dup.Status}))
	return append(subs, dup)
}

func TestInboxFiltersAndMarks(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		subs := inboxFixture(t, h)
		code := func(i int) string { return subs[i].TrackingCode }
		all := []string{code(0), code(1), code(2), code(3), code(4)}
		except := func(keep ...int) []string {
			var out []string
		next:
			for i, c := range all {
				for _, k := range keep {
					if k == i {
						continue next
					}
				}
				out = append(out, c)
			}
			return out
		}
		vp := h.unitOf("vanphong")
		runScenariosOn(t, h, []scenario{
			{name: "admin sees all, with the deadline marks and the duplicate flag", login: "quantri", path: "/submissions", status: http.StatusOK,
				want: append(all, "Danh sách <span class=\"muted\">(5)", "Quá hạn", "Sắp đến hạn",
					fmt.Sprintf(`Có thể trùng với <a href="/submissions/%d">%s</a>`, subs[0].ID, code(0)), "Nguyễn Văn An", "Phòng VH-XH")},
			{name: "leader filters by kind", login: "lanhdao", path: "/submissions?kind=sang_kien", status: http.StatusOK,
				want: []string{code(2)}, notWant: except(2)},
			{name: "by status", login: "lanhdao", path: "/submissions?status=in_progress", status: http.StatusOK,
				want: []string{code(1)}, notWant: except(1)},
			{name: "by unit", login: "quantri", path: fmt.Sprintf("/submissions?unit=%d", vp), status: http.StatusOK,
				want: []string{code(3)}, notWant: except(3)},
			{name: "overdue", login: "quantri", path: "/submissions?deadline=overdue", status: http.StatusOK,
				want: []string{code(0), "Quá hạn"}, notWant: []string{code(1), code(2), code(3)}},
			{name: "due within three days, not yet overdue", login: "quantri", path: "/submissions?deadline=soon", status: http.StatusOK,
				want: []string{code(1)}, notWant: []string{code(0), code(2), code(3)}},
			{name: "search ignores accents", login: "quantri", path: "/submissions?q=cap+nuoc+sach", status: http.StatusOK,
				want: []string{code(3)}, notWant: except(3)},
			{name: "search by code", login: "quantri", path: "/submissions?q=" + code(1), status: http.StatusOK,
				want: []string{code(1)}, notWant: except(1)},
			{name: "unknown filter values are ignored", login: "quantri", path: "/submissions?kind=xyz&status=abc&deadline=never&page=-3", status: http.StatusOK,
				want: all},
			{name: "Phòng VH-XH staff see their unit's only, whatever the unit asked", login: "vanhoa", path: fmt.Sprintf("/submissions?unit=%d", vp), status: http.StatusOK,
				want: []string{code(1), code(2), "Phòng VH-XH"}, notWant: []string{code(0), code(3), code(4), `name="unit"`}},
			{name: "VP staff see theirs", login: "vanphong", path: "/submissions", status: http.StatusOK,
				want: []string{code(3)}, notWant: except(3)},
			{name: "staff cannot open another unit's submission", login: "vanphong", path: fmt.Sprintf("/submissions/%d", subs[1].ID), status: http.StatusNotFound,
				notWant: []string{subs[1].Title, subs[1].SenderPhone}},
			{name: "staff cannot open an unassigned one", login: "vanhoa", path: fmt.Sprintf("/submissions/%d", subs[0].ID), status: http.StatusNotFound},
			{name: "viewer has no inbox", login: "xem", path: "/submissions", status: http.StatusForbidden},
			{name: "anonymous is sent to sign in", path: "/submissions", status: http.StatusSeeOther, want: []string{"/login"}},
		})
	})
}

func TestSubmissionPageShowsWhatStaffNeed(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		subs := inboxFixture(t, h)
		must(t, h.store.SaveAnswerTemplate(t.Context(), &domain.AnswerTemplate{OrgID: h.org.ID, Title: "Đã chuyển nhà mạng", Body: "Xã đã chuyển kiến nghị tới nhà mạng để khắc phục."}))
		dup := subs[4]
		runScenariosOn(t, h, []scenario{
			{name: "admin reads a new one: contact, history, accept, reject and extend forms", login: "quantri", path: fmt.Sprintf("/submissions/%d", dup.ID), status: http.StatusOK,
				want: []string{dup.TrackingCode, dup.SenderPhone, dup.SenderEmail, "Thôn Đông", "Có thể trùng với", subs[0].TrackingCode,
					"Quá hạn", `action="/submissions/` + itoa(dup.ID) + `/accept"`, `/reject"`, `/extend"`, "Tiếp nhận hồ sơ", "Người gửi"},
				notWant: []string{`/publish"`, `/answer"`, `/start"`}},
			{name: "staff on their unit's in-progress one: answer with the templates", login: "vanhoa", path: fmt.Sprintf("/submissions/%d", subs[1].ID), status: http.StatusOK,
				want:    []string{`/answer"`, "Đã chuyển nhà mạng", `data-body="Xã đã chuyển kiến nghị tới nhà mạng để khắc phục."`, "Xem các mẫu trả lời để chép", "/static/submissions.js", "Sắp đến hạn"},
				notWant: []string{`/accept"`, `/reject"`, `/assign"`, `/extend"`, `/publish"`}},
			{name: "leader may publish an answered one", login: "lanhdao", path: fmt.Sprintf("/submissions/%d", subs[2].ID), status: http.StatusOK,
				want: []string{`/publish"`, "Xã đã làm việc với nhà mạng"}, notWant: []string{`/answer"`, `/extend"`}},
			{name: "admin may not publish it", login: "quantri", path: fmt.Sprintf("/submissions/%d", subs[2].ID), status: http.StatusOK,
				notWant: []string{`/publish"`}},
			{name: "a number that is no submission", login: "quantri", path: "/submissions/999999", status: http.StatusNotFound},
			{name: "a file of no submission", login: "quantri", path: "/submissions/999999/files/1", status: http.StatusNotFound},
			{name: "a file the submission lacks", login: "quantri", path: fmt.Sprintf("/submissions/%d/files/999999", dup.ID), status: http.StatusNotFound},
		})
	})
}

func TestSubmissionFileIsAnAttachmentOfItsOwnSubmission(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := context.Background()
		sub := domain.Submission{OrgID: h.org.ID, Kind: domain.KindFeedback, Channel: domain.ChannelPakn, Title: "Ảnh chụp cột điện nghiêng",
			Content: "Cột điện ở đầu thôn Bắc bị nghiêng, có nguy cơ đổ, xin xem ảnh đính kèm.", SenderName: "Hà Văn Cường",
			SenderAddress: "Thôn Bắc", SenderPhone: "0903333333", ReceivedAt: testNow.Add(-time.Hour), Status: domain.SubmissionAssigned,
			AssignedUnitID: h.unitOf("vanhoa")}
		files := []domain.SubmissionFile{{Name: "Ảnh cột điện.html", ContentType: "text/html", Data: []byte("<script>alert(1)</script>")}}
		must(t, h.store.CreateSubmission(ctx, &sub, files, domain.SubmissionEvent{Actor: "Người gửi", To: sub.Status}))
		path := fmt.Sprintf("/submissions/%d/files/%d", sub.ID, files[0].ID)
		r := h.as("vanhoa").get(path)
		if r.status != http.StatusOK || r.body != "<script>alert(1)</script>" {
			t.Fatalf("download: %d %q", r.status, r.body)
		}
		if cd := r.header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, "Anh cot dien.html") {
			t.Errorf("Content-Disposition %q", cd)
		}
		if ct := r.header.Get("Content-Type"); ct != "application/octet-stream" {
			t.Errorf("Content-Type %q: a sender's file must never be served as a page", ct)
		}
		if page := h.as("quantri").get(fmt.Sprintf("/submissions/%d", sub.ID)); !strings.Contains(page.body, `href="`+path+`"`) {
			t.Error("the page does not link the file")
		}
		if r := h.as("vanphong").get(path); r.status != http.StatusNotFound {
			t.Errorf("another unit's staff downloaded it: %d", r.status)
		}
		other := newSubmission(t, h, 9, domain.SubmissionReceived, 0)
		if r := h.as("quantri").get(fmt.Sprintf("/submissions/%d/files/%d", other.ID, files[0].ID)); r.status != http.StatusNotFound {
			t.Errorf("the file through another submission's URL: %d", r.status)
		}
	})
}

func TestInboxPagesKeepTheFilters(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		for i := 0; i < submissions.InboxPageSize+2; i++ {
			newSubmission(t, h, i, domain.SubmissionReceived, 0)
		}
		admin := h.as("quantri")
		first := admin.get("/submissions?kind=phan_anh")
		if first.status != http.StatusOK || strings.Count(first.body, `<tr>`)+strings.Count(first.body, `<tr class="overdue-row">`) != submissions.InboxPageSize+1 ||
			!strings.Contains(first.body, "Trang 1 / 2") || !strings.Contains(first.body, `href="/submissions?kind=phan_anh&amp;page=2"`) {
			t.Fatalf("first page:\n%s", excerpt(first.body))
		}
		second := admin.get("/submissions?kind=phan_anh&page=2")
		if n := strings.Count(second.body, `<td><a href="/submissions/`); n != 2 || !strings.Contains(second.body, "Trang 2 / 2") || !strings.Contains(second.body, "Trang trước") {
			t.Errorf("second page lists %d", n)
		}
	})
}
