package entry

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Two saves of the same cell at once, both drawn at the same version:
// exactly one is written, the other refused as stale, on both engines.
func TestConcurrentSavesOfOneCellExactlyOneWins(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		actors := []usecase.Actor{f.as(t, "quantri"), f.as(t, "lanhdao")}
		for _, label := range []string{"II.6", "I.1", "III.3", "I.2"} {
			c := f.criterion(t, label)
			drawn := f.row(t, actors[0], c)
			results := make([]SaveResult, len(actors))
			errs := make([]error, len(actors))
			var wg sync.WaitGroup
			for i, a := range actors {
				wg.Add(1)
				go func() {
					defer wg.Done()
					in := SaveInput{Period: march, Rows: []RowInput{typed(drawn, strconv.Itoa(60+i))}}
					results[i], errs[i] = f.uc.Save(t.Context(), a, in)
				}()
			}
			wg.Wait()
			won := -1
			for i := range actors {
				if errs[i] != nil {
					t.Fatalf("%s: save %d: %v", label, i, errs[i])
				}
				switch {
				case results[i].Saved == 1 && len(results[i].Refused) == 0:
					if won >= 0 {
						t.Fatalf("%s: both saves were written", label)
					}
					won = i
				case results[i].Saved == 0 && len(results[i].Refused) == 1 && results[i].Refused[0].Err.Code == domain.Stale:
				default:
					t.Fatalf("%s: save %d: %+v", label, i, results[i])
				}
			}
			if won < 0 {
				t.Fatalf("%s: both saves were refused", label)
			}
			if got := f.valueOf(t, c); got != float64(60+won) {
				t.Errorf("%s holds %v, want the winner's %d", label, got, 60+won)
			}
			lost := results[1-won].Refused[0].Err
			if !strings.Contains(lost.Message, actors[won].Name()) || lost.Current == nil || lost.Current.Version != drawn.Version+1 {
				t.Errorf("%s: the refusal does not show the winner's change: %s %+v", label, lost.Message, lost.Current)
			}
			history, err := f.store.ProgressHistory(t.Context(), f.org.ID, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(history) != 1 || history[0].Version != drawn.Version+1 || history[0].ChangedBy != actors[won].Name() {
				t.Errorf("%s: history %+v, want the winner's one change", label, history)
			}
		}
	})
}

// A record cleared and entered again goes on counting versions, so a page
// drawn before the clear cannot overwrite the new record unseen.
func TestVersionsDoNotRepeatAfterARecordIsCleared(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		a := f.as(t, "quantri")
		c := f.criterion(t, "II.6")
		save := func(in RowInput) SaveResult {
			t.Helper()
			res, err := f.uc.Save(t.Context(), a, SaveInput{Period: march, Rows: []RowInput{in}})
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		save(typed(f.row(t, a, c), "60"))
		old := f.row(t, a, c) // a page drawn with II.6 = 60
		save(typed(f.row(t, a, c), ""))
		if f.valueOf(t, c) != -1 {
			t.Fatal("clearing II.6 left a record")
		}
		save(typed(f.row(t, a, c), "60"))
		if v := f.row(t, a, c).Version; v != old.Version+2 {
			t.Errorf("II.6 entered again has version %d, want %d", v, old.Version+2)
		}
		res := save(typed(old, "80"))
		if len(res.Refused) != 1 || res.Saved != 0 {
			t.Errorf("a page drawn before the clear overwrote the new record: %+v", res)
		}
		if got := f.valueOf(t, c); got != 60 {
			t.Errorf("II.6 = %v, want 60", got)
		}
	})
}

// A row posted as it was drawn is not a change, whatever the record holds
// now; a row typed into writes only when its version still stands.
func TestSaveWritesOnlyWhatThePersonChanged(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		a, b := f.as(t, "quantri"), f.as(t, "lanhdao")
		literacy, cadres := f.criterion(t, "II.6"), f.criterion(t, "II.1")
		pageA := []GridRow{f.row(t, a, literacy), f.row(t, a, cadres)}
		if _, err := f.uc.Save(t.Context(), b, SaveInput{Period: march, Rows: []RowInput{typed(f.row(t, b, literacy), "60")}}); err != nil {
			t.Fatal(err)
		}
		asDrawn := RowInput{CriterionID: literacy.ID, Version: pageA[0].Version, Drawn: pageA[0].Drawn, Targets: []TargetInput{{}}}
		res, err := f.uc.Save(t.Context(), a, SaveInput{Period: march, Rows: []RowInput{asDrawn, typed(pageA[1], "90")}})
		if err != nil {
			t.Fatal(err)
		}
		if res.Saved != 1 || len(res.Refused) != 0 {
			t.Errorf("result %+v, want II.1 saved alone", res)
		}
		if f.valueOf(t, literacy) != 60 || f.valueOf(t, cadres) != 90 {
			t.Errorf("II.6 = %v (want B's 60), II.1 = %v (want 90)", f.valueOf(t, literacy), f.valueOf(t, cadres))
		}
		audit, err := f.store.AuditLog(t.Context(), f.org.ID, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(audit) != 2 || audit[0].UserName != "quantri" || !strings.Contains(audit[0].After, "II.1") || strings.Contains(audit[0].After, "II.6") {
			t.Errorf("audit = %+v", audit)
		}
	})
}

