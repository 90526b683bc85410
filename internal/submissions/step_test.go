package submissions_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/usecase"
)

// TestConcurrentStepsOnOneSubmissionOneWins has eight officials act on one
// submission at the same moment, all from the page drawn at version 1: four
// accept it, four turn it down. Exactly one step is taken (one history
// event, one audit entry); every other official is told, as Stale, who took
// it and where the submission stands.
func TestConcurrentStepsOnOneSubmissionOneWins(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f fixture) {
		sub := f.submit(t)
		ctx := context.Background()
		const n = 8
		errs := make([]error, n)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a, in := f.leader, submissions.StepInput{ID: sub.ID, Version: sub.Version, Action: domain.ActionAccept}
				if i%2 == 1 {
					a, in.Action, in.RejectReason = f.deputy, domain.ActionReject, "duplicate"
				}
				<-start
				_, errs[i] = f.svc.Step(ctx, a, in)
			}()
		}
		close(start)
		wg.Wait()
		won := -1
		for i, err := range errs {
			switch {
			case err == nil && won >= 0:
				t.Fatalf("steps %d and %d both succeeded", won, i)
			case err == nil:
				won = i
			case domain.ErrorCode(err) != domain.Stale:
				t.Errorf("step %d: %v, want a stale refusal", i, err)
			}
		}
		if won < 0 {
			t.Fatal("no step succeeded")
		}
		winner := f.leader
		if won%2 == 1 {
			winner = f.deputy
		}
		for i, err := range errs {
			var de *domain.Error
			if i == won || !errors.As(err, &de) {
				continue
			}
			if de.Current == nil || de.Current.By != winner.Name() || de.Current.Version != 2 || !strings.Contains(de.Message, winner.Name()) ||
				!strings.Contains(de.Message, sub.TrackingCode) {
				t.Errorf("step %d was told %q (%+v), want who won (%s)", i, de.Message, de.Current, winner.Name())
			}
		}
		after := f.load(t, sub.ID)
		if after.Version != 2 || after.ChangedBy != winner.Name() {
			t.Errorf("after the race: version %d, changed by %q", after.Version, after.ChangedBy)
		}
		if evs := f.events(t, sub.ID); len(evs) != 2 {
			t.Errorf("%d history events, want the first and one step", len(evs))
		}
		if got := f.audits(t, "submission."); got != 1 {
			t.Errorf("%d audit entries, want 1", got)
		}
	})
}

// TestStepFromAnOlderPageIsStale takes a step from a page drawn before
// another official extended the deadline: it is refused with who extended
// it, when and to what, and nothing of it is written.
func TestStepFromAnOlderPageIsStale(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f fixture) {
		ctx := context.Background()
		sub := f.submit(t)
		_, err := f.svc.Step(ctx, f.admin, submissions.StepInput{ID: sub.ID, Version: sub.Version, Action: domain.ActionExtend,
			Due: "2026-04-15", ExtendNote: "Chờ ý kiến của Sở."})
		must(t, err)
		_, err = f.svc.Step(ctx, f.leader, submissions.StepInput{ID: sub.ID, Version: sub.Version, Action: domain.ActionAccept})
		var de *domain.Error
		if !errors.As(err, &de) || de.Code != domain.Stale {
			t.Fatalf("a step from the older page: %v, want Stale", err)
		}
		for _, want := range []string{sub.TrackingCode, "Nguyễn Văn Quản", "09:00 ngày 28/03/2026", "Gia hạn: Mới tiếp nhận, hạn 15/04/2026"} {
			if !strings.Contains(de.Message, want) {
				t.Errorf("the refusal %q lacks %q", de.Message, want)
			}
		}
		if after := f.load(t, sub.ID); after.Status != domain.SubmissionReceived || after.Version != 2 {
			t.Errorf("after the refusal: %s at version %d", after.Status, after.Version)
		}
		_, err = f.svc.Step(ctx, f.leader, submissions.StepInput{ID: sub.ID, Action: domain.ActionAccept})
		if domain.ErrorCode(err) != domain.Invalid {
			t.Errorf("a step without a version: %v, want Invalid", err)
		}
	})
}

// TestConcurrentTemplateEditsOneWins saves one answer template from two
// pages drawn at the same version at once: one is saved, the other is told.
func TestConcurrentTemplateEditsOneWins(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f fixture) {
		ctx := context.Background()
		tpl, err := f.svc.SaveAnswerTemplate(ctx, f.admin, submissions.TemplateInput{Title: "Đã chuyển nhà mạng",
			Body: "Xã đã chuyển kiến nghị tới nhà mạng để khắc phục."})
		must(t, err)
		other := f.admin
		other.User.Name = "Quản trị thứ hai"
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i, a := range []usecase.Actor{f.admin, other} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = f.svc.SaveAnswerTemplate(ctx, a, submissions.TemplateInput{ID: tpl.ID, Version: tpl.Version,
					Title: tpl.Title, Body: "Bản sửa của " + a.Name() + ", đủ dài để hợp lệ."})
			}()
		}
		wg.Wait()
		if (errs[0] == nil) == (errs[1] == nil) {
			t.Fatalf("both or neither saved: %v / %v", errs[0], errs[1])
		}
		for _, err := range errs {
			if err != nil && domain.ErrorCode(err) != domain.Stale {
				t.Errorf("the loser: %v, want Stale", err)
			}
		}
		if got := f.audits(t, "answer_template."); got != 2 {
			t.Errorf("%d audit entries, want the add and one edit", got)
		}
	})
}
