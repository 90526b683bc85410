package auditlog

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/usecase"
)

func TestLogReadsInWords(t *testing.T) {
	t.Parallel()
	eachWorld(t, func(t *testing.T, w world) {
		page, err := w.svc.Log(t.Context(), w.admin, Query{})
		must(t, err)
		if page.Total != 5 || len(page.Entries) != 5 || page.Pages != 1 {
			t.Fatalf("total %d, entries %d, pages %d; want 5, 5, 1", page.Total, len(page.Entries), page.Pages)
		}
		newest, unlock, cli, issue, first := page.Entries[0], page.Entries[1], page.Entries[2], page.Entries[3], page.Entries[4]
		if newest.Label != "Người dùng: archive" || newest.Known || newest.Action != "user.archive" {
			t.Errorf("an unknown code shows as %q (known %v)", newest.Label, newest.Known)
		}
		if len(newest.Changes) != 1 || newest.Changes[0] != (Change{"Cơ quan, đơn vị", "", "Phòng VH-XH"}) {
			t.Errorf("a unit's ID shows as %q", newest.Changes)
		}
		if unlock.Who != "Bùi Thị Hồng Chiên" || unlock.Login != "lanhdao" || unlock.Entity != "số liệu tháng 2 năm 2026" ||
			unlock.Label != "Mở khóa số liệu" || unlock.Reason != "Bổ sung số liệu tiêu chí II.6" {
			t.Errorf("the unlock reads %+v", unlock)
		}
		if cli.Who != "dòng lệnh (root)" || cli.Login != "" || cli.Label != "Nhập số liệu từ Excel" {
			t.Errorf("the command line's entry reads who %q login %q label %q", cli.Who, cli.Login, cli.Label)
		}
		if len(cli.Changes) != 1 || cli.Changes[0] != (Change{"Tiêu chí II.6", "", "60 %"}) {
			t.Errorf("the import's changes read %q", cli.Changes)
		}
		if issue.Entity != "báo cáo tháng 2 năm 2026" || first.Who != "Nguyễn Văn Quản" {
			t.Errorf("issue %q, first by %q", issue.Entity, first.Who)
		}
		if !strings.Contains(first.After, "\n  \"Login\": \"lanhdao\"") {
			t.Errorf("the record as kept is not indented: %q", first.After)
		}
		for _, e := range page.Entries {
			if strings.Contains(e.Entity, "Xuân Hòa") {
				t.Error("the log shows another commune's entry")
			}
		}
	})
}

func TestLogFilters(t *testing.T) {
	t.Parallel()
	eachWorld(t, func(t *testing.T, w world) {
		cases := []struct {
			name string
			q    Query
			want []string // the actions, newest first
		}{
			{"one person", Query{Person: itoa(w.leader.ID)}, []string{"period.unlock", "report.issue"}},
			{"the command line", Query{Person: CommandLinePerson}, []string{"progress.import"}},
			{"an area", Query{Kind: "user"}, []string{"user.archive", "user.add"}},
			{"an action", Query{Kind: "report.issue"}, []string{"report.issue"}},
			{"from a day", Query{From: "27/03/2026"}, []string{"user.archive", "period.unlock", "progress.import"}},
			{"up to a day, included", Query{To: "2026-03-26"}, []string{"report.issue", "user.add"}},
			{"a day in Vietnam's time", Query{From: "26/03/2026", To: "26/03/2026"}, []string{"report.issue"}},
		}
		for _, c := range cases {
			page, err := w.svc.Log(t.Context(), w.admin, c.q)
			must(t, err)
			var got []string
			for _, e := range page.Entries {
				got = append(got, e.Action)
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) || page.Total != len(c.want) || len(page.Problems) != 0 {
				t.Errorf("%s: %v (total %d, problems %v), want %v", c.name, got, page.Total, page.Problems, c.want)
			}
		}
	})
}

