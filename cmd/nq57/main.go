// Command nq57 keeps the data of Resolution 57-NQ/TW implementation and
// produces the periodic report from it. See the README.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/nq57/nq57/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := app.New().Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
