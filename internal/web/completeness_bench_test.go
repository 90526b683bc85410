package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// BenchmarkCompletenessPage measures the province's completeness page,
// signed in as its chuyên viên, under 16 concurrent clients, on a province
// of 13 communes (the demo's size) and of 129 communes (Ninh Bình's), each
// with twelve months of reports filed to the request (a spread of on time,
// late, returned, accepted and missing). It reports the page's p50 and p99
// latency; the page is computed live from the filings on every request.
//
//	go test ./internal/web -run '^$' -bench CompletenessPage -benchtime 2000x
func BenchmarkCompletenessPage(b *testing.B) {
	for i, e := range testdb.Engines(b) {
		for _, communes := range []int{13, 129} {
			b.Run(fmt.Sprintf("%s/%d-communes", e.Name, communes), func(b *testing.B) {
				url := completenessServer(b, testdb.Engines(b)[i].DSN, communes) // a fresh database each
				c := signedIn(b, url, demo.ProvinceAccounts[2].Login)
				latencies := make([]time.Duration, 0, b.N)
				var mu sync.Mutex
				b.SetParallelism(8) // 16 clients on this machine's 2 cores
				b.ResetTimer()
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						start := time.Now()
						res, err := c.Get(url + "/province?year=2026")
						if err != nil {
							b.Error(err)
							return
						}
						io.Copy(io.Discard, res.Body)
						res.Body.Close()
						if res.StatusCode != http.StatusOK {
							b.Errorf("status %d", res.StatusCode)
							return
						}
						d := time.Since(start)
						mu.Lock()
						latencies = append(latencies, d)
						mu.Unlock()
					}
				})
				b.StopTimer()
				slices.Sort(latencies)
				if n := len(latencies); n > 0 {
					b.ReportMetric(float64(latencies[n/2].Microseconds())/1000, "p50-ms")
					b.ReportMetric(float64(latencies[n*99/100].Microseconds())/1000, "p99-ms")
				}
			})
		}
	}
}

// completenessServer starts the web app, its clock at 10 January 2027, on
// a fresh database holding the demo and a province of n communes with the
// year 2026 filed, and returns its address.
func completenessServer(b *testing.B, dsn string, n int) string {
	b.Helper()
	d := demotest.Open(b, dsn)
	fillProvince(b, d.Store, d.Org.ParentID, n)
	now := func() time.Time { return time.Date(2027, 1, 10, 2, 0, 0, 0, time.UTC) }
	srv, err := New(DefaultConfig(), usecase.NewEnv(d.Store, now), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	b.Cleanup(ts.Close)
	return ts.URL
}

// fillProvince adds communes to the province until it has n, the demo
// request, and each commune's twelve reports of 2026: most on time, some
// late, a few returned, most accepted, some never sent.
func fillProvince(b *testing.B, s *storage.Store, provinceID int64, n int) {
	b.Helper()
	ctx := context.Background()
	req := demo.Request(provinceID)
	must(b, s.SaveRequest(ctx, &req))
	have, err := s.Orgs(ctx, provinceID)
	must(b, err)
	communes := have
	for i := len(have); i < n; i++ {
		c := domain.Org{ParentID: provinceID, Code: fmt.Sprintf("xa-mau-%03d", i), Name: fmt.Sprintf("Xã mẫu %03d", i), Level: domain.LevelCommune, Type: domain.TypeXa}
		must(b, s.SaveOrg(ctx, &c))
		communes = append(communes, c)
	}
	for i, c := range communes {
		must(b, s.WithTx(ctx, func(tx *storage.Store) error { return fileYear(ctx, tx, req, c, i) }))
	}
}

// fileYear files commune c's reports of 2026, the i-th commune's spread.
func fileYear(ctx context.Context, tx *storage.Store, req domain.ReportRequest, c domain.Org, i int) error {
	for m := 1; m <= 12; m++ {
		k := (i*7 + m*3) % 20
		if k == 0 {
			continue // never sent
		}
		p := domain.MonthPeriod(2026, time.Month(m))
		due := req.Due(p, nil)
		at := due.Add(-48 * time.Hour)
		if k < 4 {
			at = due.Add(time.Duration(k) * 72 * time.Hour) // late
		}
		ir := domain.IssuedReport{OrgID: c.ID, Kind: req.Kind, Period: p, Number: fmt.Sprint(m), DocDate: domain.Today(at), IssuedAt: at,
			DOCX: []byte("docx"), PDF: []byte("pdf"), Style: domain.PartyDocument, Symbol: "BC/ĐU"}
		if err := tx.SaveIssuedReport(ctx, &ir); err != nil {
			return err
		}
		f := domain.Filing{CommuneID: c.ID, ProvinceID: req.ProvinceID, Kind: req.Kind, Period: p, RequestID: req.ID, Due: due,
			Status: domain.FilingSubmitted, FirstSubmittedAt: at, ChangedBy: "bench"}
		v := domain.FilingVersion{SubmittedAt: at, SubmittedBy: "bench", IssuedReportID: ir.ID, Number: fmt.Sprint(m),
			Snapshot: domain.Snapshot{Met: k, Total: 39}}
		if err := tx.AddFiling(ctx, &f, v); err != nil {
			return err
		}
		if k%5 == 0 {
			continue // not reviewed yet
		}
		f.Status, f.ReviewedBy, f.ReviewedAt, f.ChangedAt = domain.FilingAccepted, "bench", at.Add(24*time.Hour), at.Add(24*time.Hour)
		if k == 7 {
			f.Status, f.ReturnReason = domain.FilingReturned, "Bổ sung minh chứng"
		}
		if err := tx.ReviewFiling(ctx, &f); err != nil {
			return err
		}
	}
	return nil
}

// signedIn returns an HTTP client signed in to the app at base as login.
func signedIn(b *testing.B, base, login string) *http.Client {
	b.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	res, err := c.PostForm(base+"/login", url.Values{"login": {login}, "password": {demo.Password}})
	if err != nil {
		b.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		b.Fatalf("sign in as %s: status %d", login, res.StatusCode)
	}
	return c
}
