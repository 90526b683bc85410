package programs

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// rowOf returns the row of the "Tiêu chí" sheet whose text starts with
// prefix.
func rowOf(t *testing.T, x *excelize.File, prefix string) int {
	t.Helper()
	rows, err := x.GetRows("Tiêu chí")
	must(t, err)
	for i, r := range rows {
		if len(r) > 3 && strings.HasPrefix(r[3], prefix) {
			return i + 1
		}
	}
	t.Fatalf("no criterion %q", prefix)
	return 0
}

func setCell(t *testing.T, x *excelize.File, col string, row int, v any) {
	t.Helper()
	must(t, x.SetCellValue("Tiêu chí", col+itoa(row), v))
}

func itoa(n int) string { return strconv.Itoa(n) }

// A unit added after a program was imported by a path that did not link it
// (an older nq57, the store directly) is linked by importing the same
// workbook again: the import does not say "nothing changes".
func TestReimportLinksAUnitAddedSinceTheImport(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		cli := usecase.CommandLine(f.org, "root")
		var row int
		book := f.exported(func(x *excelize.File) {
			row = rowOf(t, x, "Tỷ lệ phủ sóng 5G")
			setCell(t, x, "G", row, "Phòng Tư pháp")
		})
		res, err := f.svc.Import(ctx, cli, book)
		must(t, err)
		if len(res.Changes) != 1 {
			t.Fatalf("first import: %v", res.Changes)
		}
		unit := domain.Unit{OrgID: f.org.ID, Code: "tu-phap", Name: "Phòng Tư pháp", ShortName: "Phòng Tư pháp"}
		must(t, f.store.SaveUnit(ctx, &unit)) // not through the use case: nothing is linked

		res, err = f.svc.Import(ctx, cli, book)
		must(t, err)
		if len(res.Changes) != 1 || res.Changes[0].Key != "I.1" || strings.Join(res.Changes[0].Fields, ",") != "liên kết với cơ quan, đơn vị" {
			t.Fatalf("re-import: %+v", res.Changes)
		}
		c := f.program().Groups[0].Criteria[0]
		if len(c.Roles.Lead.UnitIDs) != 1 || c.Roles.Lead.UnitIDs[0] != unit.ID {
			t.Errorf("lead of I.1 after re-import: %+v", c.Roles.Lead)
		}
		if res, err := f.svc.Import(ctx, cli, book); err != nil || len(res.Changes) != 0 {
			t.Errorf("a third import: %v %v", res.Changes, err)
		}
	})
}

// A blank "Chỉ tiêu" cell would turn a measured criterion into a
// qualitative one and leave its recorded values uncounted: it is refused,
// naming the cell. "Đạt" written out is taken as meant.
func TestABlankTargetCellIsRefusedWhenValuesWouldBeOrphaned(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		a := f.as("lanhdao")
		before := f.program()
		var row int
		blank := f.exported(func(x *excelize.File) {
			row = rowOf(t, x, "Tỷ lệ phủ sóng 5G") // I.1 has values for February and March
			setCell(t, x, "E", row, "")
		})
		for name, run := range map[string]func(context.Context, usecase.Actor, []byte) (ImportResult, error){
			"preview": f.svc.PreviewImport, "import": f.svc.Import} {
			_, err := run(ctx, a, blank)
			if domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), "Tiêu chí!E"+itoa(row)+": tiêu chí I.1: ô Chỉ tiêu để trống") {
				t.Errorf("%s: %v", name, err)
			}
		}
		if got := f.program(); got.Groups[0].Criteria[0].Qualitative() || got.Groups[0].Criteria[0].Version != before.Groups[0].Criteria[0].Version {
			t.Error("a refused import changed I.1")
		}
		meant := f.exported(func(x *excelize.File) { setCell(t, x, "E", rowOf(t, x, "Tỷ lệ phủ sóng 5G"), "Đạt") })
		res, err := f.svc.Import(ctx, a, meant)
		if err != nil || len(res.Changes) != 1 || !f.program().Groups[0].Criteria[0].Qualitative() {
			t.Errorf("“Đạt” written out: %v %v", res.Changes, err)
		}

		// The edit form holds to the same rule.
		c := f.program().Groups[0].Criteria[1] // I.2, measured, with data
		_, err = f.svc.UpdateCriterion(ctx, a, c.ID, CriterionInput{GroupID: before.Groups[0].ID, Text: c.Text, Targets: " ", Version: c.Version})
		if domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), "targets: Tiêu chí này đo theo chỉ tiêu") {
			t.Errorf("blank targets in the form: %v", err)
		}
	})
}

