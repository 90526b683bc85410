// Package commune holds the screens of a commune's staff: the dashboard,
// programs and criteria, units, the data grid with its evidence and history,
// meetings and tasks, reports and their settings, the submissions inbox with
// its steps, record, import, settings and statistics, users and the audit
// log. Each handler reads the request, calls one use case of the signed-in
// viewer's organisation and renders; every route is listed in package web's
// routes.go.
package commune

import (
	"embed"
	"io/fs"
	"time"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/auditlog"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/web/ui"
)

//go:embed templates static
var files embed.FS

// Files are the staff screens' templates (templates/) and static files
// (static/), for ui.New.
func Files() fs.FS { return files }

// UseCases are the application's services the staff screens call.
type UseCases struct {
	Entry       *entry.Service
	Programs    *programs.Service
	Reporting   *reporting.Service
	Submissions *submissions.Service
	Meetings    *meetings.Service
	Accounts    *accounts.Service
	Orgs        *orgs.Service
	Auditlog    *auditlog.Service
}

// Handlers answers the staff screens. Make one with New.
type Handlers struct {
	ui        *ui.Kit
	uc        UseCases
	now       func() time.Time
	maxUpload int64 // largest evidence or workbook upload
}

// New makes the staff screens' handlers; maxUpload bounds one uploaded file.
func New(kit *ui.Kit, uc UseCases, maxUpload int64, now func() time.Time) *Handlers {
	return &Handlers{ui: kit, uc: uc, now: now, maxUpload: maxUpload}
}

// defaultPeriod is the month whose data people are working on: the previous
// month until the 20th (reports of a month are due around then), the current
// month after it.
func (h *Handlers) defaultPeriod() domain.Period {
	now := h.now().In(domain.Vietnam)
	p := domain.MonthPeriod(now.Year(), now.Month())
	if now.Day() < 20 {
		p = p.Previous()
	}
	return p
}
