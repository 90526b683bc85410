package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// runUser is "nq57 user add" and "nq57 user reset-password", for
// administrators who script. Passwords come from standard input (first line)
// or a file, never from the command line, where other users could see them.
func runUser(ctx context.Context, a *App, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(a.Stderr, "Cách dùng: nq57 user add|reset-password [tham số] (mật khẩu đọc từ stdin hoặc --password-file)")
		return errUsage
	}
	switch args[0] {
	case "add":
		return runUserAdd(ctx, a, args[1:])
	case "reset-password":
		return runUserReset(ctx, a, args[1:])
	}
	fmt.Fprintf(a.Stderr, "nq57 user: không có lệnh %q (add, reset-password)\n", args[0])
	return errUsage
}

func runUserAdd(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("user add", "user add --org MÃ --role admin|leader|staff|viewer --login TÊN [--name HỌ_TÊN] [--unit MÃ_CƠ_QUAN] [--password-file TỆP]")
	org := fs.String("org", "", "mã đơn vị (bắt buộc)")
	role := fs.String("role", "", "vai trò: admin, leader, staff, viewer (bắt buộc)")
	login := fs.String("login", "", "tên đăng nhập (bắt buộc)")
	name := fs.String("name", "", "họ tên")
	unit := fs.String("unit", "", "mã cơ quan, đơn vị (bắt buộc với staff)")
	file := fs.String("password-file", "", "tệp chứa mật khẩu (mặc định: đọc dòng đầu của stdin)")
	keep := fs.Bool("no-change", false, "không buộc đổi mật khẩu ở lần đăng nhập đầu")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError(fs, "tham số thừa: %v", rest)
	}
	if *org == "" || *role == "" || *login == "" {
		return usageError(fs, "cần --org, --role và --login")
	}
	hash, err := a.readPassword(*file)
	if err != nil {
		return err
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	o, err := orgByCode(ctx, s, *org)
	if err != nil {
		return err
	}
	unitID, err := unitByCode(ctx, s, o.ID, *unit)
	if err != nil {
		return err
	}
	u := domain.User{OrgID: o.ID, UnitID: unitID, Login: *login, Name: *name, Role: domain.UserRole(*role), PasswordHash: hash, MustChange: !*keep, CreatedAt: a.Now()}
	if err := saveUserAudited(ctx, s, u, "user.add", a.Now()); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Đã tạo tài khoản %s (%s) của %s.\n", strings.ToLower(*login), u.Role.Label(), o.Name)
	return nil
}

func runUserReset(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("user reset-password", "user reset-password --login TÊN [--password-file TỆP]")
	login := fs.String("login", "", "tên đăng nhập (bắt buộc)")
	file := fs.String("password-file", "", "tệp chứa mật khẩu mới (mặc định: đọc dòng đầu của stdin)")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 || *login == "" {
		return usageError(fs, "cần --login")
	}
	hash, err := a.readPassword(*file)
	if err != nil {
		return err
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	u, err := s.UserByLogin(ctx, *login)
	if err != nil {
		return err
	}
	u.PasswordHash, u.MustChange = hash, true
	if err := saveUserAudited(ctx, s, u, "user.reset_password", a.Now()); err != nil {
		return err
	}
	if err := s.DeleteUserSessions(ctx, u.ID, ""); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Đã đặt lại mật khẩu của %s; người dùng phải đổi ở lần đăng nhập tới.\n", u.Login)
	return nil
}

// readPassword reads a password from the file, or the first line of standard
// input, and hashes it.
func (a *App) readPassword(file string) (string, error) {
	var r io.Reader = a.Stdin
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return "", fmt.Errorf("không đọc được tệp mật khẩu %s: %w", file, unwrapPath(err))
		}
		defer f.Close()
		r = f
	}
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", fmt.Errorf("đọc mật khẩu: %w", err)
	}
	password := strings.TrimRight(line, "\r\n")
	if password == "" {
		return "", domain.Errorf(domain.Invalid, "chưa có mật khẩu: đưa vào stdin (echo … | nq57 user …) hoặc --password-file")
	}
	return auth.HashPassword(password)
}

func unitByCode(ctx context.Context, s *storage.Store, orgID int64, code string) (int64, error) {
	if code == "" {
		return 0, nil
	}
	units, err := s.Units(ctx, orgID)
	if err != nil {
		return 0, err
	}
	for _, u := range units {
		if u.Code == code {
			return u.ID, nil
		}
	}
	return 0, domain.Errorf(domain.NotFound, "không có cơ quan, đơn vị mã %q", code)
}

// saveUserAudited saves the user and records it in the audit log as done by
// the command line.
func saveUserAudited(ctx context.Context, s *storage.Store, u domain.User, action string, now time.Time) error {
	return s.WithTx(ctx, func(tx *storage.Store) error {
		if err := tx.SaveUser(ctx, &u); err != nil {
			return err
		}
		after, err := json.Marshal(struct{ Login, Role string }{u.Login, string(u.Role)})
		if err != nil {
			return err
		}
		return tx.AddAudit(ctx, domain.AuditEntry{OrgID: u.OrgID, UserName: "dòng lệnh", At: now, Action: action,
			Entity: "người dùng " + u.Login, After: string(after)})
	})
}
