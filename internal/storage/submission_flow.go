package storage

// This file is the contract of the submission workflow's storage; the bodies
// are being written (see the issue on citizen submissions).

import (
	"context"
	"errors"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var errNotYet = errors.New("storage: not implemented yet")

// SubmissionFilter selects submissions for the staff inbox. Zero fields do not
// filter.
type SubmissionFilter struct {
	Kind      domain.SubmissionKind
	Status    domain.SubmissionStatus
	UnitID    int64     // the handling unit
	DueBefore time.Time // deadline before this moment
	OverdueAt time.Time // only open submissions whose deadline passed before this moment
	Query     string    // accent-insensitive search in code, title, content and sender's name
	Limit     int       // 0: 50
	Offset    int
}

// SubmissionFile is a file a sender attached.
type SubmissionFile struct {
	ID           int64
	SubmissionID int64
	Name         string
	ContentType  string
	Size         int64
	SHA256       string
	Data         []byte // empty when listed
}

// SubmissionByCode returns the submission with a tracking code, of any
// organisation (the sender looks it up); NotFound otherwise.
func (s *Store) SubmissionByCode(ctx context.Context, code string) (domain.Submission, error) {
	return domain.Submission{}, errNotYet
}

// SubmissionByID returns a submission of the organisation; NotFound otherwise.
func (s *Store) SubmissionByID(ctx context.Context, orgID, id int64) (domain.Submission, error) {
	return domain.Submission{}, errNotYet
}

// Inbox returns a page of the organisation's submissions matching f, soonest
// deadline first (none last), then newest, and how many match in all.
func (s *Store) Inbox(ctx context.Context, orgID int64, f SubmissionFilter) ([]domain.Submission, int, error) {
	return nil, 0, errNotYet
}

// SenderSubmissions returns the organisation's submissions from a sender, by
// phone (normalised) or e-mail (case-insensitive), newest first.
func (s *Store) SenderSubmissions(ctx context.Context, orgID int64, phone, email string) ([]domain.Submission, error) {
	return nil, errNotYet
}

// CreateSubmission stores a new submission, its files and its first event in
// one transaction, and sets IDs; it makes a unique tracking code when sub has
// none.
func (s *Store) CreateSubmission(ctx context.Context, sub *domain.Submission, files []SubmissionFile, ev domain.SubmissionEvent) error {
	return errNotYet
}

// ApplySubmissionEvent saves the submission as a workflow step left it and
// records the step, in one transaction.
func (s *Store) ApplySubmissionEvent(ctx context.Context, sub *domain.Submission, ev domain.SubmissionEvent) error {
	return errNotYet
}

// SubmissionEvents returns a submission's history, oldest first.
func (s *Store) SubmissionEvents(ctx context.Context, submissionID int64) ([]domain.SubmissionEvent, error) {
	return nil, errNotYet
}

// SubmissionFiles lists a submission's files without their contents.
func (s *Store) SubmissionFiles(ctx context.Context, submissionID int64) ([]SubmissionFile, error) {
	return nil, errNotYet
}

// SubmissionFile returns one file of a submission with its contents.
func (s *Store) SubmissionFile(ctx context.Context, submissionID, fileID int64) (SubmissionFile, error) {
	return SubmissionFile{}, errNotYet
}

// PublishedAnswers returns a page of published submissions (orgID 0: of every
// organisation) whose texts match query ignoring accents, newest answer first,
// and how many match in all.
func (s *Store) PublishedAnswers(ctx context.Context, orgID int64, query string, limit, offset int) ([]domain.Submission, int, error) {
	return nil, 0, errNotYet
}

// AnswerTemplates returns the organisation's answer templates by title.
func (s *Store) AnswerTemplates(ctx context.Context, orgID int64) ([]domain.AnswerTemplate, error) {
	return nil, errNotYet
}

// SaveAnswerTemplate inserts (ID 0) or updates an answer template.
func (s *Store) SaveAnswerTemplate(ctx context.Context, t *domain.AnswerTemplate) error {
	return errNotYet
}

// DeleteAnswerTemplate deletes one of the organisation's answer templates.
func (s *Store) DeleteAnswerTemplate(ctx context.Context, orgID, id int64) error {
	return errNotYet
}

// DeadlineRules returns the rules the organisation has set (the caller falls
// back to domain.DefaultDeadlineRules for the others).
func (s *Store) DeadlineRules(ctx context.Context, orgID int64) ([]domain.DeadlineRule, error) {
	return nil, errNotYet
}

// SaveDeadlineRules replaces the organisation's rules.
func (s *Store) SaveDeadlineRules(ctx context.Context, orgID int64, rules []domain.DeadlineRule) error {
	return errNotYet
}

// CalendarOverrides returns the organisation's calendar overrides by date.
func (s *Store) CalendarOverrides(ctx context.Context, orgID int64) ([]domain.CalendarOverride, error) {
	return nil, errNotYet
}

// SaveCalendarOverride inserts or replaces the override of one day.
func (s *Store) SaveCalendarOverride(ctx context.Context, o domain.CalendarOverride) error {
	return errNotYet
}

// DeleteCalendarOverride removes the override of one day.
func (s *Store) DeleteCalendarOverride(ctx context.Context, orgID int64, date time.Time) error {
	return errNotYet
}
