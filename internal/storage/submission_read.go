package storage

import (
	"context"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// SubmissionByCode returns the submission with a tracking code, of any
// organisation (the sender looks it up); NotFound otherwise.
func (s *Store) SubmissionByCode(ctx context.Context, code string) (domain.Submission, error) {
	canon := canonicalCode(code)
	if canon == "" {
		return domain.Submission{}, domain.Errorf(domain.NotFound, "chưa nhập mã theo dõi")
	}
	sub, err := scanSubmission(s.q.QueryRowContext(ctx,
		`SELECT `+submissionColumns+` FROM submissions WHERE tracking_code = $1`, canon))
	if err != nil && !strings.HasPrefix(canon, codePrefix+"-") {
		// A code from another channel may have been stored in lower case.
		sub, err = scanSubmission(s.q.QueryRowContext(ctx,
			`SELECT `+submissionColumns+` FROM submissions WHERE UPPER(tracking_code) = $1 ORDER BY id LIMIT 1`, canon))
	}
	if err != nil {
		return domain.Submission{}, wrap(notFound(err, "không có phản ánh, kiến nghị nào mang mã %q", canon), "load submission %q", canon)
	}
	return sub, nil
}

// SubmissionByID returns a submission of the organisation; NotFound otherwise.
func (s *Store) SubmissionByID(ctx context.Context, orgID, id int64) (domain.Submission, error) {
	sub, err := scanSubmission(s.q.QueryRowContext(ctx,
		`SELECT `+submissionColumns+` FROM submissions WHERE id = $1 AND org_id = $2`, id, orgID))
	if err != nil {
		return domain.Submission{}, wrap(notFound(err, "không có phản ánh, kiến nghị số %d", id), "load submission %d", id)
	}
	return sub, nil
}

// Inbox returns a page of the organisation's submissions matching f, soonest
// deadline first (none last), then newest, and how many match in all.
func (s *Store) Inbox(ctx context.Context, orgID int64, f domain.SubmissionFilter) ([]domain.Submission, int, error) {
	var w conditions
	w.add(`org_id = ?`, orgID)
	if f.Kind != "" {
		w.add(`kind = ?`, string(f.Kind))
	}
	if f.Status != "" {
		w.add(`status = ?`, string(f.Status))
	}
	if f.UnitID != 0 {
		w.add(`assigned_unit_id = ?`, f.UnitID)
	}
	if !f.DueBefore.IsZero() {
		w.add(`due_at < ?`, s.timeArg(f.DueBefore))
	}
	if !f.OverdueAt.IsZero() {
		w.add(`status NOT IN `+closedStatuses()+` AND due_at < ?`, s.timeArg(f.OverdueAt))
	}
	if !f.DueAfter.IsZero() {
		w.add(`due_at >= ?`, s.timeArg(f.DueAfter))
	}
	w.search(staffSearchKey, f.Query)
	list, total, err := s.submissionPage(ctx, w, `(due_at IS NULL), due_at, received_at DESC, id DESC`, f.Limit, f.Offset)
	return list, total, wrap(err, "inbox of org %d", orgID)
}

// PublishedAnswers returns a page of published submissions (orgID 0: of every
// organisation) whose texts match query ignoring accents, newest answer first,
// and how many match in all.
func (s *Store) PublishedAnswers(ctx context.Context, orgID int64, query string, limit, offset int) ([]domain.Submission, int, error) {
	var w conditions
	w.add(`status = ?`, string(domain.SubmissionPublished))
	if orgID != 0 {
		w.add(`org_id = ?`, orgID)
	}
	w.search(publicSearchKey, query)
	list, total, err := s.submissionPage(ctx, w, `published_at DESC, id DESC`, limit, offset)
	return list, total, wrap(err, "published answers")
}

// closedStatuses is the SQL list of the statuses that await nothing any
// more (domain.SubmissionStatus.Open), for the overdue filter.
func closedStatuses() string {
	var quoted []string
	for _, st := range domain.SubmissionStatuses {
		if !st.Open() {
			quoted = append(quoted, "'"+string(st)+"'")
		}
	}
	return "(" + strings.Join(quoted, ", ") + ")"
}

// SenderSubmissions returns the organisation's submissions from a sender, by
// phone (normalised) or e-mail (case-insensitive), newest first.
func (s *Store) SenderSubmissions(ctx context.Context, orgID int64, phone, email string) ([]domain.Submission, error) {
	phone, email = domain.NormalizePhone(phone), normalizeEmail(email)
	var either []string
	args := []any{orgID}
	if phone != "" {
		args = append(args, phone)
		either = append(either, fmt.Sprintf(`SELECT id FROM submissions WHERE org_id = $1 AND sender_phone_norm = $%d`, len(args)))
	}
	if email != "" {
		args = append(args, email)
		either = append(either, fmt.Sprintf(`SELECT id FROM submissions WHERE org_id = $1 AND sender_email_norm = $%d`, len(args)))
	}
	if len(either) == 0 {
		return nil, nil
	}
	// One indexed lookup per key, joined: with "phone = ? OR email = ?" SQLite
	// scanned every submission of the organisation, and intake slowed from
	// ~470 to ~140 a second as the table grew to 9,000 rows.
	list, err := s.submissionList(ctx, `SELECT `+submissionColumns+` FROM submissions
		WHERE id IN (`+strings.Join(either, " UNION ")+`) ORDER BY received_at DESC, id DESC`, args...)
	return list, wrap(err, "submissions of a sender to org %d", orgID)
}

// submissionPage returns the page of submissions matching w in order, and
// how many match in all.
func (s *Store) submissionPage(ctx context.Context, w conditions, order string, limit, offset int) ([]domain.Submission, int, error) {
	where := w.sql()
	var total int
	if err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM submissions`+where, w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count: %w", err)
	}
	limit, offset = pageBounds(limit, offset)
	n := len(w.args)
	list, err := s.submissionList(ctx, fmt.Sprintf(`SELECT %s FROM submissions%s ORDER BY %s LIMIT $%d OFFSET $%d`,
		submissionColumns, where, order, n+1, n+2), append(w.args, limit, offset)...)
	return list, total, err
}

func (s *Store) submissionList(ctx context.Context, query string, args ...any) ([]domain.Submission, error) {
	rows, err := s.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Submission
	for rows.Next() {
		sub, err := scanSubmission(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

// Page sizes: the default, and the most one page may hold.
const (
	defaultPageSize = 50
	maxPageSize     = 1000
)

func pageBounds(limit, offset int) (int, int) {
	if limit <= 0 {
		limit = defaultPageSize
	}
	return min(limit, maxPageSize), max(offset, 0)
}

// conditions builds a WHERE clause; "?" in a condition stands for its
// argument and becomes the next $N.
type conditions struct {
	list []string
	args []any
}

func (c *conditions) add(cond string, arg any) {
	c.args = append(c.args, arg)
	c.list = append(c.list, strings.Replace(cond, "?", fmt.Sprintf("$%d", len(c.args)), 1))
}

// Search keys: staff search the texts and the sender (name, phone, e-mail);
// the public search of published answers searches the texts only, with the
// sender's data masked.
const (
	staffSearchKey  = `(search_fold || ' ' || sender_fold)`
	publicSearchKey = `search_fold`
)

// search matches every word of query, folded, somewhere in the key, so that
// "xuan hung" finds "Xuân Hưng" and words need not be adjacent.
func (c *conditions) search(key, query string) {
	const maxWords = 10
	words := strings.Fields(domain.Fold(query))
	for i, word := range words {
		if i == maxWords {
			break
		}
		c.add(key+` LIKE ? ESCAPE '\'`, "%"+escapeLike(word)+"%")
	}
}

