// Command nq57 keeps the data of Resolution 57-NQ/TW implementation and
// produces the periodic report from it. See the README.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/nq57/nq57/internal/app"
)

func main() {
	// Ctrl-C, and SIGTERM from systemd or a container runtime, both stop the
	// server gracefully: requests under way finish before it exits.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := app.New().Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
