package storage

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

const requestColumns = `id, province_id, kind, frequency, audience, commune_type, doc_type, doc_number, doc_date, doc_body,
	first_period, cutoff_day, due_day, due_next_month, due_working_days, reminder_days, issued_at, issued_by, closed_at,
	version, changed_by, changed_at`

// SaveRequest inserts the request (ID 0: r.ID and r.Version are set) or
// updates it if it is still at r.Version, moving it to the next version; a
// request changed by someone else since r was read is refused as Stale. The
// communes of a list replace those stored.
func (s *Store) SaveRequest(ctx context.Context, r *domain.ReportRequest) error {
	return s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, r.ProvinceID); err != nil {
			return err
		}
		if r.ID == 0 {
			if err := tx.insertRequest(ctx, r); err != nil {
				return err
			}
		} else if err := tx.updateRequest(ctx, r); err != nil {
			return err
		}
		return tx.saveRequestCommunes(ctx, *r)
	})
}

func (s *Store) insertRequest(ctx context.Context, r *domain.ReportRequest) error {
	err := s.q.QueryRowContext(ctx, `
		INSERT INTO report_requests (province_id, kind, frequency, audience, commune_type, doc_type, doc_number, doc_date,
			doc_body, first_period, cutoff_day, due_day, due_next_month, due_working_days, reminder_days, issued_at,
			issued_by, closed_at, changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
		RETURNING id, version`,
		r.ProvinceID, r.Kind, string(r.Frequency), string(r.Audience), string(r.CommuneType), r.DocType, r.DocNumber,
		s.dateArg(r.DocDate), r.DocBody, r.FirstPeriod.String(), r.CutoffDay, r.DueDay, r.DueNextMonth, r.DueWorkingDays,
		daysText(r.ReminderDays), s.timeArg(r.IssuedAt), r.IssuedBy, s.timeArg(r.ClosedAt), r.ChangedBy, s.timeArg(r.ChangedAt),
	).Scan(&r.ID, &r.Version)
	return wrap(err, "insert the request %q", r.DocNumber)
}

func (s *Store) updateRequest(ctx context.Context, r *domain.ReportRequest) error {
	res, err := s.q.ExecContext(ctx, `
		UPDATE report_requests SET kind = $3, frequency = $4, audience = $5, commune_type = $6, doc_type = $7,
			doc_number = $8, doc_date = $9, doc_body = $10, first_period = $11, cutoff_day = $12, due_day = $13,
			due_next_month = $14, due_working_days = $15, reminder_days = $16, issued_at = $17, issued_by = $18,
			closed_at = $19, changed_by = $20, changed_at = $21, version = version + 1
		WHERE id = $1 AND province_id = $2 AND version = $22`,
		r.ID, r.ProvinceID, r.Kind, string(r.Frequency), string(r.Audience), string(r.CommuneType), r.DocType,
		r.DocNumber, s.dateArg(r.DocDate), r.DocBody, r.FirstPeriod.String(), r.CutoffDay, r.DueDay, r.DueNextMonth,
		r.DueWorkingDays, daysText(r.ReminderDays), s.timeArg(r.IssuedAt), r.IssuedBy, s.timeArg(r.ClosedAt),
		r.ChangedBy, s.timeArg(r.ChangedAt), r.Version)
	if err := updated(res, err, "không có yêu cầu báo cáo số %d", r.ID); err != nil {
		if domain.IsNotFound(err) {
			return s.staleRequest(ctx, *r)
		}
		return wrap(err, "update the request %d", r.ID)
	}
	r.Version++
	return nil
}

// staleRequest explains why a request could not be saved at its version.
func (s *Store) staleRequest(ctx context.Context, r domain.ReportRequest) error {
	now, err := s.Request(ctx, r.ID)
	if err != nil {
		return err
	}
	if now.ProvinceID != r.ProvinceID {
		return domain.Errorf(domain.NotFound, "không có yêu cầu báo cáo số %d", r.ID)
	}
	return domain.StaleRecord("yêu cầu báo cáo "+now.DocNumber,
		domain.Revision{Version: now.Version, By: now.ChangedBy, At: now.ChangedAt, Value: now.Citation()})
}

