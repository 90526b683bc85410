package stats

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/calendar"
	"github.com/nq57/nq57/internal/domain"
)

// vn is a moment in Vietnam's time.
func vn(m time.Month, d, hour int) time.Time {
	return time.Date(2026, m, d, hour, 0, 0, 0, domain.Vietnam)
}

var (
	from = domain.Date(2026, 1, 1)
	to   = domain.Date(2026, 3, 31)
	asOf = vn(3, 28, 9)
)

// Units named so that byte order (D < V < Đ) and Vietnamese order (D < Đ < V)
// differ.
var units = []domain.Unit{
	{ID: 1, Name: "Đội Thuế"},
	{ID: 2, Name: "Văn phòng HĐND và UBND"},
	{ID: 3, Name: "Dân vận"},
}

func sample() []domain.Submission {
	const (
		fb  = domain.KindFeedback
		rec = domain.KindRecommendation
		ini = domain.KindInitiative
		ord = domain.KindProductOrder
	)
	return []domain.Submission{
		// A: answered in 5 days, on time.
		{ID: 1, Kind: fb, ReceivedAt: vn(1, 5, 8), Status: domain.SubmissionAnswered, AnsweredAt: vn(1, 10, 15), DueAt: vn(1, 20, 23), AssignedUnitID: 1},
		// B: answered in 20 days, late.
		{ID: 2, Kind: rec, ReceivedAt: vn(1, 10, 8), Status: domain.SubmissionPublished, AnsweredAt: vn(1, 30, 10), DueAt: vn(1, 25, 23), AssignedUnitID: 2},
		// C: answered in 3 days, on time, a near-duplicate of A.
		{ID: 3, Kind: ini, ReceivedAt: vn(2, 3, 8), Status: domain.SubmissionAnswered, AnsweredAt: vn(2, 6, 8), DueAt: vn(2, 28, 23), AssignedUnitID: 1, DuplicateOfID: 1},
		// D: in progress past its deadline: overdue.
		{ID: 4, Kind: fb, ReceivedAt: vn(3, 1, 8), Status: domain.SubmissionInProgress, DueAt: vn(3, 20, 23), AssignedUnitID: 3},
		// E: rejected, past its deadline but not overdue.
		{ID: 5, Kind: fb, ReceivedAt: vn(3, 2, 8), Status: domain.SubmissionRejected, DueAt: vn(3, 5, 23)},
		// F: new, deadline ahead.
		{ID: 6, Kind: ord, ReceivedAt: vn(3, 25, 8), Status: domain.SubmissionReceived, DueAt: vn(3, 30, 23)},
		// G: received before the range: ignored.
		{ID: 7, Kind: fb, ReceivedAt: time.Date(2025, 12, 15, 8, 0, 0, 0, domain.Vietnam), Status: domain.SubmissionReceived, DueAt: vn(1, 2, 23)},
		// H: answered after asOf: not answered yet as of asOf, not overdue.
		{ID: 8, Kind: ord, ReceivedAt: vn(3, 20, 8), Status: domain.SubmissionAnswered, AnsweredAt: vn(3, 29, 8), DueAt: vn(4, 10, 23)},
		// I: accepted, not assigned, past its deadline: overdue.
		{ID: 9, Kind: fb, ReceivedAt: vn(2, 4, 8), Status: domain.SubmissionAccepted, DueAt: vn(2, 10, 23)},
	}
}

func TestComputeCountsByHand(t *testing.T) {
	f := Compute(sample(), units, from, to, asOf)
	got := f.SubmissionCounts
	if want := (domain.SubmissionCounts{Received: 8, Answered: 3, OnTime: 2, Overdue: 2, Rejected: 1}); got != want {
		t.Errorf("totals %+v, want %+v", got, want)
	}
	if f.Duplicates != 1 {
		t.Errorf("duplicates %d, want 1", f.Duplicates)
	}
	if rate, ok := f.OnTimeRate(); !ok || rate != 2.0/3 {
		t.Errorf("on-time rate %v (%v), want 2/3", rate, ok)
	}
	// Days to answer: 5, 20 and 3; the median is 5.
	if f.MedianDays == nil || *f.MedianDays != 5 {
		t.Errorf("median days %v, want 5", f.MedianDays)
	}
	if f.MedianWorkingDays != nil {
		t.Errorf("median working days without a calendar: %v, want none", *f.MedianWorkingDays)
	}
}

func TestComputeByKindListsEveryKindInOrder(t *testing.T) {
	f := Compute(sample(), units, from, to, asOf)
	want := []KindFigures{
		{domain.KindFeedback, domain.SubmissionCounts{Received: 4, Answered: 1, OnTime: 1, Overdue: 2, Rejected: 1}},
		{domain.KindRecommendation, domain.SubmissionCounts{Received: 1, Answered: 1}},
		{domain.KindInitiative, domain.SubmissionCounts{Received: 1, Answered: 1, OnTime: 1}},
		{domain.KindSolution, domain.SubmissionCounts{}},
		{domain.KindBreakthrough, domain.SubmissionCounts{}},
		{domain.KindProductOrder, domain.SubmissionCounts{Received: 2}},
	}
	if !reflect.DeepEqual(f.ByKind, want) {
		t.Errorf("by kind\n got %+v\nwant %+v", f.ByKind, want)
	}
}

