package requests_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
)

// A leader of the province drafts the request from the form, edits it at
// its version (a stale edit is refused), issues it (the communes it covers
// are told, with the citation, the first period and its due date, and
// nothing else is) and closes it; each write is in the province's log.
func TestTheLeaderDraftsIssuesAndClosesARequest(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		lead := f.inProvince("tinh-lanhdao")
		form := cv202()
		form.DocBody = "Ủy ban Kiểm tra Tỉnh ủy Ninh Bi\u0300nh" // decomposed, as some keyboards type it
		r, err := f.svc.Save(ctx, lead, form, 0)
		must(t, err)
		if r.DocBody != "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình" || r.CutoffDay != 14 || r.DueWorkingDays != 3 ||
			!slices.Equal(r.ReminderDays, []int{3, 1}) || r.FirstPeriod != domain.MonthPeriod(2026, time.March) || !r.IssuedAt.IsZero() {
			t.Fatalf("saved %+v", r)
		}
		if n := f.notices("lanhdao"); len(n) != 0 {
			t.Errorf("a draft told the commune: %+v", n)
		}

		form.ID, form.ReminderDays = r.ID, "5, 1"
		edited, err := f.svc.Save(ctx, lead, form, r.Version)
		must(t, err)
		form.ReminderDays = "2"
		if _, err := f.svc.Save(ctx, lead, form, r.Version); domain.ErrorCode(err) != domain.Stale {
			t.Errorf("an edit at an old version: %v", err)
		}

		issued, sent, err := f.svc.Issue(ctx, lead, r.ID, edited.Version)
		must(t, err)
		if sent != 3 || issued.IssuedAt.IsZero() || issued.IssuedBy != "Phạm Thị Thu Hà" {
			t.Fatalf("issued to %d communes: %+v", sent, issued)
		}
		for _, login := range []string{"lanhdao", "quantri", "xuan-hoa-leader", "nam-dinh-admin"} {
			n := f.notices(login)
			if len(n) != 1 || n[0].Kind != domain.NoticeRequest || n[0].Link != "/reports/2026-03" ||
				!strings.HasPrefix(n[0].Title, "Tỉnh yêu cầu báo cáo") || !strings.Contains(n[0].Title, "tháng 3 năm 2026") ||
				!strings.Contains(n[0].Body, "Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình") ||
				!strings.Contains(n[0].Body, "hạn nộp ngày 18/03/2026") {
				t.Errorf("%s was told %+v", login, n)
			}
		}
		for _, login := range []string{"xem", "vanphong", "xuan-hoa-viewer", "tinh-lanhdao"} {
			if n := f.notices(login); len(n) != 0 {
				t.Errorf("%s, neither a commune's leader nor its administrator, was told %+v", login, n)
			}
		}
		if _, _, err := f.svc.Issue(ctx, lead, r.ID, issued.Version); domain.ErrorCode(err) != domain.Conflict {
			t.Errorf("issuing twice: %v", err)
		}
		if _, err := f.svc.Save(ctx, lead, form, issued.Version); domain.ErrorCode(err) != domain.Conflict {
			t.Errorf("editing an issued request: %v", err)
		}

		closed, err := f.svc.Close(ctx, lead, r.ID, issued.Version)
		must(t, err)
		if closed.ClosedAt.IsZero() {
			t.Errorf("closed %+v", closed)
		}
		if _, _, ok, _ := requests.DueFor(ctx, f.Store, f.Org, domain.MonthPeriod(2026, time.April)); ok {
			t.Error("a closed request still asks for April")
		}
		log, err := f.Store.AuditLog(ctx, f.province.ID, 10, 0)
		must(t, err)
		var actions []string
		for _, e := range log {
			actions = append(actions, e.Action)
		}
		if want := []string{"request.close", "request.issue", "request.update", "request.create"}; !slices.Equal(actions, want) {
			t.Errorf("the province's log: %v, want %v", actions, want)
		}
	})
}

