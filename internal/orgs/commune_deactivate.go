package orgs

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// reasonMax is the longest reason a deactivation keeps.
const reasonMax = 500

// DeactivateCommune deactivates a commune of the actor's province, with the
// reason, audited in the province's log and the commune's: its data stay,
// its people keep signing in to read them and change nothing, its public
// form takes no new submission and the public list of communes no longer
// shows it. A commune deactivated already is a Conflict saying since when;
// another province's is NotFound. Problems name the field "reason".
func (s *Service) DeactivateCommune(ctx context.Context, a usecase.Actor, code, reason string) (domain.Org, error) {
	if err := a.Require(domain.ActManageOrgs); err != nil {
		return domain.Org{}, err
	}
	if err := requireProvince(a); err != nil {
		return domain.Org{}, err
	}
	reason, err := checkReason(reason)
	if err != nil {
		return domain.Org{}, err
	}
	o, err := s.communeOf(ctx, a, code)
	if err != nil {
		return domain.Org{}, err
	}
	now := s.env.Now()
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.LockOrg(ctx, a.Org.ID); err != nil {
			return err
		}
		done, err := tx.DeactivateOrg(ctx, o.ID, now, a.Name())
		if err != nil {
			return err
		}
		if !done {
			cur, err := tx.OrgByID(ctx, o.ID)
			if err != nil {
				return err
			}
			return domain.Errorf(domain.Conflict, "%s đã ngừng hoạt động từ ngày %s (%s).", domain.UpperFirst(cur.DisplayName()),
				cur.DeactivatedAt.In(domain.Vietnam).Format("02/01/2006"), cur.DeactivatedBy)
		}
		if o, err = tx.OrgByID(ctx, o.ID); err != nil {
			return err
		}
		c := usecase.Change{Action: "commune.deactivate", Entity: o.DisplayName(), Reason: reason,
			Before: struct{ Active bool }{true}, After: struct{ Active bool }{false}}
		if err := usecase.Audit(ctx, tx, a, now, c); err != nil {
			return err
		}
		return usecase.AuditOrg(ctx, tx, a, o.ID, now, c)
	})
	if err != nil {
		return domain.Org{}, err
	}
	return o, nil
}

// checkReason returns the reason, NFC and trimmed, or the problem with it.
func checkReason(reason string) (string, error) {
	reason = strings.TrimSpace(domain.NFC(strings.ReplaceAll(reason, "\r\n", "\n")))
	problem := domain.CheckText(reason, true)
	switch n := utf8.RuneCountInString(reason); {
	case problem != "":
		problem = "Lý do " + problem + "."
	case n == 0:
		problem = "Ghi lý do ngừng hoạt động, ví dụ: sáp nhập vào phường Hoa Lư theo Nghị quyết của Ủy ban Thường vụ Quốc hội."
	case n > reasonMax:
		problem = fmt.Sprintf("Lý do quá dài: tối đa %d ký tự (hiện có %d).", reasonMax, n)
	default:
		return reason, nil
	}
	return "", domain.InvalidInput("Chưa ngừng hoạt động được.", []domain.Problem{{Field: "reason", Message: problem}})
}
