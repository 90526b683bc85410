package pdf

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/nq57/nq57/internal/report"
)

var outDir = flag.String("out", "", "write the fixtures' PDFs to this directory, to look at them")

func fixtures() map[string]report.Model {
	return map[string]report.Model{"seed": seedModel(), "long": longModel(), "state": stateModel()}
}

// stateModel is the seed as a state (UBND) document: sub-motto, no star.
func stateModel() report.Model {
	m := seedModel()
	m.Layout = report.StateLayout()
	h := &m.Header
	h.SuperiorBody, h.IssuingBody, h.Star, h.Number = "ỦY BAN NHÂN DÂN", "XÃ XUÂN HƯNG", false, "Số:      /BC-UBND"
	h.Motto, h.SubMotto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
	m.Footer.Authority, m.Footer.Position = "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
	return m
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
