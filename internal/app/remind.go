package app

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/usecase"
)

// runRemind is "nq57 remind": it sends, now, the reminders the provinces'
// report requests call for today (due soon, overdue), as serve does every
// hour; for a deployment that runs it from cron instead. Running it again
// tells no one twice.
func runRemind(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("remind", "remind")
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
	told, err := requests.New(env).Remind(ctx, a.Now())
	fmt.Fprintf(a.Stdout, "Đã gửi nhắc hạn báo cáo cho %d người.\n", told)
	return err
}

// RemindEvery is how often serve sends the reminders of report requests.
const RemindEvery = time.Hour

// remindHourly sends the reminders of report requests at start and then
// every RemindEvery until ctx ends (the server stops).
func remindHourly(ctx context.Context, env usecase.Env, log *slog.Logger) {
	svc := requests.New(env)
	tick := time.NewTicker(RemindEvery)
	defer tick.Stop()
	for {
		if told, err := svc.Remind(ctx, env.Now()); err != nil && ctx.Err() == nil {
			log.Warn("remind the communes of their reports", "error", err, "told", told)
		} else if told > 0 {
			log.Info("reminded the communes of their reports", "told", told)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
