package domain

import (
	"slices"
	"time"
)

// SubmissionKind is what a person or firm sent.
type SubmissionKind string

const (
	KindFeedback       SubmissionKind = "phan_anh"  // phản ánh
	KindRecommendation SubmissionKind = "kien_nghi" // kiến nghị
	KindInitiative     SubmissionKind = "sang_kien" // sáng kiến
	KindSolution       SubmissionKind = "giai_phap" // giải pháp
	KindBreakthrough   SubmissionKind = "dot_pha"   // tư duy, sáng kiến đột phá
	KindProductOrder   SubmissionKind = "dat_hang"  // đặt hàng sản phẩm
)

// SubmissionKinds lists every kind in the order reports name them.
var SubmissionKinds = []SubmissionKind{
	KindFeedback, KindRecommendation, KindInitiative, KindSolution, KindBreakthrough, KindProductOrder,
}

// Label names the kind in Vietnamese, in lower case for running text.
func (k SubmissionKind) Label() string {
	switch k {
	case KindFeedback:
		return "phản ánh"
	case KindRecommendation:
		return "kiến nghị"
	case KindInitiative:
		return "sáng kiến"
	case KindSolution:
		return "giải pháp"
	case KindBreakthrough:
		return "tư duy, sáng kiến đột phá"
	case KindProductOrder:
		return "đặt hàng sản phẩm"
	}
	return string(k)
}

// Valid reports whether k is a known kind.
func (k SubmissionKind) Valid() bool {
	for _, known := range SubmissionKinds {
		if k == known {
			return true
		}
	}
	return false
}

// Breakthrough reports whether the kind belongs to section 4 of the report
// (breakthrough ideas and product orders) rather than section 3 (PAKN, SKGP).
func (k SubmissionKind) Breakthrough() bool {
	return k == KindBreakthrough || k == KindProductOrder
}

// SubmissionStatus is a stage of the handling workflow.
type SubmissionStatus string

const (
	SubmissionReceived   SubmissionStatus = "received"
	SubmissionAccepted   SubmissionStatus = "accepted"
	SubmissionRejected   SubmissionStatus = "rejected"
	SubmissionAssigned   SubmissionStatus = "assigned"
	SubmissionInProgress SubmissionStatus = "in_progress"
	SubmissionAnswered   SubmissionStatus = "answered"
	SubmissionPublished  SubmissionStatus = "published"
)

// SubmissionStatuses lists every status in workflow order, as the inbox's
// filter offers them: the one list of statuses.
var SubmissionStatuses = []SubmissionStatus{
	SubmissionReceived, SubmissionAccepted, SubmissionAssigned, SubmissionInProgress,
	SubmissionAnswered, SubmissionPublished, SubmissionRejected,
}

// Valid reports whether s is a known status.
func (s SubmissionStatus) Valid() bool { return slices.Contains(SubmissionStatuses, s) }

// Answered reports whether the submission has had its answer.
func (s SubmissionStatus) Answered() bool {
	return s == SubmissionAnswered || s == SubmissionPublished
}

// Submission is feedback, a recommendation, an initiative, a solution, a
// breakthrough idea or a product order sent to an organisation.
type Submission struct {
	ID               int64
	OrgID            int64
	TrackingCode     string
	Kind             SubmissionKind
	Channel          SubmissionChannel
	Field            string // lĩnh vực
	Title            string
	Content          string
	SenderName       string
	SenderAddress    string
	SenderPhone      string
	SenderEmail      string
	SenderNationalID string
	ReceivedAt       time.Time
	Status           SubmissionStatus
	DueAt            time.Time // deadline of the current stage (to accept, then to answer); zero if none
	AcceptedAt       time.Time // zero until accepted
	AssignedUnitID   int64     // the handling unit; 0 until assigned
	Answer           string    // the answer given to the sender
	AnsweredBy       string
	AnsweredAt       time.Time // zero until answered
	PublishedAt      time.Time // zero until the answer is published
	DuplicateOfID    int64     // an earlier submission of the same sender it looks like; flagged for staff, never dropped

	// Version counts the changes since the submission was received (1 at
	// first); a workflow step names the version it was taken against, and
	// one taken against an older version is refused as Stale. ChangedBy and
	// ChangedAt say who changed it last and when (empty until then).
	Version   int64
	ChangedBy string
	ChangedAt time.Time
}

// AnsweredOnTime reports whether the submission was answered by its deadline.
func (s Submission) AnsweredOnTime() bool {
	if s.AnsweredAt.IsZero() {
		return false
	}
	return s.DueAt.IsZero() || !s.AnsweredAt.After(s.DueAt)
}

// Overdue reports whether, at the moment now, the submission was past its
// deadline without an answer. An answer given later than now does not count,
// so a report drawn up for an earlier date sees what was overdue then.
func (s Submission) Overdue(now time.Time) bool {
	if s.Status == SubmissionRejected || s.DueAt.IsZero() || !now.After(s.DueAt) {
		return false
	}
	if s.AnsweredAt.IsZero() {
		return !s.Status.Answered()
	}
	return s.AnsweredAt.After(now)
}

// SubmissionFile is a file a sender attached to a submission.
type SubmissionFile struct {
	ID           int64
	SubmissionID int64
	Name         string
	ContentType  string
	Size         int64
	SHA256       string
	Data         []byte // empty when listed
}

// SubmissionFilter selects submissions for the staff inbox. Zero fields do
// not filter.
type SubmissionFilter struct {
	Kind      SubmissionKind
	Status    SubmissionStatus
	UnitID    int64     // the handling unit
	DueBefore time.Time // deadline before this moment
	OverdueAt time.Time // only open submissions whose deadline passed before this moment
	DueAfter  time.Time // only submissions whose deadline is at or after this moment
	Query     string    // accent-insensitive search in code, title, content and sender's name
	Limit     int       // 0: 50
	Offset    int
}
