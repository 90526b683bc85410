package app

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify/mailtest"
	"github.com/nq57/nq57/internal/testdb"
)

// lockedBuffer is a buffer the server's goroutines may write while the
// test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeWithSMTPSendsTheQueuedMail runs serve with --smtp and
// --public-url: the worker starts with the server, sends what was queued
// while no server sent mail, and stops with it.
func TestServeWithSMTPSendsTheQueuedMail(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		f := demotest.Open(t, dsn)
		m := domain.OutboxMessage{Channel: domain.OutboxEmail, Recipient: "lanhdao@xuanhung.example",
			Subject: "[nq57] Tỉnh yêu cầu báo cáo", Body: "Kính gửi đồng chí,", Link: "/reports/2026-03", CreatedAt: demotest.Now()}
		if err := f.Store.EnqueueOutbox(context.Background(), &m); err != nil {
			t.Fatal(err)
		}
		in := mailtest.Start(t)
		addr := in.Addr
		ctx, cancel := context.WithCancel(context.Background())
		var out, errOut lockedBuffer
		a := &App{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: time.Now}
		done := make(chan int)
		go func() {
			done <- a.Run(ctx, []string{"serve", "--db", dsn, "--addr", "127.0.0.1:0",
				"--smtp", "smtp://" + addr + "?from=nq57@xuanhung.example.gov.vn", "--public-url", "http://127.0.0.1:8057/"})
		}()
		deadline := time.Now().Add(10 * time.Second)
		for len(in.Messages()) == 0 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
		if code := <-done; code != 0 {
			t.Fatalf("serve exited %d:\n%s", code, errOut.String())
		}
		got := in.Messages()
		if len(got) != 1 || got[0].To != "lanhdao@xuanhung.example" || !strings.Contains(got[0].Body, "http://127.0.0.1:8057/reports/2026-03") {
			t.Fatalf("the mail server got %q", got)
		}
		if log := errOut.String(); !strings.Contains(log, "gửi thư thông báo qua smtp://"+addr) {
			t.Errorf("the log does not say where mail goes:\n%s", log)
		}
	})
}

// TestServeWithoutSMTPKeepsTheMailQueued runs serve without --smtp: no
// worker, and the log says the mail waits.
func TestServeWithoutSMTPKeepsTheMailQueued(t *testing.T) {
	t.Parallel()
	dsn := testdb.Engines(t)[0].DSN
	demotest.Open(t, dsn)
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut lockedBuffer
	a := &App{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: time.Now}
	done := make(chan int)
	go func() { done <- a.Run(ctx, []string{"serve", "--db", dsn, "--addr", "127.0.0.1:0"}) }()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "đang chạy") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("serve exited %d:\n%s", code, errOut.String())
	}
	if log := errOut.String(); !strings.Contains(log, "chưa có --smtp") {
		t.Errorf("the log does not say the mail waits:\n%s", log)
	}
}

// TestServeRefusesABadMailFlagInOneLine checks that a mistake in --smtp or
// --public-url stops serve with exit 2 and one Vietnamese line naming the
// flag, without repeating the password.
func TestServeRefusesABadMailFlagInOneLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--smtp", "http://u:secret@mail.example?from=a@b.vn", "--public-url", "https://x.vn"}, "nq57: --smtp: giao thức"},
		{[]string{"--smtp", "smtp://u:secret@mail.example", "--public-url", "https://x.vn"}, "nq57: --smtp: thiếu địa chỉ người gửi"},
		{[]string{"--smtp", "smtp://u:secret@mail.example?from=a@b.vn"}, "nq57: --public-url: cần địa chỉ"},
		{[]string{"--public-url", "nq57.ninhbinh.gov.vn"}, "nq57: --public-url: cần địa chỉ http://"},
	} {
		var out, errOut bytes.Buffer
		a := &App{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }, Now: time.Now}
		args := append([]string{"serve", "--db", t.TempDir() + "/x.db"}, c.args...)
		code := a.Run(context.Background(), args)
		msg := errOut.String()
		if code != 2 || !strings.HasPrefix(msg, c.want) || strings.Count(msg, "\n") != 1 || strings.Contains(msg, "secret") {
			t.Errorf("nq57 %v: exit %d, stderr %q; want 2 and one line starting %q", args, code, msg, c.want)
		}
	}
}

// TestOutboxCommandCountsAndShowsTheFailing checks "nq57 outbox".
func TestOutboxCommandCountsAndShowsTheFailing(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		f := demotest.Open(t, dsn)
		ctx := context.Background()
		for _, to := range []string{"lanhdao@xuanhung.example", "quantri@xuanhung.example", "xem@xuanhung.example"} {
			m := domain.OutboxMessage{Channel: domain.OutboxEmail, Recipient: to, Subject: "[nq57] Báo cáo bị trả lại",
				Body: "Kính gửi", CreatedAt: demotest.Now()}
			if err := f.Store.EnqueueOutbox(ctx, &m); err != nil {
				t.Fatal(err)
			}
		}
		for range domain.OutboxFailingAfter {
			if _, err := f.Store.OutboxFailed(ctx, 2, "dial tcp 10.0.0.5:25: connection refused", demotest.Now()); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Store.OutboxSent(ctx, 3, demotest.Now()); err != nil {
			t.Fatal(err)
		}
		out := runUserCommand(t, "", "outbox", "--db", dsn)
		for _, want := range []string{"Hàng đợi thư: 1 đang chờ gửi, 1 gửi không được, 1 đã gửi.",
			"#2  quantri@xuanhung.example  \"[nq57] Báo cáo bị trả lại\"  5 lần", "lỗi: dial tcp 10.0.0.5:25: connection refused"} {
			if !strings.Contains(out, want) {
				t.Errorf("nq57 outbox lacks %q:\n%s", want, out)
			}
		}
	})
}
