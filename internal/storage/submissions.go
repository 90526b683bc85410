package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

const submissionColumns = `id, org_id, tracking_code, kind, channel, field, title, content,
	sender_name, sender_address, sender_phone, sender_email, sender_national_id,
	received_at, status, due_at, answered_at`

// SaveSubmission inserts the submission (ID 0) or updates it, and sets its ID.
// A TrackingCode already used by another submission is a Conflict; an empty
// one is stored as NULL so that many submissions can lack one.
func (s *Store) SaveSubmission(ctx context.Context, sub *domain.Submission) error {
	if err := validateSubmission(*sub); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, sub.OrgID); err != nil {
			return err
		}
		if err := tx.refuseTakenCode(ctx, *sub); err != nil {
			return err
		}
		return tx.saveSubmissionRow(ctx, sub)
	})
	if err != nil {
		return wrap(err, "save submission %q", sub.TrackingCode)
	}
	return nil
}

func validateSubmission(sub domain.Submission) error {
	var pr problems
	if sub.OrgID == 0 {
		pr.add("org", "chưa chọn đơn vị (tổ chức) tiếp nhận")
	}
	if !sub.Kind.Valid() {
		pr.add("kind", fmt.Sprintf("loại %q không có", sub.Kind))
	}
	if !sub.Status.Valid() {
		pr.add("status", fmt.Sprintf("trạng thái %q không có", sub.Status))
	}
	if sub.ReceivedAt.IsZero() {
		pr.add("received_at", "chưa có thời điểm tiếp nhận")
	}
	return pr.err("thông tin phản ánh, kiến nghị chưa hợp lệ")
}

func (s *Store) refuseTakenCode(ctx context.Context, sub domain.Submission) error {
	if sub.TrackingCode == "" {
		return nil
	}
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM submissions WHERE tracking_code = $1 AND id <> $2`,
		sub.TrackingCode, sub.ID).Scan(&n)
	if err != nil {
		return fmt.Errorf("check tracking code: %w", err)
	}
	if n > 0 {
		return domain.Errorf(domain.Conflict, "mã theo dõi %q đã được dùng cho phản ánh, kiến nghị khác", sub.TrackingCode)
	}
	return nil
}

func (s *Store) saveSubmissionRow(ctx context.Context, sub *domain.Submission) error {
	args := []any{sub.OrgID, nullString(sub.TrackingCode), string(sub.Kind), sub.Channel, sub.Field,
		sub.Title, sub.Content, sub.SenderName, sub.SenderAddress, sub.SenderPhone, sub.SenderEmail,
		sub.SenderNationalID, s.timeArg(sub.ReceivedAt), string(sub.Status), s.timeArg(sub.DueAt),
		s.timeArg(sub.AnsweredAt)}
	if sub.ID == 0 {
		return s.q.QueryRowContext(ctx, `INSERT INTO submissions (`+submissionColumns[len("id, "):]+`)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
			RETURNING id`, args...).Scan(&sub.ID)
	}
	res, err := s.q.ExecContext(ctx, `UPDATE submissions SET org_id = $1, tracking_code = $2, kind = $3,
		channel = $4, field = $5, title = $6, content = $7, sender_name = $8, sender_address = $9,
		sender_phone = $10, sender_email = $11, sender_national_id = $12, received_at = $13,
		status = $14, due_at = $15, answered_at = $16 WHERE id = $17`, append(args, sub.ID)...)
	return updated(res, err, "không có phản ánh, kiến nghị số %d", sub.ID)
}

// vietnam is UTC+7, the zone in which a submission's day is counted. It is a
// fixed zone (Vietnam has no daylight saving) so that nq57 does not depend on
// the host's time zone database.
var vietnam = time.FixedZone("ICT", 7*60*60)

// Submissions returns the organisation's submissions received on the calendar
// days from to to (inclusive, counted in Vietnam's time; a zero bound means no
// bound), in order of receipt.
func (s *Store) Submissions(ctx context.Context, orgID int64, from, to time.Time) ([]domain.Submission, error) {
	start, end := dayStart(orZero(from, minDay)), dayStart(orZero(to, maxDay).AddDate(0, 0, 1))
	rows, err := s.q.QueryContext(ctx, `SELECT `+submissionColumns+` FROM submissions
		WHERE org_id = $1 AND received_at >= $2 AND received_at < $3 ORDER BY received_at, id`,
		orgID, s.timeArg(start), s.timeArg(end))
	if err != nil {
		return nil, fmt.Errorf("list submissions of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.Submission
	for rows.Next() {
		sub, err := scanSubmission(rows)
		if err != nil {
			return nil, fmt.Errorf("list submissions of org %d: %w", orgID, err)
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

// dayStart returns the instant the calendar day of d begins in Vietnam.
func dayStart(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, vietnam)
}

func scanSubmission(r scanner) (domain.Submission, error) {
	var sub domain.Submission
	var code *string
	var kind, status string
	err := r.Scan(&sub.ID, &sub.OrgID, &code, &kind, &sub.Channel, &sub.Field, &sub.Title, &sub.Content,
		&sub.SenderName, &sub.SenderAddress, &sub.SenderPhone, &sub.SenderEmail, &sub.SenderNationalID,
		timeCol{&sub.ReceivedAt}, &status, timeCol{&sub.DueAt}, timeCol{&sub.AnsweredAt})
	if code != nil {
		sub.TrackingCode = *code
	}
	sub.Kind, sub.Status = domain.SubmissionKind(kind), domain.SubmissionStatus(status)
	return sub, err
}
