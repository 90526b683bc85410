package orgs

import (
	"context"
	"slices"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// CommuneRow is one commune of the province's list, with how many accounts
// it has.
type CommuneRow struct {
	domain.Org
	Users int
}

// CommuneFilter narrows the province's list of communes: by type ("" for
// every type) and by state ("active", "inactive", or "" for both).
type CommuneFilter struct {
	Type  domain.CommuneType
	State string
}

// Filter states.
const (
	StateActive   = "active"
	StateInactive = "inactive"
)

// CommuneList is the province's communes that pass the filter, and how many
// it has in all.
type CommuneList struct {
	Communes []CommuneRow
	Total    int
	Active   int // of Total
}

// ProvinceCommunes lists the communes of the actor's province, sorted by
// name as Vietnamese sorts, each with its type, codes, state and number of
// accounts. Every person of the province may read it.
func (s *Service) ProvinceCommunes(ctx context.Context, a usecase.Actor, f CommuneFilter) (CommuneList, error) {
	if err := a.Require(domain.ActProvinceView); err != nil {
		return CommuneList{}, err
	}
	if err := requireProvince(a); err != nil {
		return CommuneList{}, err
	}
	orgs, err := s.env.Store.Orgs(ctx, a.Org.ID)
	if err != nil {
		return CommuneList{}, err
	}
	users, err := s.env.Store.UserCountsUnder(ctx, a.Org.ID)
	if err != nil {
		return CommuneList{}, err
	}
	var out CommuneList
	for _, o := range orgs {
		if o.Level != domain.LevelCommune {
			continue
		}
		out.Total++
		if o.Active() {
			out.Active++
		}
		if f.pass(o) {
			out.Communes = append(out.Communes, CommuneRow{Org: o, Users: users[o.ID]})
		}
	}
	return out, nil
}

func (f CommuneFilter) pass(o domain.Org) bool {
	if f.Type != "" && o.Type != f.Type {
		return false
	}
	switch f.State {
	case StateActive:
		return o.Active()
	case StateInactive:
		return !o.Active()
	}
	return true
}

// ProvinceCommune returns the commune with the short code if it belongs to
// the actor's province; any other (another province's, a province, none) is
// NotFound, as if it did not exist.
func (s *Service) ProvinceCommune(ctx context.Context, a usecase.Actor, code string) (CommuneRow, error) {
	if err := a.Require(domain.ActProvinceView); err != nil {
		return CommuneRow{}, err
	}
	if err := requireProvince(a); err != nil {
		return CommuneRow{}, err
	}
	o, err := s.communeOf(ctx, a, code)
	if err != nil {
		return CommuneRow{}, err
	}
	users, err := s.env.Store.UserCountsUnder(ctx, a.Org.ID)
	return CommuneRow{Org: o, Users: users[o.ID]}, err
}

// communeOf loads the commune with the code under the actor's province.
func (s *Service) communeOf(ctx context.Context, a usecase.Actor, code string) (domain.Org, error) {
	o, err := s.env.Store.OrgByCode(ctx, domain.NFC(code))
	if err == nil && (o.ParentID != a.Org.ID || o.Level != domain.LevelCommune) {
		err = domain.Errorf(domain.NotFound, "not a commune of the province")
	}
	if domain.IsNotFound(err) {
		return domain.Org{}, domain.Errorf(domain.NotFound, "%s không có xã, phường nào mang mã “%s”.", domain.UpperFirst(a.Org.DisplayName()), code)
	}
	return o, err
}

// CommuneTypes are the types a list may be filtered by, in order.
func CommuneTypes() []domain.CommuneType { return slices.Clone(domain.CommuneTypes) }
