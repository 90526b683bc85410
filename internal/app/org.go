package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/orgs"
)

// runOrg is "nq57 org add-province|add|import|deactivate": a province and
// its communes set up from the server, calling the same use cases as the
// province's screens, audited as "dòng lệnh (<OS user>)". One-time
// passwords are printed once, never stored.
func runOrg(ctx context.Context, a *App, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(a.Stderr, "Cách dùng: nq57 org add-province|add|import|deactivate [tham số] (xem: nq57 org add -h)")
		return errUsage
	}
	switch args[0] {
	case "add-province":
		return runOrgAddProvince(ctx, a, args[1:])
	case "add":
		return runOrgAdd(ctx, a, args[1:])
	case "import":
		return runOrgImport(ctx, a, args[1:])
	case "deactivate":
		return runOrgDeactivate(ctx, a, args[1:])
	}
	fmt.Fprintf(a.Stderr, "nq57 org: không có lệnh %q (add-province, add, import, deactivate)\n", args[0])
	return errUsage
}

// adminFlags are the flags of a new organisation's administrator.
type adminFlags struct{ login, name, email *string }

func newAdminFlags(fs *flag.FlagSet) adminFlags {
	return adminFlags{
		login: fs.String("admin-login", "", "tên đăng nhập của người quản trị (bắt buộc)"),
		name:  fs.String("admin-name", "", "họ tên người quản trị"),
		email: fs.String("admin-email", "", "email của người quản trị"),
	}
}

func runOrgAddProvince(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("org add-province", `org add-province --code MÃ_NGẮN --name "Tên tỉnh" --official-code 37 --admin-login TÊN [--admin-name HỌ_TÊN] [--admin-email EMAIL]`)
	code := fs.String("code", "", "mã ngắn của tỉnh, dùng trong đường dẫn và tham số (bắt buộc), ví dụ ninh-binh")
	name := fs.String("name", "", "tên tỉnh, không kèm chữ “tỉnh” (bắt buộc)")
	official := fs.String("official-code", "", "mã định danh 2 chữ số theo QĐ 19/2025/QĐ-TTg (bắt buộc)")
	admin := newAdminFlags(fs)
	if _, err := a.orgFlags(fs, args, 0, map[string]*string{"code": code, "name": name, "official-code": official, "admin-login": admin.login}); err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	made, err := orgs.New(env).AddProvince(ctx, a.actor(domain.Org{}), orgs.ProvinceForm{Name: *name, OfficialCode: *official, Code: *code,
		AdminLogin: *admin.login, AdminName: *admin.name, AdminEmail: *admin.email})
	if err != nil {
		return flagProblems(err)
	}
	a.printMade(made)
	return nil
}

func runOrgAdd(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("org add", `org add --province MÃ_TỈNH --name "Tên" --type xa|phuong|dac_khu --official-code MÃ --code MÃ_NGẮN --admin-login TÊN [--admin-name HỌ_TÊN] [--admin-email EMAIL]`)
	province := fs.String("province", "", "mã ngắn của tỉnh (bắt buộc), ví dụ ninh-binh")
	name := fs.String("name", "", "tên xã, phường, không kèm chữ “xã”, “phường” (bắt buộc)")
	typ := fs.String("type", "", "loại: xa, phuong hoặc dac_khu (bắt buộc)")
	official := fs.String("official-code", "", "mã định danh 5 chữ số theo QĐ 19/2025/QĐ-TTg (bắt buộc)")
	code := fs.String("code", "", "mã ngắn dùng trong đường dẫn (bắt buộc), ví dụ gia-vien")
	admin := newAdminFlags(fs)
	required := map[string]*string{"province": province, "name": name, "type": typ, "official-code": official, "code": code, "admin-login": admin.login}
	if _, err := a.orgFlags(fs, args, 0, required); err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	svc := orgs.New(env)
	p, err := svc.ByCode(ctx, *province)
	if err != nil {
		return err
	}
	made, err := svc.AddCommune(ctx, a.actor(p), orgs.CommuneForm{Name: *name, Type: *typ, OfficialCode: *official, Code: *code,
		AdminLogin: *admin.login, AdminName: *admin.name, AdminEmail: *admin.email})
	if err != nil {
		return flagProblems(err)
	}
	a.printMade(made)
	return nil
}

