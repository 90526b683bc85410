package orgs

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
)

// A preview lists every problem by its cell and saves nothing: problems of
// a row alone, rows repeating each other, codes and logins taken.
func TestImportingCommunesPreviewsEveryProblemByCell(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		f.farProvince()
		book := communesBook(t,
			[]string{"Bình Minh", "xã", "14560", "binh-minh", "binh-minh-quantri", "Nguyễn Văn An", ""},
			[]string{"", "", "", "", "", "", ""},
			[]string{"Cồn Thoi", "thị trấn", "145", "hoa lu", "haitien-admin", "", "a@"},
			[]string{"Nho Quan", "phường", "14560", "binh-minh", "BINH-MINH-QUANTRI", "", ""},
			[]string{"Yên Mô", "xa", "16000", "xuan-hung", "ym-quantri", "", ""},
		)
		for _, confirm := range []bool{false, true} {
			res, err := f.svc.ImportCommunes(ctx, f.asProvince("tinh-quantri"), bytes.NewReader(book), confirm)
			must(t, err)
			want := map[string]string{
				"Xã, phường!B4": "không có",
				"Xã, phường!C4": "5 chữ số",
				"Xã, phường!D4": "không dấu",
				"Xã, phường!E4": "đã có người dùng",
				"Xã, phường!G4": "không đúng",
				"Xã, phường!C5": "trùng với dòng 2",
				"Xã, phường!D5": "trùng với dòng 2",
				"Xã, phường!E5": "trùng với dòng 2",
				"Xã, phường!C6": "đã có đơn vị khác",
				"Xã, phường!D6": "đã dùng",
			}
			got := map[string]string{}
			for _, p := range res.Problems {
				got[p.Field] = p.Message
			}
			for cell, words := range want {
				if !strings.Contains(got[cell], words) {
					t.Errorf("confirm %v: %s: %q, want %q", confirm, cell, got[cell], words)
				}
			}
			if len(res.Problems) != len(want) || res.Savable() || len(res.Rows) != 0 || len(res.Made) != 0 || !strings.Contains(res.Message, "10 lỗi") {
				t.Errorf("confirm %v: %s, %d problems: %+v", confirm, res.Message, len(res.Problems), res.Problems)
			}
			for _, p := range res.Problems {
				if strings.Contains(p.Message, "Thanh Hóa") || strings.Contains(p.Message, "Hải Tiến") {
					t.Errorf("a problem names the other province: %s", p.Message)
				}
			}
		}
		if _, err := f.store.OrgByCode(ctx, "binh-minh"); !domain.IsNotFound(err) {
			t.Errorf("a workbook with problems saved a commune: %v", err)
		}
	})
}

// A workbook without problems adds every commune at once, each with its
// administrator's one-time password, which the passwords workbook lists.
func TestConfirmingAnImportAddsEveryCommuneAtOnce(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		admin := f.asProvince("tinh-quantri")
		book := communesBook(t,
			[]string{"Bình Minh", "Xã", "14560", "binh-minh", "binh-minh-quantri", "Nguyễn Văn An", "an@ninhbinh.gov.vn"},
			[]string{"Cồn Thoi", "phường", "14470", "con-thoi", "con-thoi-quantri", "", ""},
		)
		preview, err := f.svc.ImportCommunes(ctx, admin, bytes.NewReader(book), false)
		must(t, err)
		if !preview.Savable() || len(preview.Rows) != 2 || preview.Rows[1].Org.Type != domain.TypePhuong || len(preview.Made) != 0 {
			t.Fatalf("preview: %+v", preview)
		}
		if _, err := f.store.OrgByCode(ctx, "binh-minh"); !domain.IsNotFound(err) {
			t.Fatalf("the preview saved a commune: %v", err)
		}
		res, err := f.svc.ImportCommunes(ctx, admin, bytes.NewReader(book), true)
		must(t, err)
		if len(res.Made) != 2 || len(res.Problems) != 0 {
			t.Fatalf("confirm: %+v", res)
		}
		for _, m := range res.Made {
			u, err := f.store.UserByLogin(ctx, m.Admin.Login)
			must(t, err)
			if u.OrgID != m.Org.ID || !u.MustChange || !auth.CheckPassword(m.Password, u.PasswordHash) {
				t.Errorf("%s: the administrator %+v", m.Org.Code, u)
			}
		}
		log, err := f.store.AuditLog(ctx, f.org.ParentID, 5, 0)
		must(t, err)
		if len(log) != 1 || log[0].Action != "commune.import" || !strings.Contains(log[0].After, `"binh-minh","con-thoi"`) {
			t.Errorf("the province's log: %+v", log)
		}
		again, err := f.svc.ImportCommunes(ctx, admin, bytes.NewReader(book), true)
		must(t, err)
		if len(again.Made) != 0 || len(again.Problems) != 6 {
			t.Errorf("the same workbook again: %d made, problems %+v", len(again.Made), again.Problems)
		}

		file, err := LoginsWorkbook(res.Made)
		must(t, err)
		wb, err := excelize.OpenReader(bytes.NewReader(file.Data))
		must(t, err)
		rows, err := wb.GetRows("Tài khoản")
		must(t, err)
		if len(rows) != 3 || rows[1][0] != "xã Bình Minh" || rows[1][2] != "binh-minh-quantri" || rows[1][4] != res.Made[0].Password {
			t.Errorf("the passwords workbook: %q", rows)
		}
	})
}

// A workbook past the row cap is refused at the row where reading stopped,
// and a file that is not a workbook says so.
func TestImportingCommunesCapsTheRows(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f *fixture) {
		ctx := context.Background()
		var rows [][]string
		for i := range 501 {
			rows = append(rows, []string{fmt.Sprintf("Xã %d", i), "xã", fmt.Sprintf("%05d", 20000+i), fmt.Sprintf("xa-%d", i), fmt.Sprintf("xa-%d-quantri", i), "", ""})
		}
		res, err := f.svc.ImportCommunes(ctx, f.asProvince("tinh-quantri"), bytes.NewReader(communesBook(t, rows...)), false)
		must(t, err)
		if len(res.Problems) == 0 || !strings.Contains(res.Problems[0].Message, "tối đa 500 dòng") || res.Savable() {
			t.Errorf("501 rows: %+v", res.Problems)
		}
		res, err = f.svc.ImportCommunes(ctx, f.asProvince("tinh-quantri"), strings.NewReader("không phải Excel"), true)
		must(t, err)
		if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Message, "không phải là bảng tính Excel") {
			t.Errorf("not a workbook: %+v", res)
		}
		if _, err := f.svc.ImportCommunes(ctx, f.asProvince("tinh-lanhdao"), bytes.NewReader(communesBook(t)), false); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("a province's leader imported: %v", err)
		}
	})
}
