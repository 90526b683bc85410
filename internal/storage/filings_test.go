package storage

import (
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// issueFor stores an issued report of the commune for p and returns its ID.
func issueFor(t *testing.T, s *Store, org domain.Org, p domain.Period, at time.Time) int64 {
	t.Helper()
	ir := domain.IssuedReport{OrgID: org.ID, Kind: domain.ReportKindNQ57Monthly, Period: p, Number: "12",
		DocDate: domain.Date(2026, 3, 25), IssuedAt: at, IssuedBy: "lanhdao", DOCX: []byte("docx"), PDF: []byte("pdf"),
		Style: domain.PartyDocument, Symbol: "BC/ĐU"}
	must(t, s.SaveIssuedReport(t.Context(), &ir))
	return ir.ID
}

func TestFilingsKeepVersionsAndRefuseAStaleReview(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		march := domain.MonthPeriod(2026, 3)
		first := time.Date(2026, 3, 24, 3, 0, 0, 0, time.UTC)
		f := domain.Filing{CommuneID: org.ID, ProvinceID: org.ParentID, Kind: domain.ReportKindNQ57Monthly, Period: march,
			RequestID: 4, Due: domain.Date(2026, 3, 25), Status: domain.FilingSubmitted, FirstSubmittedAt: first, ChangedBy: "lanhdao"}
		snap := domain.Snapshot{Met: 8, Total: 39, Criteria: []domain.SnapshotCriterion{{Label: "I.1", Text: "5G", Status: domain.Met, Values: "96 %"}},
			Sections: []domain.SnapshotSection{{Title: "II. ĐÁNH GIÁ", Text: "Tốt."}}}
		must(t, s.AddFiling(ctx, &f, domain.FilingVersion{SubmittedAt: first, SubmittedBy: "lanhdao",
			IssuedReportID: issueFor(t, s, org, march, first), Number: "12-BC/ĐU", Snapshot: snap}))

		got, err := s.FilingOf(ctx, org.ID, domain.ReportKindNQ57Monthly, march)
		must(t, err)
		if got.ID != f.ID || got.Version != 1 || got.Versions != 1 || !got.Due.Equal(f.Due) || !got.FirstSubmittedAt.Equal(first) || got.RequestID != 4 {
			t.Errorf("filing read back = %+v, want %+v", got, f)
		}

		// The province returns it; a second reviewer on the older page is refused.
		stale := got
		got.Status, got.ReviewedBy, got.ReviewedAt, got.ReturnReason = domain.FilingReturned, "tinh-chuyenvien", first.Add(time.Hour), "Thiếu số liệu tiêu chí I.1"
		must(t, s.ReviewFiling(ctx, &got))
		stale.Status, stale.ReviewedBy, stale.ReviewedAt = domain.FilingAccepted, "tinh-lanhdao", first.Add(2*time.Hour)
		wantCode(t, s.ReviewFiling(ctx, &stale), domain.Stale)

		// Issued again: version 2, submitted again, the first submission kept.
		second := first.Add(24 * time.Hour)
		snap.Met = 9
		must(t, s.ResubmitFiling(ctx, &got, domain.FilingVersion{SubmittedAt: second, SubmittedBy: "lanhdao",
			IssuedReportID: issueFor(t, s, org, march, second), Number: "13-BC/ĐU", Snapshot: snap}))
		again, err := s.Filing(ctx, f.ID)
		must(t, err)
		if again.Status != domain.FilingSubmitted || again.Versions != 2 || !again.FirstSubmittedAt.Equal(first) ||
			!again.LastSubmittedAt.Equal(second) || again.Version != got.Version {
			t.Errorf("after a resubmission = %+v", again)
		}
		versions, err := s.FilingVersions(ctx, f.ID)
		must(t, err)
		if len(versions) != 2 || versions[0].N != 1 || versions[1].N != 2 || versions[0].Snapshot.Met != 8 ||
			versions[1].Snapshot.Met != 9 || versions[1].Number != "13-BC/ĐU" || versions[0].Snapshot.Criteria[0].Values != "96 %" {
			t.Errorf("versions = %+v", versions)
		}

		list, err := s.ProvinceFilings(ctx, org.ParentID, domain.ReportKindNQ57Monthly, 2026)
		must(t, err)
		if len(list) != 1 || list[0].ID != f.ID {
			t.Errorf("province filings of 2026 = %+v, want the one", list)
		}
		if list, _ := s.ProvinceFilings(ctx, org.ParentID, domain.ReportKindNQ57Monthly, 2025); len(list) != 0 {
			t.Errorf("province filings of 2025 = %+v, want none", list)
		}
		_, err = s.FilingOf(ctx, org.ID, domain.ReportKindNQ57Monthly, domain.MonthPeriod(2026, 4))
		wantCode(t, err, domain.NotFound)
	})
}

func TestLatestFilingVersionsReadsEachFilingsLastVersionOfThePeriod(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		ctx := t.Context()
		org, _ := commune(t, s)
		march, april := domain.MonthPeriod(2026, 3), domain.MonthPeriod(2026, 4)
		first := time.Date(2026, 3, 24, 3, 0, 0, 0, time.UTC)
		snap := func(met int) domain.Snapshot {
			return domain.Snapshot{Met: met, Criteria: []domain.SnapshotCriterion{{Label: "I.1", Key: "HT-01", Status: domain.Met,
				Targets: []domain.SnapshotTarget{{Unit: "%", Numerator: domain.Float(42), Denominator: domain.Float(50)}}}}}
		}
		f := domain.Filing{CommuneID: org.ID, ProvinceID: org.ParentID, Kind: domain.ReportKindNQ57Monthly, Period: march,
			RequestID: 4, Due: domain.Date(2026, 3, 25), Status: domain.FilingSubmitted, FirstSubmittedAt: first, ChangedBy: "lanhdao"}
		must(t, s.AddFiling(ctx, &f, domain.FilingVersion{SubmittedAt: first, SubmittedBy: "lanhdao",
			IssuedReportID: issueFor(t, s, org, march, first), Number: "12-BC/ĐU", Snapshot: snap(8)}))
		second := first.Add(24 * time.Hour)
		must(t, s.ResubmitFiling(ctx, &f, domain.FilingVersion{SubmittedAt: second, SubmittedBy: "lanhdao",
			IssuedReportID: issueFor(t, s, org, march, second), Number: "13-BC/ĐU", Snapshot: snap(9)}))

		got, err := s.LatestFilingVersions(ctx, org.ParentID, domain.ReportKindNQ57Monthly, march)
		must(t, err)
		if len(got) != 1 {
			t.Fatalf("latest versions of March = %+v, want one", got)
		}
		v := got[0]
		tg := v.Version.Snapshot.Criteria[0].Targets[0]
		if v.Filing.ID != f.ID || v.Filing.CommuneID != org.ID || v.Filing.Status != domain.FilingSubmitted || v.Version.N != 2 ||
			v.Version.Number != "13-BC/ĐU" || v.Version.Snapshot.Met != 9 || v.Version.Snapshot.Criteria[0].Key != "HT-01" ||
			*tg.Numerator != 42 || *tg.Denominator != 50 {
			t.Errorf("latest version of March = %+v", v)
		}
		if list, _ := s.LatestFilingVersions(ctx, org.ParentID, domain.ReportKindNQ57Monthly, april); len(list) != 0 {
			t.Errorf("latest versions of April = %+v, want none", list)
		}
	})
}
