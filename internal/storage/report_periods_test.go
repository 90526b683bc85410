package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func TestOwnReportSettingsAreThePeriodRowAlone(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		defaults := demoDefaults(org.ID)
		must(t, s.SaveReportSettings(t.Context(), defaults))
		if _, ok, err := s.OwnReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar); err != nil || ok {
			t.Fatalf("March has no row of its own yet: ok=%v err=%v", ok, err)
		}
		march := domain.ReportSettings{OrgID: org.ID, Kind: domain.ReportKindNQ57Monthly, Period: mar,
			Number: "12", Date: domain.Date(2026, time.March, 31), Assessment: "Riêng tháng 3"}
		must(t, s.SaveReportSettings(t.Context(), march))
		got, ok, err := s.OwnReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, mar)
		must(t, err)
		march.Version = 1
		if !ok || !reflect.DeepEqual(got, march) {
			t.Errorf("March's own row:\n got %+v\nwant %+v", got, march)
		}
		own, ok, err := s.OwnReportSettings(t.Context(), org.ID, domain.ReportKindNQ57Monthly, domain.Period{})
		must(t, err)
		if !ok || own.Signer != defaults.Signer || own.Number != "" {
			t.Errorf("the zero period gives the defaults row, got %+v", own)
		}
		periods, err := s.ReportSettingsPeriods(t.Context(), org.ID, domain.ReportKindNQ57Monthly)
		must(t, err)
		if !reflect.DeepEqual(periods, []domain.Period{mar}) {
			t.Errorf("periods with own settings: %v, want [2026-03]", periods)
		}
		other, err := s.ReportSettingsPeriods(t.Context(), org.ID+1000, domain.ReportKindNQ57Monthly)
		if err != nil || len(other) != 0 {
			t.Errorf("another organisation has no periods: %v %v", other, err)
		}
	})
}

func TestPeriodLocksListsTheOrganisationsLocks(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		at := time.Date(2026, 3, 31, 8, 0, 0, 0, time.UTC)
		must(t, s.LockPeriod(t.Context(), domain.PeriodLock{OrgID: org.ID, Period: mar, LockedAt: at, LockedBy: "lanhdao"}))
		must(t, s.LockPeriod(t.Context(), domain.PeriodLock{OrgID: org.ID, Period: domain.Period{Kind: domain.Quarter, Year: 2026, N: 1}, LockedAt: at, LockedBy: "lanhdao"}))
		locks, err := s.PeriodLocks(t.Context(), org.ID)
		must(t, err)
		if len(locks) != 2 || locks[0].Period != mar || locks[0].LockedBy != "lanhdao" || !locks[0].LockedAt.Equal(at) {
			t.Fatalf("locks: %+v", locks)
		}
		must(t, s.UnlockPeriod(t.Context(), org.ID, mar))
		locks, err = s.PeriodLocks(t.Context(), org.ID)
		must(t, err)
		if len(locks) != 1 || locks[0].Period.Kind != domain.Quarter {
			t.Errorf("after unlocking March: %+v", locks)
		}
	})
}