func TestLogRefusesWhatItCannotRead(t *testing.T) {
	t.Parallel()
	eachWorld(t, func(t *testing.T, w world) {
		ctx := t.Context()
		leader := usecase.Actor{User: w.leader, Org: w.admin.Org}
		if _, err := w.svc.Log(ctx, leader, Query{}); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a leader reads the log: %v", err)
		}
		if _, err := w.svc.Export(ctx, leader, Query{}); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a leader exports the log: %v", err)
		}
		cases := []struct {
			q     Query
			field string
		}{
			{Query{Person: itoa(w.otherUserID)}, "user"}, // another commune's administrator
			{Query{Person: "abc"}, "user"},
			{Query{Kind: "Program'; --"}, "kind"},
			{Query{From: "31/02/2026"}, "from"},
			{Query{From: "2026-03-10", To: "2026-03-01"}, "to"},
			{Query{Page: "0"}, "page"},
		}
		for _, c := range cases {
			page, err := w.svc.Log(ctx, w.admin, c.q)
			must(t, err)
			if len(page.Problems) != 1 || page.Problems[0].Field != c.field || page.Entries != nil || len(page.People) == 0 {
				t.Errorf("%+v: problems %v, %d entries", c.q, page.Problems, len(page.Entries))
			}
			if _, err := w.svc.Export(ctx, w.admin, c.q); domain.ErrorCode(err) != domain.Invalid {
				t.Errorf("export %+v: %v", c.q, err)
			}
		}
	})
}

func TestLogOffersPeopleAndKindsOfTheOrganisation(t *testing.T) {
	t.Parallel()
	eachWorld(t, func(t *testing.T, w world) {
		page, err := w.svc.Log(t.Context(), w.admin, Query{})
		must(t, err)
		people := fmt.Sprint(page.People)
		for _, want := range []string{"Nguyễn Văn Quản (quantri)", "Bùi Thị Hồng Chiên (lanhdao)", "Dòng lệnh trên máy chủ"} {
			if !strings.Contains(people, want) {
				t.Errorf("the person filter lacks %q: %s", want, people)
			}
		}
		if strings.Contains(people, "xuanhoa") {
			t.Error("the person filter offers another commune's administrator")
		}
		kinds := fmt.Sprint(page.Kinds)
		for _, want := range []string{"{user Mọi thao tác: người dùng}", "{user.add Thêm người dùng}", "{period.unlock Mở khóa số liệu}",
			"{Khác [{user.archive Người dùng: archive (user.archive)}]}"} {
			if !strings.Contains(kinds, want) {
				t.Errorf("the kind filter lacks %q: %s", want, kinds)
			}
		}
		if strings.Contains(kinds, "progress.save") || strings.Contains(kinds, "meeting") {
			t.Errorf("the kind filter offers kinds the log does not hold: %s", kinds)
		}
	})
}

func TestExportHoldsTheFilteredLogUpToTheCap(t *testing.T) {
	t.Parallel()
	eachWorld(t, func(t *testing.T, w world) {
		ctx := t.Context()
		wb, err := w.svc.Export(ctx, w.admin, Query{Kind: "user"})
		must(t, err)
		if wb.Rows != 2 || wb.Total != 2 || wb.Name != "Nhật ký thay đổi xã Xuân Hưng 28-03-2026.xlsx" {
			t.Errorf("export: %d rows of %d, named %q", wb.Rows, wb.Total, wb.Name)
		}
		rows := sheetRows(t, wb.Data)
		text := fmt.Sprint(rows)
		for _, want := range []string{"Nhật ký thay đổi — xã Xuân Hưng", "Bộ lọc: thao tác: mọi thao tác: người dùng",
			"Xuất lúc 09:00 ngày 28/03/2026, người xuất: Nguyễn Văn Quản", "Số mục: 2.", "Người dùng: archive", "user.archive",
			"Cơ quan, đơn vị: (trống) → Phòng VH-XH", "Thêm người dùng", "25/03/2026 09:00"} {
			if !strings.Contains(text, want) {
				t.Errorf("the workbook lacks %q:\n%s", want, text)
			}
		}
		if strings.Contains(text, "Mở khóa") {
			t.Error("the workbook holds an entry the filter leaves out")
		}

		w.svc.exportCap = 2
		wb, err = w.svc.Export(ctx, w.admin, Query{})
		must(t, err)
		if wb.Rows != 2 || wb.Total != 5 {
			t.Errorf("capped export: %d rows of %d, want 2 of 5", wb.Rows, wb.Total)
		}
		text = fmt.Sprint(sheetRows(t, wb.Data))
		if !strings.Contains(text, "Có 5 mục khớp bộ lọc; tệp này có 2 mục mới nhất") || strings.Contains(text, "Thêm người dùng") {
			t.Errorf("the capped workbook should say so and hold the newest only:\n%s", text)
		}
	})
}

// sheetRows reads back the rows of an exported log.
func sheetRows(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	defer f.Close()
	rows, err := f.GetRows(excel.SheetAuditLog)
	must(t, err)
	return rows
}
