package submissions_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// Two administrators renaming two answer templates to the same title at
// once: one is saved, the other is told the title is taken (a problem of
// the title field), on PostgreSQL too.
func TestTwoTemplatesRenamedToOneTitleAtOnce(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f fixture) {
		ctx := context.Background()
		for round := range 5 { // the race is narrow: run it a few times
			var pair []domain.AnswerTemplate
			for _, side := range []string{"A", "B"} {
				tpl, err := f.svc.SaveAnswerTemplate(ctx, f.admin, submissions.TemplateInput{Title: fmt.Sprintf("Mẫu %s%d", side, round),
					Body: "Xã đã tiếp nhận và chuyển tới đơn vị xử lý."})
				must(t, err)
				pair = append(pair, tpl)
			}
			errs := make([]error, 2)
			var wg sync.WaitGroup
			for i, tpl := range pair {
				wg.Go(func() {
					_, errs[i] = f.svc.SaveAnswerTemplate(ctx, f.admin, submissions.TemplateInput{ID: tpl.ID, Version: tpl.Version,
						Title: fmt.Sprint("Cùng một tên ", round), Body: tpl.Body})
				})
			}
			wg.Wait()
			if (errs[0] == nil) == (errs[1] == nil) {
				t.Fatalf("both or neither renamed: %v / %v", errs[0], errs[1])
			}
			for _, err := range errs {
				var de *domain.Error
				if err != nil && (!errors.As(err, &de) || de.Code != domain.Invalid || len(de.Problems) != 1 || de.Problems[0].Field != "title") {
					t.Fatalf("the second rename: %v, want the title's problem", err)
				}
			}
		}
	})
}
