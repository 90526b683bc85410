package filings_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/usecase"
)

// vietnamTime is hh:00 on a day of 2026 in Vietnam.
func vietnamTime(month time.Month, day, hour int) time.Time {
	return time.Date(2026, month, day, hour, 0, 0, 0, domain.Vietnam)
}

func TestAnIssueOnTimeIsSubmittedToTheProvince(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		w.Clock.Advance(vietnamTime(3, 24, 10).Sub(w.Clock.Now()))
		w.issue(t, "12")

		f := w.filing(t)
		if f.Status != domain.FilingSubmitted || f.Versions != 1 || !f.OnTime() || !f.Due.Equal(domain.Date(2026, 3, 25)) {
			t.Errorf("filing = %+v, want submitted on time, due 25/3", f)
		}
		v, err := w.filings.Filing(ctx, w.inProvince("tinh-chuyenvien"), f.ID)
		if err != nil {
			t.Fatal(err)
		}
		if v.Cell.Label() != "đã nộp đúng hạn" || v.Latest().Number != "12-BC/ĐU" || v.Latest().Snapshot.Total != 39 ||
			len(v.Latest().Snapshot.Criteria) != 39 || v.Latest().Snapshot.Met == 0 || len(v.Latest().Snapshot.Sections) < 3 {
			t.Errorf("province's view: %s, number %s, snapshot met %d/%d, %d sections", v.Cell.Label(), v.Latest().Number,
				v.Latest().Snapshot.Met, v.Latest().Snapshot.Total, len(v.Latest().Snapshot.Sections))
		}
		doc, err := w.filings.Download(ctx, w.inProvince("tinh-xem"), f.ID, 1, "pdf")
		if err != nil || len(doc.Body) == 0 || doc.Filename != "bao-cao-nq57-xuan-hung-2026-03-lan-1.pdf" {
			t.Errorf("download: %q, %d bytes, %v", doc.Filename, len(doc.Body), err)
		}
		for _, login := range []string{"tinh-lanhdao", "tinh-chuyenvien"} {
			if got := w.notices(t, login); !slices.Equal(got, []domain.NoticeKind{domain.NoticeSubmitted}) {
				t.Errorf("%s told %v, want one submitted notice", login, got)
			}
		}
		if got := w.notices(t, "tinh-xem"); len(got) != 0 {
			t.Errorf("the province's viewer was told %v", got)
		}
	})
}

func TestALateIssueIsLateByWorkingDays(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx) // the clock: Saturday 28/3, after the due day, Wednesday 25/3
		w.issue(t, "12")
		v, err := w.filings.Filing(context.Background(), w.inProvince("tinh-lanhdao"), w.filing(t).ID)
		if err != nil {
			t.Fatal(err)
		}
		if v.Filing.OnTime() || v.Cell.Label() != "nộp muộn (2 ngày)" {
			t.Errorf("cell %q, want nộp muộn (2 ngày): Thursday and Friday", v.Cell.Label())
		}
	})
}

func TestAReturnUnlocksAndTheNextIssueIsVersionTwo(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		w.Clock.Advance(vietnamTime(3, 24, 10).Sub(w.Clock.Now()))
		w.issue(t, "12")
		f := w.filing(t)
		reviewer := w.inProvince("tinh-chuyenvien")

		wantCode(t, w.filings.Return(ctx, reviewer, f.ID, f.Version, "ngắn"), domain.Invalid)
		w.Clock.Advance(time.Hour)
		if err := w.filings.Return(ctx, reviewer, f.ID, f.Version, "Bổ sung số liệu tiêu chí còn thiếu"); err != nil {
			t.Fatal(err)
		}
		if locked, _ := w.Store.PeriodLocked(ctx, w.Org.ID, march); locked {
			t.Error("after a return the commune's March is still locked")
		}
		for _, login := range []string{"lanhdao", "quantri"} {
			if got := w.notices(t, login); !slices.Equal(got, []domain.NoticeKind{domain.NoticeReturned}) {
				t.Errorf("%s told %v, want the return", login, got)
			}
		}
		if got := w.filing(t); got.Status != domain.FilingReturned || got.ReturnReason != "Bổ sung số liệu tiêu chí còn thiếu" {
			t.Errorf("after the return: %+v", got)
		}

		// The commune corrects a criterion and issues again.
		first, err := w.filings.Filing(ctx, reviewer, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		changed := markOneMet(t, w, first.Latest().Snapshot)
		w.Clock.Advance(48 * time.Hour)
		w.issue(t, "13")
		again := w.filing(t)
		if again.Status != domain.FilingSubmitted || again.Versions != 2 || !again.FirstSubmittedAt.Equal(f.FirstSubmittedAt) || !again.OnTime() {
			t.Errorf("after issuing again: %+v (first submission kept, still on time)", again)
		}
		if got := w.notices(t, "tinh-chuyenvien"); !slices.Equal(got, []domain.NoticeKind{domain.NoticeResubmitted, domain.NoticeSubmitted}) {
			t.Errorf("the reviewer was told %v, want resubmitted then submitted (newest first)", got)
		}
		d, err := w.filings.Diff(ctx, reviewer, f.ID, 1, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Criteria) != 1 || d.Criteria[0].Label != changed || d.Criteria[0].StatusTo != domain.Met || d.MetTo != d.MetFrom+1 {
			t.Errorf("diff: %+v, want %s turned met", d.Criteria, changed)
		}
		if len(d.Sections) == 0 {
			t.Error("diff: no narrative section changed, want the counts' sentence changed")
		}
	})
}