func TestSaveRefusals(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		fiveG, literacy := f.criterion(t, "I.1"), f.criterion(t, "II.6")
		admin, staff, viewer := f.as(t, "quantri"), f.as(t, "vanhoa"), f.as(t, "xem")
		tests := []struct {
			name  string
			actor usecase.Actor
			in    SaveInput
			code  domain.Code
		}{
			{"a viewer", viewer, SaveInput{Period: march, Rows: []RowInput{typed(f.row(t, admin, literacy), "60")}}, domain.Forbidden},
			{"staff on another unit's criterion", staff, SaveInput{Period: march, Rows: []RowInput{typed(f.row(t, admin, fiveG), "99")}}, domain.Forbidden},
			{"a criterion of no program of the commune", admin, SaveInput{Period: march, Rows: []RowInput{{CriterionID: 99999999}}}, domain.NotFound},
			{"a half-year", admin, SaveInput{Period: domain.Period{Kind: domain.Half, Year: 2026, N: 1}}, domain.Invalid},
			{"a year without a program", admin, SaveInput{Period: domain.MonthPeriod(2025, 3)}, domain.NotFound},
			{"a percentage above 100", admin, SaveInput{Period: march, Rows: []RowInput{typed(f.row(t, admin, literacy), "120")}}, domain.Invalid},
			{"a file of a row not in the save", admin, SaveInput{Period: march, Files: []FileInput{{CriterionID: literacy.ID, Name: "a.pdf", Data: []byte("%PDF-1.4")}}}, domain.NotFound},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := f.uc.Save(t.Context(), tt.actor, tt.in)
				if got := domain.ErrorCode(err); got != tt.code {
					t.Errorf("error %v (%s), want %s", err, got, tt.code)
				}
			})
		}
		if f.valueOf(t, literacy) != -1 {
			t.Error("a refused save wrote II.6")
		}
		if err := f.store.LockPeriod(t.Context(), domain.PeriodLock{OrgID: f.org.ID, Period: march, LockedAt: testNow, LockedBy: "lanhdao"}); err != nil {
			t.Fatal(err)
		}
		_, err := f.uc.Save(t.Context(), admin, SaveInput{Period: march, Rows: []RowInput{typed(f.row(t, admin, literacy), "60")}})
		if domain.ErrorCode(err) != domain.Conflict || !strings.Contains(err.Error(), "số liệu tháng 3 năm 2026 đã khóa") {
			t.Errorf("a locked period: %v", err)
		}
	})
}

// A value stored before a rule existed (150 % from an old import) does not
// block the saves of the rest of the grid; typing into it is checked.
func TestAnUntouchedRowIsNotCheckedAgain(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		a := f.as(t, "quantri")
		cadres, literacy := f.criterion(t, "II.1"), f.criterion(t, "II.6")
		old := []domain.Progress{{CriterionID: cadres.ID, Period: march, Values: []domain.Measurement{{Value: domain.Float(150)}}}}
		if err := f.store.SaveProgress(t.Context(), old); err != nil {
			t.Fatal(err)
		}
		legacy := f.row(t, a, cadres)
		asDrawn := RowInput{CriterionID: cadres.ID, Version: legacy.Version, Drawn: legacy.Drawn, Targets: []TargetInput{{Value: "150"}}}
		res, err := f.uc.Save(t.Context(), a, SaveInput{Period: march, Rows: []RowInput{asDrawn, typed(f.row(t, a, literacy), "60")}})
		if err != nil || res.Saved != 1 {
			t.Fatalf("a save next to an old 150 %%: %+v, %v", res, err)
		}
		_, err = f.uc.Save(t.Context(), a, SaveInput{Period: march, Rows: []RowInput{typed(legacy, "160")}})
		if domain.ErrorCode(err) != domain.Invalid {
			t.Errorf("typing 160 %% into it: %v", err)
		}
	})
}
