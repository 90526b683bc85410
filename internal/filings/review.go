package filings

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ReturnReasonMin is the shortest reason a return takes: a sentence that
// tells the commune what to correct; ReturnReasonMax the longest, since the
// commune reads it in a notice and an e-mail.
const (
	ReturnReasonMin = 10
	ReturnReasonMax = 2000
)

// Accept receives (tiếp nhận) a commune's submitted report, reviewed on the
// page drawn at version: the commune's period stays locked for good, and
// its leader and administrator are told. A review made on an older page is
// refused as stale, naming who changed the filing and when.
func (s *Service) Accept(ctx context.Context, a usecase.Actor, filingID, version int64) error {
	return s.review(ctx, a, filingID, version, domain.FilingAccepted, "")
}

// Return sends a commune's submitted report back for correction with a
// reason: the commune's period unlocks (its issued documents stay until the
// next issue supersedes them), its leader and administrator are told the
// reason, and the return is written in both organisations' audit logs.
func (s *Service) Return(ctx context.Context, a usecase.Actor, filingID, version int64, reason string) error {
	reason, err := checkReturnReason(reason)
	if err != nil {
		return err
	}
	return s.review(ctx, a, filingID, version, domain.FilingReturned, reason)
}

// checkReturnReason returns the reason NFC and trimmed, or its problem on
// the field "reason": a control character, too short or too long.
func checkReturnReason(reason string) (string, error) {
	reason = strings.TrimSpace(domain.NFC(strings.ReplaceAll(reason, "\r\n", "\n")))
	problem := domain.CheckText(reason, true)
	switch n := utf8.RuneCountInString(reason); {
	case problem != "":
		problem = "Lý do " + problem + "."
	case n < ReturnReasonMin:
		problem = "Nhập lý do trả lại (ít nhất 10 ký tự) để xã biết cần sửa gì, ví dụ: “Bổ sung minh chứng tiêu chí II.6”."
	case n > ReturnReasonMax:
		problem = fmt.Sprintf("Lý do quá dài: tối đa %d ký tự (hiện có %d).", ReturnReasonMax, n)
	default:
		return reason, nil
	}
	return "", domain.InvalidInput("Chưa trả lại báo cáo.", []domain.Problem{{Field: "reason", Message: problem}})
}

func (s *Service) review(ctx context.Context, a usecase.Actor, filingID, version int64, to domain.FilingStatus, reason string) error {
	if err := a.Require(domain.ActReviewReports); err != nil {
		return err
	}
	now := s.env.Now()
	return s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		f, commune, err := provinceFiling(ctx, tx, a, filingID)
		if err != nil {
			return err
		}
		if f.Version != version {
			return domain.StaleRecord("báo cáo "+f.Period.Words()+" của "+commune.DisplayName(), f.Revision())
		}
		if f.Status != domain.FilingSubmitted {
			return domain.Errorf(domain.Conflict, "Báo cáo %s của %s đang ở trạng thái “%s”: chỉ tiếp nhận hoặc trả lại được báo cáo đã nộp, chờ tiếp nhận.",
				f.Period.Words(), commune.DisplayName(), f.Status.Label())
		}
		if to == domain.FilingAccepted {
			if err := requireLocked(ctx, tx, f, commune); err != nil {
				return err
			}
		}
		before := reviewRecord{Status: string(f.Status), Version: f.Versions}
		f.Status, f.ReviewedBy, f.ReviewedAt, f.ReturnReason = to, a.Login(), now, reason
		if err := tx.ReviewFiling(ctx, &f); err != nil {
			return err
		}
		if err := settleLock(ctx, tx, f); err != nil {
			return err
		}
		if err := tellReviewed(ctx, tx, a, now, f, commune); err != nil {
			return err
		}
		return auditReview(ctx, tx, a, now, f, commune, before)
	})
}

// requireLocked refuses to accept a report whose commune has unlocked its
// period while the report waited: its data may no longer be those of the
// report, and accepting would freeze them as they now are. The filing's row
// is read for update first, so that an unlock racing the accept (which
// reads it so too) either comes before, and is seen here, or after, and is
// refused as accepted.
func requireLocked(ctx context.Context, tx *storage.Store, f domain.Filing, commune domain.Org) error {
	if _, err := tx.FilingOfForUpdate(ctx, f.CommuneID, Kind, f.Period); err != nil {
		return err
	}
	locked, err := tx.PeriodLocked(ctx, f.CommuneID, f.Period)
	if err != nil || locked {
		return err
	}
	return domain.Errorf(domain.Conflict, "%s đã mở khóa số liệu %s để sửa sau khi nộp: chờ xã ban hành lại rồi tiếp nhận, hoặc trả lại báo cáo với lý do.",
		domain.UpperFirst(commune.DisplayName()), f.Period.Words())
}

// settleLock sets the commune's period lock as the review leaves it: a
// return lifts it, so that the commune can correct and issue again (a
// commune that unlocked it already, while the report waited, stays open);
// an accept keeps it as it is, locked (requireLocked).
func settleLock(ctx context.Context, tx *storage.Store, f domain.Filing) error {
	if f.Status == domain.FilingAccepted {
		return nil
	}
	err := tx.UnlockPeriod(ctx, f.CommuneID, f.Period)
	if domain.IsNotFound(err) {
		return nil
	}
	return err
}

// tellReviewed tells the commune's leader and administrator.
func tellReviewed(ctx context.Context, tx *storage.Store, a usecase.Actor, at time.Time, f domain.Filing, commune domain.Org) error {
	n := domain.Notice{Kind: domain.NoticeAccepted, Link: reportLink(f.Period),
		Title: fmt.Sprintf("%s đã tiếp nhận báo cáo %s", domain.UpperFirst(a.Org.DisplayName()), f.Period.Words()),
		Body:  "Báo cáo đã được tiếp nhận; số liệu của kỳ giữ nguyên khóa."}
	if f.Status == domain.FilingReturned {
		n.Kind = domain.NoticeReturned
		n.Title = fmt.Sprintf("%s trả lại báo cáo %s", domain.UpperFirst(a.Org.DisplayName()), f.Period.Words())
		n.Body = "Lý do: " + f.ReturnReason + "\nSố liệu của kỳ đã được mở khóa: hãy sửa rồi ban hành lại báo cáo."
	}
	_, err := notify.Tell(ctx, tx, at, notify.Audience{OrgID: commune.ID, Roles: []domain.UserRole{domain.RoleLeader, domain.RoleAdmin}}, n)
	return err
}

// reviewRecord is a filing's state as the audit log keeps it.
type reviewRecord struct {
	Status  string `json:"status"`
	Version int    `json:"version"`
}

// auditReview writes the review in the province's log and the commune's.
func auditReview(ctx context.Context, tx *storage.Store, a usecase.Actor, at time.Time, f domain.Filing, commune domain.Org, before reviewRecord) error {
	action := "filing.accept"
	if f.Status == domain.FilingReturned {
		action = "filing.return"
	}
	c := usecase.Change{Action: action, Entity: "báo cáo " + f.Period.String() + " của " + commune.DisplayName(),
		Before: before, After: reviewRecord{Status: string(f.Status), Version: f.Versions}, Reason: f.ReturnReason}
	if err := usecase.Audit(ctx, tx, a, at, c); err != nil {
		return err
	}
	return usecase.AuditOrg(ctx, tx, a, commune.ID, at, c)
}
