package pdf

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/report/reporttest"
)

var outDir = flag.String("out", "", "write the fixtures' PDFs to this directory, to look at them")

func fixtures() map[string]report.Model {
	return map[string]report.Model{"seed": reporttest.Seed(), "long": reporttest.Long(), "state": reporttest.State()}
}

// TestRenderFixtures writes seed.pdf and long.pdf when -out is given.
func TestRenderFixtures(t *testing.T) {
	if *outDir == "" {
		t.Skip("no -out directory")
	}
	for name, m := range fixtures() {
		f, err := os.Create(filepath.Join(*outDir, name+".pdf"))
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(f, m); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