// Each problem of the form is named by its field, in Vietnamese, and
// nothing is saved.
func TestABadFormNamesEachField(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		lead := f.inProvince("tinh-lanhdao")
		bad := requests.RequestForm{DocDate: "31/02/2026", Frequency: "week", Audience: "type", CommuneType: "huyện",
			FirstPeriod: "tháng ba", CutoffDay: "30", DueMode: "day", DueDay: "abc", ReminderDays: "3, ngày mai"}
		_, err := f.svc.Save(ctx, lead, bad, 0)
		var de *domain.Error
		if !asError(err, &de) || de.Code != domain.Invalid {
			t.Fatalf("a bad form: %v", err)
		}
		fields := map[string]string{}
		for _, p := range de.Problems {
			fields[p.Field] = p.Message
		}
		for _, field := range []string{"doc_number", "doc_date", "doc_body", "frequency", "commune_type", "first_period", "cutoff_day", "due_day", "reminder_days"} {
			if fields[field] == "" {
				t.Errorf("no problem named %s: %v", field, fields)
			}
		}
		long := cv202()
		long.DocType = strings.Repeat("Công văn ", 10)
		_, err = f.svc.Save(ctx, lead, long, 0)
		if !hasField(err, "doc_type") || hasField(err, "doc_body") {
			t.Errorf("a document type of 90 characters: %v, want a problem on doc_type only", err)
		}
		list := cv202()
		list.Audience, list.Communes = "list", nil
		if _, err := f.svc.Save(ctx, lead, list, 0); !hasField(err, "communes") {
			t.Errorf("a list of no commune: %v", err)
		}
		other := f.commune("hai-tien", "Hải Tiến", domain.TypePhuong)
		other.ParentID = f.far.Org.ID
		must(t, f.Store.SaveOrg(ctx, &other))
		list.Communes = []string{itoa(f.Org.ID), itoa(other.ID)}
		if _, err := f.svc.Save(ctx, lead, list, 0); !hasField(err, "communes") {
			t.Errorf("a list with another province's commune: %v", err)
		}
		if rows, err := f.svc.List(ctx, lead); err != nil || len(rows) != 0 {
			t.Errorf("after refused saves the province has %d requests (%v)", len(rows), err)
		}
	})
}

// Only the province's leader (and the command line) writes requests; every
// province account reads its own province's; a commune's account and
// another province's reach none of them.
func TestWhoMayWriteAndReadRequests(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		r := f.issued(cv202())
		for _, login := range []string{"tinh-quantri", "tinh-chuyenvien", "tinh-xem"} {
			a := f.inProvince(login)
			if _, err := f.svc.Save(ctx, a, cv202(), 0); domain.ErrorCode(err) != domain.Forbidden {
				t.Errorf("%s saved a request: %v", login, err)
			}
			if _, err := f.svc.Close(ctx, a, r.ID, r.Version); domain.ErrorCode(err) != domain.Forbidden {
				t.Errorf("%s closed a request: %v", login, err)
			}
			if d, err := f.svc.Get(ctx, a, r.ID); err != nil || d.Request.ID != r.ID {
				t.Errorf("%s may not read the request: %v", login, err)
			}
		}
		for _, login := range []string{"lanhdao", "quantri"} {
			if _, err := f.svc.List(ctx, f.As(login)); domain.ErrorCode(err) != domain.Forbidden {
				t.Errorf("the commune's %s listed the requests: %v", login, err)
			}
		}
		if _, err := f.svc.Save(ctx, f.CommandLine("root"), cv202(), 0); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("the command line in a commune saved a request: %v", err)
		}
		if _, err := f.svc.Get(ctx, f.far, r.ID); domain.ErrorCode(err) != domain.NotFound {
			t.Errorf("Thanh Hóa read Ninh Bình's request: %v", err)
		}
		if _, err := f.svc.Close(ctx, f.far, r.ID, r.Version); domain.ErrorCode(err) != domain.NotFound {
			t.Errorf("Thanh Hóa closed Ninh Bình's request: %v", err)
		}
		if rows, err := f.svc.List(ctx, f.far); err != nil || len(rows) != 0 {
			t.Errorf("Thanh Hóa lists %d requests (%v)", len(rows), err)
		}
	})
}

