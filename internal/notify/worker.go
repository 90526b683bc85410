package notify

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// WorkerConfig is how the outbox worker paces itself.
type WorkerConfig struct {
	Every time.Duration // how often it looks for due messages
	Batch int           // messages claimed at once
	// SendTimeout bounds the sending of one message.
	SendTimeout time.Duration
	// Lease is how long a claim holds: longer than a batch may take to
	// send (Batch × SendTimeout), so that another worker never takes a
	// message still being sent, and short enough that the messages of a
	// worker that died go soon.
	Lease time.Duration
}

// DefaultWorkerConfig looks every 5 seconds, ten messages at a time, each
// sent within a minute, each claim held for 15 minutes.
func DefaultWorkerConfig() WorkerConfig {
	return WorkerConfig{Every: 5 * time.Second, Batch: 10, SendTimeout: time.Minute, Lease: 15 * time.Minute}
}

// Worker sends the outbox's messages: it claims the due ones, sends each,
// and marks it sent, or counts the failed try and sets the next one
// (domain.OutboxRetryAfter). Several workers may run on one database.
type Worker struct {
	env  usecase.Env
	send Sender
	log  *slog.Logger
	cfg  WorkerConfig
}

// NewWorker returns a worker on env's store and clock that sends through
// send and logs each failed try on log.
func NewWorker(env usecase.Env, send Sender, log *slog.Logger, cfg WorkerConfig) *Worker {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Worker{env: env, send: send, log: log, cfg: cfg}
}

// Run sends what is due, then again every cfg.Every, until ctx ends.
func (w *Worker) Run(ctx context.Context) {
	tick := time.NewTicker(w.cfg.Every)
	defer tick.Stop()
	for {
		if _, err := w.Drain(ctx); err != nil && ctx.Err() == nil {
			w.log.Error("hàng đợi thư", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// Result is what one pass of the worker did.
type Result struct {
	Sent   int
	Failed int
}

// Drain sends every message due now, batch after batch, once each: a
// message that fails waits for its next try, after this pass.
func (w *Worker) Drain(ctx context.Context) (Result, error) {
	var r Result
	for ctx.Err() == nil {
		batch, err := w.env.Store.ClaimOutbox(ctx, w.env.Now(), w.cfg.Lease, w.cfg.Batch)
		if err != nil || len(batch) == 0 {
			return r, err
		}
		for i, m := range batch {
			if ctx.Err() != nil {
				return r, w.release(batch[i:])
			}
			sent, err := w.deliver(ctx, m)
			if err != nil {
				return r, err
			}
			if sent {
				r.Sent++
			} else {
				r.Failed++
			}
		}
	}
	return r, nil
}

// sendOne sends m within cfg.SendTimeout.
func (w *Worker) sendOne(ctx context.Context, m domain.OutboxMessage) error {
	if w.cfg.SendTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, w.cfg.SendTimeout)
		defer cancel()
	}
	return w.send.Send(ctx, m)
}

// release gives up the claims on messages the worker will not try, as it
// stops, so that another worker (or this one, restarted) sends them soon.
func (w *Worker) release(ms []domain.OutboxMessage) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, m := range ms {
		if err := w.env.Store.OutboxRelease(ctx, m.ID); err != nil {
			return err
		}
	}
	return nil
}

// maxErrorText caps the error kept with a message.
const maxErrorText = 1000

// deliver sends one claimed message and records the outcome; the error is
// the store's, a failed send is sent=false. The outcome is recorded even
// when ctx ends meanwhile (the server stopping): a message sent but not
// marked would be sent again.
func (w *Worker) deliver(ctx context.Context, m domain.OutboxMessage) (sent bool, err error) {
	sendErr := w.sendOne(ctx, m)
	now := w.env.Now()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if sendErr == nil {
		return true, w.env.Store.OutboxSent(ctx, m.ID, now)
	}
	problem := sendErr.Error()
	if len(problem) > maxErrorText {
		problem = strings.ToValidUTF8(problem[:maxErrorText], "") + "…"
	}
	next := now.Add(domain.OutboxRetryAfter(m.Attempts + 1))
	attempts, err := w.env.Store.OutboxFailed(ctx, m.ID, problem, next)
	if err != nil {
		return false, err
	}
	level := slog.LevelWarn
	if attempts >= domain.OutboxFailingAfter {
		level = slog.LevelError
	}
	w.log.Log(ctx, level, "không gửi được thư", "id", m.ID, "to", m.Recipient, "attempt", attempts,
		"next", next.In(domain.Vietnam).Format("02/01/2006 15:04:05"), "error", problem)
	return false, nil
}
