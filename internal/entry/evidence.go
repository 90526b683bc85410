package entry

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Evidence returns an evidence file of the actor's organisation, with its
// content; a file of another organisation is not found.
func (s *Service) Evidence(ctx context.Context, a usecase.Actor, id int64) (domain.EvidenceFile, error) {
	if err := a.Require(domain.ActView); err != nil {
		return domain.EvidenceFile{}, err
	}
	return s.env.Store.Evidence(ctx, a.Org.ID, id)
}

// ActionDeleteEvidence is the audit log's action of deleting an evidence file.
const ActionDeleteEvidence = "evidence.delete"

// DeleteEvidence deletes an uploaded evidence file. Whoever may enter the
// criterion's values may delete it (unit staff: of the criteria their unit
// leads); a locked period refuses (Conflict); a file of another
// organisation, or one deleted meanwhile, is not found. The audit log keeps
// its name, size and who uploaded it. It returns the file as it was,
// without its content.
func (s *Service) DeleteEvidence(ctx context.Context, a usecase.Actor, id int64) (domain.EvidenceFile, error) {
	if err := a.Require(domain.ActEnterData); err != nil {
		return domain.EvidenceFile{}, err
	}
	var f domain.EvidenceFile
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var err error
		if f, err = tx.EvidenceInfo(ctx, a.Org.ID, id); err != nil {
			return err
		}
		prog, err := tx.ProgramOfCriterion(ctx, a.Org.ID, f.CriterionID)
		if err != nil {
			return err
		}
		c := criteriaOf(prog)[f.CriterionID]
		if err := mayEnter(a, c); err != nil {
			return err
		}
		if err := tx.RequireOpen(ctx, a.Org.ID, f.Period); err != nil {
			return err
		}
		if err := tx.DeleteEvidence(ctx, a.Org.ID, id); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{
			Action: ActionDeleteEvidence, Entity: fmt.Sprintf("tệp minh chứng tiêu chí %s, %s", c.Label, f.Period.Words()),
			Before: auditFile{Name: f.Name, Size: domain.ByteSize(f.Size), UploadedBy: f.UploadedBy},
		})
	})
	if err != nil {
		return domain.EvidenceFile{}, err
	}
	return f, nil
}

// auditFile is what the audit log keeps of a deleted file.
type auditFile struct {
	Name       string `json:"name"`
	Size       string `json:"size"`
	UploadedBy string `json:"uploaded_by,omitempty"`
}
