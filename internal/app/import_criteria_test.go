package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

// openDemo opens the store at dsn with the demo loaded.
func openDemo(t *testing.T, dsn string) (*storage.Store, domain.Org) {
	t.Helper()
	mustRun(t, "demo", "--commune-only", "--db", dsn)
	s, err := storage.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	org, err := s.OrgByCode(context.Background(), demo.CommuneCode)
	if err != nil {
		t.Fatal(err)
	}
	return s, org
}

// webImport signs in to a web app on the database at dsn as the demo
// administrator, uploads the workbook, and confirms its preview.
func webImport(t *testing.T, dsn string, workbook []byte) {
	t.Helper()
	w := startWeb(t, dsn)
	post := func(path, contentType string, body io.Reader) (int, string) {
		res, err := w.client.Post(w.url+path, contentType, body)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "chuong-trinh.xlsx")
	fw.Write(workbook)
	mw.Close()
	code, page := post("/programs/import", mw.FormDataContentType(), &body)
	if code != http.StatusOK {
		t.Fatalf("preview: %d", code)
	}
	hidden := html.UnescapeString(strings.SplitN(strings.SplitN(page, `name="workbook" value="`, 2)[1], `"`, 2)[0])
	if _, err := base64.StdEncoding.DecodeString(hidden); err != nil {
		t.Fatalf("preview carries no workbook: %v", err)
	}
	form := url.Values{"workbook": {hidden}, "filename": {"chuong-trinh.xlsx"}}
	if code, _ := post("/programs/import/confirm", "application/x-www-form-urlencoded", strings.NewReader(form.Encode())); code != http.StatusSeeOther {
		t.Fatalf("confirm: %d", code)
	}
}

// The command line imports through the same use case as the web page: the
// same workbook leaves the same audit rows, but for who did it.
func TestCLIAndWebImportsLeaveTheSameAuditRows(t *testing.T) {
	t.Parallel()
	engines, others := testdb.Engines(t), testdb.Engines(t) // one database for each path
	for i, e := range engines {
		cliDSN, webDSN := e.DSN, others[i].DSN
		t.Run(e.Name, func(t *testing.T) {
			cli, org := openDemo(t, cliDSN)
			viaWeb, webOrg := openDemo(t, webDSN)
			book := filepath.Join(t.TempDir(), "chuong-trinh.xlsx")
			mustRun(t, "export", "criteria", "--db", cliDSN, "--org", "xuan-hung", "--out", book)
			editCell(t, book, "Tiêu chí", "D", "Tỷ lệ phủ sóng 5G", "D", "Tỷ lệ phủ sóng 5G trên dân số ≥ 97%")
			editCell(t, book, "Tiêu chí", "D", "Tỷ lệ phủ sóng 5G", "F", "VPĐU")
			mustRun(t, "import", "criteria", "--db", cliDSN, "--org", "xuan-hung", book)
			data, err := os.ReadFile(book)
			if err != nil {
				t.Fatal(err)
			}
			webImport(t, webDSN, data)

			a, b := lastAudit(t, cli, org), lastAudit(t, viaWeb, webOrg)
			if a.Action != "program.import" || a.Action != b.Action || a.Entity != b.Entity || a.Before != b.Before || a.After != b.After || a.Reason != b.Reason {
				t.Errorf("audit rows differ:\n CLI %+v\n web %+v", a, b)
			}
			if !strings.HasPrefix(a.UserName, "dòng lệnh") || a.UserID != 0 || b.UserName != "quantri" {
				t.Errorf("actors: CLI %q (%d), web %q", a.UserName, a.UserID, b.UserName)
			}
		})
	}
}

