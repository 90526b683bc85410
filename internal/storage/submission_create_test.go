package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

var codeFormat = regexp.MustCompile(`^NQ57-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$`)

// otherCommune stores a second commune with one unit, for cross-organisation
// attempts.
func otherCommune(t *testing.T, s *Store) (domain.Org, domain.Unit) {
	t.Helper()
	org := domain.Org{Code: "khanh-hoi", Name: "Khánh Hội", Level: domain.LevelCommune, Type: domain.TypeXa}
	must(t, s.SaveOrg(t.Context(), &org))
	unit := domain.Unit{OrgID: org.ID, Code: "vp", Name: "Văn phòng HĐND và UBND"}
	must(t, s.SaveUnit(t.Context(), &unit))
	return org, unit
}

// created stores a new submission received at the given time, with its
// first event, through CreateSubmission.
func created(t *testing.T, s *Store, sub domain.Submission) domain.Submission {
	t.Helper()
	must(t, s.CreateSubmission(t.Context(), &sub, nil, receivedEvent(sub)))
	return sub
}

func receivedEvent(sub domain.Submission) domain.SubmissionEvent {
	return domain.SubmissionEvent{At: sub.ReceivedAt, Actor: "Người gửi", To: domain.SubmissionReceived, DueAt: sub.DueAt}
}

var march5 = time.Date(2026, 3, 5, 2, 3, 4, 0, time.UTC)

func TestCreateSubmissionStoresFilesAndFirstEvent(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		sub := demoSubmission(org.ID, "", march5)
		sub.DueAt = march5.AddDate(0, 0, 3)
		files := []domain.SubmissionFile{
			{Name: "anh-hien-truong.jpg", ContentType: "image/jpeg", Data: []byte("\xff\xd8 ảnh")},
			{Name: "don.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7 đơn")},
		}
		ev := receivedEvent(sub)
		must(t, s.CreateSubmission(t.Context(), &sub, files, ev))
		if sub.ID == 0 || !codeFormat.MatchString(sub.TrackingCode) {
			t.Fatalf("after create: ID %d, code %q; want an ID and a code like NQ57-ABCD-EFGH", sub.ID, sub.TrackingCode)
		}
		got, err := s.SubmissionByID(t.Context(), org.ID, sub.ID)
		must(t, err)
		if !reflect.DeepEqual(got, sub) {
			t.Errorf("read back differs:\n got %+v\nwant %+v", got, sub)
		}

		listed, err := s.SubmissionFiles(t.Context(), sub.ID)
		must(t, err)
		if len(listed) != 2 {
			t.Fatalf("listed %d files, want 2", len(listed))
		}
		for i, f := range listed {
			sum := sha256.Sum256(files[i].Data)
			if f.ID != files[i].ID || f.SubmissionID != sub.ID || f.Name != files[i].Name ||
				f.Size != int64(len(files[i].Data)) || f.SHA256 != hex.EncodeToString(sum[:]) || f.Data != nil {
				t.Errorf("file %d listed as %+v", i, f)
			}
			one, err := s.SubmissionFile(t.Context(), sub.ID, f.ID)
			must(t, err)
			if string(one.Data) != string(files[i].Data) || one.ContentType != files[i].ContentType {
				t.Errorf("file %d read back as %q (%s)", i, one.Data, one.ContentType)
			}
		}
		_, err = s.SubmissionFile(t.Context(), sub.ID+1, listed[0].ID)
		wantCode(t, err, domain.NotFound)

		events, err := s.SubmissionEvents(t.Context(), sub.ID)
		must(t, err)
		ev.ID, ev.SubmissionID = events[0].ID, sub.ID
		if len(events) != 1 || !reflect.DeepEqual(events[0], ev) {
			t.Errorf("history = %+v, want [%+v]", events, ev)
		}
	})
}

