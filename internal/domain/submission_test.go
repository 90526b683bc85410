package domain_test

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestSubmissionAnsweredOnTime(t *testing.T) {
	due := time.Date(2026, 3, 20, 17, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		due      time.Time
		answered time.Time
		want     bool
	}{
		{"not answered", due, time.Time{}, false},
		{"answered before the deadline", due, due.Add(-48 * time.Hour), true},
		{"answered at the deadline", due, due, true},
		{"answered a second late", due, due.Add(time.Second), false},
		{"answered with no deadline set", time.Time{}, due, true},
		{"no deadline and no answer", time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := domain.Submission{Status: domain.SubmissionAnswered, DueAt: tt.due, AnsweredAt: tt.answered}
			if got := s.AnsweredOnTime(); got != tt.want {
				t.Errorf("AnsweredOnTime() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSubmissionOverdue(t *testing.T) {
	due := time.Date(2026, 3, 20, 17, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		status domain.SubmissionStatus
		due    time.Time
		now    time.Time
		want   bool
	}{
		{"being handled past its deadline", domain.SubmissionInProgress, due, due.Add(time.Hour), true},
		{"received and never touched past its deadline", domain.SubmissionReceived, due, due.AddDate(0, 1, 0), true},
		{"assigned before its deadline", domain.SubmissionAssigned, due, due.Add(-time.Hour), false},
		{"exactly at its deadline", domain.SubmissionAccepted, due, due, false},
		{"answered is never overdue", domain.SubmissionAnswered, due, due.AddDate(0, 1, 0), false},
		{"published is never overdue", domain.SubmissionPublished, due, due.AddDate(0, 1, 0), false},
		{"rejected is never overdue", domain.SubmissionRejected, due, due.AddDate(0, 1, 0), false},
		{"no deadline is never overdue", domain.SubmissionInProgress, time.Time{}, due.AddDate(1, 0, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := domain.Submission{Status: tt.status, DueAt: tt.due}
			if got := s.Overdue(tt.now); got != tt.want {
				t.Errorf("Overdue(%s) = %v, want %v", tt.now, got, tt.want)
			}
		})
	}
}

// A report drawn up as of 31 March asks whether a submission was overdue then;
// it was answered only on 10 April, so on 31 March it was unanswered and late.
// internal/report/submissions.go counts such a submission as pending and asks
// Overdue(AsOf), which looks at today's status instead of AnsweredAt.
func TestSubmissionOverdueAtAPastMoment(t *testing.T) {
	s := domain.Submission{
		Status:     domain.SubmissionAnswered,
		DueAt:      time.Date(2026, 3, 20, 17, 0, 0, 0, time.UTC),
		AnsweredAt: time.Date(2026, 4, 10, 9, 0, 0, 0, time.UTC),
	}
	asOf := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	if !s.Overdue(asOf) {
		t.Errorf("Overdue(%s) = false, want true: on that day it was unanswered past its deadline", asOf.Format(time.DateOnly))
	}
}

func TestSubmissionStatus(t *testing.T) {
	tests := []struct {
		status   domain.SubmissionStatus
		valid    bool
		answered bool
	}{
		{domain.SubmissionReceived, true, false},
		{domain.SubmissionAccepted, true, false},
		{domain.SubmissionRejected, true, false},
		{domain.SubmissionAssigned, true, false},
		{domain.SubmissionInProgress, true, false},
		{domain.SubmissionAnswered, true, true},
		{domain.SubmissionPublished, true, true},
		{"closed", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			if got := tt.status.Valid(); got != tt.valid {
				t.Errorf("Valid() = %v, want %v", got, tt.valid)
			}
			if got := tt.status.Answered(); got != tt.answered {
				t.Errorf("Answered() = %v, want %v", got, tt.answered)
			}
		})
	}
}

func TestSubmissionKind(t *testing.T) {
	tests := []struct {
		kind         domain.SubmissionKind
		label        string
		breakthrough bool
	}{
		{domain.KindFeedback, "phản ánh", false},
		{domain.KindRecommendation, "kiến nghị", false},
		{domain.KindInitiative, "sáng kiến", false},
		{domain.KindSolution, "giải pháp", false},
		{domain.KindBreakthrough, "tư duy, sáng kiến đột phá", true},
		{domain.KindProductOrder, "đặt hàng sản phẩm", true},
	}
	if len(tests) != len(domain.SubmissionKinds) {
		t.Fatalf("%d kinds known, %d tested", len(domain.SubmissionKinds), len(tests))
	}
	for i, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			if domain.SubmissionKinds[i] != tt.kind {
				t.Errorf("SubmissionKinds[%d] = %q, want %q (report order)", i, domain.SubmissionKinds[i], tt.kind)
			}
			if !tt.kind.Valid() {
				t.Error("Valid() = false, want true")
			}
			if got := tt.kind.Label(); got != tt.label {
				t.Errorf("Label() = %q, want %q", got, tt.label)
			}
			if got := tt.kind.Breakthrough(); got != tt.breakthrough {
				t.Errorf("Breakthrough() = %v, want %v", got, tt.breakthrough)
			}
		})
	}
	if domain.SubmissionKind("khac").Valid() {
		t.Error("an unknown kind should not be valid")
	}
}

