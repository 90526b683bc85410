package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Password is the password of every demo account. It is printed at start and
// listed in the README: the demo is for trying nq57 out, never for real data.
const Password = "nq57-demo-2026"

// Account is a demo account of the commune.
type Account struct {
	Login, Name string
	Role        domain.UserRole
	UnitCode    string // the unit of a staff account
}

// Accounts lists one demo account per role (two for unit staff, whose screens
// differ by unit).
var Accounts = []Account{
	{"quantri", "Nguyễn Văn Quản", domain.RoleAdmin, ""},
	{"lanhdao", "Bùi Thị Hồng Chiên", domain.RoleLeader, ""},
	{"vanphong", "Trần Thị Hoa", domain.RoleStaff, "vp-hdnd-ubnd"},
	{"vanhoa", "Lê Văn Nam", domain.RoleStaff, "vh-xh"},
	{"xem", "Phạm Minh Tuấn", domain.RoleViewer, ""},
}

// ProvinceAccounts lists one demo account per role of the province (Ninh
// Bình): the administrator who adds communes, the leader who issues the
// requests, the chuyên viên who accepts or returns the communes' reports, and
// a viewer.
var ProvinceAccounts = []Account{
	{"tinh-quantri", "Đinh Văn Quang", domain.RoleAdmin, ""},
	{"tinh-lanhdao", "Phạm Thị Thu Hà", domain.RoleLeader, ""},
	{"tinh-chuyenvien", "Vũ Đức Minh", domain.RoleStaff, ""},
	{"tinh-xem", "Hoàng Thị Lan", domain.RoleViewer, ""},
}

// LoadAccounts creates the demo accounts that do not exist yet, the
// commune's and the province's, with Password hashed by hash. Existing
// accounts are left as they are; when all exist, nothing is hashed.
func LoadAccounts(ctx context.Context, s *storage.Store, hash func(string) (string, error), now time.Time) error {
	passwordHash := &onceHash{hash: hash}
	return s.WithTx(ctx, func(tx *storage.Store) error {
		if err := loadAccounts(ctx, tx, CommuneCode, Accounts, passwordHash, now); err != nil {
			return err
		}
		return loadAccounts(ctx, tx, ProvinceCode, ProvinceAccounts, passwordHash, now)
	})
}

// loadAccounts creates in the organisation with the code those of accounts
// that do not exist yet.
func loadAccounts(ctx context.Context, tx *storage.Store, orgCode string, accounts []Account, passwordHash *onceHash, now time.Time) error {
	org, err := tx.OrgByCode(ctx, orgCode)
	if err != nil {
		return fmt.Errorf("demo accounts: %w", err)
	}
	units, err := tx.Units(ctx, org.ID)
	if err != nil {
		return fmt.Errorf("demo accounts: %w", err)
	}
	for _, a := range accounts {
		if _, err := tx.UserByLogin(ctx, a.Login); err == nil {
			continue
		} else if !domain.IsNotFound(err) {
			return err
		}
		hash, err := passwordHash.get()
		if err != nil {
			return err
		}
		u := domain.User{OrgID: org.ID, UnitID: unitID(units, a.UnitCode), Login: a.Login, Name: a.Name, Role: a.Role, PasswordHash: hash, CreatedAt: now}
		if err := tx.SaveUser(ctx, &u); err != nil {
			return fmt.Errorf("demo account %s: %w", a.Login, err)
		}
	}
	return nil
}

func unitID(units []domain.Unit, code string) int64 {
	for _, u := range units {
		if u.Code == code {
			return u.ID
		}
	}
	return 0
}

// onceHash hashes Password at the first get, and only then: a hash costs
// tens of milliseconds and megabytes of memory, and a load that finds every
// account there needs none.
type onceHash struct {
	hash  func(string) (string, error)
	value string
}

func (h *onceHash) get() (string, error) {
	if h.value != "" {
		return h.value, nil
	}
	v, err := h.hash(Password)
	if err != nil {
		return "", fmt.Errorf("hash the demo password: %w", err)
	}
	h.value = v
	return v, nil
}
