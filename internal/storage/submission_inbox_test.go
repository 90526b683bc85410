package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// inboxFixture stores submissions of the commune that differ in one way each,
// and one of another commune that no filter may return.
func inboxFixture(t *testing.T, s *Store) (org domain.Org, units []domain.Unit, byTitle map[string]domain.Submission) {
	t.Helper()
	org, units = commune(t, s)
	other, _ := otherCommune(t, s)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 3, 0, 0, 0, time.UTC) }
	specs := []struct {
		title    string
		kind     domain.SubmissionKind
		status   domain.SubmissionStatus
		unit     int64
		received time.Time
		due      time.Time
	}{
		{"Đường liên thôn Xuân Hưng xuống cấp", domain.KindFeedback, domain.SubmissionReceived, 0, day(1), day(4)},
		{"Sáng kiến số hóa hồ sơ đất đai", domain.KindInitiative, domain.SubmissionAssigned, units[2].ID, day(2), day(20)},
		{"Kiến nghị lắp đèn đường thôn Trà Lũ", domain.KindRecommendation, domain.SubmissionAnswered, units[1].ID, day(3), day(10)},
		{"Phản ánh rác thải ven sông 100%_đúng", domain.KindFeedback, domain.SubmissionInProgress, units[1].ID, day(4), day(12)},
		{"Phản ánh tiếng ồn karaoke ban đêm", domain.KindFeedback, domain.SubmissionRejected, 0, day(5), day(6)},
		{"Đặt hàng giải pháp camera an ninh", domain.KindProductOrder, domain.SubmissionReceived, 0, day(6), time.Time{}},
	}
	byTitle = map[string]domain.Submission{}
	for _, sp := range specs {
		sub := demoSubmission(org.ID, "", sp.received)
		sub.Title, sub.Kind, sub.Status, sub.AssignedUnitID, sub.DueAt = sp.title, sp.kind, sp.status, sp.unit, sp.due
		byTitle[sp.title] = created(t, s, sub)
	}
	foreign := demoSubmission(other.ID, "", day(1))
	foreign.Title, foreign.DueAt = "Đường liên thôn Xuân Hưng xuống cấp (xã khác)", day(2)
	created(t, s, foreign)
	return org, units, byTitle
}

func titles(list []domain.Submission) []string {
	out := []string{}
	for _, sub := range list {
		out = append(out, sub.Title)
	}
	return out
}

func TestInboxFiltersAndOrdersBySoonestDeadline(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units, byTitle := inboxFixture(t, s)
		const (
			road    = "Đường liên thôn Xuân Hưng xuống cấp"
			idea    = "Sáng kiến số hóa hồ sơ đất đai"
			lights  = "Kiến nghị lắp đèn đường thôn Trà Lũ"
			rubbish = "Phản ánh rác thải ven sông 100%_đúng"
			noise   = "Phản ánh tiếng ồn karaoke ban đêm"
			order   = "Đặt hàng giải pháp camera an ninh"
		)
		march := func(d int) time.Time { return time.Date(2026, 3, d, 3, 0, 0, 0, time.UTC) }
		tests := []struct {
			name   string
			filter domain.SubmissionFilter
			want   []string
		}{
			{"no filter: soonest deadline first, none last", domain.SubmissionFilter{}, []string{road, noise, lights, rubbish, idea, order}},
			{"kind", domain.SubmissionFilter{Kind: domain.KindFeedback}, []string{road, noise, rubbish}},
			{"status", domain.SubmissionFilter{Status: domain.SubmissionReceived}, []string{road, order}},
			{"handling unit", domain.SubmissionFilter{UnitID: units[1].ID}, []string{lights, rubbish}},
			{"deadline before", domain.SubmissionFilter{DueBefore: march(10)}, []string{road, noise}},
			{"overdue leaves out answered and rejected", domain.SubmissionFilter{OverdueAt: march(15)}, []string{road, rubbish}},
			{"search ignoring accents", domain.SubmissionFilter{Query: "xuan hung"}, []string{road}},
			{"search in accented capitals", domain.SubmissionFilter{Query: "  TRÀ   lũ "}, []string{road, noise, lights, rubbish, idea, order}},
			{"search words need not be adjacent", domain.SubmissionFilter{Query: "den tra lu"}, []string{lights}},
			{"search by sender's name", domain.SubmissionFilter{Query: "nguyen van duc", Kind: domain.KindInitiative}, []string{idea}},
			{"search takes % and _ literally", domain.SubmissionFilter{Query: "100%_"}, []string{rubbish}},
			{"search wildcard is no wildcard", domain.SubmissionFilter{Query: "rac%song"}, []string{}},
			{"search by tracking code", domain.SubmissionFilter{Query: byTitle[idea].TrackingCode}, []string{idea}},
			{"filters combine", domain.SubmissionFilter{Kind: domain.KindFeedback, OverdueAt: march(15), Query: "rac thai"}, []string{rubbish}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, total, err := s.Inbox(t.Context(), org.ID, tt.filter)
				must(t, err)
				if !reflect.DeepEqual(titles(got), tt.want) || total != len(tt.want) {
					t.Errorf("Inbox = %q (total %d), want %q", titles(got), total, tt.want)
				}
			})
		}
		// Every field comes back, not just the title.
		got, _, err := s.Inbox(t.Context(), org.ID, domain.SubmissionFilter{Query: "so hoa"})
		must(t, err)
		if len(got) != 1 || !reflect.DeepEqual(got[0], byTitle[idea]) {
			t.Errorf("Inbox row = %+v, want %+v", got, byTitle[idea])
		}
	})
}

