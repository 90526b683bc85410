package orgs

import (
	"context"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// DirectoryLimit is the most communes one search of the directory lists.
const DirectoryLimit = 60

// Directory is the list of the communes a deployment serves, for visitors
// who are not signed in: the communes whose name matches the search, each
// with its province.
type Directory struct {
	Query    string
	Communes []Commune
	Total    int // the communes that match, of which Communes lists at most DirectoryLimit
	All      int // the communes of the deployment
}

// Commune is a commune-level organisation with the province it belongs to.
type Commune struct {
	domain.Org
	Province string // "tỉnh Ninh Bình"; "" for a commune on its own
}

// Communes lists the communes of the deployment whose name, code or
// province's name holds query (accents and case ignored). Anyone may read it:
// it is the public home page's.
func (s *Service) Communes(ctx context.Context, query string) (Directory, error) {
	query = strings.TrimSpace(domain.NFC(query))
	d := Directory{Query: query}
	orgs, total, err := s.env.Store.Communes(ctx, query, DirectoryLimit)
	if err != nil {
		return Directory{}, err
	}
	d.Total = total
	if d.All = total; query != "" {
		if _, d.All, err = s.env.Store.Communes(ctx, "", 1); err != nil {
			return Directory{}, err
		}
	}
	provinces, err := s.env.Store.Orgs(ctx, 0)
	if err != nil {
		return Directory{}, err
	}
	names := map[int64]string{}
	for _, p := range provinces {
		names[p.ID] = p.DisplayName()
	}
	for _, o := range orgs {
		d.Communes = append(d.Communes, Commune{Org: o, Province: names[o.ParentID]})
	}
	return d, nil
}

// PublicCommune returns the commune with the code, for its public home page;
// a code no commune has (a province's, a typo) is NotFound.
func (s *Service) PublicCommune(ctx context.Context, code string) (domain.Org, error) {
	return s.env.Store.CommuneByCode(ctx, domain.NFC(code))
}
