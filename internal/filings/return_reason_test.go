package filings_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
)

// A return's reason is text the commune reads in a notice and an e-mail:
// one with a control character, or longer than ReturnReasonMax, is refused
// on the field "reason" and the report stays submitted; one typed in
// decomposed Unicode is kept NFC.
func TestAReturnReasonIsCheckedAndKeptNFC(t *testing.T) {
	t.Parallel()
	demotest.Each(t, func(t *testing.T, fx *demotest.Fixture) {
		w := newWorld(t, fx)
		ctx := context.Background()
		w.issue(t, "12")
		f := w.filing(t)
		reviewer := w.inProvince("tinh-chuyenvien")
		for name, reason := range map[string]string{
			"a NUL":     "Bổ sung minh chứng\x00 tiêu chí II.6",
			"an escape": "Bổ sung minh chứng \x1b[31m tiêu chí II.6",
			"too long":  strings.Repeat("Bổ sung minh chứng. ", 1000),
		} {
			err := w.filings.Return(ctx, reviewer, f.ID, f.Version, reason)
			var de *domain.Error
			if domain.ErrorCode(err) != domain.Invalid || !errors.As(err, &de) || len(de.Problems) != 1 || de.Problems[0].Field != "reason" {
				t.Errorf("a reason with %s: %v, want a problem on the field reason", name, err)
			}
		}
		if got := w.filing(t); got.Status != domain.FilingSubmitted || got.Version != f.Version {
			t.Fatalf("after refused returns the filing is %s at version %d", got.Status, got.Version)
		}
		decomposed := "Bo\u0302\u0309 sung minh chu\u031b\u0301ng tie\u0302u chi\u0301 II.6"
		if err := w.filings.Return(ctx, reviewer, f.ID, f.Version, decomposed); err != nil {
			t.Fatal(err)
		}
		if got := w.filing(t).ReturnReason; got != domain.NFC(decomposed) || got == decomposed {
			t.Errorf("the reason kept is %q, want it NFC", got)
		}
	})
}
