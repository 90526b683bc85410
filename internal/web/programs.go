package web

import (
	"net/http"

	"github.com/nq57/nq57/internal/domain"
)

// ownProgram loads, in full, the program named by the path's {id}, if it
// belongs to the signed-in user's organisation. Otherwise it answers 404 (the
// same for a program of another commune as for none at all, so that nothing
// leaks) and ok is false.
func (s *Server) ownProgram(w http.ResponseWriter, r *http.Request) (domain.Program, bool) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return domain.Program{}, false
	}
	p, err := s.store.Program(r.Context(), id)
	switch {
	case domain.IsNotFound(err) || (err == nil && p.OrgID != mustViewer(r).Org.ID):
		s.notFound(w, r)
		return domain.Program{}, false
	case err != nil:
		s.serverError(w, r, err)
		return domain.Program{}, false
	}
	return p, true
}

// ownCriterion finds the criterion named by the path's {id} and loads its
// program, if both belong to the signed-in user's organisation; otherwise it
// answers 404 and ok is false.
func (s *Server) ownCriterion(w http.ResponseWriter, r *http.Request) (domain.CriterionRef, domain.Program, bool) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return domain.CriterionRef{}, domain.Program{}, false
	}
	ref, err := s.store.CriterionRef(r.Context(), id)
	switch {
	case domain.IsNotFound(err) || (err == nil && ref.OrgID != mustViewer(r).Org.ID):
		s.notFound(w, r)
		return ref, domain.Program{}, false
	case err != nil:
		s.serverError(w, r, err)
		return ref, domain.Program{}, false
	}
	p, err := s.store.Program(r.Context(), ref.ProgramID)
	if err != nil {
		s.serverError(w, r, err)
		return ref, domain.Program{}, false
	}
	return ref, p, true
}

// findCriterion returns the group and the criterion with the given id in p.
func findCriterion(p *domain.Program, id int64) (*domain.Group, *domain.Criterion) {
	for gi := range p.Groups {
		g := &p.Groups[gi]
		for ci := range g.Criteria {
			if g.Criteria[ci].ID == id {
				return g, &g.Criteria[ci]
			}
		}
	}
	return nil, nil
}

// findGroup returns the group of p with the given id, or nil.
func findGroup(p *domain.Program, id int64) *domain.Group {
	for gi := range p.Groups {
		if p.Groups[gi].ID == id {
			return &p.Groups[gi]
		}
	}
	return nil
}

// linkUnits matches each role's words to the organisation's units; the words
// stay as written.
func linkUnits(p *domain.Program, units []domain.Unit) {
	for gi := range p.Groups {
		for ci := range p.Groups[gi].Criteria {
			linkCriterionUnits(&p.Groups[gi].Criteria[ci], units)
		}
	}
}

func linkCriterionUnits(c *domain.Criterion, units []domain.Unit) {
	for _, role := range []*domain.Role{&c.Roles.Monitoring, &c.Roles.Lead, &c.Roles.Coordinating} {
		role.UnitIDs = domain.MatchUnits(role.Text, units)
	}
}

// programURL is the page of a program.
func programURL(id int64) string { return "/programs/" + itoa(id) }
