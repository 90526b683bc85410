package storage

import (
	"errors"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// Framework keys are stored with the criteria, read back, kept unique
// within a program; the link of a program to its framework and the
// framework's revision are stored too.
func TestFrameworkKeysAndLinkAreStored(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, units := commune(t, s)
		p := demoProgram(org, units)
		p.Groups[0].Criteria[0].FrameworkKey = "HT-01"
		p.Groups[1].Criteria[0].FrameworkKey = "NL-01"
		must(t, s.SaveProgram(ctx, &p))
		got, err := s.Program(ctx, p.ID)
		must(t, err)
		if k := got.Groups[0].Criteria[0].FrameworkKey; k != "HT-01" {
			t.Errorf("key of I.1 = %q", k)
		}
		if k := got.Groups[0].Criteria[1].FrameworkKey; k != "" {
			t.Errorf("key of I.2 = %q, want none", k)
		}

		dup := demoProgram(org, units)
		dup.Groups[0].Criteria[0].FrameworkKey = "HT-01"
		dup.Groups[1].Criteria[1].FrameworkKey = "HT-01"
		err = s.SaveProgram(ctx, &dup)
		wantCode(t, err, domain.Invalid)
		var de *domain.Error
		if !errors.As(err, &de) || len(de.Problems) != 1 || de.Problems[0].Field != "tiêu chí II.2" {
			t.Errorf("duplicate key refused with %v", err)
		}

		fw := demoProgram(org, units)
		fw.Number = "01-KH/BCĐ"
		must(t, s.SaveProgram(ctx, &fw))
		rev, err := s.BumpRevision(ctx, fw.ID)
		must(t, err)
		must(t, s.SetProgramFramework(ctx, p.ID, fw.ID, rev))
		adopted, err := s.AdoptedProgram(ctx, org.ID)
		must(t, err)
		if adopted.ID != p.ID || adopted.FrameworkID != fw.ID || adopted.FrameworkVersion != 1 {
			t.Errorf("adopted %d from %d at %d", adopted.ID, adopted.FrameworkID, adopted.FrameworkVersion)
		}
		if f, _ := s.Program(ctx, fw.ID); f.Revision != 1 || f.FrameworkID != 0 {
			t.Errorf("framework revision %d, framework id %d", f.Revision, f.FrameworkID)
		}
	})
}
