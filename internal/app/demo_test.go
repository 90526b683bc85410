package app

import (
	"context"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
)

// `nq57 demo` loads the province's other communes with the demo commune,
// says they are dữ liệu mẫu, and prints every demo account, the
// province's included; a second run adds nothing.
func TestDemoLoadsTheProvinceAndPrintsItsAccounts(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		out := mustRun(t, "demo", "--db", dsn)
		for _, want := range []string{"12 xã, phường (dữ liệu mẫu", "phường Hoa Lư", "xã Giao Thủy", "Tỉnh Ninh Bình:",
			"tinh-quantri     Quản trị", "tinh-lanhdao     Lãnh đạo", "tinh-chuyenvien  Chuyên viên", "tinh-xem         Xem",
			"quantri          Quản trị", "<mã>-quantri, ví dụ hoa-lu-quantri", demo.Password} {
			if !strings.Contains(out, want) {
				t.Errorf("nq57 demo does not say %q:\n%s", want, out)
			}
		}
		mustRun(t, "demo", "--db", dsn)
		ctx := context.Background()
		s, err := storage.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		province, err := s.OrgByCode(ctx, demo.ProvinceCode)
		if err != nil {
			t.Fatal(err)
		}
		communes, err := s.Orgs(ctx, province.ID)
		if err != nil || len(communes) != 13 {
			t.Fatalf("after two runs Ninh Bình has %d communes (%v), want 13", len(communes), err)
		}
		admin, err := s.UserByLogin(ctx, "gia-vien-quantri")
		if err != nil || !auth.CheckPassword(demo.Password, admin.PasswordHash) {
			t.Errorf("gia-vien-quantri does not sign in with the demo password (%v)", err)
		}
	})
}

// hashOnce hashes the demo password once for every account of a load.
func TestHashOnceHashesAPasswordOnce(t *testing.T) {
	t.Parallel()
	calls := 0
	hash := hashOnce(func(p string) (string, error) { calls++; return "h:" + p, nil })
	a, _ := hash("một")
	b, _ := hash("một")
	c, _ := hash("hai")
	if a != "h:một" || b != a || c != "h:hai" || calls != 2 {
		t.Errorf("hashes %q %q %q in %d calls, want one call per password", a, b, c, calls)
	}
}
