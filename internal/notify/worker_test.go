package notify_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

const publicURL = "http://127.0.0.1:8057"

// sender returns an SMTP sender to the test server at m, from the
// commune's address, linking to publicURL.
func sender(t *testing.T, m *mailServer) *notify.SMTPSender {
	t.Helper()
	cfg, err := notify.ParseSMTP("smtp://127.0.0.1:" + m.Port() + "?from=nq57@xuanhung.example.gov.vn")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Timeout = 5 * time.Second
	public, err := notify.ParsePublicURL(publicURL)
	if err != nil {
		t.Fatal(err)
	}
	return notify.NewSMTPSender(cfg, public)
}

// withEmail gives the demo account an e-mail address.
func withEmail(t *testing.T, f *demotest.Fixture, login, email string) {
	t.Helper()
	u := f.User(login)
	u.Email, u.ChangedAt = email, demotest.Now()
	if err := f.Store.UpdateUser(context.Background(), &u); err != nil {
		t.Fatal(err)
	}
}

// tell tells the audience the notice, as a use case would.
func tell(t *testing.T, f *demotest.Fixture, to notify.Audience, n domain.Notice) {
	t.Helper()
	err := f.Store.WithTx(context.Background(), func(tx *storage.Store) error {
		_, err := notify.Tell(context.Background(), tx, f.Clock.Now(), to, n)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// queueMails puts n e-mails to one address in the outbox, due now.
func queueMails(t *testing.T, f *demotest.Fixture, n int) {
	t.Helper()
	for i := range n {
		m := domain.OutboxMessage{Channel: domain.OutboxEmail, Recipient: "lanhdao@xuanhung.example",
			Subject: fmt.Sprintf("[nq57] Thư số %d", i+1), Body: "Kính gửi đồng chí,", Link: "/reports", CreatedAt: f.Clock.Now()}
		if err := f.Store.EnqueueOutbox(context.Background(), &m); err != nil {
			t.Fatal(err)
		}
	}
}

func counts(t *testing.T, f *demotest.Fixture) domain.OutboxCounts {
	t.Helper()
	c, err := f.Store.OutboxCounts(context.Background(), domain.OutboxFailingAfter)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func drain(t *testing.T, w *notify.Worker) notify.Result {
	t.Helper()
	r, err := w.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestAQueuedEmailReachesTheServer checks that a notice told to a person
// with an address arrives at a real SMTP server for that address, with the
// subject and body in Vietnamese as a mail program shows them and the link
// on the public address, and is sent once.
func TestAQueuedEmailReachesTheServer(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		server := startMailServer(t)
		withEmail(t, f, "lanhdao", "lanhdao@xuanhung.example")
		tell(t, f, notify.Audience{OrgID: f.Org.ID, Roles: []domain.UserRole{domain.RoleLeader}},
			domain.Notice{Kind: domain.NoticeReturned, Title: "Tỉnh trả lại báo cáo tháng 3 năm 2026",
				Body: "Lý do: thiếu số liệu tiêu chí II.6 (tỷ lệ hồ sơ trực tuyến).", Link: "/reports/2026-03"})
		w := notify.NewWorker(f.Env, sender(t, server), nil, notify.DefaultWorkerConfig())
		if r := drain(t, w); r != (notify.Result{Sent: 1}) {
			t.Fatalf("first pass: %+v, want one sent", r)
		}
		if r := drain(t, w); r != (notify.Result{}) {
			t.Fatalf("second pass: %+v, want nothing", r)
		}
		got := server.Messages()
		if len(got) != 1 {
			t.Fatalf("the server got %d messages, want 1", len(got))
		}
		m := got[0]
		if m.To != "lanhdao@xuanhung.example" || m.From != "nq57@xuanhung.example.gov.vn" {
			t.Errorf("envelope from %s to %s", m.From, m.To)
		}
		if m.Subject != "[nq57] Tỉnh trả lại báo cáo tháng 3 năm 2026" {
			t.Errorf("subject %q", m.Subject)
		}
		leader := f.User("lanhdao")
		for _, want := range []string{"Kính gửi " + leader.Name + ",", "Tỉnh trả lại báo cáo tháng 3 năm 2026.",
			"Lý do: thiếu số liệu tiêu chí II.6 (tỷ lệ hồ sơ trực tuyến).", "Xem trên nq57: http://127.0.0.1:8057/reports/2026-03"} {
			if !strings.Contains(m.Body, want) {
				t.Errorf("the body lacks %q:\n%s", want, m.Body)
			}
		}
		if c := counts(t, f); c != (domain.OutboxCounts{Sent: 1}) {
			t.Errorf("outbox %+v, want one sent", c)
		}
	})
}

// TestAServerDownDelaysButLosesNothing checks that while the mail server is
// down every try is counted, its error kept and logged, and the next one
// put off (30 s, then 1 min); once the server is up each message is
// delivered exactly once.
func TestAServerDownDelaysButLosesNothing(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		server := newMailServer(t)
		var log bytes.Buffer
		w := notify.NewWorker(f.Env, sender(t, server), slog.New(slog.NewTextHandler(&log, nil)), notify.DefaultWorkerConfig())
		queueMails(t, f, 3)
		start := f.Clock.Now()
		if r := drain(t, w); r != (notify.Result{Failed: 3}) {
			t.Fatalf("with the server down: %+v, want 3 failed", r)
		}
		first := message(t, f, 1)
		if first.Attempts != 1 || first.LastError == "" || !first.NextAt.Equal(start.Add(30*time.Second)) || !first.SentAt.IsZero() {
			t.Fatalf("after one failure: %+v", first)
		}
		if r := drain(t, w); r != (notify.Result{}) {
			t.Fatalf("before the next try is due: %+v", r)
		}
		f.Clock.Advance(30 * time.Second)
		if r := drain(t, w); r != (notify.Result{Failed: 3}) {
			t.Fatalf("second try: %+v", r)
		}
		if m := message(t, f, 1); m.Attempts != 2 || !m.NextAt.Equal(f.Clock.Now().Add(time.Minute)) {
			t.Fatalf("after two failures: %+v", m)
		}
		if c := counts(t, f); c != (domain.OutboxCounts{Queued: 3}) {
			t.Errorf("outbox %+v, want 3 queued", c)
		}
		if n := strings.Count(log.String(), "không gửi được thư"); n != 6 {
			t.Errorf("%d failures logged, want 6 (one per try):\n%s", n, log.String())
		}
		server.Start()
		f.Clock.Advance(time.Minute)
		if r := drain(t, w); r != (notify.Result{Sent: 3}) {
			t.Fatalf("with the server up: %+v", r)
		}
		f.Clock.Advance(time.Hour)
		drain(t, w)
		if got := server.Messages(); len(got) != 3 {
			t.Fatalf("the server got %d messages, want 3", len(got))
		}
		if m := message(t, f, 1); m.Attempts != 3 || m.SentAt.IsZero() || m.LastError != "" {
			t.Errorf("the delivered message: %+v", m)
		}
		if c := counts(t, f); c != (domain.OutboxCounts{Sent: 3}) {
			t.Errorf("outbox %+v, want 3 sent", c)
		}
	})
}

// message returns the n-th message queued in the test (1 for the first).
func message(t *testing.T, f *demotest.Fixture, n int64) domain.OutboxMessage {
	t.Helper()
	m, err := f.Store.OutboxMessage(context.Background(), n)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTwoWorkersSendEachMessageOnce runs two workers, each on a connection
// of its own to one database (two servers of one deployment), over 50
// messages at once: the mail server gets each message exactly once.
func TestTwoWorkersSendEachMessageOnce(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		server := startMailServer(t)
		queueMails(t, f, 50)
		other, err := storage.Open(context.Background(), f.DSN)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { other.Close() })
		cfg := notify.WorkerConfig{Every: time.Second, Batch: 3, Lease: time.Minute}
		workers := []*notify.Worker{
			notify.NewWorker(f.Env, sender(t, server), nil, cfg),
			notify.NewWorker(usecase.NewEnv(other, f.Clock.Now), sender(t, server), nil, cfg),
		}
		results := make([]notify.Result, len(workers))
		var wg sync.WaitGroup
		for i, w := range workers {
			wg.Go(func() {
				var err error
				if results[i], err = w.Drain(context.Background()); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		t.Logf("the workers sent %d and %d", results[0].Sent, results[1].Sent)
		if sent := results[0].Sent + results[1].Sent; sent != 50 || results[0].Failed+results[1].Failed != 0 {
			t.Errorf("the workers did %+v, want 50 sent in all", results)
		}
		seen := map[string]int{}
		for _, m := range server.Messages() {
			seen[m.Subject]++
		}
		for i := range 50 {
			if n := seen[fmt.Sprintf("[nq57] Thư số %d", i+1)]; n != 1 {
				t.Errorf("message %d received %d times", i+1, n)
			}
		}
		if c := counts(t, f); c != (domain.OutboxCounts{Sent: 50}) {
			t.Errorf("outbox %+v, want 50 sent", c)
		}
	})
}

// TestImplicitTLSWithSignIn sends through smtps:// with a user and a
// password: the server sees the sign-in, over TLS from the first byte.
func TestImplicitTLSWithSignIn(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		certs := httptest.NewUnstartedServer(nil)
		certs.StartTLS()
		t.Cleanup(certs.Close)
		server := newMailServer(t)
		server.TLS = &tls.Config{Certificates: certs.TLS.Certificates}
		server.Logins["nq57"] = "mật khẩu:@/?"
		server.Start()
		cfg, err := notify.ParseSMTP("smtps://" + url.UserPassword("nq57", "mật khẩu:@/?").String() + "@127.0.0.1:" + server.Port() + "?from=nq57@xuanhung.example.gov.vn")
		if err != nil {
			t.Fatal(err)
		}
		roots := x509.NewCertPool()
		roots.AddCert(certs.Certificate())
		cfg.TLS, cfg.Timeout = &tls.Config{RootCAs: roots, ServerName: "127.0.0.1"}, 5*time.Second
		public, _ := notify.ParsePublicURL("https://nq57.ninhbinh.gov.vn/")
		queueMails(t, f, 1)
		w := notify.NewWorker(f.Env, notify.NewSMTPSender(cfg, public), nil, notify.DefaultWorkerConfig())
		if r := drain(t, w); r != (notify.Result{Sent: 1}) {
			t.Fatalf("%+v; last error: %s", r, message(t, f, 1).LastError)
		}
		got := server.Messages()
		if len(got) != 1 || got[0].User != "nq57" || !strings.Contains(got[0].Body, "https://nq57.ninhbinh.gov.vn/reports") {
			t.Errorf("the server got %+v", got)
		}
	})
}

