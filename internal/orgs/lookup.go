package orgs

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
)

// ByCode returns the organisation with the short code a command names
// ("xuan-hung", "ninh-binh"); NotFound names the code.
func (s *Service) ByCode(ctx context.Context, code string) (domain.Org, error) {
	return s.env.Store.OrgByCode(ctx, domain.NFC(code))
}
