package domain

import "time"

// DeadlineStage is a stage of handling that has its own deadline.
type DeadlineStage string

const (
	StageAccept DeadlineStage = "accept" // decide whether to accept a new submission
	StageAnswer DeadlineStage = "answer" // answer an accepted submission
)

// DeadlineStages lists the stages in handling order.
var DeadlineStages = []DeadlineStage{StageAccept, StageAnswer}

// Label names the stage in Vietnamese.
func (s DeadlineStage) Label() string {
	if s == StageAccept {
		return "Xem xét tiếp nhận"
	}
	return "Trả lời"
}

// DeadlineRule is how long a stage may take for a kind of submission: a number
// of working days (weekends, holidays and days off excluded) or calendar days.
// The rules of pakn.nq57.vn were not published where we could read them, so
// every organisation may set its own; DefaultDeadlineRules are the fallback.
type DeadlineRule struct {
	OrgID   int64
	Kind    SubmissionKind
	Stage   DeadlineStage
	Days    int
	Working bool
}

// DefaultDeadlineRules returns the rules used where an organisation has set
// none: 3 working days to accept; 15 working days to answer feedback and
// recommendations, 30 for initiatives, solutions, ideas and product orders,
// which need study.
func DefaultDeadlineRules() []DeadlineRule {
	var out []DeadlineRule
	for _, k := range SubmissionKinds {
		out = append(out, DeadlineRule{Kind: k, Stage: StageAccept, Days: 3, Working: true})
		answer := 15
		if k != KindFeedback && k != KindRecommendation {
			answer = 30
		}
		out = append(out, DeadlineRule{Kind: k, Stage: StageAnswer, Days: answer, Working: true})
	}
	return out
}

// RuleFor returns the rule for a kind and stage from rules, or the default.
func RuleFor(rules []DeadlineRule, k SubmissionKind, s DeadlineStage) DeadlineRule {
	for _, r := range rules {
		if r.Kind == k && r.Stage == s {
			return r
		}
	}
	for _, r := range DefaultDeadlineRules() {
		if r.Kind == k && r.Stage == s {
			return r
		}
	}
	return DeadlineRule{Kind: k, Stage: s, Days: 15, Working: true}
}

// CalendarOverride is a change to the working calendar of one day: an extra
// day off, or a Saturday or Sunday worked in exchange.
type CalendarOverride struct {
	OrgID int64
	Date  time.Time
	Off   bool
	Note  string
}

// AnswerTemplate is a reusable answer text. Version counts its changes (1
// when added); a save or a delete names the version it was made against and
// is refused as Stale when someone changed the template since.
type AnswerTemplate struct {
	ID        int64
	OrgID     int64
	Title     string
	Body      string
	Version   int64
	ChangedBy string
	ChangedAt time.Time
}
