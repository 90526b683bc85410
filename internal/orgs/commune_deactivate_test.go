package orgs

import (
	"context"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/usecase"
)

// A deactivated commune keeps its data to read: its people change nothing
// more, its public form takes no new submission and the public list no
// longer shows it. The reason is in both logs.
func TestADeactivatedCommuneOnlyReads(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		if _, err := f.svc.DeactivateCommune(ctx, f.asProvince("tinh-quantri"), "xuan-hung", " "); domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), "lý do") {
			t.Errorf("no reason: %v", err)
		}
		o, err := f.svc.DeactivateCommune(ctx, f.asProvince("tinh-quantri"), "xuan-hung", "Sáp nhập vào xã Bình Minh")
		must(t, err)
		if o.Active() || o.DeactivatedBy != "Đinh Văn Quang" {
			t.Fatalf("the commune after: %+v", o)
		}
		closed := usecase.Actor{User: f.demo.User("quantri"), Org: o}
		if _, err := f.svc.Units(ctx, closed); err != nil {
			t.Errorf("its administrator may no longer read its units: %v", err)
		}
		_, err = f.svc.AddUnit(ctx, closed, UnitInput{Code: "tu-phap", Name: "Phòng Tư pháp"})
		if domain.ErrorCode(err) != domain.Forbidden || !strings.Contains(err.Error(), "đã ngừng hoạt động") {
			t.Errorf("its administrator added a unit: %v", err)
		}
		dir, err := f.svc.Communes(ctx, "")
		must(t, err)
		if dir.All != 0 || len(dir.Communes) != 0 {
			t.Errorf("the public list still shows it: %+v", dir)
		}
		_, err = submissions.New(f.demo.Env).Submit(ctx, submissions.SubmitInput{OrgCode: "xuan-hung", Consent: true})
		if domain.ErrorCode(err) != domain.Conflict || !strings.Contains(err.Error(), "không nhận phản ánh, kiến nghị mới") {
			t.Errorf("its public form took a submission: %v", err)
		}
		for _, orgID := range []int64{f.org.ParentID, f.org.ID} {
			log, err := f.store.AuditLog(ctx, orgID, 1, 0)
			must(t, err)
			if log[0].Action != "commune.deactivate" || log[0].Reason != "Sáp nhập vào xã Bình Minh" {
				t.Errorf("the log of %d: %+v", orgID, log[0])
			}
		}
		_, err = f.svc.DeactivateCommune(ctx, f.asProvince("tinh-quantri"), "xuan-hung", "Lần nữa")
		if domain.ErrorCode(err) != domain.Conflict || !strings.Contains(err.Error(), "đã ngừng hoạt động từ ngày 28/03/2026") {
			t.Errorf("deactivated twice: %v", err)
		}
		list, err := f.svc.ProvinceCommunes(ctx, f.asProvince("tinh-xem"), CommuneFilter{State: StateInactive})
		must(t, err)
		if list.Active != 0 || len(list.Communes) != 1 {
			t.Errorf("the inactive communes: %+v", list)
		}
	})
}

// A province acts only on its own communes: another province's
// administrator finds none of Ninh Bình's, and lists only their own.
func TestAProvinceActsOnItsOwnCommunesOnly(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		far := f.farProvince()
		if _, err := f.svc.DeactivateCommune(ctx, far, "xuan-hung", "Thử"); !domain.IsNotFound(err) || strings.Contains(err.Error(), "Xuân Hưng") {
			t.Errorf("Thanh Hóa deactivated Xuân Hưng: %v", err)
		}
		if _, err := f.svc.ProvinceCommune(ctx, far, "xuan-hung"); !domain.IsNotFound(err) {
			t.Errorf("Thanh Hóa read Xuân Hưng: %v", err)
		}
		if _, err := f.svc.DeactivateCommune(ctx, f.asProvince("tinh-quantri"), "hai-tien", "Thử"); !domain.IsNotFound(err) {
			t.Errorf("Ninh Bình deactivated Hải Tiến: %v", err)
		}
		if _, err := f.svc.DeactivateCommune(ctx, f.asProvince("tinh-quantri"), "ninh-binh", "Thử"); !domain.IsNotFound(err) {
			t.Errorf("Ninh Bình deactivated itself: %v", err)
		}
		list, err := f.svc.ProvinceCommunes(ctx, far, CommuneFilter{})
		must(t, err)
		if len(list.Communes) != 1 || list.Communes[0].Code != "hai-tien" || list.Communes[0].Users != 1 {
			t.Errorf("Thanh Hóa's communes: %+v", list)
		}
		o, err := f.store.OrgByCode(ctx, "xuan-hung")
		must(t, err)
		if !o.Active() {
			t.Error("a refused deactivation deactivated Xuân Hưng")
		}
	})
}
