package reporting_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// issueRequest stores a request of Ninh Bình to the demo commune, issued,
// monthly from March 2026: data to the 14th, due three working days later
// (18 March for March).
func issueRequest(t *testing.T, st *storage.Store, commune domain.Org) domain.ReportRequest {
	t.Helper()
	r := domain.ReportRequest{ProvinceID: commune.ParentID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
		Audience: domain.AudienceList, CommuneIDs: []int64{commune.ID}, DocType: "Công văn", DocNumber: "15-CV/UBKTTU",
		DocDate: domain.Date(2026, 3, 1), DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", FirstPeriod: domain.MonthPeriod(2026, time.March),
		CutoffDay: 14, DueWorkingDays: 3, IssuedAt: demotest.Now().Add(-24 * time.Hour), IssuedBy: "tinh-lanhdao"}
	if err := st.SaveRequest(context.Background(), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// opening is the first paragraph of the period's draft report.
func opening(t *testing.T, svc *reporting.Service, a usecase.Actor, p domain.Period) string {
	t.Helper()
	m, err := svc.Draft(context.Background(), a, p)
	if err != nil {
		t.Fatal(err)
	}
	return m.Body[0].Text()
}

// The report of a period a province's request asks for cites the request in
// its opening sentence, over the commune's own default; a basis typed for the
// period itself still wins; a period before the request keeps the default.
func TestTheReportCitesTheRequestThatAsksForIt(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		svc, st, a := service(t, dsn)
		march, feb := domain.MonthPeriod(2026, time.March), domain.MonthPeriod(2026, time.February)
		defaultBasis := "Thực hiện Công văn số 202-CV/UBKTTU, ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình về việc"
		if got := opening(t, svc, a, march); !strings.HasPrefix(got, defaultBasis) {
			t.Fatalf("without a request, March opens %q", got)
		}
		issueRequest(t, st, a.Org)
		want := "Thực hiện Công văn số 15-CV/UBKTTU ngày 01/03/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình; Ban Thường vụ"
		if got := opening(t, svc, a, march); !strings.HasPrefix(got, want) {
			t.Errorf("with the request, March opens %q", got)
		}
		if got := opening(t, svc, a, feb); !strings.HasPrefix(got, defaultBasis) {
			t.Errorf("February, before the request, opens %q", got)
		}

		// The compose form shows the citation; saved as shown, the period
		// stores no basis of its own, so that the request shows through.
		c, err := svc.Compose(ctx, a, march)
		if err != nil {
			t.Fatal(err)
		}
		form := reporting.PeriodFormOf(c.Settings, c.Own.Version)
		if !strings.HasPrefix(form.Basis, "Công văn số 15-CV/UBKTTU") {
			t.Errorf("the compose form's basis is %q", form.Basis)
		}
		if err := svc.SavePeriod(ctx, a, march, form); err != nil {
			t.Fatal(err)
		}
		own, _, err := st.OwnReportSettings(ctx, a.Org.ID, domain.ReportKindNQ57Monthly, march)
		if err != nil || own.Basis != "" {
			t.Errorf("saving the citation as shown stored the basis %q (%v)", own.Basis, err)
		}

		form.Version, form.Basis = own.Version, "Kế hoạch số 09-KH/ĐU ngày 02/03/2026 của Đảng ủy xã"
		if err := svc.SavePeriod(ctx, a, march, form); err != nil {
			t.Fatal(err)
		}
		if got := opening(t, svc, a, march); !strings.HasPrefix(got, "Thực hiện Kế hoạch số 09-KH/ĐU ngày 02/03/2026 của Đảng ủy xã; ") {
			t.Errorf("with the period's own basis, March opens %q", got)
		}
	})
}

// The dashboard's report deadline is the request's due date for a period it
// asks for (18 March: three working days after the 14th), and the settings'
// due day otherwise.
func TestTheDashboardDueDateComesFromTheRequest(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		svc, st, a := service(t, dsn)
		march := domain.MonthPeriod(2026, time.March)
		d, err := svc.Dashboard(ctx, a, march)
		if err != nil {
			t.Fatal(err)
		}
		if !d.Report.Due.Equal(domain.Date(2026, 3, 25)) || d.Report.DaysLate() != 3 {
			t.Fatalf("without a request March is due %s, %d days late", d.Report.Due.Format(time.DateOnly), d.Report.DaysLate())
		}
		issueRequest(t, st, a.Org)
		if d, err = svc.Dashboard(ctx, a, march); err != nil {
			t.Fatal(err)
		}
		// Late as the province's completeness grid counts it: working days
		// on the province's calendar, Thursday 19 to Friday 27 March.
		if !d.Report.Due.Equal(domain.Date(2026, 3, 18)) || !d.Report.Late() || d.Report.DaysLate() != 7 || d.Report.Request != "Công văn số 15-CV/UBKTTU" {
			t.Errorf("with the request March is due %s, %d days late", d.Report.Due.Format(time.DateOnly), d.Report.DaysLate())
		}
		cal, err := requests.Calendar(ctx, st, a.Org.ParentID)
		if err != nil {
			t.Fatal(err)
		}
		if cell := domain.CellOf(nil, true, d.Report.Due, domain.Today(demotest.Now()), cal); cell.Days != d.Report.DaysLate() {
			t.Errorf("the dashboard says %d days late, the province's grid %q", d.Report.DaysLate(), cell.Label())
		}
		if d, err = svc.Dashboard(ctx, a, domain.MonthPeriod(2026, time.February)); err != nil {
			t.Fatal(err)
		}
		if !d.Report.Due.Equal(domain.Date(2026, 2, 25)) {
			t.Errorf("February, before the request, is due %s", d.Report.Due.Format(time.DateOnly))
		}
	})
}

// A commune whose own default basis cites the request's document already
// (the seed report's "Công văn số 202-CV/UBKTTU, ngày 27/01/2026 … về việc
// báo cáo …") keeps its own, fuller wording of it.
func TestTheCommunesOwnWordingOfTheRequestStays(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		svc, st, a := service(t, dsn)
		r := issueRequest(t, st, a.Org)
		r.DocNumber, r.DocDate = "202-CV/UBKTTU", domain.Date(2026, 1, 27)
		if err := st.SaveRequest(context.Background(), &r); err != nil {
			t.Fatal(err)
		}
		want := "Thực hiện Công văn số 202-CV/UBKTTU, ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình về việc báo cáo"
		if got := opening(t, svc, a, domain.MonthPeriod(2026, time.March)); !strings.HasPrefix(got, want) {
			t.Errorf("March opens %q", got)
		}
	})
}
