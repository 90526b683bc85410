package domain

import (
	"fmt"
	"time"
)

// EvidenceFile is a file uploaded as evidence of a criterion's progress in a
// period. Files live in the database, never on the server's disk, so that a
// backup of the database is a backup of everything and no upload can be
// reached by a path.
type EvidenceFile struct {
	ID          int64
	OrgID       int64
	CriterionID int64
	Period      Period
	Name        string // cleaned (CleanFileName)
	ContentType string
	Size        int64
	SHA256      string // hex; set when stored
	Data        []byte // empty when listed without content
	UploadedBy  string
	UploadedAt  time.Time
}

// ProgressChange is one change to the progress record of a criterion in a
// period: who made it, when, the record before and after (nil when there
// was none, or when it was cleared), and the version it gave the record.
type ProgressChange struct {
	ID          int64
	CriterionID int64
	Period      Period
	ChangedAt   time.Time
	ChangedBy   string
	Before      *Progress
	After       *Progress
	Version     int64 // 0 for changes recorded before versions were kept
}

// ByteSize writes a size for people: "12,5 MB", "800 KB", "12 byte".
func ByteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return FormatNumber(float64(n*10/(1<<20))/10) + " MB"
	case n >= 1<<10:
		return FormatNumber(float64(n/(1<<10))) + " KB"
	}
	return fmt.Sprintf("%d byte", n)
}
