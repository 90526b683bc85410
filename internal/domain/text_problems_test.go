package domain_test

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// TextProblems names the field of a refused text with the reason CleanText
// gives, and finds nothing in a text CleanText keeps.
func TestTextProblemsAgreeWithCleanText(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text      string
		multiline bool
	}{{"Xuân Hưng", false}, {"a\x00b", false}, {"hai\ndòng", false}, {"hai\ndòng", true}, {"\xff", true}} {
		got := domain.TextProblems("ten", c.text, c.multiline)
		_, err := domain.CleanText("ten", c.text, c.multiline)
		switch {
		case err == nil && got != nil:
			t.Errorf("%q: problems %v for a text CleanText keeps", c.text, got)
		case err != nil && (len(got) != 1 || got[0].Field != "ten" || err.Error() != "Nội dung có ký tự không hợp lệ, chưa lưu gì.\n  - "+got[0].String()):
			t.Errorf("%q: problems %v, CleanText says %v", c.text, got, err)
		}
	}
}