// workbookText is every row of a workbook's first sheet, cells joined by "|".
func workbookText(t *testing.T, body []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, r := range rows {
		lines = append(lines, strings.Join(r, "|"))
	}
	return strings.Join(lines, "\n")
}

// markOneMet records a not-met qualitative criterion of the snapshot as met
// in March, and returns its label.
func markOneMet(t *testing.T, w *world, s domain.Snapshot) string {
	t.Helper()
	for _, g := range w.Program().Groups {
		for _, c := range g.Criteria {
			label := domain.CriterionKey(g, c)
			i := slices.IndexFunc(s.Criteria, func(x domain.SnapshotCriterion) bool { return x.Label == label })
			if !c.Qualitative() || s.Criteria[i].Status == domain.Met {
				continue
			}
			rec := domain.Progress{CriterionID: c.ID, Period: march, Met: domain.Bool(true), Evidence: "QĐ 12", RecordedBy: "lanhdao", RecordedAt: w.Clock.Now()}
			if err := w.Store.SaveProgress(context.Background(), []domain.Progress{rec}); err != nil {
				t.Fatal(err)
			}
			return label
		}
	}
	t.Fatal("the demo has no qualitative criterion left to meet")
	return ""
}

func TestAnAcceptedReportStaysLocked(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		w.issue(t, "12")
		f := w.filing(t)

		far := farReviewer(t, w)
		wantCode(t, w.filings.Accept(ctx, far, f.ID, f.Version), domain.NotFound)
		_, err := w.filings.Filing(ctx, far, f.ID)
		wantCode(t, err, domain.NotFound)
		wantCode(t, w.filings.Accept(ctx, w.inProvince("tinh-xem"), f.ID, f.Version), domain.Forbidden)
		wantCode(t, w.filings.Accept(ctx, w.As("lanhdao"), f.ID, f.Version), domain.Forbidden)

		if err := w.filings.Accept(ctx, w.inProvince("tinh-lanhdao"), f.ID, f.Version); err != nil {
			t.Fatal(err)
		}
		wantCode(t, w.filings.Return(ctx, w.inProvince("tinh-chuyenvien"), f.ID, f.Version, "Trả lại sau khi đã tiếp nhận"), domain.Stale)
		if got := w.notices(t, "lanhdao"); !slices.Equal(got, []domain.NoticeKind{domain.NoticeAccepted}) {
			t.Errorf("the commune's leader was told %v, want accepted", got)
		}
		err = w.reporting.Unlock(ctx, w.As("lanhdao"), march, "Cập nhật số liệu tiêu chí 12 sau khi nộp")
		wantCode(t, err, domain.Conflict)
		if locked, _ := w.Store.PeriodLocked(ctx, w.Org.ID, march); !locked {
			t.Error("an accepted report's period was unlocked")
		}
	})
}

// farReviewer is a chuyên viên of another province, Thanh Hóa.
func farReviewer(t *testing.T, w *world) usecase.Actor {
	t.Helper()
	ctx := context.Background()
	org := domain.Org{Code: "thanh-hoa", Name: "Thanh Hóa", Level: domain.LevelProvince}
	if err := w.Store.SaveOrg(ctx, &org); err != nil {
		t.Fatal(err)
	}
	u := domain.User{OrgID: org.ID, Login: "thanhhoa-chuyenvien", Role: domain.RoleStaff, PasswordHash: "x", CreatedAt: demotest.Now()}
	if err := w.Store.SaveUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	return usecase.Actor{User: u, Org: org}
}

