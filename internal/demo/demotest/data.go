package demotest

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
)

// ProgramYear is the year of the demo's work program (02-CTr/BCĐ).
const ProgramYear = 2026

// Program returns the demo's work program as it is stored now.
func (f *Fixture) Program() domain.Program {
	f.t.Helper()
	p, err := f.Store.ProgramForYear(context.Background(), f.Org.ID, ProgramYear)
	if err != nil {
		f.t.Fatalf("the demo program: %v", err)
	}
	return p
}

// Criterion returns the demo criterion with the label, such as "II.6", as it
// is stored now.
func (f *Fixture) Criterion(label string) domain.Criterion {
	f.t.Helper()
	for _, g := range f.Program().Groups {
		for _, c := range g.Criteria {
			if domain.CriterionKey(g, c) == label {
				return c
			}
		}
	}
	f.t.Fatalf("the demo program has no criterion %s", label)
	return domain.Criterion{}
}

// Unit returns the demo commune's unit with the code, such as "vh-xh".
func (f *Fixture) Unit(code string) domain.Unit {
	f.t.Helper()
	units, err := f.Store.Units(context.Background(), f.Org.ID)
	if err != nil {
		f.t.Fatalf("the demo units: %v", err)
	}
	for _, u := range units {
		if u.Code == code {
			return u
		}
	}
	f.t.Fatalf("the demo commune has no unit %s", code)
	return domain.Unit{}
}