func TestCreateSubmissionMakesUniqueCodesFoundWhateverTheCase(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		seen := map[string]bool{}
		var first domain.Submission
		for i := range 20 {
			sub := created(t, s, demoSubmission(org.ID, "", march5))
			if !codeFormat.MatchString(sub.TrackingCode) || seen[sub.TrackingCode] {
				t.Fatalf("submission %d got code %q (malformed or repeated)", i, sub.TrackingCode)
			}
			seen[sub.TrackingCode] = true
			if i == 0 {
				first = sub
			}
		}
		code := first.TrackingCode // NQ57-ABCD-EFGH
		for _, typed := range []string{
			code,
			" " + lowerASCII(code) + " ",
			code[:4] + " " + code[5:9] + " " + code[10:],
			lowerASCII(code[:4] + code[5:9] + code[10:]),
		} {
			got, err := s.SubmissionByCode(t.Context(), typed)
			if err != nil || got.ID != first.ID {
				t.Errorf("SubmissionByCode(%q) = #%d, %v; want #%d", typed, got.ID, err, first.ID)
			}
		}
		_, err := s.SubmissionByCode(t.Context(), "NQ57-0000-0000")
		wantCode(t, err, domain.NotFound)
		_, err = s.SubmissionByCode(t.Context(), "  ")
		wantCode(t, err, domain.NotFound)

		// A code from another channel, stored as staff typed it.
		paper := demoSubmission(org.ID, "pakn-2026-0001", march5)
		must(t, s.SaveSubmission(t.Context(), &paper))
		got, err := s.SubmissionByCode(t.Context(), "PAKN-2026-0001")
		if err != nil || got.ID != paper.ID {
			t.Errorf("code of another channel in other case: #%d, %v; want #%d", got.ID, err, paper.ID)
		}
	})
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestCanonicalCodeReadsLookAlikes(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"nq57-abcd-efgh":   "NQ57-ABCD-EFGH",
		"NQ57 ABCD EFGH":   "NQ57-ABCD-EFGH",
		"nq57abcdefgh":     "NQ57-ABCD-EFGH",
		"NQ57-OOIL-0000":   "NQ57-0011-0000",
		"NQ57-ABCD-EFGU":   "NQ57-ABCD-EFGU", // U is no Crockford digit: not one of ours, kept as typed
		"pakn 2026-0001 ":  "PAKN2026-0001",
		"NQ57-ABCD-EFGH-1": "NQ57-ABCD-EFGH-1",
	}
	for in, want := range tests {
		if got := canonicalCode(in); got != want {
			t.Errorf("canonicalCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFreeTrackingCodeRetriesOnCollision(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		taken := created(t, s, demoSubmission(org.ID, "", march5)).TrackingCode
		codes := []string{taken, taken, "NQ57-AAAA-BBBB"}
		next := func() (string, error) { c := codes[0]; codes = codes[1:]; return c, nil }
		got, err := s.freeTrackingCode(t.Context(), next)
		must(t, err)
		if got != "NQ57-AAAA-BBBB" {
			t.Errorf("free code = %q, want the first one not taken", got)
		}
		always := func() (string, error) { return taken, nil }
		if _, err := s.freeTrackingCode(t.Context(), always); err == nil {
			t.Error("no error when every code is taken")
		}
	})
}

func TestCreateSubmissionRejectsBadInputAndStoresNothing(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		_, foreignUnit := otherCommune(t, s)
		tests := []struct {
			name   string
			change func(sub *domain.Submission, files *[]domain.SubmissionFile)
			field  string
		}{
			{"unknown kind", func(sub *domain.Submission, _ *[]domain.SubmissionFile) { sub.Kind = "khiếu nại" }, "kind"},
			{"unknown status", func(sub *domain.Submission, _ *[]domain.SubmissionFile) { sub.Status = "new" }, "status"},
			{"no receipt time", func(sub *domain.Submission, _ *[]domain.SubmissionFile) { sub.ReceivedAt = time.Time{} }, "received_at"},
			{"unknown org", func(sub *domain.Submission, _ *[]domain.SubmissionFile) { sub.OrgID = 999 }, "org"},
			{"unit of another org", func(sub *domain.Submission, _ *[]domain.SubmissionFile) { sub.AssignedUnitID = foreignUnit.ID }, "assigned_unit_id"},
			{"duplicate of nothing", func(sub *domain.Submission, _ *[]domain.SubmissionFile) { sub.DuplicateOfID = 999 }, "duplicate_of"},
			{"empty file", func(_ *domain.Submission, files *[]domain.SubmissionFile) {
				*files = append(*files, domain.SubmissionFile{Name: "rong.txt"})
			}, "files"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				sub := demoSubmission(org.ID, "", march5)
				files := []domain.SubmissionFile{{Name: "a.txt", ContentType: "text/plain", Data: []byte("a")}}
				tt.change(&sub, &files)
				wantProblem(t, s.CreateSubmission(t.Context(), &sub, files, receivedEvent(sub)), tt.field)
				if sub.ID != 0 || sub.TrackingCode != "" {
					t.Errorf("refused submission got ID %d, code %q", sub.ID, sub.TrackingCode)
				}
				for _, table := range []string{"submissions", "submission_files", "submission_events"} {
					if n := countRows(t, s, table); n != 0 {
						t.Errorf("%s has %d rows after a refusal", table, n)
					}
				}
			})
		}
		first := created(t, s, demoSubmission(org.ID, "", march5))
		again := demoSubmission(org.ID, first.TrackingCode, march5)
		wantCode(t, s.CreateSubmission(t.Context(), &again, nil, receivedEvent(again)), domain.Conflict)
	})
}