func TestComputeByUnitSortsVietnameseAndPutsUnassignedLast(t *testing.T) {
	f := Compute(sample(), units, from, to, asOf)
	want := []UnitFigures{
		{3, "Dân vận", domain.SubmissionCounts{Received: 1, Overdue: 1}},
		{1, "Đội Thuế", domain.SubmissionCounts{Received: 2, Answered: 2, OnTime: 2}},
		{2, "Văn phòng HĐND và UBND", domain.SubmissionCounts{Received: 1, Answered: 1}},
		{0, Unassigned, domain.SubmissionCounts{Received: 4, Overdue: 1, Rejected: 1}},
	}
	if !reflect.DeepEqual(f.ByUnit, want) {
		t.Errorf("by unit\n got %+v\nwant %+v", f.ByUnit, want)
	}
}

func TestComputeMonthByMonthCoversTheRange(t *testing.T) {
	f := Compute(sample(), units, from, to, asOf)
	want := []MonthFigures{
		{domain.MonthPeriod(2026, 1), domain.SubmissionCounts{Received: 2, Answered: 2, OnTime: 1}},
		{domain.MonthPeriod(2026, 2), domain.SubmissionCounts{Received: 2, Answered: 1, OnTime: 1, Overdue: 1}},
		{domain.MonthPeriod(2026, 3), domain.SubmissionCounts{Received: 4, Overdue: 1, Rejected: 1}},
	}
	if !reflect.DeepEqual(f.Months, want) {
		t.Errorf("months\n got %+v\nwant %+v", f.Months, want)
	}
}

func TestComputeMedianInWorkingDays(t *testing.T) {
	cal := calendar.New(calendar.Overrides2026())
	f := ComputeOn(cal, sample(), units, from, to, asOf)
	// A: Mon 5/1 → Sat 10/1, a Saturday worked in exchange for Fri 2/1: 5
	// working days; B: Sat 10/1 → Fri 30/1: 15; C: Tue 3/2 → Fri 6/2: 3.
	// The median is 5.
	if f.MedianWorkingDays == nil || *f.MedianWorkingDays != 5 {
		t.Errorf("median working days %v, want 5", f.MedianWorkingDays)
	}
	if *f.MedianDays != 5 {
		t.Errorf("median days %v, want 5", *f.MedianDays)
	}
}

func TestComputeEvenCountMedianIsTheMeanOfTheMiddleTwo(t *testing.T) {
	subs := []domain.Submission{
		{Kind: domain.KindFeedback, ReceivedAt: vn(3, 2, 8), Status: domain.SubmissionAnswered, AnsweredAt: vn(3, 4, 8)},
		{Kind: domain.KindFeedback, ReceivedAt: vn(3, 2, 8), Status: domain.SubmissionAnswered, AnsweredAt: vn(3, 7, 8)},
	}
	f := Compute(subs, nil, from, to, asOf)
	if f.MedianDays == nil || *f.MedianDays != 3.5 {
		t.Errorf("median of 2 and 5 days: %v, want 3.5", f.MedianDays)
	}
	if m := Median([]float64{10, 1, 4, 2}); m == nil || *m != 3 {
		t.Errorf("Median(10, 1, 4, 2) = %v, want 3", m)
	}
}

func TestComputeCountsDaysInVietnamTime(t *testing.T) {
	// Received 23:30 on 31/1 in Vietnam (16:30 UTC) and answered at 00:30 on
	// 1/2 in Vietnam: January's, answered the next day.
	subs := []domain.Submission{{Kind: domain.KindFeedback, ReceivedAt: time.Date(2026, 1, 31, 16, 30, 0, 0, time.UTC),
		Status: domain.SubmissionAnswered, AnsweredAt: time.Date(2026, 1, 31, 17, 30, 0, 0, time.UTC)}}
	f := Compute(subs, nil, from, to, asOf)
	if f.Months[0].Received != 1 || *f.MedianDays != 1 {
		t.Errorf("January received %d, median %v days; want 1 and 1", f.Months[0].Received, *f.MedianDays)
	}
}

func TestComputeWithNothingReceived(t *testing.T) {
	f := Compute(nil, units, from, to, asOf)
	if f.Received+f.Answered+f.OnTime+f.Overdue+f.Rejected+f.Duplicates != 0 {
		t.Errorf("figures of nothing: %+v", f)
	}
	if _, ok := f.OnTimeRate(); ok {
		t.Error("an on-time rate of nothing answered")
	}
	if f.MedianDays != nil {
		t.Errorf("a median of nothing: %v", *f.MedianDays)
	}
	if len(f.Months) != 3 || len(f.ByKind) != len(domain.SubmissionKinds) || len(f.ByUnit) != 0 {
		t.Errorf("rows of nothing: %d months, %d kinds, %d units; want 3, 6, 0", len(f.Months), len(f.ByKind), len(f.ByUnit))
	}
}

func TestComputeRowsAddUpToTheTotals(t *testing.T) {
	f := Compute(sample(), units, from, to, asOf)
	var kinds, unitsSum, months domain.SubmissionCounts
	for _, k := range f.ByKind {
		kinds = plus(kinds, k.SubmissionCounts)
	}
	for _, u := range f.ByUnit {
		unitsSum = plus(unitsSum, u.SubmissionCounts)
	}
	for _, m := range f.Months {
		months = plus(months, m.SubmissionCounts)
	}
	total := f.SubmissionCounts
	if kinds != total || unitsSum != total || months != total {
		t.Errorf("total %+v; by kind %+v, by unit %+v, by month %+v", total, kinds, unitsSum, months)
	}
}

func plus(a, b domain.SubmissionCounts) domain.SubmissionCounts {
	return a.Plus(b)
}
