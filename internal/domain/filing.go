package domain

import (
	"time"
)

// FilingStatus is where a commune's submitted report stands with its province.
type FilingStatus string

const (
	FilingSubmitted FilingStatus = "submitted" // sent, not reviewed yet
	FilingReturned  FilingStatus = "returned"  // sent back for correction, with a reason
	FilingAccepted  FilingStatus = "accepted"  // received (tiếp nhận): the period stays locked
)

// Label names the status as the province's and the commune's screens do.
func (s FilingStatus) Label() string {
	switch s {
	case FilingSubmitted:
		return "Đã nộp, chờ tiếp nhận"
	case FilingReturned:
		return "Bị trả lại"
	case FilingAccepted:
		return "Đã tiếp nhận"
	}
	return string(s)
}

// Filing is one commune's report of one period as submitted to its
// province: made by the first issue of a requested period, sent again (a new
// version) by each issue after a return, and reviewed by the province.
type Filing struct {
	ID         int64
	CommuneID  int64
	ProvinceID int64
	Kind       string // the report's kind: ReportKindNQ57Monthly
	Period     Period
	RequestID  int64     // the province's request the report answers
	Due        time.Time // the calendar day (in Vietnam) by which it was due

	Status FilingStatus
	// FirstSubmittedAt is when the first version came: it never changes, and
	// timeliness is judged on it, whatever returns follow.
	FirstSubmittedAt time.Time
	LastSubmittedAt  time.Time
	Versions         int // how many versions were submitted, the latest is number Versions

	ReviewedBy   string    // who accepted or returned it last; "" before any review
	ReviewedAt   time.Time // and when
	ReturnReason string    // why it was returned last

	// Version counts the changes to the filing (submissions and reviews), so
	// that a reviewer's accept or return made on an older page is refused.
	Version   int64
	ChangedBy string
	ChangedAt time.Time
}

// OnTime reports whether the first version came on or before the due day,
// the day read in Vietnam.
func (f Filing) OnTime() bool {
	return !Today(f.FirstSubmittedAt).After(f.Due)
}

// LateDays is how many working days after the due day the first version
// came, by the calendar cal: 0 when on time, at least 1 when late (a report
// sent on the Saturday after a Friday due day is late, by one day).
func (f Filing) LateDays(cal WorkingDayCounter) int {
	if f.OnTime() {
		return 0
	}
	return max(1, cal.WorkingDaysBetween(f.Due, Today(f.FirstSubmittedAt)))
}

// Revision is the filing as it stands, for the message that refuses a stale
// review.
func (f Filing) Revision() Revision {
	return Revision{Version: f.Version, By: f.ChangedBy, At: f.ChangedAt, Value: UpperFirst(f.Status.Label())}
}

// FilingVersion is one submission of a filing: the issued report (whose
// DOCX and PDF issued_reports keeps byte for byte) and what it said, as a
// snapshot the province reads and compares without opening the documents.
type FilingVersion struct {
	FilingID       int64
	N              int // 1, 2, … in the order submitted
	SubmittedAt    time.Time
	SubmittedBy    string // the login of the leader who issued it
	IssuedReportID int64
	Number         string // the document's number as written: "12-BC/ĐU"
	Snapshot       Snapshot
}

// Snapshot is what a submitted report said, in figures and text.
type Snapshot struct {
	Criteria    []SnapshotCriterion
	Met, Total  int
	Meetings    int // meetings held in the period
	Submissions []SnapshotCount
	Sections    []SnapshotSection // the narrative, section by section
}

// SnapshotCriterion is one criterion as the report stood on it.
type SnapshotCriterion struct {
	Label  string // "II.6"
	Text   string
	Status Status
	Values string // the values in force, as people read them: "42/42 (100 %)", "—"
	// Key is the framework key the criterion was adopted with ("HT-01"): ""
	// for a criterion of the commune's own, and in a snapshot taken before
	// keys were kept. Only keyed criteria are consolidated.
	Key string `json:",omitempty"`
	// Targets are the numbers in force, one per target of the criterion in
	// order; none for a qualitative criterion, and none in a snapshot taken
	// before they were kept (then only Values says what was measured).
	Targets []SnapshotTarget `json:",omitempty"`
}

// SnapshotTarget is what was in force for one target of a criterion at the
// end of the period: a value in the target's unit or, for a percentage, a
// numerator and denominator. A nil number is one not measured.
type SnapshotTarget struct {
	Unit        string   `json:",omitempty"` // "%", "người"
	Label       string   `json:",omitempty"` // what is measured when a criterion has several: "giáo viên"
	Value       *float64 `json:",omitempty"`
	Numerator   *float64 `json:",omitempty"`
	Denominator *float64 `json:",omitempty"`
}

// Measurement is the target's numbers as a measurement, to read its amount.
func (t SnapshotTarget) Measurement() Measurement {
	return Measurement{Value: t.Value, Numerator: t.Numerator, Denominator: t.Denominator}
}

// SnapshotCount is how many submissions of a kind stood at a status.
type SnapshotCount struct {
	Kind   string // the kind's label: "Phản ánh"
	Status string // the status's label
	Count  int
}

// SnapshotSection is one section of the report's text: its heading and its
// paragraphs, one a line.
type SnapshotSection struct {
	Title string
	Text  string
}
