package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

func demoSubmission(orgID int64, code string, received time.Time) domain.Submission {
	return domain.Submission{
		OrgID: orgID, TrackingCode: code, Kind: domain.KindFeedback, Channel: domain.ChannelPakn,
		Field: "Chuyển đổi số", Title: "Đề nghị phủ sóng 5G thôn Trà Lũ",
		Content:    "Thôn Trà Lũ chưa có sóng 5G ổn định.",
		SenderName: "Nguyễn Văn Đức", SenderAddress: "Thôn Trà Lũ, xã Xuân Hưng",
		SenderPhone: "0912345678", SenderEmail: "duc@example.vn", SenderNationalID: "037090001234",
		ReceivedAt: received, Status: domain.SubmissionReceived,
	}
}

func TestSubmissionRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		sub := demoSubmission(org.ID, "PAKN-2026-0001", time.Date(2026, 3, 5, 2, 3, 4, 567000, time.UTC))
		sub.DueAt = time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC)
		must(t, s.SaveSubmission(t.Context(), &sub))
		if sub.ID == 0 {
			t.Fatal("ID not set")
		}
		sub.Status, sub.AnsweredAt = domain.SubmissionAnswered, time.Date(2026, 3, 18, 3, 0, 0, 0, time.UTC)
		must(t, s.SaveSubmission(t.Context(), &sub))

		got, err := s.Submissions(t.Context(), org.ID, domain.Date(2026, time.March, 1), domain.Date(2026, time.March, 31))
		must(t, err)
		if !reflect.DeepEqual(got, []domain.Submission{sub}) {
			t.Errorf("Submissions read back differs:\n got %+v\nwant %+v", got, []domain.Submission{sub})
		}
	})
}

func TestSubmissionsCountTheDayInVietnam(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		received time.Time
		inMarch  bool
	}{
		{"00:00 on 1 March in Vietnam (17:00 UTC on 28 Feb)", time.Date(2026, 2, 28, 17, 0, 0, 0, time.UTC), true},
		{"23:59:59 on 28 Feb in Vietnam", time.Date(2026, 2, 28, 16, 59, 59, 0, time.UTC), false},
		{"23:59:59 on 31 March in Vietnam", time.Date(2026, 3, 31, 16, 59, 59, 999999000, time.UTC), true},
		{"00:00 on 1 April in Vietnam (still 31 March in UTC)", time.Date(2026, 3, 31, 17, 0, 0, 0, time.UTC), false},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				sub := demoSubmission(org.ID, "", tt.received)
				must(t, s.SaveSubmission(t.Context(), &sub))
				got, err := s.Submissions(t.Context(), org.ID, domain.Date(2026, time.March, 1), domain.Date(2026, time.March, 31))
				must(t, err)
				found := false
				for _, g := range got {
					found = found || g.ID == sub.ID
				}
				if found != tt.inMarch {
					t.Errorf("received %s: in March = %v, want %v", tt.received, found, tt.inMarch)
				}
			})
		}
	})
}

func TestSubmissionTrackingCodeIsUnique(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		at := time.Date(2026, 3, 5, 2, 0, 0, 0, time.UTC)
		first := demoSubmission(org.ID, "PAKN-1", at)
		must(t, s.SaveSubmission(t.Context(), &first))
		dup := demoSubmission(org.ID, "PAKN-1", at)
		wantCode(t, s.SaveSubmission(t.Context(), &dup), domain.Conflict)
		must(t, s.SaveSubmission(t.Context(), &first)) // saving itself again is no clash

		for i := 0; i < 2; i++ { // many submissions may have no code
			none := demoSubmission(org.ID, "", at)
			must(t, s.SaveSubmission(t.Context(), &none))
		}
		if n := countRows(t, s, "submissions"); n != 3 {
			t.Errorf("submissions table has %d rows, want 3", n)
		}
	})
}

func TestSaveSubmissionRejectsBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(sub *domain.Submission)
		field  string
	}{
		{"unknown kind", func(sub *domain.Submission) { sub.Kind = "khiếu nại" }, "kind"},
		{"unknown status", func(sub *domain.Submission) { sub.Status = "" }, "status"},
		{"no receipt time", func(sub *domain.Submission) { sub.ReceivedAt = time.Time{} }, "received_at"},
		{"no org", func(sub *domain.Submission) { sub.OrgID = 0 }, "org"},
		{"unknown org", func(sub *domain.Submission) { sub.OrgID = 999 }, "org"},
	}
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				sub := demoSubmission(org.ID, "PAKN-1", time.Date(2026, 3, 5, 2, 0, 0, 0, time.UTC))
				tt.change(&sub)
				wantProblem(t, s.SaveSubmission(t.Context(), &sub), tt.field)
			})
		}
		missing := demoSubmission(org.ID, "", time.Date(2026, 3, 5, 2, 0, 0, 0, time.UTC))
		missing.ID = 999
		wantCode(t, s.SaveSubmission(t.Context(), &missing), domain.NotFound)
	})
}
