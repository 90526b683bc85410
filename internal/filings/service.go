// Package filings holds the use cases of a commune's report on its way to
// the province: submitting it when the commune issues a requested period
// (Submit, called by reporting's issue in its transaction), the province's
// review (accept, or return with a reason, which unlocks the commune's
// period), each version with what it said and what changed between two, and
// the province's live completeness page with its workbook.
package filings

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Kind is the kind of report filed: the NQ57 report.
const Kind = domain.ReportKindNQ57Monthly

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service { return &Service{env: env} }

// provinceFiling loads a filing for a province actor: one of another
// province, or of a commune no longer in the actor's province, is NotFound,
// as if it did not exist.
func provinceFiling(ctx context.Context, st *storage.Store, a usecase.Actor, id int64) (domain.Filing, domain.Org, error) {
	f, err := st.Filing(ctx, id)
	if err != nil {
		return f, domain.Org{}, err
	}
	commune, err := st.OrgByID(ctx, f.CommuneID)
	if err != nil {
		return f, commune, err
	}
	if !a.IsCommandLine() && (f.ProvinceID != a.Org.ID || commune.ParentID != a.Org.ID) {
		return domain.Filing{}, domain.Org{}, domain.Errorf(domain.NotFound, "Không có báo cáo đã nộp số %d.", id)
	}
	return f, commune, nil
}

// reportLink is the commune's page of its report of period p.
func reportLink(p domain.Period) string { return "/reports/" + p.String() }

// filingLink is the province's page of a filing.
func filingLink(id int64) string { return "/province/filings/" + itoa(id) }
