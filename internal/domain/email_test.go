package domain_test

import (
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestAnAccountsEmailIsOnePlainAddress(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, want, problem string
	}{
		{"", "", ""},
		{"  Lan.Nguyen@NinhBinh.gov.vn ", "lan.nguyen@ninhbinh.gov.vn", ""},
		{"lan", "lan", "không đúng"},
		{"Lan <lan@ninhbinh.gov.vn>", "lan <lan@ninhbinh.gov.vn>", "không đúng"},
		{"lan@localhost", "lan@localhost", "không đúng"},
		{strings.Repeat("a", 250) + "@x.vn", strings.Repeat("a", 250) + "@x.vn", "quá dài"},
	} {
		got, problem := domain.CleanEmail(c.in)
		if got != c.want || (c.problem == "") != (problem == "") || !strings.Contains(problem, c.problem) {
			t.Errorf("CleanEmail(%q) = %q, %q; want %q and a problem with %q", c.in, got, problem, c.want, c.problem)
		}
	}
}
