package app

import (
	"bytes"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

// The command line and the province's screen are two ways to the same use
// cases: adding a commune and deactivating one leave the same rows (the
// commune, its administrator, its report settings, the audit entries in the
// province's log and the commune's); only the actor differs.
func TestOrgCommandsLeaveWhatTheProvinceScreenLeaves(t *testing.T) {
	t.Parallel()
	for i, e := range testdb.Engines(t) {
		t.Run(e.Name, func(t *testing.T) {
			cliDSN, webDSN := e.DSN, testdb.Engines(t)[i].DSN
			mustRun(t, "demo", "--commune-only", "--db", cliDSN)
			code, out, errOut := runAs(t, "root", "org", "add", "--db", cliDSN, "--province", "ninh-binh", "--name", "Bình Minh", "--type", "xa",
				"--official-code", "14560", "--code", "binh-minh", "--admin-login", "binh-minh-quantri", "--admin-name", "Nguyễn Văn An", "--admin-email", "an@ninhbinh.gov.vn")
			if code != 0 || !strings.Contains(out, "Đã tạo xã Bình Minh") || !strings.Contains(out, "Mật khẩu một lần:") {
				t.Fatalf("org add: exit %d\n%s%s", code, out, errOut)
			}
			mustRunAs(t, "org", "deactivate", "--db", cliDSN, "--org", "xuan-hung", "--reason", "Sáp nhập vào xã Bình Minh")

			web := startWeb(t, webDSN)
			c := web.signIn(t, "tinh-quantri")
			post(t, c, web.url+"/province/communes", url.Values{"name": {"Bình Minh"}, "type": {"xa"}, "official_code": {"14560"}, "code": {"binh-minh"},
				"admin_login": {"binh-minh-quantri"}, "admin_name": {"Nguyễn Văn An"}, "admin_email": {"an@ninhbinh.gov.vn"}}, http.StatusOK)
			post(t, c, web.url+"/province/communes/xuan-hung/deactivate", url.Values{"reason": {"Sáp nhập vào xã Bình Minh"}, "confirm": {"1"}}, http.StatusSeeOther)

			cli, w := rowsOf(t, openTestStore(t, cliDSN)), rowsOf(t, web.Store)
			if cli.commune != w.commune || cli.admin != w.admin || cli.settings != w.settings {
				t.Errorf("rows differ:\ncommand line %+v\nweb          %+v", cli, w)
			}
			if cli.closedBy != "dòng lệnh (root)" || w.closedBy != "Đinh Văn Quang" {
				t.Errorf("deactivated by %q and %q", cli.closedBy, w.closedBy)
			}
			for name, logs := range map[string][2][]domain.AuditEntry{"province": {cli.provinceLog, w.provinceLog}, "commune": {cli.communeLog, w.communeLog},
				"closed": {cli.closedLog, w.closedLog}} {
				c, wl := logs[0], logs[1]
				if len(c) == 0 || len(c) != len(wl) {
					t.Fatalf("%s log: %d and %d entries", name, len(c), len(wl))
				}
				for j := range c {
					if c[j].UserName != "dòng lệnh (root)" || wl[j].UserName != "tinh-quantri" {
						t.Errorf("%s log actors %q and %q", name, c[j].UserName, wl[j].UserName)
					}
					if c[j].Action != wl[j].Action || c[j].Entity != wl[j].Entity || c[j].Before != wl[j].Before || c[j].After != wl[j].After || c[j].Reason != wl[j].Reason {
						t.Errorf("%s log differs:\ncommand line %+v\nweb          %+v", name, c[j], wl[j])
					}
				}
			}
		})
	}
}

// mustRunAs runs the command line as root and wants it to succeed.
func mustRunAs(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runAs(t, "root", args...)
	if code != 0 {
		t.Fatalf("nq57 %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// orgRows is what adding Bình Minh and deactivating Xuân Hưng leave, without
// times and ids.
type orgRows struct {
	commune, admin, settings string
	closedBy                 string
	provinceLog, communeLog  []domain.AuditEntry
	closedLog                []domain.AuditEntry
}

func rowsOf(t *testing.T, s *storage.Store) orgRows {
	t.Helper()
	ctx := t.Context()
	o, err := s.OrgByCode(ctx, "binh-minh")
	must(t, err)
	p, err := s.OrgByID(ctx, o.ParentID)
	must(t, err)
	u, err := s.UserByLogin(ctx, "binh-minh-quantri")
	must(t, err)
	rs, err := s.ReportSettings(ctx, o.ID, domain.ReportKindNQ57Monthly, domain.Period{})
	must(t, err)
	closed, err := s.OrgByCode(ctx, "xuan-hung")
	must(t, err)
	var r orgRows
	r.commune = strings.Join([]string{p.Code, o.Code, o.OfficialCode, o.Name, string(o.Type), string(o.Level)}, "|")
	r.admin = strings.Join([]string{u.Login, u.Name, u.Email, string(u.Role)}, "|")
	if u.OrgID != o.ID || !u.MustChange {
		t.Errorf("the administrator %+v", u)
	}
	r.settings = strings.Join([]string{rs.IssuingBody, rs.SuperiorBody, rs.Reporter, string(rs.Style)}, "|")
	r.closedBy = closed.DeactivatedBy
	r.provinceLog = auditOf(t, s, p.ID)
	r.communeLog = auditOf(t, s, o.ID)
	r.closedLog = auditOf(t, s, closed.ID)[:1]
	return r
}

func auditOf(t *testing.T, s *storage.Store, orgID int64) []domain.AuditEntry {
	t.Helper()
	log, err := s.AuditLog(t.Context(), orgID, 20, 0)
	must(t, err)
	return log
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A mistake in the flags is one Vietnamese line and the exit code 2; a
// refused input names the flag.
func TestOrgCommandsRefuseBadFlags(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		mustRun(t, "demo", "--commune-only", "--db", dsn)
		for _, c := range []struct {
			args  []string
			words string
		}{
			{[]string{"org", "add", "--db", dsn, "--province", "ninh-binh"}, "thiếu --admin-login, --code, --name, --official-code, --type"},
			{[]string{"org", "add", "--db", dsn, "--bogus"}, "không có tham số -bogus"},
			{[]string{"org", "deactivate", "--db", dsn, "--org"}, "tham số -org cần một giá trị"},
			{[]string{"org", "import", "--db", dsn, "--province", "ninh-binh"}, "cần đúng một tệp .xlsx"},
			{[]string{"org", "frobnicate"}, "không có lệnh"},
		} {
			code, _, errOut := runAs(t, "root", c.args...)
			if code != 2 || !strings.Contains(errOut, c.words) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("nq57 %s: exit %d\n%s", strings.Join(c.args, " "), code, errOut)
			}
		}
		mustRunAs(t, "org", "add", "--db", dsn, "--province", "ninh-binh", "--name", "Bình Minh", "--type", "xa",
			"--official-code", "14560", "--code", "binh-minh", "--admin-login", "binh-minh-quantri")
		code, _, errOut := runAs(t, "root", "org", "add", "--db", dsn, "--province", "ninh-binh", "--name", "Bình Minh", "--type", "xa",
			"--official-code", "145", "--code", "xuan-hung", "--admin-login", "Binh-Minh-Quantri")
		for _, words := range []string{"--official-code: Mã định danh gồm 5 chữ số", "--code: Mã ngắn “xuan-hung” đã dùng", "--admin-login: Tên đăng nhập “binh-minh-quantri” đã có người dùng"} {
			if code != 2 || !strings.Contains(errOut, words) {
				t.Errorf("a refused commune: exit %d, missing %q\n%s", code, words, errOut)
			}
		}
		code, _, errOut = runAs(t, "root", "org", "add", "--db", dsn, "--province", "xuan-hung", "--name", "Bình Minh", "--type", "xa",
			"--official-code", "14560", "--code", "binh-minh", "--admin-login", "binh-minh-quantri")
		if code != 2 || !strings.Contains(errOut, "cần mã một tỉnh") {
			t.Errorf("a commune as the province: exit %d\n%s", code, errOut)
		}
	})
}

// A province is made from the command line with its administrator, then
// its communes from a workbook: a dry run saves nothing, the import prints
// each administrator's one-time password.
func TestOrgAddProvinceAndImportCommunes(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		out := mustRunAs(t, "org", "add-province", "--db", dsn, "--code", "thanh-hoa", "--name", "Thanh Hóa", "--official-code", "38",
			"--admin-login", "thanhhoa-quantri", "--admin-email", "qt@thanhhoa.gov.vn")
		if !strings.Contains(out, "Đã tạo tỉnh Thanh Hóa") || !strings.Contains(out, "thanhhoa-quantri") {
			t.Errorf("add-province printed\n%s", out)
		}
		book := filepath.Join(t.TempDir(), "xa-phuong.xlsx")
		writeCommunesBook(t, book, []string{"Hải Tiến", "phường", "16000", "hai-tien", "haitien-quantri", "", ""},
			[]string{"Sầm Sơn", "phường", "16001", "sam-son", "samson-quantri", "", ""})
		out = mustRunAs(t, "org", "import", "--db", dsn, "--province", "thanh-hoa", book, "--dry-run")
		if !strings.Contains(out, "chạy thử, chưa ghi gì. Sẽ thêm 2 xã, phường") {
			t.Errorf("dry run printed\n%s", out)
		}
		s := openTestStore(t, dsn)
		if _, err := s.OrgByCode(t.Context(), "hai-tien"); !domain.IsNotFound(err) {
			t.Fatalf("the dry run saved: %v", err)
		}
		out = mustRunAs(t, "org", "import", "--db", dsn, "--province", "thanh-hoa", book)
		if !strings.Contains(out, "đã thêm 2 xã, phường") || !strings.Contains(out, "haitien-quantri") || !strings.Contains(out, "samson-quantri") {
			t.Errorf("import printed\n%s", out)
		}
		o, err := s.OrgByCode(t.Context(), "sam-son")
		must(t, err)
		p, err := s.OrgByCode(t.Context(), "thanh-hoa")
		must(t, err)
		if o.ParentID != p.ID || p.Level != domain.LevelProvince || p.OfficialCode != "38" {
			t.Errorf("the province %+v and its commune %+v", p, o)
		}
		code, _, errOut := runAs(t, "root", "org", "import", "--db", dsn, "--province", "thanh-hoa", book)
		if code != 2 || !strings.Contains(errOut, "Xã, phường!D2") {
			t.Errorf("the same workbook again: exit %d\n%s", code, errOut)
		}
	})
}

// writeCommunesBook writes a communes workbook with rows to path.
func writeCommunesBook(t *testing.T, path string, rows ...[]string) {
	t.Helper()
	var buf bytes.Buffer
	must(t, excel.WriteCommunes(&buf, rows))
	must(t, os.WriteFile(path, buf.Bytes(), 0o600))
}
