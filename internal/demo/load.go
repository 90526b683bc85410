package demo

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Load puts the demo into the store in one transaction: Ninh Bình province, the
// commune of Xuân Hưng and its units, program 02-CTr/BCĐ with its 39 criteria,
// progress for January to March 2026, the March steering-committee meeting and
// the seed's report settings; Ninh Bình's criteria framework made of the same
// 39 criteria (FrameworkNumber), which the program is adopted from, each
// criterion keyed. Loading it again changes nothing.
func Load(ctx context.Context, s *storage.Store) error {
	return s.WithTx(ctx, func(tx *storage.Store) error {
		prov := province()
		if err := tx.SaveOrg(ctx, &prov); err != nil {
			return fmt.Errorf("demo province: %w", err)
		}
		org := commune(prov.ID)
		if err := tx.SaveOrg(ctx, &org); err != nil {
			return fmt.Errorf("demo commune: %w", err)
		}
		orgUnits := units(org.ID)
		if err := saveUnitList(ctx, tx, orgUnits); err != nil {
			return err
		}
		prog := program(org.ID)
		criteria, err := parseCriteria(&prog, orgUnits)
		if err != nil {
			return err
		}
		withFrameworkKeys(&prog)
		if err := tx.SaveProgram(ctx, &prog); err != nil {
			return fmt.Errorf("demo program: %w", err)
		}
		if _, err := loadFramework(ctx, tx, prov.ID, prog); err != nil {
			return err
		}
		if err := tx.SaveProgress(ctx, progress(withIDs(criteria, prog))); err != nil {
			return fmt.Errorf("demo progress: %w", err)
		}
		if err := saveMeeting(ctx, tx, meeting(org.ID)); err != nil {
			return err
		}
		if err := tx.SaveReportSettings(ctx, settings(org.ID)); err != nil {
			return fmt.Errorf("demo report settings: %w", err)
		}
		return nil
	})
}

// saveUnitList saves the units and sets their IDs.
func saveUnitList(ctx context.Context, tx *storage.Store, list []domain.Unit) error {
	for i := range list {
		if err := tx.SaveUnit(ctx, &list[i]); err != nil {
			return fmt.Errorf("demo unit %s: %w", list[i].Code, err)
		}
	}
	return nil
}

// withIDs copies the IDs the store gave the program's criteria back into the
// demo's list, which is in the same order.
func withIDs(criteria []demoCriterion, p domain.Program) []demoCriterion {
	saved := p.Criteria()
	for i := range criteria {
		criteria[i].criterion.ID = saved[i].ID
	}
	return criteria
}

// saveMeeting saves the meeting unless a meeting of the same kind is already
// recorded that day: loading twice keeps one, and keeps what people changed.
func saveMeeting(ctx context.Context, tx *storage.Store, m domain.Meeting) error {
	existing, err := tx.Meetings(ctx, m.OrgID, m.Date, m.Date)
	if err != nil {
		return fmt.Errorf("demo meeting: %w", err)
	}
	for _, e := range existing {
		if e.Kind == m.Kind {
			return nil
		}
	}
	if err := tx.SaveMeeting(ctx, &m); err != nil {
		return fmt.Errorf("demo meeting: %w", err)
	}
	return nil
}