// A request's page lists the communes it goes to (by type, by list) and
// the window and due date of its next periods.
func TestARequestShowsItsCommunesAndNextDueDates(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		view := f.inProvince("tinh-xem")
		phuong := cv202()
		phuong.Audience, phuong.CommuneType = "type", "phường"
		phuong.DueMode, phuong.DueDay, phuong.CutoffDay, phuong.FirstPeriod = requests.DueNextMonth, "5", "", "2026-02"
		r := f.issued(phuong)
		d, err := f.svc.Get(ctx, view, r.ID)
		must(t, err)
		if len(d.Communes) != 1 || d.Communes[0].ID != f.namDinh.ID || d.Status != "Đang áp dụng" {
			t.Errorf("to the phường: %+v, %s", d.Communes, d.Status)
		}
		// 28 March: February's report was due on 5 March, so the page starts at March.
		if len(d.Periods) != requests.NextPeriods || d.Periods[0].Period != domain.MonthPeriod(2026, time.March) ||
			!d.Periods[0].Due.Equal(domain.Date(2026, 4, 5)) || !d.Periods[0].End.Equal(domain.Date(2026, 3, 31)) {
			t.Errorf("next periods %+v", d.Periods)
		}
		list := cv202()
		list.Audience, list.Communes = "list", []string{itoa(f.xuanHoa.ID), itoa(f.Org.ID)}
		r = f.issued(list)
		d, err = f.svc.Get(ctx, view, r.ID)
		must(t, err)
		if len(d.Communes) != 2 || !d.Periods[0].Start.Equal(domain.Date(2026, 3, 15)) || !d.Periods[0].Due.Equal(domain.Date(2026, 4, 17)) {
			t.Errorf("to the list: %+v, periods %+v", d.Communes, d.Periods)
		}
		rows, err := f.svc.List(ctx, view)
		must(t, err)
		if len(rows) != 2 || rows[0].Communes+rows[1].Communes != 3 {
			t.Errorf("the list: %+v", rows)
		}
	})
}

// Two leaders issuing the same draft at once: one issues it, the other is
// told it changed, and each commune hears of it once.
func TestConcurrentIssuesIssueOnce(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		lead := f.inProvince("tinh-lanhdao")
		r, err := f.svc.Save(ctx, lead, cv202(), 0)
		must(t, err)
		errs := make(chan error, 2)
		for range 2 {
			go func() {
				_, _, err := f.svc.Issue(ctx, lead, r.ID, r.Version)
				errs <- err
			}()
		}
		ok := 0
		for range 2 {
			switch err := <-errs; {
			case err == nil:
				ok++
			case domain.ErrorCode(err) != domain.Stale && domain.ErrorCode(err) != domain.Conflict:
				t.Errorf("the other issue: %v", err)
			}
		}
		if ok != 1 {
			t.Errorf("%d issues went through, want 1", ok)
		}
		if n := f.notices("lanhdao"); len(n) != 1 {
			t.Errorf("the commune's leader heard %d times", len(n))
		}
	})
}

// The request form offers only the province's active communes to pick: a
// deactivated one, which a save refuses, is not offered (on a new request's
// form nor on a draft's).
func TestTheFormOffersOnlyActiveCommunes(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		lead := f.inProvince("tinh-lanhdao")
		done, err := f.Store.DeactivateOrg(ctx, f.xuanHoa.ID, f.Clock.Now(), "tinh-quantri")
		if err != nil || !done {
			t.Fatalf("deactivate Xuân Hòa: %v %v", done, err)
		}
		offered, err := f.svc.Communes(ctx, lead)
		must(t, err)
		draft, err := f.svc.Save(ctx, lead, cv202(), 0)
		must(t, err)
		d, err := f.svc.Get(ctx, lead, draft.ID)
		must(t, err)
		for name, list := range map[string][]domain.Org{"the new request's form": offered, "the draft's form": d.All} {
			if len(list) == 0 {
				t.Errorf("%s offers no commune", name)
			}
			for _, c := range list {
				if c.ID == f.xuanHoa.ID || !c.Active() || c.Level != domain.LevelCommune {
					t.Errorf("%s offers %s (active %v)", name, c.Name, c.Active())
				}
			}
		}
	})
}