// The preview goes through every check of the import, and keeps nothing.
func TestThePreviewWritesNothing(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		before, audits := f.program(), len(f.audits())
		book := f.exported(func(x *excelize.File) {
			setCell(t, x, "D", rowOf(t, x, "Tỷ lệ phủ sóng 5G"), "Phủ sóng 5G toàn xã")
			must(t, x.RemoveRow("Tiêu chí", rowOf(t, x, "100% thôn, xóm được phủ sóng")))
		})
		_, err := f.svc.PreviewImport(ctx, f.as("lanhdao"), book)
		if domain.ErrorCode(err) != domain.Conflict || !strings.Contains(err.Error(), "đã có số liệu, không thể xóa") {
			t.Errorf("a preview must see that a criterion with data would go: %v", err)
		}
		book = f.exported(func(x *excelize.File) {
			setCell(t, x, "D", rowOf(t, x, "Tỷ lệ phủ sóng 5G"), "Phủ sóng 5G toàn xã")
		})
		res, err := f.svc.PreviewImport(ctx, f.as("lanhdao"), book)
		if err != nil || len(res.Changes) != 1 || !res.Existing {
			t.Fatalf("preview: %+v %v", res, err)
		}
		if after := f.program(); after.Groups[0].Criteria[0].Text != before.Groups[0].Criteria[0].Text || len(f.audits()) != audits {
			t.Error("a preview wrote something")
		}
	})
}

func TestWhoMayDoWhat(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		p := f.program()
		viewer := f.as("xem")
		if _, err := f.svc.Create(ctx, viewer, ProgramInput{Number: "09-CTr", Date: "01/01/2026", Year: "2026"}); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a viewer created a program: %v", err)
		}
		if _, err := f.svc.Import(ctx, viewer, nil); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a viewer imported: %v", err)
		}
		if _, err := f.svc.Show(ctx, viewer, p.ID); err != nil {
			t.Errorf("a viewer reads the program: %v", err)
		}
		other := usecase.Actor{User: f.as("lanhdao").User, Org: domain.Org{ID: f.org.ID + 1000}}
		if _, err := f.svc.Show(ctx, other, p.ID); !domain.IsNotFound(err) {
			t.Errorf("another organisation's program: %v", err)
		}
		if _, err := f.svc.EditCriterion(ctx, other, p.Groups[0].Criteria[0].ID); !domain.IsNotFound(err) {
			t.Errorf("another organisation's criterion: %v", err)
		}
	})
}

// A new commune, with no program yet, gets the blank workbook to start from.
func TestANewCommuneExportsTheBlankWorkbook(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		org := domain.Org{Code: "xuan-moi", Name: "Xuân Mới", Level: domain.LevelCommune, Type: domain.TypeXa}
		must(t, f.store.SaveOrg(ctx, &org))
		a := usecase.CommandLine(org, "root")
		book, err := f.svc.ExportByNumber(ctx, a, "")
		if err != nil || !book.Blank() || book.FileName != "Mẫu chương trình công tác.xlsx" || len(book.Data) == 0 {
			t.Fatalf("blank workbook: %+v %v", book.Program, err)
		}
		if _, err := f.svc.ExportByNumber(ctx, a, "02-CTr/BCĐ"); !domain.IsNotFound(err) {
			t.Errorf("a number the commune does not have: %v", err)
		}
		if book, err := f.svc.ExportByNumber(ctx, f.as("xem"), ""); err != nil || book.Blank() || book.Program.Number != "02-CTr/BCĐ" {
			t.Errorf("the demo commune's newest program: %v %v", book.Program.Number, err)
		}
	})
}