// sendFunc is a Sender made of a function.
type sendFunc func(ctx context.Context, m domain.OutboxMessage) error

func (f sendFunc) Send(ctx context.Context, m domain.OutboxMessage) error { return f(ctx, m) }

// TestAStoppingWorkerGivesBackWhatItDidNotTry checks that a worker stopped
// in the middle of a batch (the server shutting down) gives back the
// claims on the messages it did not try, without counting a try, so that
// they go at once after a restart instead of when the lease runs out.
func TestAStoppingWorkerGivesBackWhatItDidNotTry(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, f *demotest.Fixture) {
		queueMails(t, f, 3)
		ctx, stop := context.WithCancel(context.Background())
		var sent []int64
		send := sendFunc(func(_ context.Context, m domain.OutboxMessage) error {
			sent = append(sent, m.ID)
			stop()
			return nil
		})
		w := notify.NewWorker(f.Env, send, nil, notify.DefaultWorkerConfig())
		if r, err := w.Drain(ctx); err != nil || r != (notify.Result{Sent: 1}) {
			t.Fatalf("the stopped pass: %+v, %v", r, err)
		}
		if m := message(t, f, 2); m.Attempts != 0 || !m.SentAt.IsZero() {
			t.Errorf("a message not tried: %+v", m)
		}
		if r := drain(t, w); r != (notify.Result{Sent: 2}) {
			t.Errorf("after the restart: %+v, want the two given back", r)
		}
		if len(sent) != 3 || sent[0] != 1 || sent[1] != 2 || sent[2] != 3 {
			t.Errorf("sent %v, want each once", sent)
		}
	})
}