func TestCreateSubmissionWritesNothingWhenTheTransactionFails(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		// The last statement of the transaction, recording the event, fails.
		_, err := s.db.ExecContext(t.Context(), `DROP TABLE submission_events`)
		must(t, err)
		sub := demoSubmission(org.ID, "", march5)
		files := []domain.SubmissionFile{{Name: "a.txt", ContentType: "text/plain", Data: []byte("a")}}
		if err := s.CreateSubmission(t.Context(), &sub, files, receivedEvent(sub)); err == nil {
			t.Fatal("no error")
		}
		if sub.ID != 0 || sub.TrackingCode != "" || files[0].ID != 0 {
			t.Errorf("failed create left IDs: submission %d, code %q, file %d", sub.ID, sub.TrackingCode, files[0].ID)
		}
		for _, table := range []string{"submissions", "submission_files"} {
			if n := countRows(t, s, table); n != 0 {
				t.Errorf("%s has %d rows after a failed transaction", table, n)
			}
		}
	})
}

func TestSubmissionNewFieldsRoundTrip(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, units := commune(t, s)
		earlier := created(t, s, demoSubmission(org.ID, "", march5))
		sub := demoSubmission(org.ID, "", march5.Add(time.Hour))
		sub.Status = domain.SubmissionPublished
		sub.DueAt = time.Date(2026, 3, 26, 10, 0, 0, 0, time.UTC)
		sub.AcceptedAt = time.Date(2026, 3, 6, 1, 2, 3, 456789000, time.UTC)
		sub.AssignedUnitID = units[1].ID
		sub.Answer = "UBND xã đã làm việc với nhà mạng; trạm 5G thôn Trà Lũ hoạt động từ tháng 4."
		sub.AnsweredBy = "Trần Thị Hoa"
		sub.AnsweredAt = time.Date(2026, 3, 20, 8, 0, 0, 0, time.UTC)
		sub.PublishedAt = time.Date(2026, 3, 21, 9, 30, 0, 0, time.UTC)
		sub.DuplicateOfID = earlier.ID
		must(t, s.CreateSubmission(t.Context(), &sub, nil, receivedEvent(sub)))

		got, err := s.SubmissionByID(t.Context(), org.ID, sub.ID)
		must(t, err)
		if !reflect.DeepEqual(got, sub) {
			t.Errorf("SubmissionByID differs:\n got %+v\nwant %+v", got, sub)
		}
		byCode, err := s.SubmissionByCode(t.Context(), sub.TrackingCode)
		must(t, err)
		if !reflect.DeepEqual(byCode, sub) {
			t.Errorf("SubmissionByCode differs:\n got %+v\nwant %+v", byCode, sub)
		}
		all, err := s.Submissions(t.Context(), org.ID, domain.Date(2026, time.March, 1), domain.Date(2026, time.March, 31))
		must(t, err)
		if want := []domain.Submission{earlier, sub}; !reflect.DeepEqual(all, want) {
			t.Errorf("Submissions differs:\n got %+v\nwant %+v", all, want)
		}

		sub.AssignedUnitID, sub.DuplicateOfID, sub.Answer = 0, 0, ""
		sub.AcceptedAt, sub.PublishedAt = time.Time{}, time.Time{}
		must(t, s.SaveSubmission(t.Context(), &sub))
		got, err = s.SubmissionByID(t.Context(), org.ID, sub.ID)
		must(t, err)
		if !reflect.DeepEqual(got, sub) {
			t.Errorf("cleared fields read back differ:\n got %+v\nwant %+v", got, sub)
		}
	})
}

func TestSubmissionByIDIsOnlyTheOrganisations(t *testing.T) {
	t.Parallel()
	forEachEngine(t, func(t *testing.T, s *Store) {
		org, _ := commune(t, s)
		other, _ := otherCommune(t, s)
		sub := created(t, s, demoSubmission(org.ID, "", march5))
		_, err := s.SubmissionByID(t.Context(), other.ID, sub.ID)
		wantCode(t, err, domain.NotFound)
		var de *domain.Error
		if !errors.As(err, &de) {
			t.Errorf("not a domain error: %v", err)
		}
	})
}
