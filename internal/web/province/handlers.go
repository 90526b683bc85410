package province

import (
	"embed"
	"io/fs"
	"time"

	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/web/ui"
)

//go:embed templates static
var files embed.FS

// Files are the province's screens' templates (templates/) and static files
// (static/), for ui.New.
func Files() fs.FS { return files }

// UseCases are the application's services the province's screens call.
type UseCases struct {
	Filings  *filings.Service
	Orgs     *orgs.Service
	Requests *requests.Service
}

// Handlers answers the province's screens. Make one with New.
type Handlers struct {
	ui        *ui.Kit
	uc        UseCases
	maxUpload int64 // largest workbook upload
	now       func() time.Time
}

// New makes the province's screens' handlers; maxUpload bounds one
// uploaded file.
func New(kit *ui.Kit, uc UseCases, maxUpload int64, now func() time.Time) *Handlers {
	return &Handlers{ui: kit, uc: uc, maxUpload: maxUpload, now: now}
}
