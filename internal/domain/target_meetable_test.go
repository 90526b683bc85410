package domain

import "testing"

// A percentage target no value can meet is refused as "≥ 150 %" is: a
// value is at most 100 % and at least 0 %, so "> 100 %" and "< 0 %" are
// typing mistakes too; the targets at the edges that can be met stay.
func TestParseTargetsRefusesAPercentageNoValueMeets(t *testing.T) {
	for _, s := range []string{"> 100 %", "< 0 %"} {
		if _, err := ParseTargets(s); ErrorCode(err) != Invalid {
			t.Errorf("ParseTargets(%q) = %v, want it refused", s, err)
		}
	}
	for _, s := range []string{"≥ 100 %", "= 100 %", "≤ 0 %", "= 0 %", "> 99,5 %", "< 1 %", "> 100 người"} {
		if _, err := ParseTargets(s); err != nil {
			t.Errorf("ParseTargets(%q): %v", s, err)
		}
	}
}