// setRow writes values into a row of a sheet of the workbook at path.
func setRow(t *testing.T, path, sheet string, row int, values ...any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cell, _ := excelize.CoordinatesToCellName(1, row)
	if err := f.SetSheetRow(sheet, cell, &values); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func lastAudit(t *testing.T, s *storage.Store, org domain.Org) domain.AuditEntry {
	t.Helper()
	log, err := s.AuditLog(context.Background(), org.ID, 1, 0)
	if err != nil || len(log) == 0 {
		t.Fatalf("audit log: %v %d", err, len(log))
	}
	return log[0]
}

// A new commune, before it has any program, gets the blank workbook from
// `export criteria`; filled in, it imports.
func TestExportCriteriaOfANewCommuneGivesTheBlankWorkbook(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s, err := storage.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		org := domain.Org{Code: "xuan-moi", Name: "Xuân Mới", Level: domain.LevelCommune, Type: domain.TypeXa}
		if err := s.SaveOrg(context.Background(), &org); err != nil {
			t.Fatal(err)
		}
		book := filepath.Join(t.TempDir(), "mau.xlsx")
		out := mustRun(t, "export", "criteria", "--db", dsn, "--org", "xuan-moi", "--out", book)
		if !strings.Contains(out, "chưa có chương trình công tác nào: đã xuất tệp mẫu trống") {
			t.Errorf("stdout: %s", out)
		}
		data, err := os.ReadFile(book)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := excel.ReadProgram(bytes.NewReader(data)); err == nil || !strings.Contains(err.Error(), "chưa ghi Số hiệu") {
			t.Errorf("the blank workbook reads as %v", err)
		}
		editCell(t, book, "Chương trình", "A", "Số hiệu", "B", "01-CTr/BCĐ")
		editCell(t, book, "Chương trình", "A", "Năm", "B", 2026)
		setRow(t, book, "Tiêu chí", 2, "I", "Hạ tầng số", 1, "Phủ sóng 5G toàn xã", "≥ 95 %")
		if out := mustRun(t, "import", "criteria", "--db", dsn, "--org", "xuan-moi", book); !strings.Contains(out, "Đã ghi chương trình 01-CTr/BCĐ") {
			t.Errorf("import: %s", out)
		}
		if out := mustRun(t, "export", "criteria", "--db", dsn, "--org", "xuan-moi", "--out", book); !strings.Contains(out, "Đã xuất chương trình 01-CTr/BCĐ (1 tiêu chí)") {
			t.Errorf("export after the import: %s", out)
		}
	})
}

// A blank "Chỉ tiêu" would turn a measured criterion with values into a
// qualitative one: the command line refuses it, naming the cell, as the web
// page does; the dry run says so too.
func TestImportCriteriaRefusesABlankTargetOverValues(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		book := filepath.Join(t.TempDir(), "chuong-trinh.xlsx")
		mustRun(t, "export", "criteria", "--db", dsn, "--org", "xuan-hung", "--out", book)
		editCell(t, book, "Tiêu chí", "D", "Tỷ lệ phủ sóng 5G", "E", "")
		for _, dry := range []bool{true, false} {
			args := []string{"import", "criteria", "--db", dsn, "--org", "xuan-hung", book}
			if dry {
				args = append(args, "--dry-run")
			}
			code, _, errOut := run(t, args...)
			if code != 2 || !strings.Contains(errOut, "Tiêu chí!E2: tiêu chí I.1: ô Chỉ tiêu để trống") {
				t.Errorf("dry run %v: exit %d\n%s", dry, code, errOut)
			}
		}
	})
}

// A unit added after the import by a path that did not link it (an older
// nq57) is linked by importing the same workbook again, which used to say
// "không có gì thay đổi" and leave the unit's staff with no criteria.
func TestReimportingCriteriaLinksAUnitAddedSince(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		s, org := openDemo(t, dsn)
		book := filepath.Join(t.TempDir(), "chuong-trinh.xlsx")
		mustRun(t, "export", "criteria", "--db", dsn, "--org", "xuan-hung", "--out", book)
		editCell(t, book, "Tiêu chí", "D", "Tỷ lệ phủ sóng 5G", "G", "Phòng Tư pháp")
		mustRun(t, "import", "criteria", "--db", dsn, "--org", "xuan-hung", book)
		unit := domain.Unit{OrgID: org.ID, Code: "tu-phap", Name: "Phòng Tư pháp", ShortName: "Phòng Tư pháp"}
		if err := s.SaveUnit(context.Background(), &unit); err != nil {
			t.Fatal(err)
		}
		out := mustRun(t, "import", "criteria", "--db", dsn, "--org", "xuan-hung", book)
		if !strings.Contains(out, "sửa tiêu chí I.1") {
			t.Fatalf("re-import:\n%s", out)
		}
		p, err := s.ProgramByNumber(context.Background(), org.ID, "02-CTr/BCĐ")
		if err != nil {
			t.Fatal(err)
		}
		if lead := p.Groups[0].Criteria[0].Roles.Lead.UnitIDs; len(lead) != 1 || lead[0] != unit.ID {
			t.Errorf("lead of I.1 after re-import: %v", lead)
		}
	})
}