func TestInboxPagesAndCountsAll(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		due := time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)
		var want []int64
		for i := range 7 { // same deadline: newest received first
			sub := demoSubmission(org.ID, "", march5.Add(time.Duration(i)*time.Hour))
			sub.DueAt = due
			want = append([]int64{created(t, s, sub).ID}, want...)
		}
		var seen []int64
		for offset := 0; offset < 9; offset += 3 {
			page, total, err := s.Inbox(t.Context(), org.ID, domain.SubmissionFilter{Limit: 3, Offset: offset})
			must(t, err)
			if total != 7 {
				t.Errorf("offset %d: total %d, want 7", offset, total)
			}
			if len(page) != min(3, 7-offset) {
				t.Errorf("offset %d: page of %d", offset, len(page))
			}
			for _, sub := range page {
				seen = append(seen, sub.ID)
			}
		}
		if !reflect.DeepEqual(seen, want) {
			t.Errorf("pages give IDs %v, want newest first %v", seen, want)
		}
	})
}

func TestSenderSubmissionsMatchNormalisedPhoneAndEmailCase(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, _ := otherCommune(t, s)
		mk := func(orgID int64, phone, email string, hour int) domain.Submission {
			sub := demoSubmission(orgID, "", march5.Add(time.Duration(hour)*time.Hour))
			sub.SenderPhone, sub.SenderEmail = phone, email
			return created(t, s, sub)
		}
		byPhone := mk(org.ID, "0912 345 678", "", 0)
		byEmail := mk(org.ID, "", "Duc.Nguyen@Example.VN", 1)
		mk(org.ID, "0987654321", "khac@example.vn", 2)
		mk(other.ID, "0912345678", "duc.nguyen@example.vn", 3)
		tests := []struct {
			name         string
			phone, email string
			want         []int64
		}{
			{"phone written with dots", "0912.345.678", "", []int64{byPhone.ID}},
			{"e-mail in another case", "", " duc.nguyen@example.vn ", []int64{byEmail.ID}},
			{"either, newest first", "0912-345-678", "DUC.NGUYEN@EXAMPLE.VN", []int64{byEmail.ID, byPhone.ID}},
			{"neither", "", "", nil},
			{"unknown sender", "0900000000", "ai@example.vn", nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.SenderSubmissions(t.Context(), org.ID, tt.phone, tt.email)
				must(t, err)
				var ids []int64
				for _, sub := range got {
					ids = append(ids, sub.ID)
				}
				if !reflect.DeepEqual(ids, tt.want) {
					t.Errorf("SenderSubmissions = %v, want %v", ids, tt.want)
				}
			})
		}
	})
}

func TestPublishedAnswersSearchAndPage(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, _ := otherCommune(t, s)
		publish := func(orgID int64, title string, day int, status domain.SubmissionStatus) domain.Submission {
			sub := demoSubmission(orgID, "", march5)
			sub.Title, sub.Status = title, status
			if status == domain.SubmissionPublished {
				sub.PublishedAt = time.Date(2026, 4, day, 2, 0, 0, 0, time.UTC)
			}
			return created(t, s, sub)
		}
		a := publish(org.ID, "Đường thôn Xuân Hưng", 1, domain.SubmissionPublished)
		b := publish(org.ID, "Đèn đường thôn Trà Lũ", 3, domain.SubmissionPublished)
		c := publish(other.ID, "Đường xã Khánh Hội", 2, domain.SubmissionPublished)
		publish(org.ID, "Đường chưa công khai", 4, domain.SubmissionAnswered)
		tests := []struct {
			name          string
			orgID         int64
			query         string
			limit, offset int
			want          []int64
			total         int
		}{
			{"every organisation, newest answer first", 0, "", 0, 0, []int64{b.ID, c.ID, a.ID}, 3},
			{"one organisation", org.ID, "", 0, 0, []int64{b.ID, a.ID}, 2},
			{"search ignoring accents", 0, "duong", 0, 0, []int64{b.ID, c.ID, a.ID}, 3},
			{"search narrows", 0, "xuan hung", 0, 0, []int64{a.ID}, 1},
			{"second page", 0, "đường", 2, 2, []int64{a.ID}, 3},
			{"no match", 0, "cầu", 0, 0, nil, 0},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, total, err := s.PublishedAnswers(t.Context(), tt.orgID, tt.query, tt.limit, tt.offset)
				must(t, err)
				var ids []int64
				for _, sub := range got {
					ids = append(ids, sub.ID)
				}
				if !reflect.DeepEqual(ids, tt.want) || total != tt.total {
					t.Errorf("PublishedAnswers = %v (total %d), want %v (total %d)", ids, total, tt.want, tt.total)
				}
			})
		}
	})
}
