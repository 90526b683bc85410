package accounts

import (
	"context"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// A page that does not say which version of an account it showed (a form
// without its hidden version) cannot save over a change made meanwhile:
// version 0 is refused, not taken as "whatever the account holds now".
func TestAnAccountChangeWithoutItsVersionIsRefused(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		u := f.user("xem")
		first, err := f.svc.EditUser(ctx, f.as("quantri"), UserEdit{ID: u.ID, Version: u.Version, Name: "Tên vừa sửa", Role: domain.RoleViewer})
		must(t, err)
		_, err = f.svc.EditUser(ctx, f.as("quantri"), UserEdit{ID: u.ID, Name: "Tên trên trang cũ", Role: domain.RoleLeader})
		wantCode(t, err, domain.Invalid)
		_, err = f.svc.SetDisabled(ctx, f.as("quantri"), Disabling{ID: u.ID, Disabled: true})
		wantCode(t, err, domain.Invalid)
		if got := f.user("xem"); got.Name != "Tên vừa sửa" || got.Role != domain.RoleViewer || got.Disabled || got.Version != first.Version {
			t.Errorf("a change without its version was saved: %+v", got)
		}
	})
}

// A stale save of a province's account names its role as the province
// calls it: a chuyên viên, not a commune's "Cán bộ đơn vị".
func TestAStaleProvinceAccountIsNamedAsTheProvinceCallsIt(t *testing.T) {
	t.Parallel()
	eachFixture(t, testPolicy(), func(t *testing.T, f *fixture) {
		ctx := context.Background()
		province, err := f.demo.Store.OrgByID(ctx, f.demo.Org.ParentID)
		must(t, err)
		admin := usecase.Actor{User: f.user("tinh-quantri"), Org: province}
		u := f.user("tinh-chuyenvien")
		_, err = f.svc.EditUser(ctx, admin, UserEdit{ID: u.ID, Version: u.Version, Name: "Vũ Đức Minh", Role: domain.RoleStaff})
		must(t, err)
		_, err = f.svc.EditUser(ctx, admin, UserEdit{ID: u.ID, Version: u.Version, Name: "Tên trên trang cũ", Role: domain.RoleStaff})
		wantCode(t, err, domain.Stale)
		if msg := err.Error(); !strings.Contains(msg, "Vũ Đức Minh, Chuyên viên, đang dùng") {
			t.Errorf("the stale save says %q", msg)
		}
	})
}
