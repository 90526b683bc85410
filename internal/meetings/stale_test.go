package meetings

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// atOnce runs the calls at the same moment and returns their errors.
func atOnce(calls ...func() error) []error {
	errs := make([]error, len(calls))
	var wg sync.WaitGroup
	for i, call := range calls {
		wg.Go(func() { errs[i] = call() })
	}
	wg.Wait()
	return errs
}

// oneWins checks that exactly one of errs is nil and the others are Stale
// refusals naming the winner, and returns the winner's index.
func oneWins(t *testing.T, errs []error, names []string) int {
	t.Helper()
	won := -1
	for i, err := range errs {
		if err == nil {
			if won >= 0 {
				t.Fatalf("two saves from the same version both went through: %v", errs)
			}
			won = i
		}
	}
	if won < 0 {
		t.Fatalf("no save went through: %v", errs)
	}
	for i, err := range errs {
		if i == won {
			continue
		}
		if domain.ErrorCode(err) != domain.Stale || !strings.Contains(err.Error(), "vừa được "+names[won]+" sửa") {
			t.Errorf("save %d: %v, want a stale refusal naming %s", i, err, names[won])
		}
	}
	return won
}

func TestTwoPeopleSavingOneMeetingAtOnce(t *testing.T) {
	t.Parallel()
	eachDemo(t, func(t *testing.T, svc *Service, m domain.Meeting, people []usecase.Actor) {
		ctx := context.Background()
		in := func(content string) MeetingInput {
			return MeetingInput{Date: "2026-03-12", Kind: string(m.Kind), Chair: m.Chair, Content: content, Version: m.Version}
		}
		errs := atOnce(
			func() error {
				_, err := svc.Update(ctx, people[0], m.ID, in("nội dung của lãnh đạo"))
				return err
			},
			func() error { _, err := svc.Update(ctx, people[1], m.ID, in("nội dung của cán bộ")); return err },
		)
		won := oneWins(t, errs, []string{"Bùi Thị Hồng Chiên", "Lê Văn Nam"})
		got, err := svc.Meeting(ctx, people[0], m.ID)
		must(t, err)
		want := []string{"nội dung của lãnh đạo", "nội dung của cán bộ"}[won]
		if got.Meeting.Content != want || got.Meeting.Version != m.Version+1 || len(got.Meeting.Tasks) != len(m.Tasks) {
			t.Errorf("stored: %+v", got.Meeting)
		}
		if !strings.Contains(errs[1-won].Error(), want) {
			t.Errorf("the refusal does not show the meeting now: %v", errs[1-won])
		}
	})
}

func TestTwoPeopleChangingOneTaskAtOnce(t *testing.T) {
	t.Parallel()
	eachDemo(t, func(t *testing.T, svc *Service, m domain.Meeting, people []usecase.Actor) {
		ctx := context.Background()
		task := m.Tasks[1]
		errs := atOnce(
			func() error {
				_, err := svc.SetTaskStatus(ctx, people[0], task.ID, TaskStatusInput{Status: "done", Version: task.Version})
				return err
			},
			func() error {
				_, err := svc.SetTaskStatus(ctx, people[1], task.ID, TaskStatusInput{Status: "cancelled", Version: task.Version})
				return err
			},
		)
		won := oneWins(t, errs, []string{"Bùi Thị Hồng Chiên", "Lê Văn Nam"})
		label := []string{"Đã hoàn thành", "Đã hủy"}[won]
		if !strings.Contains(errs[1-won].Error(), "nay là “"+label+"”") {
			t.Errorf("the refusal does not show the status now: %v", errs[1-won])
		}
	})
}

// A meeting's edit and a task added at the same time both stay: editing the
// meeting no longer writes its tasks back.
func TestEditingAMeetingKeepsATaskAddedMeanwhile(t *testing.T) {
	t.Parallel()
	eachDemo(t, func(t *testing.T, svc *Service, m domain.Meeting, people []usecase.Actor) {
		ctx := context.Background()
		for i := range 4 {
			errs := atOnce(
				func() error {
					d, err := svc.Meeting(ctx, people[0], m.ID)
					if err != nil {
						return err
					}
					_, err = svc.Update(ctx, people[0], m.ID, MeetingInput{Date: "2026-03-12", Kind: string(m.Kind), Content: fmt.Sprint("lần ", i), Version: d.Meeting.Version})
					return err
				},
				func() error {
					_, err := svc.AddTask(ctx, people[1], m.ID, TaskInput{Title: fmt.Sprint("nhiệm vụ ", i), UnitText: "VPĐU", Deadline: "2026-04-30"})
					return err
				},
			)
			for _, err := range errs {
				must(t, err)
			}
		}
		got, err := svc.Meeting(ctx, people[0], m.ID)
		must(t, err)
		if len(got.Meeting.Tasks) != len(m.Tasks)+4 {
			t.Errorf("%d tasks, want %d: a meeting edit dropped a task added meanwhile", len(got.Meeting.Tasks), len(m.Tasks)+4)
		}
	})
}
