package app

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

var userTestNow = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

// runUserCommand runs the command line as the OS user "tester", with stdin.
func runUserCommand(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &App{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return map[string]string{"USER": "tester"}[k] },
		Now:    func() time.Time { return userTestNow }}
	if code := a.Run(context.Background(), args); code != 0 {
		t.Fatalf("nq57 %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errOut.String())
	}
	return out.String()
}

// The command line adds a user and resets a password through the same use
// cases as the users screen: the audit rows are the same but for who acted.
func TestCLIAndWebAddAndResetLeaveTheSameAuditRows(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		runUserCommand(t, "", "demo", "--commune-only", "--db", dsn)
		w := startWeb(t, dsn)
		s, org, unit := w.Store, w.Org, w.Unit("vh-xh")
		admin := w.client
		post(t, admin, w.url+"/users", url.Values{"login": {"kinhte-web"}, "name": {"Đỗ Thị Lan"}, "role": {"staff"}, "unit": {fmt.Sprint(unit.ID)}}, http.StatusOK)
		webUser, err := s.UserByLogin(ctx, "kinhte-web")
		if err != nil {
			t.Fatal(err)
		}
		post(t, admin, fmt.Sprintf("%s/users/%d/reset-password", w.url, webUser.ID), nil, http.StatusOK)

		runUserCommand(t, "mật-khẩu-dòng-lệnh\n", "user", "add", "--db", dsn, "--org", demo.CommuneCode, "--role", "staff",
			"--login", "kinhte-cli", "--name", "Đỗ Thị Lan", "--unit", "vh-xh")
		runUserCommand(t, "mật-khẩu-mới-dòng-lệnh\n", "user", "reset-password", "--db", dsn, "--login", "kinhte-cli")

		log, err := s.AuditLog(ctx, org.ID, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string]domain.AuditEntry{}
		for _, e := range log {
			rows[e.UserName+" "+e.Action] = e
		}
		for _, action := range []string{"user.add", "user.reset_password"} {
			w, c := rows["quantri "+action], rows["dòng lệnh (tester) "+action]
			if w.Action == "" || c.Action == "" {
				t.Fatalf("%s: web row %+v, command-line row %+v", action, w, c)
			}
			same := func(s string) string { return strings.ReplaceAll(s, "kinhte-web", "kinhte-cli") }
			if same(w.Entity) != c.Entity || same(w.Before) != c.Before || same(w.After) != c.After || w.Reason != c.Reason {
				t.Errorf("%s differs:\n web %+v\n cli %+v", action, w, c)
			}
		}
	})
}

func TestCLIDisablesAndEnablesAUser(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		runUserCommand(t, "", "demo", "--commune-only", "--db", dsn)
		runUserCommand(t, "mật-khẩu-dòng-lệnh\n", "user", "add", "--db", dsn, "--org", demo.CommuneCode, "--role", "viewer", "--login", "xem2")
		if out := runUserCommand(t, "", "user", "disable", "--db", dsn, "--login", "xem2"); !strings.Contains(out, "đã khóa") {
			t.Errorf("disable said: %s", out)
		}
		s, err := storage.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if u, err := s.UserByLogin(context.Background(), "xem2"); err != nil || !u.Disabled || u.ChangedBy != "dòng lệnh (tester)" {
			t.Errorf("after disable: %+v %v", u, err)
		}
		runUserCommand(t, "", "user", "enable", "--db", dsn, "--login", "xem2")
		if u, _ := s.UserByLogin(context.Background(), "xem2"); u.Disabled {
			t.Error("still disabled")
		}
	})
}

// The command line names a province's staff account as the province calls
// it, a chuyên viên, and the organisation with its level.
func TestCLINamesAProvinceStaffAChuyenVien(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		runUserCommand(t, "", "demo", "--db", dsn)
		out := runUserCommand(t, "mật-khẩu-dòng-lệnh\n", "user", "add", "--db", dsn, "--org", demo.ProvinceCode, "--role", "staff",
			"--login", "tinh-chuyenvien-2", "--name", "Phạm Minh Đức")
		if want := "Đã tạo tài khoản tinh-chuyenvien-2 (Chuyên viên) của tỉnh Ninh Bình."; strings.TrimSpace(out) != want {
			t.Errorf("nq57 user add said %q, want %q", out, want)
		}
	})
}
