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

// ProvinceOfCommune returns the province of the commune with the short
// code, for a command that names only the commune; a code that is no
// commune's, or a commune without a province, is NotFound.
func (s *Service) ProvinceOfCommune(ctx context.Context, code string) (domain.Org, error) {
	o, err := s.env.Store.OrgByCode(ctx, domain.NFC(code))
	if err != nil {
		return domain.Org{}, err
	}
	if o.Level != domain.LevelCommune || o.ParentID == 0 {
		return domain.Org{}, domain.Errorf(domain.NotFound, "“%s” không phải mã của một xã, phường thuộc tỉnh", code)
	}
	return s.env.Store.OrgByID(ctx, o.ParentID)
}
