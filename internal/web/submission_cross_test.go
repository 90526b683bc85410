package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// otherSubmission stores a submission of Xuân Hòa, with a file and an answer
// template, for cross-commune attempts.
func otherSubmission(t *testing.T, h *harness) (domain.Submission, domain.SubmissionFile, domain.AnswerTemplate) {
	t.Helper()
	ctx := context.Background()
	received := time.Date(2026, 3, 20, 8, 0, 0, 0, domain.Vietnam)
	sub := domain.Submission{OrgID: h.other.Org.ID, Kind: domain.KindRecommendation, Channel: domain.ChannelPakn,
		Title: "Kiến nghị bí mật của Xuân Hòa về cáp quang", Content: "Nội dung bí mật của Xuân Hòa, không ai ở Xuân Hưng được đọc.",
		SenderName: "Người dân Xuân Hòa", SenderAddress: "Xuân Hòa", SenderPhone: "0911111111",
		ReceivedAt: received, Status: domain.SubmissionAnswered, DueAt: submissions.EndOfDay(domain.Date(2026, 4, 10)),
		Answer: "Câu trả lời bí mật của Xuân Hòa", AnsweredAt: received.Add(time.Hour)}
	files := []domain.SubmissionFile{{Name: "bi-mat.pdf", ContentType: "application/pdf", Data: []byte("%PDF bí mật Xuân Hòa")}}
	must(t, h.store.CreateSubmission(ctx, &sub, files, domain.SubmissionEvent{Actor: "Người gửi", To: sub.Status}))
	tpl := domain.AnswerTemplate{OrgID: h.other.Org.ID, Title: "Mẫu bí mật của Xuân Hòa", Body: "Nội dung mẫu bí mật của Xuân Hòa."}
	must(t, h.store.SaveAnswerTemplate(ctx, &tpl))
	must(t, h.store.SaveCalendarOverride(ctx, domain.CalendarOverride{OrgID: h.other.Org.ID, Date: domain.Date(2026, 6, 5), Off: true, Note: "Nghỉ bí mật Xuân Hòa"}))
	return sub, files[0], tpl
}

// TestOtherCommuneSubmissionsAreOutOfReach tries every route with the IDs of
// Xuân Hòa's submission, file and template as each role of Xuân Hưng: all
// 404, nothing of Xuân Hòa shown, nothing changed.
func TestOtherCommuneSubmissionsAreOutOfReach(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		sub, file, tpl := otherSubmission(t, h)
		secret := []string{"Xuân Hòa", "bí mật"}
		base := fmt.Sprintf("/submissions/%d", sub.ID)
		var scenarios []scenario
		for _, login := range []string{"quantri", "lanhdao", "vanhoa"} {
			scenarios = append(scenarios,
				scenario{name: login + " reads it", login: login, path: base, status: http.StatusNotFound, notWant: secret},
				scenario{name: login + " downloads its file", login: login, path: fmt.Sprintf("%s/files/%d", base, file.ID), status: http.StatusNotFound, notWant: secret},
				scenario{name: login + " lists the inbox", login: login, path: "/submissions?q=xuan+hoa", status: http.StatusOK, want: []string{"Danh sách"}, notWant: []string{"bí mật"}},
			)
			for _, a := range domain.SubmissionActions {
				scenarios = append(scenarios, scenario{name: login + " " + string(a), login: login, method: http.MethodPost,
					path: base + "/" + string(a), form: url.Values{"answer": {"Một câu trả lời đủ dài để hợp lệ."}, "reason": {"other"}, "note": {"x"},
						"due": {"2026-05-01"}, "extend_note": {"x"}, "unit": {"1"}}, status: http.StatusNotFound, notWant: secret})
			}
		}
		scenarios = append(scenarios,
			scenario{name: "admin edits its template", login: "quantri", method: http.MethodPost, path: "/settings/answers",
				form: url.Values{"id": {itoa(tpl.ID)}, "title": {"Chiếm mẫu"}, "body": {"Nội dung thay thế đủ dài để hợp lệ."}}, status: http.StatusNotFound, notWant: secret},
			scenario{name: "admin deletes its template", login: "quantri", method: http.MethodPost, path: fmt.Sprintf("/settings/answers/%d/delete", tpl.ID), status: http.StatusNotFound, notWant: secret},
			scenario{name: "admin deletes its calendar day", login: "quantri", method: http.MethodPost, path: "/settings/calendar/delete", form: url.Values{"date": {"2026-06-05"}}, status: http.StatusNotFound, notWant: secret},
			scenario{name: "templates list", login: "quantri", path: "/settings/answers", status: http.StatusOK, notWant: secret},
			scenario{name: "calendar", login: "quantri", path: "/settings/calendar?year=2026", status: http.StatusOK, notWant: secret},
		)
		runScenariosOn(t, h, scenarios)
		after, err := h.store.SubmissionByID(t.Context(), h.other.Org.ID, sub.ID)
		must(t, err)
		if after.Status != sub.Status || !after.DueAt.Equal(sub.DueAt) || after.Answer != sub.Answer || !after.PublishedAt.IsZero() {
			t.Errorf("Xuân Hòa's submission changed: %+v", after)
		}
		tpls, err := h.store.AnswerTemplates(t.Context(), h.other.Org.ID)
		must(t, err)
		if len(tpls) != 1 || tpls[0].Title != tpl.Title {
			t.Errorf("Xuân Hòa's templates changed: %+v", tpls)
		}
		days, err := h.store.CalendarOverrides(t.Context(), h.other.Org.ID)
		must(t, err)
		if len(days) != 1 {
			t.Errorf("Xuân Hòa's calendar changed: %+v", days)
		}
	})
}
