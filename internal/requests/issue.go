package requests

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// communeHeads are the people of a commune told of a request and reminded
// of its due dates: its leader and its administrator.
var communeHeads = []domain.UserRole{domain.RoleLeader, domain.RoleAdmin}

// Issue issues the draft request id, seen at version: from then on it
// applies to the communes it covers, and, in the same transaction, the
// leader and administrator of each are told (notify.Tell) what is asked,
// from which period and by when. It returns the request and how many
// communes it went to.
func (s *Service) Issue(ctx context.Context, a usecase.Actor, id, version int64) (domain.ReportRequest, int, error) {
	prov, err := province(a, domain.ActIssueRequests)
	if err != nil {
		return domain.ReportRequest{}, 0, err
	}
	var r domain.ReportRequest
	sent := 0
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if r, err = ownRequest(ctx, tx, prov, id); err != nil {
			return err
		}
		if !r.IssuedAt.IsZero() {
			return domain.Errorf(domain.Conflict, "Yêu cầu theo %s đã ban hành ngày %s.", r.Citation(), r.IssuedAt.In(domain.Vietnam).Format("02/01/2006"))
		}
		checked := domain.CheckRequest(r)
		if err := checked.Err("Yêu cầu báo cáo chưa đủ thông tin để ban hành."); err != nil {
			return err
		}
		before := r
		now := s.env.Now()
		r.Version, r.IssuedAt, r.IssuedBy, r.ChangedBy, r.ChangedAt = version, now, a.Name(), a.Name(), now
		if err := tx.SaveRequest(ctx, &r); err != nil {
			return err
		}
		if sent, err = tellCommunes(ctx, tx, r, now); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "request.issue", Entity: entity(r),
			Before: auditOfRequest(before), After: auditOfRequest(r)})
	})
	return r, sent, err
}

// tellCommunes tells each commune the issued request covers from its first
// period, and returns how many communes that is.
func tellCommunes(ctx context.Context, tx *storage.Store, r domain.ReportRequest, now time.Time) (int, error) {
	communes, err := tx.Orgs(ctx, r.ProvinceID)
	if err != nil {
		return 0, err
	}
	cal, err := Calendar(ctx, tx, r.ProvinceID)
	if err != nil {
		return 0, err
	}
	p := r.FirstPeriod
	n := RequestNotice(r, r.Due(p, cal))
	count := 0
	for _, c := range communes {
		if !r.Covers(c, p) {
			continue
		}
		if _, err := notify.Tell(ctx, tx, now, notify.Audience{OrgID: c.ID, Roles: communeHeads}, n); err != nil {
			return count, fmt.Errorf("tell %s of the request: %w", c.Name, err)
		}
		count++
	}
	return count, nil
}

// RequestNotice is the notice that tells a commune of request r, whose
// first period is due on due.
func RequestNotice(r domain.ReportRequest, due time.Time) domain.Notice {
	p := r.FirstPeriod
	title := "Tỉnh yêu cầu báo cáo " + p.Words()
	if words := frequencyWords(r.Frequency); words != "" {
		title = "Tỉnh yêu cầu báo cáo " + words + ", từ " + p.Words()
	}
	body := fmt.Sprintf("Theo %s: báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW %s, kỳ đầu tiên là %s, hạn nộp ngày %s (hạn các kỳ: %s; số liệu %s).",
		r.Citation(), strings.ToLower(frequencyLabel(r.Frequency)), p.Words(), due.Format("02/01/2006"), r.DueRule(), r.WindowRule())
	return domain.Notice{Kind: domain.NoticeRequest, Title: title, Body: body, Link: "/reports/" + p.String(),
		DedupKey: fmt.Sprintf("request:%d", r.ID)}
}

// frequencyWords is how a title says the frequency: "hằng tháng".
func frequencyWords(k domain.PeriodKind) string {
	return strings.ToLower(frequencyLabel(k))
}

// frequencyLabel is the frequency's label on the form: "Hằng tháng".
func frequencyLabel(k domain.PeriodKind) string {
	if k == "" {
		k = domain.Month
	}
	for _, f := range Frequencies {
		if f.Kind == k {
			return f.Label
		}
	}
	return ""
}

// Close closes the issued request id, seen at version: from then on it asks
// the communes for no period to come, and no reminder of it goes out; the
// periods that ended by the day it closed stay asked for (domain
// ReportRequest.Covers).
func (s *Service) Close(ctx context.Context, a usecase.Actor, id, version int64) (domain.ReportRequest, error) {
	prov, err := province(a, domain.ActIssueRequests)
	if err != nil {
		return domain.ReportRequest{}, err
	}
	var r domain.ReportRequest
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		if r, err = ownRequest(ctx, tx, prov, id); err != nil {
			return err
		}
		if r.IssuedAt.IsZero() {
			return domain.Errorf(domain.Conflict, "Yêu cầu này chưa ban hành nên không cần đóng.")
		}
		if !r.ClosedAt.IsZero() {
			return domain.Errorf(domain.Conflict, "Yêu cầu theo %s đã đóng ngày %s.", r.Citation(), r.ClosedAt.In(domain.Vietnam).Format("02/01/2006"))
		}
		before := r
		now := s.env.Now()
		r.Version, r.ClosedAt, r.ChangedBy, r.ChangedAt = version, now, a.Name(), now
		if err := tx.SaveRequest(ctx, &r); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "request.close", Entity: entity(r),
			Before: auditOfRequest(before), After: auditOfRequest(r)})
	})
	return r, err
}
