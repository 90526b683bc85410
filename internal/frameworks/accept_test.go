package frameworks_test

import (
	"context"
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/programs"
)

// The province revises its framework: a target changes, a criterion is
// added, two are removed (one of which the commune has values for). The
// commune sees each change by key; accepting at an older revision is
// refused as stale; accepting at the current one applies them to the keyed
// criteria only: the commune's own criterion and every value stay, the
// removed criterion with values stays as the commune's own, its key
// cleared.
func TestARevisionIsSeenAndAccepted(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		fw := f.saved(t, framework())
		p, err := f.svc.Adopt(ctx, f.commune, fw.ID)
		must(t, err)
		own, err := programs.New(f.Env).CreateCriterion(ctx, f.commune, p.ID, programs.CriterionInput{
			GroupID: p.Groups[0].ID, Text: "Wi-Fi miễn phí tại nhà văn hóa thôn", Targets: "Đạt"})
		must(t, err)
		nl01, _, _ := byKey(p, "NL-01")
		must(t, f.Store.SaveProgress(ctx, []domain.Progress{{CriterionID: nl01.ID, Period: march, Met: domain.Bool(true),
			Evidence: "QĐ 12", RecordedBy: "lanhdao", RecordedAt: f.Clock.Now()}}))

		next := framework()
		next.Groups[0].Criteria[0].Targets = []domain.Target{{Comparator: domain.AtLeast, Threshold: 95, Unit: "%"}}
		next.Groups[0].Criteria = append(next.Groups[0].Criteria, domain.Criterion{Number: 3, FrameworkKey: "HT-03",
			Text: "Điểm truy cập Internet công cộng", Roles: domain.Roles{Monitoring: domain.Role{Text: "Phòng VH-XH"}}})
		next.Groups[1].Criteria = nil
		next.Groups = next.Groups[:1]
		fw = f.saved(t, next)
		if fw.Revision != 2 {
			t.Fatalf("revised framework at revision %d", fw.Revision)
		}

		pend, err := f.svc.Changes(ctx, f.commune)
		must(t, err)
		want := map[string]string{
			"HT-01": "sửa chỉ tiêu của tiêu chí HT-01 (I.1): Tỷ lệ phủ sóng 5G trên dân số (chỉ tiêu: ≥ 95 %)",
			"HT-03": "thêm tiêu chí HT-03 (I.3): Điểm truy cập Internet công cộng",
			"NL-01": "bỏ tiêu chí NL-01 (II.1) khỏi bộ tiêu chí: đã có số liệu nên giữ lại làm tiêu chí riêng của xã: Cán bộ được tập huấn chuyển đổi số",
			"NL-02": "bỏ tiêu chí NL-02 (II.2): Tổ công nghệ số cộng đồng",
		}
		if len(pend.Changes) != len(want) || pend.Revision != 2 || pend.Adopted != 1 {
			t.Errorf("changes at %d/%d: %v", pend.Adopted, pend.Revision, pend.Changes)
		}
		for _, c := range pend.Changes {
			if want[c.Key] != c.String() {
				t.Errorf("change %s reads %q, want %q", c.Key, c.String(), want[c.Key])
			}
		}
		if prog, _ := f.Store.Program(ctx, p.ID); len(prog.Criteria()) != 5 {
			t.Errorf("seeing the changes changed the program: %d criteria", len(prog.Criteria()))
		}

		if _, err := f.svc.AcceptChanges(ctx, f.commune, 1); code(err) != domain.Stale {
			t.Errorf("accepting at a stale revision: %v", err)
		}
		if _, err := f.svc.AcceptChanges(ctx, f.viewer, 2); code(err) != domain.Forbidden {
			t.Errorf("a viewer accepting: %v", err)
		}
		_, err = f.svc.AcceptChanges(ctx, f.commune, 2)
		must(t, err)

		got, err := f.Store.Program(ctx, p.ID)
		must(t, err)
		if got.FrameworkVersion != 2 || got.FrameworkID != fw.ID {
			t.Errorf("accepted program at %d of %d", got.FrameworkVersion, got.FrameworkID)
		}
		if c, _, ok := byKey(got, "HT-01"); !ok || domain.FormatTargets(c.Targets) != "≥ 95 %" || c.Version != 2 {
			t.Errorf("HT-01 after accepting: %+v", c)
		}
		if c, label, ok := byKey(got, "HT-03"); !ok || label != "I.4" || len(c.Roles.Monitoring.UnitIDs) != 1 {
			t.Errorf("HT-03 added as %s %+v (after the commune's own I.3)", label, c)
		}
		if _, _, ok := byKey(got, "NL-02"); ok {
			t.Error("NL-02 without values is still there")
		}
		var keptOwn, keptNL bool
		for _, c := range got.Criteria() {
			keptOwn = keptOwn || (c.ID == own.Criterion.ID && c.FrameworkKey == "" && c.Text == "Wi-Fi miễn phí tại nhà văn hóa thôn")
			keptNL = keptNL || (c.ID == nl01.ID && c.FrameworkKey == "")
		}
		if !keptOwn || !keptNL {
			t.Errorf("the commune's own criterion kept %v; NL-01 kept as its own %v: %+v", keptOwn, keptNL, got.Groups)
		}
		if recs, err := f.Store.CriteriaWithData(ctx, p.ID); err != nil || !recs[nl01.ID] {
			t.Errorf("NL-01's values after accepting: %v %v", recs, err)
		}
		log, err := f.Store.AuditLog(ctx, f.xuanHoa.ID, 10, 0)
		must(t, err)
		if len(log) == 0 || log[0].Action != "framework.accept" || !strings.Contains(string(log[0].After), "giữ lại làm tiêu chí riêng của xã") {
			t.Errorf("the accept's audit entry: %+v", log)
		}
		pend, err = f.svc.Changes(ctx, f.commune)
		must(t, err)
		if len(pend.Changes) != 0 || pend.Adopted != 2 {
			t.Errorf("after accepting, changes %v at %d", pend.Changes, pend.Adopted)
		}
	})
}
