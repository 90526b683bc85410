// Package public holds the pages of visitors without an account: the home
// page and a commune's public page, the form that sends a submission (its
// attachments, the per-client limit), tracking a submission by its code, the
// published answers, and the JSON API other apps send submissions through.
// Its handlers are listed with every other route in package web's routes.go.
package public

import (
	"embed"
	"io/fs"
	"time"

	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

//go:embed templates static
var files embed.FS

// Files are the public pages' templates (templates/) and static files
// (static/), for ui.New.
func Files() fs.FS { return files }

// UseCases are the application's services the public pages call.
type UseCases struct {
	Submissions *submissions.Service
	Orgs        *orgs.Service
}

// Config is what the public pages need to know of the deployment.
type Config struct {
	MaxUploadBytes  int64 // largest file a citizen may attach
	SubmitPerMinute int   // submissions a client may send a minute after its burst (0: no limit)
	SubmitBurst     int   // submissions a client may send at once
}

// Handlers answers the public pages. Make one with New.
type Handlers struct {
	ui        *ui.Kit
	uc        UseCases
	now       func() time.Time
	maxUpload int64
	submits   *clientLimiter
}

// New makes the public pages' handlers.
func New(kit *ui.Kit, uc UseCases, cfg Config, now func() time.Time) *Handlers {
	return &Handlers{ui: kit, uc: uc, now: now, maxUpload: cfg.MaxUploadBytes,
		submits: newClientLimiter(cfg.SubmitPerMinute, cfg.SubmitBurst)}
}
