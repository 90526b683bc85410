// Package frameworks holds the use cases of a province's criteria framework:
// the province saves or imports it (a program of the province, every
// criterion with a key), a commune adopts it into a program of its own, then
// sees what each revision of the framework changes and accepts it. Keys are
// what the province consolidates the communes' figures by.
package frameworks

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Service runs the use cases of this package.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}

// province checks that the actor may take act and works for a province.
func province(a usecase.Actor, act domain.Action) error {
	if err := a.Require(act); err != nil {
		return err
	}
	if a.Org.Level != domain.LevelProvince || a.Org.ID == 0 {
		return domain.Errorf(domain.Forbidden, "Chỉ tỉnh mới xây dựng bộ tiêu chí.")
	}
	return nil
}

// commune checks that the actor may take act and works for a commune of a
// province.
func commune(a usecase.Actor, act domain.Action) error {
	if err := a.Require(act); err != nil {
		return err
	}
	if a.Org.Level != domain.LevelCommune || a.Org.ParentID == 0 {
		return domain.Errorf(domain.Forbidden, "Chỉ xã, phường thuộc một tỉnh mới áp dụng bộ tiêu chí của tỉnh.")
	}
	return nil
}

// frameworkOf loads the framework with the id if it is a program of the
// organisation orgID; another's is NotFound, as one that does not exist,
// so that nothing leaks.
func frameworkOf(ctx context.Context, st *storage.Store, orgID, id int64) (domain.Program, error) {
	p, err := st.Program(ctx, id)
	if err == nil && p.OrgID != orgID {
		err = domain.Errorf(domain.NotFound, "không có bộ tiêu chí số %d", id)
	}
	if err != nil {
		return domain.Program{}, err
	}
	return p, nil
}

// snapshot is what the audit log keeps of a framework or an adopted program.
type snapshot struct {
	Number    string   `json:"number"`
	Year      int      `json:"year"`
	Revision  int      `json:"revision,omitempty"`
	Framework int64    `json:"framework_id,omitempty"`
	Adopted   int      `json:"framework_version,omitempty"`
	Criteria  []string `json:"criteria"`
}

func snapshotOf(p domain.Program) snapshot {
	out := snapshot{Number: p.Number, Year: p.Year, Revision: p.Revision, Framework: p.FrameworkID, Adopted: p.FrameworkVersion}
	for _, g := range p.Groups {
		for _, c := range g.Criteria {
			line := domain.CriterionKey(g, c) + " "
			if c.FrameworkKey != "" {
				line += "[" + c.FrameworkKey + "] "
			}
			out.Criteria = append(out.Criteria, line+c.Text+" ("+domain.FormatTargets(c.Targets)+")")
		}
	}
	return out
}
