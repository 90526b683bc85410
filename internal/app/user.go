package app

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// runUser is "nq57 user add|reset-password|disable|enable", for
// administrators who script. It calls the same use cases as the users
// screen, audited as "dòng lệnh (<OS user>)". Passwords come from standard
// input (first line) or a file, never from the command line, where other
// users could see them.
func runUser(ctx context.Context, a *App, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(a.Stderr, "Cách dùng: nq57 user add|reset-password|disable|enable [tham số] (mật khẩu đọc từ stdin hoặc --password-file)")
		return errUsage
	}
	switch args[0] {
	case "add":
		return runUserAdd(ctx, a, args[1:])
	case "reset-password":
		return runUserReset(ctx, a, args[1:])
	case "disable":
		return runUserDisable(ctx, a, args[1:], true)
	case "enable":
		return runUserDisable(ctx, a, args[1:], false)
	}
	fmt.Fprintf(a.Stderr, "nq57 user: không có lệnh %q (add, reset-password, disable, enable)\n", args[0])
	return errUsage
}

func runUserAdd(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("user add", "user add --org MÃ --role admin|leader|staff|viewer --login TÊN [--name HỌ_TÊN] [--email EMAIL] [--unit MÃ_CƠ_QUAN] [--password-file TỆP]")
	org := fs.String("org", "", "mã đơn vị (bắt buộc)")
	role := fs.String("role", "", "vai trò: admin, leader, staff, viewer (bắt buộc)")
	login := fs.String("login", "", "tên đăng nhập (bắt buộc)")
	name := fs.String("name", "", "họ tên")
	email := fs.String("email", "", "email để nhận thông báo")
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
	password, err := a.readPassword(*file)
	if err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	o, err := orgByCode(ctx, env, *org)
	if err != nil {
		return err
	}
	made, err := a.accounts(env).AddUser(ctx, a.actor(o), accounts.NewUser{Login: *login, Name: *name, Email: *email, Role: domain.UserRole(*role),
		UnitCode: *unit, Password: password, NoChange: *keep})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Đã tạo tài khoản %s (%s) của %s.\n", made.User.Login, made.User.Role.LabelAt(o.Level), o.DisplayName())
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
	password, err := a.readPassword(*file)
	if err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	made, err := a.accounts(env).ResetPassword(ctx, a.actor(domain.Org{}), accounts.PasswordReset{Login: *login, Password: password})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Đã đặt lại mật khẩu của %s; người dùng phải đổi ở lần đăng nhập tới.\n", made.User.Login)
	return nil
}

// runUserDisable is "nq57 user disable" and "nq57 user enable".
func runUserDisable(ctx context.Context, a *App, args []string, disable bool) error {
	verb := map[bool]string{true: "disable", false: "enable"}[disable]
	fs, db := a.newFlags("user "+verb, "user "+verb+" --login TÊN")
	login := fs.String("login", "", "tên đăng nhập (bắt buộc)")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 || *login == "" {
		return usageError(fs, "cần --login")
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	u, err := a.accounts(env).SetDisabled(ctx, a.actor(domain.Org{}), accounts.Disabling{Login: *login, Disabled: disable})
	if err != nil {
		return err
	}
	if u.Disabled {
		fmt.Fprintf(a.Stdout, "Tài khoản %s đã khóa: không đăng nhập được, các phiên đăng nhập đã kết thúc.\n", u.Login)
	} else {
		fmt.Fprintf(a.Stdout, "Tài khoản %s đang dùng được.\n", u.Login)
	}
	return nil
}

// accounts returns the accounts use cases on the store, with the app's clock.
func (a *App) accounts(env usecase.Env) *accounts.Service {
	return accounts.New(env, accounts.DefaultPolicy())
}

// readPassword reads a password from the file, or the first line of standard
// input.
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
	return password, nil
}
