package app

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/testdb"
)

// `nq57 remind` sends the reminders due today, once: on 15 March the demo
// commune's leader and administrator learn that March's report of Công văn
// 202 is due on the 18th; a second run tells no one.
func TestRemindCommandRemindsOnce(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		remind := func() string {
			var out, errOut bytes.Buffer
			a := &App{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" },
				Now: func() time.Time { return time.Date(2026, 3, 15, 1, 0, 0, 0, time.UTC) }}
			if code := a.Run(ctx, []string{"remind", "--db", dsn}); code != 0 {
				t.Fatalf("nq57 remind: exit %d\n%s", code, errOut.String())
			}
			return out.String()
		}
		d := demotest.Open(t, dsn)
		s, commune := d.Store, d.Org
		r := domain.ReportRequest{ProvinceID: commune.ParentID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
			Audience: domain.AudienceAll, DocType: "Công văn", DocNumber: "202-CV/UBKTTU", DocDate: domain.Date(2026, 1, 27),
			DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình", FirstPeriod: domain.MonthPeriod(2026, time.March), CutoffDay: 14,
			DueWorkingDays: 3, ReminderDays: []int{3, 1}, IssuedAt: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), IssuedBy: "tinh-lanhdao"}
		if err := s.SaveRequest(ctx, &r); err != nil {
			t.Fatal(err)
		}
		if out := remind(); !strings.Contains(out, "cho 2 người") {
			t.Errorf("the first run says %q", out)
		}
		if out := remind(); !strings.Contains(out, "cho 0 người") {
			t.Errorf("the second run says %q", out)
		}
		leader, err := s.UserByLogin(ctx, "lanhdao")
		if err != nil {
			t.Fatal(err)
		}
		notices, err := s.Notices(ctx, leader.ID, 10)
		if err != nil || len(notices) != 1 || notices[0].Title != "Báo cáo tháng 3 năm 2026 đến hạn ngày 18/03/2026 (còn 3 ngày)" {
			t.Errorf("the leader's notices: %+v (%v)", notices, err)
		}
	})
}
