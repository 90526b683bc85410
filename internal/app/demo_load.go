package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// loadDemo loads the demo commune, the demo accounts and the demo
// province's other communes (dữ liệu mẫu) with the province's request and
// their reports of January to March filed to it, with the demo password
// hashed as every password is; with communeOnly, the demo commune and its
// accounts alone. Each load changes nothing the second time.
func (a *App) loadDemo(ctx context.Context, env usecase.Env, communeOnly bool) error {
	if err := demo.Load(ctx, env.Store); err != nil {
		return fmt.Errorf("nạp dữ liệu demo: %w", err)
	}
	hash := hashOnce(auth.HashPassword)
	if err := demo.LoadAccounts(ctx, env.Store, hash, a.Now()); err != nil {
		return fmt.Errorf("tạo tài khoản demo: %w", err)
	}
	if communeOnly {
		return nil
	}
	if err := demo.LoadProvince(ctx, env.Store, hash, a.Now()); err != nil {
		return fmt.Errorf("nạp các xã, phường mẫu của tỉnh Ninh Bình: %w", err)
	}
	if err := a.loadDemoFilings(ctx, env); err != nil {
		return fmt.Errorf("nạp các báo cáo mẫu gửi tỉnh: %w", err)
	}
	return nil
}

// hashOnce returns hash, remembering the hash of the first password it is
// given and returning it for that password again: every demo account has
// the one demo password, and a hash costs tens of milliseconds.
func hashOnce(hash func(string) (string, error)) func(string) (string, error) {
	var password, hashed string
	return func(p string) (string, error) {
		if hashed != "" && p == password {
			return hashed, nil
		}
		h, err := hash(p)
		if err == nil {
			password, hashed = p, h
		}
		return h, err
	}
}

// printDemo prints the demo province's other communes (unless only the
// commune was loaded) and every demo
// account: the commune's, the province's, and the pattern of the other
// communes' administrators.
func (a *App) printDemo(communeOnly bool) {
	communes := demo.ProvinceCommunes()
	names := make([]string, len(communes))
	for i, c := range communes {
		names[i] = c.Org.DisplayName()
	}
	if !communeOnly {
		fmt.Fprintf(a.Stdout, "Tỉnh Ninh Bình có thêm %d xã, phường (dữ liệu mẫu: tên thật, số liệu tự tạo), mỗi nơi một bản sao chương trình, số liệu tháng 1-3/2026 và các báo cáo đã gửi tỉnh theo Công văn số 202-CV/UBKTTU: %s.\n",
			len(communes), strings.Join(names, ", "))
	}
	fmt.Fprintf(a.Stdout, "Tài khoản demo (mật khẩu chung: %s):\n", demo.Password)
	fmt.Fprintln(a.Stdout, "  Xã Xuân Hưng:")
	a.printAccounts(demo.Accounts, domain.LevelCommune)
	fmt.Fprintln(a.Stdout, "  Tỉnh Ninh Bình:")
	a.printAccounts(demo.ProvinceAccounts, domain.LevelProvince)
	if !communeOnly {
		fmt.Fprintf(a.Stdout, "  Quản trị của mỗi xã, phường mẫu: <mã>-quantri, ví dụ %s, %s\n", communes[0].Admin.Login, communes[len(communes)-1].Admin.Login)
	}
}

// printAccounts prints one line per account: login, role and unit.
func (a *App) printAccounts(accounts []demo.Account, level domain.OrgLevel) {
	for _, acc := range accounts {
		unit := ""
		if acc.UnitCode != "" {
			unit = " — đơn vị " + acc.UnitCode
		}
		fmt.Fprintf(a.Stdout, "    %-16s %s%s\n", acc.Login, acc.Role.LabelAt(level), unit)
	}
}