func runOrgImport(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("org import", "org import --province MÃ_TỈNH TỆP.xlsx [--dry-run]")
	province := fs.String("province", "", "mã ngắn của tỉnh (bắt buộc), ví dụ ninh-binh")
	dryRun := fs.Bool("dry-run", false, "chỉ kiểm tra và cho xem, không ghi gì")
	rest, err := a.orgFlags(fs, args, 1, map[string]*string{"province": province})
	if err != nil {
		return err
	}
	path := rest[0]
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("không mở được tệp %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	svc := orgs.New(env)
	p, err := svc.ByCode(ctx, *province)
	if err != nil {
		return err
	}
	res, err := svc.ImportCommunes(ctx, a.actor(p), io.LimitReader(f, maxWorkbookBytes), !*dryRun)
	if err != nil {
		return err
	}
	return a.printImport(res, path, *dryRun)
}

// maxWorkbookBytes bounds a workbook the command line reads, as the web's
// upload limit does.
const maxWorkbookBytes = 10 << 20

func runOrgDeactivate(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("org deactivate", `org deactivate --org MÃ_XÃ --reason "Lý do"`)
	code := fs.String("org", "", "mã ngắn của xã, phường (bắt buộc)")
	reason := fs.String("reason", "", "lý do ngừng hoạt động (bắt buộc)")
	if _, err := a.orgFlags(fs, args, 0, map[string]*string{"org": code, "reason": reason}); err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	svc := orgs.New(env)
	p, err := svc.ProvinceOfCommune(ctx, *code)
	if err != nil {
		return err
	}
	o, err := svc.DeactivateCommune(ctx, a.actor(p), *code, *reason)
	if err != nil {
		return flagProblems(err)
	}
	fmt.Fprintf(a.Stdout, "%s đã ngừng hoạt động: dữ liệu được giữ để xem, tài khoản của xã, phường chỉ còn xem được.\n", domain.UpperFirst(o.DisplayName()))
	return nil
}

// printMade prints a new organisation and its administrator's one-time
// password, the one time it is shown.
func (a *App) printMade(made orgs.NewOrg) {
	fmt.Fprintf(a.Stdout, "Đã tạo %s (mã %s).\n", made.Org.DisplayName(), made.Org.Code)
	fmt.Fprintf(a.Stdout, "Tài khoản quản trị: %s\nMật khẩu một lần:   %s\n", made.Admin.Login, made.Password)
	fmt.Fprintln(a.Stdout, "Trao mật khẩu này cho người quản trị; họ phải đổi ở lần đăng nhập đầu. Mật khẩu không được lưu và không hiện lại.")
}

// printImport prints what an import found or did; a workbook with problems
// is an Invalid error listing them.
func (a *App) printImport(res orgs.CommuneImport, path string, dryRun bool) error {
	if len(res.Problems) > 0 || res.Message != "" {
		return domain.InvalidInput(fmt.Sprintf("%s: %s", path, res.Message), res.Problems)
	}
	w := a.Stdout
	if dryRun {
		fmt.Fprintf(w, "%s — chạy thử, chưa ghi gì. Sẽ thêm %d xã, phường:\n", path, len(res.Rows))
		for _, row := range res.Rows {
			fmt.Fprintf(w, "  dòng %d: %s (mã %s, %s), quản trị %s\n", row.Row, row.Org.DisplayName(), row.Org.Code, row.Org.OfficialCode, row.Admin.Login)
		}
		return nil
	}
	fmt.Fprintf(w, "%s — đã thêm %d xã, phường. Mật khẩu một lần (chỉ hiện lần này, không được lưu):\n", path, len(res.Made))
	for _, m := range res.Made {
		fmt.Fprintf(w, "  %s\t%s\t%s\t%s\n", m.Org.Code, m.Org.DisplayName(), m.Admin.Login, m.Password)
	}
	return nil
}

// orgFlags parses the flags of an org command (flags may stand before or
// after the one positional argument a command takes, when it takes one)
// and checks the required ones. A mistake is one Vietnamese line, naming the
// flag, and the exit code 2; -h prints the usage.
func (a *App) orgFlags(fs *flag.FlagSet, args []string, positional int, required map[string]*string) ([]string, error) {
	usage := fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	bad := func(format string, args ...any) ([]string, error) {
		fmt.Fprintf(a.Stderr, "nq57 %s: %s (xem: nq57 %s -h)\n", fs.Name(), fmt.Sprintf(format, args...), fs.Name())
		return nil, errUsage
	}
	for _, arg := range args {
		if p := domain.CheckText(arg, false); p != "" {
			return bad("tham số %q %s", arg, p)
		}
	}
	var rest []string
	for {
		if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
			usage()
			return nil, errUsage
		} else if err != nil {
			return bad("%s", flagError(err))
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(rest) != positional {
		if positional == 0 {
			return bad("thừa tham số %q", strings.Join(rest, " "))
		}
		return bad("cần đúng một tệp .xlsx")
	}
	var missing []string
	fs.VisitAll(func(f *flag.Flag) {
		if v, ok := required[f.Name]; ok && strings.TrimSpace(*v) == "" {
			missing = append(missing, "--"+f.Name)
		}
	})
	if len(missing) > 0 {
		return bad("thiếu %s", strings.Join(missing, ", "))
	}
	return rest, nil
}

// flagError says in Vietnamese what the flag package found wrong.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "không có tham số " + name
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "tham số " + name + " cần một giá trị"
	}
	return "tham số không đúng: " + msg
}

// flagProblems names the problems of a use case's refusal by the flags
// that carry them (admin_login → --admin-login).
func flagProblems(err error) error {
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Invalid {
		return err
	}
	problems := make([]domain.Problem, len(de.Problems))
	for i, p := range de.Problems {
		problems[i] = domain.Problem{Field: "--" + strings.ReplaceAll(p.Field, "_", "-"), Message: p.Message}
	}
	return domain.InvalidInput(de.Message, problems)
}
