package app

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
)

// runOutbox is "nq57 outbox": how many notification e-mails wait, fail and
// went, and the failing ones with their last error, for the person who runs
// the server.
func runOutbox(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("outbox", "outbox")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError(fs, "tham số thừa: %v", rest)
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	s, err := notify.New(env).Outbox(ctx, a.actor(domain.Org{}))
	if err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Hàng đợi thư: %d đang chờ gửi, %d gửi không được, %d đã gửi.\n", s.Queued, s.Failing, s.Sent)
	if len(s.FailingMessages) == 0 {
		return nil
	}
	fmt.Fprintf(a.Stdout, "Gửi không được (đã thử từ %d lần, vẫn thử lại mỗi %d phút):\n", domain.OutboxFailingAfter, int(domain.OutboxMaxRetry.Minutes()))
	for _, m := range s.FailingMessages {
		fmt.Fprintf(a.Stdout, "  #%d  %s  %q  %d lần, lần tới %s\n      lỗi: %s\n", m.ID, m.Recipient, m.Subject, m.Attempts,
			m.NextAt.In(domain.Vietnam).Format("02/01/2006 15:04"), m.LastError)
	}
	if s.Failing > len(s.FailingMessages) {
		fmt.Fprintf(a.Stdout, "  … và %d thư khác.\n", s.Failing-len(s.FailingMessages))
	}
	return nil
}
