package filings

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Consolidated is a period's framework criteria consolidated across the
// province's communes, with what it was computed from.
type Consolidated struct {
	Province domain.Org
	Period   domain.Period
	Basis    domain.Basis
	Expected []domain.Org // the communes expected: the province's active communes, by name
	// Used is the filing version read for each commune that reported on
	// this basis, by commune ID.
	Used map[int64]domain.FiledVersion
	domain.Consolidation
}

// Consolidation consolidates the framework criteria of period p across the
// actor's province's active communes, from each commune's accepted report
// or, with domain.BasisLatest, its latest submitted version (never a
// draft). It reads the communes and the period's filings with their latest
// versions in two queries, whatever the number of communes.
//
// The province does not keep its framework yet: until it does, the
// framework is the union of the keys found in the snapshots read, ordered
// by key (domain.FrameworkOf), so a criterion no commune reported on this
// basis is not listed.
func (s *Service) Consolidation(ctx context.Context, a usecase.Actor, p domain.Period, basis domain.Basis) (Consolidated, error) {
	if err := a.Require(domain.ActProvinceView); err != nil {
		return Consolidated{}, err
	}
	if basis != domain.BasisLatest {
		basis = domain.BasisAccepted
	}
	st := s.env.Store
	orgs, err := st.Orgs(ctx, a.Org.ID)
	if err != nil {
		return Consolidated{}, err
	}
	c := Consolidated{Province: a.Org, Period: p, Basis: basis, Used: map[int64]domain.FiledVersion{}}
	var ids []int64
	expected := map[int64]bool{}
	for _, o := range orgs {
		if o.Active() && o.Level == domain.LevelCommune {
			c.Expected = append(c.Expected, o)
			ids = append(ids, o.ID)
			expected[o.ID] = true
		}
	}
	latest, err := st.LatestFilingVersions(ctx, a.Org.ID, Kind, p)
	if err != nil {
		return Consolidated{}, err
	}
	chosen := basis.Choose(latest)
	var snapshots []domain.Snapshot
	for _, fv := range latest {
		if _, ok := chosen[fv.Filing.CommuneID]; ok && expected[fv.Filing.CommuneID] {
			c.Used[fv.Filing.CommuneID] = fv
			snapshots = append(snapshots, fv.Version.Snapshot)
		}
	}
	c.Consolidation = domain.Consolidate(domain.FrameworkOf(snapshots), ids, chosen)
	return c, nil
}
