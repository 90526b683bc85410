package commune

import (
	"strings"
	"testing"
)

// The grid's script asks the server and holds no rule of its own.
func TestDataScriptHasNoCopyOfTheRules(t *testing.T) {
	t.Parallel()
	script, err := files.ReadFile("static/data.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range []string{"threshold", "comparator", "parseFloat", "≥"} {
		if strings.Contains(string(script), rule) {
			t.Errorf("data.js holds %q: a second copy of the status rules", rule)
		}
	}
}