func (c *conditions) sql() string {
	if len(c.list) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.list, " AND ")
}

// escapeLike makes %, _ and the escape character itself match literally.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// SubmissionEvents returns a submission's history, oldest first.
func (s *Store) SubmissionEvents(ctx context.Context, submissionID int64) ([]domain.SubmissionEvent, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT id, submission_id, at, actor, action, from_status, to_status, note, due_at
		FROM submission_events WHERE submission_id = $1 ORDER BY at, id`, submissionID)
	if err != nil {
		return nil, fmt.Errorf("history of submission %d: %w", submissionID, err)
	}
	defer rows.Close()
	var out []domain.SubmissionEvent
	for rows.Next() {
		var ev domain.SubmissionEvent
		var action, from, to string
		if err := rows.Scan(&ev.ID, &ev.SubmissionID, timeCol{&ev.At}, &ev.Actor, &action, &from, &to,
			&ev.Note, timeCol{&ev.DueAt}); err != nil {
			return nil, fmt.Errorf("history of submission %d: %w", submissionID, err)
		}
		ev.Action, ev.From, ev.To = domain.SubmissionAction(action), domain.SubmissionStatus(from), domain.SubmissionStatus(to)
		out = append(out, ev)
	}
	return out, rows.Err()
}

// SubmissionFiles lists a submission's files without their contents.
func (s *Store) SubmissionFiles(ctx context.Context, submissionID int64) ([]domain.SubmissionFile, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT id, submission_id, name, content_type, size, sha256
		FROM submission_files WHERE submission_id = $1 ORDER BY id`, submissionID)
	if err != nil {
		return nil, fmt.Errorf("files of submission %d: %w", submissionID, err)
	}
	defer rows.Close()
	var out []domain.SubmissionFile
	for rows.Next() {
		var f domain.SubmissionFile
		if err := rows.Scan(&f.ID, &f.SubmissionID, &f.Name, &f.ContentType, &f.Size, &f.SHA256); err != nil {
			return nil, fmt.Errorf("files of submission %d: %w", submissionID, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// SubmissionFile returns one file of a submission with its contents.
func (s *Store) SubmissionFile(ctx context.Context, submissionID, fileID int64) (domain.SubmissionFile, error) {
	var f domain.SubmissionFile
	err := s.q.QueryRowContext(ctx, `SELECT id, submission_id, name, content_type, size, sha256, data
		FROM submission_files WHERE submission_id = $1 AND id = $2`, submissionID, fileID).Scan(
		&f.ID, &f.SubmissionID, &f.Name, &f.ContentType, &f.Size, &f.SHA256, &f.Data)
	if err != nil {
		return domain.SubmissionFile{}, wrap(notFound(err, "không có tệp đính kèm số %d", fileID), "load file %d of submission %d", fileID, submissionID)
	}
	return f, nil
}
