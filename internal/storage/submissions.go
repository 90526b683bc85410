package storage

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

const submissionColumns = `id, org_id, tracking_code, kind, channel, field, title, content,
	sender_name, sender_address, sender_phone, sender_email, sender_national_id,
	received_at, status, due_at, answered_at, accepted_at, assigned_unit_id, answer,
	answered_by, published_at, duplicate_of, version, changed_by, changed_at`

// submissionWriteColumns are the columns a save writes, in the order of
// submissionArgs: those read back (but the ID) and the keys derived on write
// for the sender lookup and the search.
var submissionWriteColumns = []string{"org_id", "tracking_code", "kind", "channel", "field", "title", "content",
	"sender_name", "sender_address", "sender_phone", "sender_email", "sender_national_id",
	"received_at", "status", "due_at", "answered_at", "accepted_at", "assigned_unit_id", "answer",
	"answered_by", "published_at", "duplicate_of", "sender_phone_norm", "sender_email_norm", "search_fold", "sender_fold",
	"changed_by", "changed_at"}

// SaveSubmission inserts the submission (ID 0) or updates it whatever its
// version (a workflow step checks the version: ApplySubmissionEvent), and
// sets its ID and version.
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
		if err := tx.checkSubmissionRefs(ctx, *sub); err != nil {
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
	if !sub.Channel.Valid() {
		pr.add("channel", fmt.Sprintf("kênh tiếp nhận %q không có", sub.Channel))
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
	if sub.ID == 0 {
		return s.insertSubmissionRow(ctx, sub)
	}
	query, args := s.updateSubmissionQuery(*sub)
	err := s.q.QueryRowContext(ctx, query+fmt.Sprintf(` WHERE id = $%d RETURNING version`, len(args)+1),
		append(args, sub.ID)...).Scan(&sub.Version)
	return notFound(err, "không có phản ánh, kiến nghị số %d", sub.ID)
}

func (s *Store) insertSubmissionRow(ctx context.Context, sub *domain.Submission) error {
	args := s.submissionArgs(*sub)
	return s.q.QueryRowContext(ctx, `INSERT INTO submissions (`+strings.Join(submissionWriteColumns, ", ")+`)
		VALUES (`+placeholders(1, len(args))+`) RETURNING id, version`, args...).Scan(&sub.ID, &sub.Version)
}

// updateSubmissionQuery returns "UPDATE submissions SET …" writing every
// column and counting one more version, and its arguments; the caller adds
// the WHERE clause, numbering its placeholders after the arguments.
func (s *Store) updateSubmissionQuery(sub domain.Submission) (string, []any) {
	set := make([]string, len(submissionWriteColumns), len(submissionWriteColumns)+1)
	for i, c := range submissionWriteColumns {
		set[i] = fmt.Sprintf("%s = $%d", c, i+1)
	}
	set = append(set, "version = version + 1")
	return `UPDATE submissions SET ` + strings.Join(set, ", "), s.submissionArgs(sub)
}

// submissionArgs returns the values of submissionWriteColumns.
func (s *Store) submissionArgs(sub domain.Submission) []any {
	return []any{sub.OrgID, nullString(sub.TrackingCode), string(sub.Kind), string(sub.Channel), sub.Field,
		sub.Title, sub.Content, sub.SenderName, sub.SenderAddress, sub.SenderPhone, sub.SenderEmail,
		sub.SenderNationalID, s.timeArg(sub.ReceivedAt), string(sub.Status), s.timeArg(sub.DueAt),
		s.timeArg(sub.AnsweredAt), s.timeArg(sub.AcceptedAt), nullID(sub.AssignedUnitID), sub.Answer,
		sub.AnsweredBy, s.timeArg(sub.PublishedAt), nullID(sub.DuplicateOfID),
		domain.NormalizePhone(sub.SenderPhone), normalizeEmail(sub.SenderEmail), submissionFold(sub), senderFold(sub),
		sub.ChangedBy, s.timeArg(sub.ChangedAt)}
}

// normalizeEmail is the key of the sender lookup by e-mail.
func normalizeEmail(email string) string { return strings.ToLower(domain.NFC(email)) }

// submissionFold is the search key of a submission: its code, title, content
// and answer as the public reads them (the sender's personal data masked),
// folded. The sender's name has its own key (sender_fold), so that the public
// search of published answers cannot find people by name, even one the texts
// repeat.
func submissionFold(sub domain.Submission) string {
	m := sub.PersonalMask()
	return domain.Fold(sub.TrackingCode + " " + m.Mask(sub.Title) + " " + m.Mask(sub.Content) + " " + m.Mask(sub.Answer))
}

// senderFold is the key staff find a sender by: their name, phone number
// and e-mail, folded (which the public search key masks). The public search
// never reads it.
func senderFold(sub domain.Submission) string {
	return domain.Fold(sub.SenderName + " " + domain.NormalizePhone(sub.SenderPhone) + " " + sub.SenderEmail)
}

// Submissions returns the organisation's submissions received on the calendar
// days from to to (inclusive, counted in Vietnam's time; a zero bound means no
// bound), in order of receipt.
func (s *Store) Submissions(ctx context.Context, orgID int64, from, to time.Time) ([]domain.Submission, error) {
	start, end := dayStart(orZero(from, minDay)), dayStart(orZero(to, maxDay).AddDate(0, 0, 1))
	list, err := s.submissionList(ctx, `SELECT `+submissionColumns+` FROM submissions
		WHERE org_id = $1 AND received_at >= $2 AND received_at < $3 ORDER BY received_at, id`,
		orgID, s.timeArg(start), s.timeArg(end))
	if err != nil {
		return nil, fmt.Errorf("list submissions of org %d: %w", orgID, err)
	}
	return list, nil
}

// dayStart returns the instant the calendar day of d begins in Vietnam.
func dayStart(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, domain.Vietnam)
}

func scanSubmission(r scanner) (domain.Submission, error) {
	var sub domain.Submission
	var code *string
	var kind, status, channel string
	err := r.Scan(&sub.ID, &sub.OrgID, &code, &kind, &channel, &sub.Field, &sub.Title, &sub.Content,
		&sub.SenderName, &sub.SenderAddress, &sub.SenderPhone, &sub.SenderEmail, &sub.SenderNationalID,
		timeCol{&sub.ReceivedAt}, &status, timeCol{&sub.DueAt}, timeCol{&sub.AnsweredAt},
		timeCol{&sub.AcceptedAt}, idCol{&sub.AssignedUnitID}, &sub.Answer, &sub.AnsweredBy,
		timeCol{&sub.PublishedAt}, idCol{&sub.DuplicateOfID}, &sub.Version, &sub.ChangedBy, timeCol{&sub.ChangedAt})
	if code != nil {
		sub.TrackingCode = *code
	}
	sub.Kind, sub.Status, sub.Channel = domain.SubmissionKind(kind), domain.SubmissionStatus(status), domain.SubmissionChannel(channel)
	return sub, err
}
