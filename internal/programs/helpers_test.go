package programs

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// testNow is the clock of these tests: the demo's "now".
var testNow = demotest.Now()

// fixture is the demo commune with its accounts, on one engine.
type fixture struct {
	t     *testing.T
	demo  *demotest.Fixture
	store *storage.Store
	svc   *Service
	org   domain.Org
}

// eachFixture runs fn on the demo commune over every engine.
func eachFixture(t *testing.T, fn func(t *testing.T, f *fixture)) {
	demotest.Each(t, func(t *testing.T, d *demotest.Fixture) {
		fn(t, &fixture{t: t, demo: d, store: d.Store, svc: New(d.Env), org: d.Org})
	})
}

// as is the actor of a demo login.
func (f *fixture) as(login string) usecase.Actor {
	f.t.Helper()
	return f.demo.As(login)
}

// program returns the demo program as stored now.
func (f *fixture) program() domain.Program {
	f.t.Helper()
	p, err := f.store.ProgramByNumber(context.Background(), f.org.ID, "02-CTr/BCĐ")
	must(f.t, err)
	return p
}

// audits returns the demo commune's audit log, newest first.
func (f *fixture) audits() []domain.AuditEntry {
	f.t.Helper()
	log, err := f.store.AuditLog(context.Background(), f.org.ID, 1000, 0)
	must(f.t, err)
	return log
}

// exported returns the demo program's workbook after edit has changed it.
func (f *fixture) exported(edit func(x *excelize.File)) []byte {
	f.t.Helper()
	book, err := f.svc.ExportByNumber(context.Background(), f.as("lanhdao"), "")
	must(f.t, err)
	x, err := excelize.OpenReader(bytes.NewReader(book.Data))
	must(f.t, err)
	defer x.Close()
	edit(x)
	var buf bytes.Buffer
	must(f.t, x.Write(&buf))
	return buf.Bytes()
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// staleBy fails unless err refuses a stale save and names who won.
func staleBy(t *testing.T, err error, by, value string) {
	t.Helper()
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Stale || de.Current == nil {
		t.Fatalf("error %v, want a stale save refused", err)
	}
	if de.Current.By != by || !strings.Contains(de.Message, value) || !strings.Contains(de.Message, by) {
		t.Errorf("stale message %q (by %q), want %q and %q", de.Message, de.Current.By, by, value)
	}
}

// race runs the saves at the same moment and returns their errors: two
// people pressing "Lưu" on the same record together.
func race(saves ...func() error) []error {
	errs := make([]error, len(saves))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, save := range saves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = save()
		}()
	}
	close(start)
	wg.Wait()
	return errs
}

// oneWins fails unless exactly one of errs is nil and returns its index;
// the others must refuse a stale save naming the winner and its value.
func oneWins(t *testing.T, errs []error, names, values []string) int {
	t.Helper()
	winner := -1
	for i, err := range errs {
		if err == nil {
			if winner >= 0 {
				t.Fatalf("two saves against the same version went through")
			}
			winner = i
		}
	}
	if winner < 0 {
		t.Fatalf("no save went through: %v", errs)
	}
	for i, err := range errs {
		if i != winner {
			staleBy(t, err, names[winner], values[winner])
		}
	}
	return winner
}
