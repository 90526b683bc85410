package storage

// This file is the contract of the submission workflow's storage: the types
// the web handlers use. The methods live in submission_read.go,
// submission_write.go, answer_templates.go, deadline_rules.go and
// calendar_overrides.go.

import (
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// SubmissionFilter selects submissions for the staff inbox. Zero fields do not
// filter.
type SubmissionFilter struct {
	Kind      domain.SubmissionKind
	Status    domain.SubmissionStatus
	UnitID    int64     // the handling unit
	DueBefore time.Time // deadline before this moment
	OverdueAt time.Time // only open submissions whose deadline passed before this moment
	DueAfter  time.Time // only submissions whose deadline is at or after this moment
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
