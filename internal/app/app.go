// Package app is the nq57 command line: it parses arguments, opens the store and
// calls the packages that do the work. cmd/nq57 only calls Run.
package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/usecase"
)

// DefaultDB is the embedded store used when neither --db nor NQ57_DB is given.
const DefaultDB = "./nq57.db"

// App holds what the commands read and write, so tests can run them in-process.
type App struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
}

// New returns an App on the process's standard streams, environment and clock.
func New() *App {
	return &App{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now}
}

// errUsage marks an error in the arguments; its message has been printed.
var errUsage = errors.New("usage")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, a *App, args []string) error
}

func (a *App) commands() []command {
	return []command{
		{"serve", "chạy ứng dụng web (mặc định http://" + DefaultAddr + ")", runServe},
		{"demo", "nạp dữ liệu demo (tỉnh Ninh Bình: xã Xuân Hưng và 12 xã, phường mẫu) và tài khoản demo", runDemo},
		{"report", "lập báo cáo NQ57 của một đơn vị cho một kỳ (docx, pdf, html, txt)", runReport},
		{"export", "xuất chương trình (criteria) hoặc số liệu một kỳ (progress) ra Excel", runExport},
		{"import", "nhập chương trình (criteria) hoặc số liệu một kỳ (progress) từ Excel", runImport},
		{"org", "thêm tỉnh (add-province), thêm xã, phường (add), nhập từ Excel (import), ngừng hoạt động (deactivate)", runOrg},
		{"user", "thêm người dùng (add), đặt lại mật khẩu (reset-password), khóa (disable) hoặc mở khóa (enable)", runUser},
		{"outbox", "xem hàng đợi thư thông báo: đang chờ, gửi không được, đã gửi", runOutbox},
		{"remind", "gửi ngay nhắc hạn báo cáo theo yêu cầu của tỉnh (serve tự gửi mỗi giờ)", runRemind},
	}
}

// Run runs the command named by args and returns the process exit code: 0 on
// success, 1 when the work failed, 2 when the arguments were wrong. Errors are
// printed as one clear line (several for a file with several problems).
func (a *App) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		a.usage(a.Stdout)
		return 0
	}
	for _, c := range a.commands() {
		if c.name == args[0] {
			return a.exitCode(c.run(ctx, a, args[1:]))
		}
	}
	fmt.Fprintf(a.Stderr, "nq57: không có lệnh %q\n", args[0])
	a.usage(a.Stderr)
	return 2
}

func (a *App) exitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp):
		return 2
	}
	fmt.Fprintln(a.Stderr, "nq57: "+message(err))
	if domain.ErrorCode(err) == domain.Invalid {
		return 2
	}
	return 1
}

// message is what the person reads: the domain error's own words when there
// is one, the whole wrapped chain otherwise.
func message(err error) string {
	var de *domain.Error
	if errors.As(err, &de) {
		return de.Error()
	}
	return err.Error()
}

func (a *App) usage(w io.Writer) {
	fmt.Fprintln(w, "nq57 — báo cáo thực hiện Nghị quyết 57-NQ/TW từ dữ liệu")
	fmt.Fprintln(w, "\nCách dùng: nq57 <lệnh> [tham số]")
	fmt.Fprintln(w, "\nCác lệnh:")
	for _, c := range a.commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nCơ sở dữ liệu: --db ĐƯỜNG_DẪN hoặc --db postgres://… (mặc định: biến NQ57_DB, rồi "+DefaultDB+").")
	fmt.Fprintln(w, "Xem tham số của một lệnh: nq57 <lệnh> -h")
}

// newFlags returns a flag set for a subcommand, with the --db flag every
// command shares.
func (a *App) newFlags(name, usageLine string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(a.Stderr, "Cách dùng: nq57 %s\n\nTham số:\n", usageLine)
		fs.PrintDefaults()
	}
	db := a.Getenv("NQ57_DB")
	if db == "" {
		db = DefaultDB
	}
	return fs, fs.String("db", db, "tệp SQLite hoặc địa chỉ postgres:// (biến NQ57_DB)")
}

// parse parses flags that may stand before or after the positional arguments
// ("import criteria F.xlsx --dry-run"), and returns the positional ones.
// Every argument is checked as text first: bytes that are not UTF-8 and
// control characters are refused, naming the flag (domain.CheckText).
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	if err := checkArgs(fs, args); err != nil {
		return nil, err
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// checkArgs refuses an argument that is not text nq57 can keep.
func checkArgs(fs *flag.FlagSet, args []string) error {
	name := "tham số"
	for _, arg := range args {
		if strings.HasPrefix(arg, "-") {
			name, _, _ = strings.Cut(strings.TrimLeft(arg, "-"), "=")
			name = "--" + name
		}
		if problem := domain.CheckText(arg, false); problem != "" {
			return usageError(fs, "%s %s", name, problem)
		}
	}
	return nil
}

// usageError prints a problem with the arguments and the command's usage.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	fmt.Fprintf(fs.Output(), "nq57 %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return errUsage
}

// open opens the store named by --db, with the app's clock.
func (a *App) open(ctx context.Context, dsn string) (usecase.Env, error) {
	env, err := usecase.Open(ctx, dsn, a.Now)
	if err != nil {
		return usecase.Env{}, fmt.Errorf("không mở được cơ sở dữ liệu %s: %w", redact(dsn), err)
	}
	return env, nil
}

// redact hides a password in a database URL before it is printed.
func redact(dsn string) string {
	if at := strings.Index(dsn, "@"); at > 0 && strings.Contains(dsn[:at], "://") {
		scheme := dsn[:strings.Index(dsn, "://")+3]
		user := dsn[len(scheme):at]
		if colon := strings.Index(user, ":"); colon >= 0 {
			return scheme + user[:colon] + ":***" + dsn[at:]
		}
	}
	return dsn
}

// orgByCode loads the organisation named by --org, which is required.
func orgByCode(ctx context.Context, env usecase.Env, code string) (domain.Org, error) {
	return orgs.New(env).ByCode(ctx, code)
}
