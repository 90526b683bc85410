package frameworks

import (
	"context"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Framework returns, in full, the province's framework with the id; a
// province reads only its own (another's is NotFound).
func (s *Service) Framework(ctx context.Context, a usecase.Actor, id int64) (domain.Program, error) {
	if err := province(a, domain.ActProvinceView); err != nil {
		return domain.Program{}, err
	}
	return frameworkOf(ctx, s.env.Store, a.Org.ID, id)
}

// Offered lists the frameworks of the commune's province, newest first,
// without their criteria: those the commune may adopt.
func (s *Service) Offered(ctx context.Context, a usecase.Actor) ([]domain.Program, error) {
	if err := commune(a, domain.ActView); err != nil {
		return nil, err
	}
	return s.env.Store.Programs(ctx, a.Org.ParentID)
}

func itoa(n int) string { return strconv.Itoa(n) }
