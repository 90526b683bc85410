package frameworks

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Adopt makes the commune's program for the framework's year from its
// province's framework: the same header, groups, criteria, targets, role
// words and keys, each role linked to the commune's own units its words
// name, recorded as adopted at the framework's current revision, audited,
// in one transaction. The commune may then add criteria of its own (no key),
// which stay outside consolidation. Another province's framework is
// NotFound; a framework the commune has adopted already, or a number its
// programs already use, is a Conflict.
func (s *Service) Adopt(ctx context.Context, a usecase.Actor, frameworkID int64) (domain.Program, error) {
	if err := commune(a, domain.ActEditProgram); err != nil {
		return domain.Program{}, err
	}
	var out domain.Program
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		fw, err := frameworkOf(ctx, tx, a.Org.ParentID, frameworkID)
		if err != nil {
			return err
		}
		if err := refuseAdopted(ctx, tx, a.Org.ID, fw); err != nil {
			return err
		}
		units, err := tx.Units(ctx, a.Org.ID)
		if err != nil {
			return err
		}
		out = domain.AdoptFramework(fw, a.Org.ID, units)
		out.ChangedBy, out.ChangedAt = a.Name(), s.env.Now()
		if err := tx.SaveProgram(ctx, &out); err != nil {
			return err
		}
		if err := tx.SetProgramFramework(ctx, out.ID, fw.ID, fw.Revision); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, out.ChangedAt, usecase.Change{Action: "framework.adopt",
			Entity: "chương trình " + out.Number + " theo bộ tiêu chí của tỉnh", After: snapshotOf(out)})
	})
	return out, err
}

// refuseAdopted refuses adopting fw a second time, and over a program of
// the same number, which the save would overwrite.
func refuseAdopted(ctx context.Context, tx *storage.Store, orgID int64, fw domain.Program) error {
	adopted, err := tx.AdoptedFrom(ctx, orgID, fw.ID)
	if err != nil {
		return err
	}
	if adopted {
		return domain.Errorf(domain.Conflict, "Đã áp dụng bộ tiêu chí %s của tỉnh; xem các thay đổi của tỉnh để cập nhật chương trình.", fw.Number)
	}
	_, err = tx.ProgramByNumber(ctx, orgID, fw.Number)
	switch {
	case err == nil:
		return domain.Errorf(domain.Conflict, "Đã có chương trình số %s: không thể áp dụng bộ tiêu chí cùng số.", fw.Number)
	case domain.IsNotFound(err):
		return nil
	}
	return err
}
