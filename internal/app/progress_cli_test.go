package app

import (
	"context"
	"net/url"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

// runAs runs the command line as the operating-system user osUser.
func runAs(t *testing.T, osUser string, args ...string) (int, string, string) {
	t.Helper()
	a, out, errOut := testApp()
	a.Getenv = func(k string) string {
		if k == "USER" {
			return osUser
		}
		return ""
	}
	code := a.Run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func openTestStore(t *testing.T, dsn string) *storage.Store {
	t.Helper()
	s, err := storage.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// A locked, issued March: the import is refused with the web's words, exits
// non-zero and changes nothing, history and audit log included.
func TestImportProgressRefusesALockedPeriod(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		book := filepath.Join(t.TempDir(), "so-lieu.xlsx")
		mustRun(t, "export", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--out", book)
		editCell(t, book, "Số liệu", "C", "100% thôn, xóm được phủ sóng băng rộng", "G", 12)
		editCell(t, book, "Số liệu", "C", "100% thôn, xóm được phủ sóng băng rộng", "H", 12)
		s := openTestStore(t, dsn)
		org, err := s.OrgByCode(t.Context(), "xuan-hung")
		if err != nil {
			t.Fatal(err)
		}
		march := domain.MonthPeriod(2026, 3)
		if err := s.LockPeriod(t.Context(), domain.PeriodLock{OrgID: org.ID, Period: march, LockedBy: "lanhdao", LockedAt: domain.Date(2026, 3, 30)}); err != nil {
			t.Fatal(err)
		}
		before := reportText(t, dsn, "2026-03")
		code, _, errOut := runAs(t, "root", "import", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", book)
		if code == 0 || !strings.Contains(errOut, "số liệu tháng 3 năm 2026 đã khóa vì báo cáo đã ban hành") {
			t.Errorf("import into a locked March: exit %d\n%s", code, errOut)
		}
		if after := reportText(t, dsn, "2026-03"); after != before {
			t.Error("the import changed the issued March")
		}
		if audit, err := s.AuditLog(t.Context(), org.ID, 10, 0); err != nil || len(audit) != 0 {
			t.Errorf("audit after a refused import: %+v %v", audit, err)
		}
	})
}

// March as exported says what the report says: 8 criteria met, five of
// them carried forward from January or February.
func TestExportProgressStatusCarriesForward(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		book := filepath.Join(t.TempDir(), "so-lieu.xlsx")
		mustRun(t, "export", "progress", "--db", dsn, "--org", "xuan-hung", "--period", "2026-03", "--out", book)
		if got := metInWorkbook(t, book); got != 8 {
			t.Errorf("the March workbook shows %d criteria met, the report counts 8", got)
		}
	})
}

// metInWorkbook counts the criteria whose every row says "Đạt" in the
// "Tình trạng" column (L) of a progress workbook.
func metInWorkbook(t *testing.T, path string) int {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Số liệu")
	if err != nil {
		t.Fatal(err)
	}
	met := map[string]bool{}
	for _, r := range rows[4:] {
		if len(r) < 12 {
			continue
		}
		key := r[0] + "." + r[1]
		ok := strings.HasPrefix(r[11], "Đạt")
		if prev, seen := met[key]; seen {
			ok = ok && prev
		}
		met[key] = ok
	}
	n := 0
	for _, ok := range met {
		if ok {
			n++
		}
	}
	return n
}

// The command line and the web grid are two ways to the same use case: the
// same change leaves the same history row and audit entry; only the actor
// differs ("dòng lệnh (root)" for the command line).
func TestImportProgressLeavesWhatTheGridLeaves(t *testing.T) {
	t.Parallel()
	for i, e := range testdb.Engines(t) {
		t.Run(e.Name, func(t *testing.T) {
			cliDSN, webDSN := e.DSN, testdb.Engines(t)[i].DSN
			mustRun(t, "demo", "--commune-only", "--db", cliDSN)
			book := filepath.Join(t.TempDir(), "so-lieu.xlsx")
			mustRun(t, "export", "progress", "--db", cliDSN, "--org", "xuan-hung", "--period", "2026-04", "--out", book)
			editCell(t, book, "Số liệu", "C", "100% thôn, xóm được phủ sóng băng rộng", "G", 12)
			editCell(t, book, "Số liệu", "C", "100% thôn, xóm được phủ sóng băng rộng", "H", 12)
			runAs(t, "root", "import", "progress", "--db", cliDSN, "--org", "xuan-hung", "--period", "2026-04", book)

			web := startWeb(t, webDSN)
			c := web.Criterion("I.2")
			f := entry.Fields(c.ID)
			web.post(t, "/data", url.Values{"period": {"2026-04"}, "unit": {"all"}, "row": {strconv.FormatInt(c.ID, 10)},
				f.Drawn: {entry.DrawnText(0, "")}, f.Target(0).Numerator: {"12"}, f.Target(0).Denominator: {"12"}, f.Target(0).Value: {""}})

			cli := openTestStore(t, cliDSN)
			cliHistory, cliAudit := changesOf(t, cli, c.ID)
			webHistory, webAudit := changesOf(t, web.Store, c.ID)
			if len(cliHistory) != 1 || len(webHistory) != 1 {
				t.Fatalf("history rows: command line %d, web %d; want one each", len(cliHistory), len(webHistory))
			}
			ch, wh := cliHistory[0], webHistory[0]
			if ch.ChangedBy != "dòng lệnh (root)" || wh.ChangedBy != "Nguyễn Văn Quản" {
				t.Errorf("history actors: %q and %q", ch.ChangedBy, wh.ChangedBy)
			}
			if ch.Period != wh.Period || ch.Version != wh.Version || !reflect.DeepEqual(ch.Before, wh.Before) || !reflect.DeepEqual(ch.After, wh.After) {
				t.Errorf("history differs:\ncommand line %+v\nweb          %+v", ch, wh)
			}
			if len(cliAudit) != 1 || len(webAudit) != 1 {
				t.Fatalf("audit entries: command line %d, web %d; want one each", len(cliAudit), len(webAudit))
			}
			ca, wa := cliAudit[0], webAudit[0]
			if ca.UserName != "dòng lệnh (root)" || ca.UserID != 0 || wa.UserName != "quantri" {
				t.Errorf("audit actors: %q (%d) and %q", ca.UserName, ca.UserID, wa.UserName)
			}
			if ca.Action != wa.Action || ca.Entity != wa.Entity || ca.Before != wa.Before || ca.After != wa.After {
				t.Errorf("audit differs:\ncommand line %+v\nweb          %+v", ca, wa)
			}
		})
	}
}

// changesOf returns the history of a criterion and the audit log of the
// demo commune.
func changesOf(t *testing.T, s *storage.Store, criterionID int64) ([]domain.ProgressChange, []domain.AuditEntry) {
	t.Helper()
	org, err := s.OrgByCode(t.Context(), "xuan-hung")
	if err != nil {
		t.Fatal(err)
	}
	history, err := s.ProgressHistory(t.Context(), org.ID, criterionID)
	if err != nil {
		t.Fatal(err)
	}
	audit, err := s.AuditLog(t.Context(), org.ID, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	return history, audit
}