func TestAnUnreviewedReportMayBeUnlockedAndIssuedAgain(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		w.issue(t, "12")
		f := w.filing(t)
		if err := w.reporting.Unlock(ctx, w.As("lanhdao"), march, "Sửa số liệu trước khi tỉnh xem"); err != nil {
			t.Fatal(err)
		}
		w.issue(t, "13")
		if got := w.filing(t); got.Versions != 2 || got.Status != domain.FilingSubmitted {
			t.Errorf("after unlock and issue: %+v", got)
		}
		wantCode(t, w.filings.Accept(ctx, w.inProvince("tinh-chuyenvien"), f.ID, f.Version), domain.Stale)

		// Unlocked again while it waits: the province may not accept a report
		// whose data the commune is changing; once issued again, it may.
		if err := w.reporting.Unlock(ctx, w.As("lanhdao"), march, "Sửa thêm một lần nữa trước khi tỉnh xem"); err != nil {
			t.Fatal(err)
		}
		again := w.filing(t)
		wantCode(t, w.filings.Accept(ctx, w.inProvince("tinh-chuyenvien"), again.ID, again.Version), domain.Conflict)
		if got := w.filing(t); got.Status != domain.FilingSubmitted {
			t.Errorf("a refused accept left the filing %s", got.Status)
		}
		if locked, _ := w.Store.PeriodLocked(ctx, w.Org.ID, march); locked {
			t.Error("a refused accept locked the period the commune is correcting")
		}
		w.issue(t, "14")
		third := w.filing(t)
		if err := w.filings.Accept(ctx, w.inProvince("tinh-chuyenvien"), third.ID, third.Version); err != nil {
			t.Fatal(err)
		}
		if locked, _ := w.Store.PeriodLocked(ctx, w.Org.ID, march); !locked || third.Versions != 3 {
			t.Errorf("version %d accepted; locked %v", third.Versions, locked)
		}
	})
}

func TestCompletenessCountsThePeriods(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		other := domain.Org{ParentID: w.province.ID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypePhuong}
		if err := w.Store.SaveOrg(ctx, &other); err != nil {
			t.Fatal(err)
		}
		w.issue(t, "12") // Saturday 28/3: late
		c, err := w.filings.CompletenessOf(ctx, w.inProvince("tinh-xem"), 2026, filings.Filter{}, filings.SortLateness)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Periods) != 12 || len(c.Rows) < 2 {
			t.Fatalf("%d periods, %d rows", len(c.Periods), len(c.Rows))
		}
		mar := c.Totals[2]
		if mar.Expected != len(c.Rows) || mar.Submitted != 1 || mar.OnTime != 0 || mar.Accepted != 0 {
			t.Errorf("March: %+v, want every commune expected, one submitted late", mar)
		}
		if apr := c.Totals[3]; apr.Expected != 0 || apr.Rate(0) != "—" {
			t.Errorf("April (not due): %+v", apr)
		}
		cells := map[string]string{}
		for _, r := range c.Rows {
			cells[r.Commune.Code] = r.Cells[2].Label()
		}
		if cells["xuan-hung"] != "nộp muộn (2 ngày)" || cells["xuan-hoa"] != "chưa nộp (quá hạn 2 ngày)" {
			t.Errorf("March cells: %v", cells)
		}
		only, err := w.filings.CompletenessOf(ctx, w.inProvince("tinh-xem"), 2026, filings.Filter{Type: domain.TypePhuong}, filings.SortName)
		if err != nil {
			t.Fatal(err)
		}
		if len(only.Rows) != 1 || only.Rows[0].Commune.Code != "xuan-hoa" {
			t.Errorf("phường only: %d rows", len(only.Rows))
		}
		late, _ := w.filings.CompletenessOf(ctx, w.inProvince("tinh-xem"), 2026, filings.Filter{Status: domain.CellLate}, filings.SortName)
		if len(late.Rows) != 1 || late.Rows[0].Commune.Code != "xuan-hung" {
			t.Errorf("late only: %d rows", len(late.Rows))
		}
		doc, err := w.filings.ExportCompleteness(ctx, w.inProvince("tinh-xem"), 2026, filings.Filter{}, filings.SortName)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		if got := workbookText(t, doc.Body); !strings.Contains(got, "Xuân Hưng|xã|chưa nộp (quá hạn 40 ngày)|chưa nộp (quá hạn 22 ngày)|nộp muộn (2 ngày)|chưa nộp (chưa đến hạn)") {
			t.Errorf("the workbook lacks Xuân Hưng's late March:\n%s", got)
		}
		_, err = w.filings.CompletenessOf(ctx, w.As("quantri"), 2026, filings.Filter{}, filings.SortName)
		wantCode(t, err, domain.Forbidden)
	})
}