func (s *Store) saveRequestCommunes(ctx context.Context, r domain.ReportRequest) error {
	if _, err := s.q.ExecContext(ctx, `DELETE FROM report_request_communes WHERE request_id = $1`, r.ID); err != nil {
		return fmt.Errorf("clear the communes of request %d: %w", r.ID, err)
	}
	for _, id := range r.CommuneIDs {
		var parent int64
		err := s.q.QueryRowContext(ctx, `SELECT COALESCE(parent_id, 0) FROM orgs WHERE id = $1`, id).Scan(&parent)
		if err != nil || parent != r.ProvinceID {
			return domain.InvalidInput("yêu cầu báo cáo chưa hợp lệ",
				[]domain.Problem{{Field: "communes", Message: fmt.Sprintf("xã, phường số %d không thuộc tỉnh", id)}})
		}
		if _, err := s.q.ExecContext(ctx, `INSERT INTO report_request_communes (request_id, commune_id) VALUES ($1, $2)`, r.ID, id); err != nil {
			return fmt.Errorf("add commune %d to request %d: %w", id, r.ID, err)
		}
	}
	return nil
}

// Request returns the request with the ID.
func (s *Store) Request(ctx context.Context, id int64) (domain.ReportRequest, error) {
	list, err := s.requests(ctx, `WHERE id = $1`, id)
	if err != nil {
		return domain.ReportRequest{}, err
	}
	if len(list) == 0 {
		return domain.ReportRequest{}, domain.Errorf(domain.NotFound, "không có yêu cầu báo cáo số %d", id)
	}
	return list[0], nil
}

// Requests returns the province's requests of the kind, newest first.
func (s *Store) Requests(ctx context.Context, provinceID int64, kind string) ([]domain.ReportRequest, error) {
	return s.requests(ctx, `WHERE province_id = $1 AND kind = $2 ORDER BY doc_date DESC, id DESC`, provinceID, kind)
}

func (s *Store) requests(ctx context.Context, where string, args ...any) ([]domain.ReportRequest, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT `+requestColumns+` FROM report_requests `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list requests: %w", err)
	}
	var out []domain.ReportRequest
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list requests: %w", err)
	}
	for i := range out {
		if out[i].Audience != domain.AudienceList {
			continue
		}
		if out[i].CommuneIDs, err = s.queryIDs(ctx, `SELECT commune_id FROM report_request_communes WHERE request_id = $1 ORDER BY commune_id`, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func scanRequest(r scanner) (domain.ReportRequest, error) {
	var q domain.ReportRequest
	var freq, audience, typ, first, days string
	err := r.Scan(&q.ID, &q.ProvinceID, &q.Kind, &freq, &audience, &typ, &q.DocType, &q.DocNumber, dateCol{&q.DocDate},
		&q.DocBody, &first, &q.CutoffDay, &q.DueDay, &q.DueNextMonth, &q.DueWorkingDays, &days, timeCol{&q.IssuedAt},
		&q.IssuedBy, timeCol{&q.ClosedAt}, &q.Version, &q.ChangedBy, timeCol{&q.ChangedAt})
	if err != nil {
		return q, fmt.Errorf("scan request: %w", err)
	}
	q.Frequency, q.Audience, q.CommuneType = domain.PeriodKind(freq), domain.RequestAudience(audience), domain.CommuneType(typ)
	if q.FirstPeriod, err = domain.ParsePeriod(first); err != nil {
		return q, fmt.Errorf("request %d: %w", q.ID, err)
	}
	q.ReminderDays = parseDays(days)
	return q, nil
}

// daysText keeps a list of days as "3,1".
func daysText(days []int) string {
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, ",")
}

func parseDays(s string) []int {
	var out []int
	for _, part := range strings.Split(s, ",") {
		if d, err := strconv.Atoi(strings.TrimSpace(part)); err == nil {
			out = append(out, d)
		}
	}
	return out
}