func TestTaskOverdue(t *testing.T) {
	deadline := domain.Date(2026, 3, 20)
	tests := []struct {
		name     string
		status   domain.TaskStatus
		deadline time.Time
		today    time.Time
		want     bool
	}{
		{"open the day after its deadline", domain.TaskOpen, deadline, domain.Date(2026, 3, 21), true},
		{"open on its deadline day", domain.TaskOpen, deadline, deadline, false},
		{"open before its deadline", domain.TaskOpen, deadline, domain.Date(2026, 3, 19), false},
		{"done late is not overdue", domain.TaskDone, deadline, domain.Date(2026, 4, 30), false},
		{"cancelled is not overdue", domain.TaskCancelled, deadline, domain.Date(2026, 4, 30), false},
		{"open without a deadline is not overdue", domain.TaskOpen, time.Time{}, domain.Date(2030, 1, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			task := domain.Task{Title: "Rà soát hạ tầng 5G", Status: tt.status, Deadline: tt.deadline}
			if got := task.Overdue(tt.today); got != tt.want {
				t.Errorf("Overdue(%s) = %v, want %v", tt.today.Format(time.DateOnly), got, tt.want)
			}
		})
	}
}

// A deadline is a calendar day: a task due on 20 March is not late during 20
// March. Overdue compares instants, so a caller passing the clock's now (with a
// time of day) gets "overdue" on the deadline day itself.
func TestTaskNotOverdueDuringItsDeadlineDay(t *testing.T) {
	task := domain.Task{Status: domain.TaskOpen, Deadline: domain.Date(2026, 3, 20)}
	now := time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC)
	if task.Overdue(now) {
		t.Errorf("Overdue(%s) = true, want false on the deadline day", now)
	}
}

func TestMeetingKind(t *testing.T) {
	tests := []struct {
		kind    domain.MeetingKind
		valid   bool
		subject string
	}{
		{domain.MeetingCommittee, true, "Ban chỉ đạo"},
		{domain.MeetingStanding, true, "Thường trực Ban Chỉ đạo"},
		{domain.MeetingLeaders, true, "Lãnh đạo Ban Chỉ đạo"},
		{"other", false, "Ban chỉ đạo"},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			if got := tt.kind.Valid(); got != tt.valid {
				t.Errorf("Valid() = %v, want %v", got, tt.valid)
			}
			if got := tt.kind.Subject(); got != tt.subject {
				t.Errorf("Subject() = %q, want %q", got, tt.subject)
			}
		})
	}
}
