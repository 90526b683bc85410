package entry

import "testing"

func TestDrawnTextRoundTrip(t *testing.T) {
	t.Parallel()
	v, fp := ParseDrawn(DrawnText(12, "9f86d081884c7d659a2feaa0"))
	if v != 12 || fp != "9f86d081884c7d659a2feaa0" {
		t.Errorf("round trip: %d %q", v, fp)
	}
	for _, bad := range []string{"", "abc", "-5-x", "x-12", "3"} {
		if v, fp := ParseDrawn(bad); v != 0 || fp != "" {
			t.Errorf("ParseDrawn(%q) = %d %q, want nothing", bad, v, fp)
		}
	}
	if id, ok := FileCriterion(Fields(42).File); !ok || id != 42 {
		t.Errorf("FileCriterion of row 42's file input: %d %v", id, ok)
	}
}
