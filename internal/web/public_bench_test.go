package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
	"github.com/nq57/nq57/internal/web/public"
)

// BenchmarkPublicSubmit measures the sustained rate of public submissions
// accepted through the JSON API on loopback, with no rate limit, on SQLite
// and (when NQ57_TEST_POSTGRES is set) PostgreSQL, and checks that every
// accepted submission was stored. Each request comes from another sender, as
// a flood of real citizens would, so that the near-duplicate check reads the
// sender's few earlier submissions, not all of them.
//
//	go test ./internal/web -run '^$' -bench PublicSubmit -benchtime 5s
func BenchmarkPublicSubmit(b *testing.B) {
	for _, e := range testdb.Engines(b) {
		store, url, orgID := benchServer(b, e.DSN)
		var senders atomic.Int64
		b.Run(e.Name, func(b *testing.B) {
			before := benchCount(b, store, orgID)
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					benchPost(b, client, url, senders.Add(1))
				}
			})
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "submissions/s")
			if stored := benchCount(b, store, orgID) - before; stored != b.N {
				b.Fatalf("sent %d submissions, stored %d", b.N, stored)
			}
		})
	}
}

func benchServer(b *testing.B, dsn string) (*storage.Store, string, int64) {
	b.Helper()
	ctx := context.Background()
	store, err := storage.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	if err := demo.Load(ctx, store); err != nil {
		b.Fatal(err)
	}
	org, err := store.OrgByCode(ctx, demo.CommuneCode)
	if err != nil {
		b.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.SubmitPerMinute = 0 // no limit: the benchmark is one client sending as fast as it can
	srv, err := New(cfg, usecase.NewEnv(store, func() time.Time { return testNow }), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	b.Cleanup(ts.Close)
	return store, ts.URL + "/api/v1/submissions", org.ID
}

func benchPost(b *testing.B, client *http.Client, url string, sender int64) {
	body := goodJSON(func(r *public.SubmitRequest) {
		r.Sender.Phone = fmt.Sprintf("09%08d", sender%100000000)
		r.Sender.Email = fmt.Sprintf("nguoi.gui.%d@example.vn", sender)
		r.Title = fmt.Sprintf("Kiến nghị số %d về thủ tục cấp phép xây dựng", sender)
	})
	res, err := client.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		b.Error(err)
		return
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		msg, _ := io.ReadAll(res.Body)
		b.Errorf("status %d: %s", res.StatusCode, msg)
		return
	}
	var got public.SubmitResponse
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil || got.Code == "" {
		b.Errorf("no code in the answer: %v", err)
	}
}

func benchCount(b *testing.B, store *storage.Store, orgID int64) int {
	b.Helper()
	_, total, err := store.Inbox(context.Background(), orgID, domain.SubmissionFilter{Limit: 1})
	if err != nil {
		b.Fatal(err)
	}
	return total
}
