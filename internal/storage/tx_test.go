package storage

import (
	"errors"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestWithTxRollsBackOnError(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		boom := errors.New("boom")
		err := s.WithTx(t.Context(), func(tx *Store) error {
			renamed := org
			renamed.Name = "Đổi tên"
			must(t, tx.SaveOrg(t.Context(), &renamed))
			must(t, tx.SaveUnit(t.Context(), &domain.Unit{OrgID: org.ID, Code: "moi", Name: "Cơ quan mới"}))
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("WithTx returned %v, want fn's error", err)
		}
		assertUnchanged(t, s, org, 3)
	})
}

func TestWithTxRollsBackOnPanic(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		func() {
			defer func() {
				if recover() == nil {
					t.Error("panic did not go on up")
				}
			}()
			s.WithTx(t.Context(), func(tx *Store) error {
				must(t, tx.SaveUnit(t.Context(), &domain.Unit{OrgID: org.ID, Code: "moi", Name: "Cơ quan mới"}))
				panic("boom")
			})
		}()
		assertUnchanged(t, s, org, 3)
	})
}

func TestWithTxCommitsAndNests(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		err := s.WithTx(t.Context(), func(tx *Store) error {
			return tx.WithTx(t.Context(), func(inner *Store) error {
				if inner != tx {
					t.Error("nested WithTx made a new Store")
				}
				return inner.SaveUnit(t.Context(), &domain.Unit{OrgID: org.ID, Code: "moi", Name: "Cơ quan mới"})
			})
		})
		must(t, err)
		units, err := s.Units(t.Context(), org.ID)
		must(t, err)
		if len(units) != 4 {
			t.Errorf("after commit the org has %d units, want 4", len(units))
		}
	})
}

// assertUnchanged checks that org reads back as saved, with n units.
func assertUnchanged(t *testing.T, s *Store, org domain.Org, n int) {
	t.Helper()
	got, err := s.OrgByID(t.Context(), org.ID)
	must(t, err)
	if got != org {
		t.Errorf("org after rollback = %+v, want %+v", got, org)
	}
	units, err := s.Units(t.Context(), org.ID)
	must(t, err)
	if len(units) != n {
		t.Errorf("after rollback the org has %d units, want %d", len(units), n)
	}
}
