package filings_test

import (
	"context"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/usecase"
)

var march = domain.MonthPeriod(2026, time.March)

// world is the demo commune (Xuân Hưng) under Ninh Bình, asked for its
// monthly report by the 25th from January 2026, with the use cases.
type world struct {
	*demotest.Fixture
	province  domain.Org
	reporting *reporting.Service
	filings   *filings.Service
}

func newWorld(t *testing.T, f *demotest.Fixture) *world {
	t.Helper()
	ctx := context.Background()
	province, err := f.Store.OrgByID(ctx, f.Org.ParentID)
	if err != nil {
		t.Fatal(err)
	}
	cv := domain.ReportRequest{ProvinceID: province.ID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
		Audience: domain.AudienceAll, DocType: "Công văn", DocNumber: "202-CV/UBKTTU", DocDate: domain.Date(2026, 1, 27),
		DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", FirstPeriod: domain.MonthPeriod(2026, time.January), DueDay: 25,
		IssuedAt: domain.Date(2026, 1, 27), IssuedBy: "tinh-lanhdao"}
	if err := f.Store.SaveRequest(ctx, &cv); err != nil {
		t.Fatal(err)
	}
	r, err := assemble.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	return &world{Fixture: f, province: province, reporting: reporting.New(f.Env, r), filings: filings.New(f.Env)}
}

// inProvince is a province account acting in Ninh Bình.
func (w *world) inProvince(login string) usecase.Actor {
	return usecase.Actor{User: w.User(login), Org: w.province}
}

// issue issues the commune's March report as its leader at the clock's time.
func (w *world) issue(t *testing.T, number string) {
	t.Helper()
	date := domain.Today(w.Clock.Now()).Format("02/01/2006")
	if _, err := w.reporting.Issue(context.Background(), w.As("lanhdao"), march, reporting.IssueForm{Number: number, Date: date}); err != nil {
		t.Fatalf("issue March as number %s: %v", number, err)
	}
}

// filing is the commune's March filing as it stands.
func (w *world) filing(t *testing.T) domain.Filing {
	t.Helper()
	f, ok, err := w.filings.Own(context.Background(), w.As("xem"), march)
	if err != nil || !ok {
		t.Fatalf("the March filing: ok %v, err %v", ok, err)
	}
	return f
}

// notices lists the kinds of the notices of a user, newest first.
func (w *world) notices(t *testing.T, login string) []domain.NoticeKind {
	t.Helper()
	list, err := w.Store.Notices(context.Background(), w.User(login).ID, 50)
	if err != nil {
		t.Fatal(err)
	}
	var out []domain.NoticeKind
	for _, n := range list {
		out = append(out, n.Kind)
	}
	return out
}

func wantCode(t *testing.T, err error, code domain.Code) {
	t.Helper()
	if domain.ErrorCode(err) != code {
		t.Errorf("error %v, want code %s", err, code)
	}
}
