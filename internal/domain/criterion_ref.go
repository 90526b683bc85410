package domain

// CriterionRef says where a criterion sits: its group, program and
// organisation, so that a use case given a criterion ID can check that it
// belongs to the actor's organisation before doing anything.
type CriterionRef struct {
	ID        int64
	GroupID   int64
	ProgramID int64
	OrgID     int64
	Label     string // "II.3"
}
