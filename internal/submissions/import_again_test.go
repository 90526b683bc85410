package submissions_test

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
)

// importWorkbook is a workbook of two submissions that came by phone and by
// letter, without pakn.nq57.vn codes.
func importWorkbook(t *testing.T) []byte {
	t.Helper()
	at := time.Date(2026, 3, 20, 7, 0, 0, 0, time.UTC)
	subs := []domain.Submission{
		{Channel: domain.ChannelPhone, ReceivedAt: at, Kind: domain.KindFeedback, Field: "Khác",
			Title: "Phản ánh đường vào thôn Tây bị ngập khi mưa", Content: "Đường bê tông vào thôn Tây bị ngập sâu mỗi khi mưa lớn, đi lại khó khăn.",
			SenderName: "Lê Thị Cúc", SenderAddress: "Thôn Tây, xã Xuân Hưng", SenderEmail: "cuc@example.vn"},
		{Channel: domain.ChannelPaper, ReceivedAt: at.Add(time.Hour), Kind: domain.KindRecommendation, Field: "Chuyển đổi số",
			Title: "Đề nghị mở lớp hướng dẫn dùng dịch vụ công", Content: "Đề nghị xã mở lớp hướng dẫn người cao tuổi nộp hồ sơ dịch vụ công trực tuyến.",
			SenderName: "Trần Văn Bình", SenderAddress: "Thôn Đông, xã Xuân Hưng", SenderPhone: "0987654321"},
	}
	var buf bytes.Buffer
	must(t, excel.WriteSubmissionsTemplate(&buf, subs))
	return buf.Bytes()
}

// A workbook recorded once cannot be recorded again, from the preview
// shown again (a page sent again) or by two confirms at the same moment (a
// double click): each of its submissions is stored once.
func TestAnImportedWorkbookIsRecordedOnce(t *testing.T) {
	t.Parallel()
	eachFixture(t, func(t *testing.T, f fixture) {
		ctx := context.Background()
		wb := importWorkbook(t)
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i := range errs {
			wg.Go(func() { _, errs[i] = f.svc.ConfirmImport(ctx, f.leader, wb, "pakn-thang-3.xlsx") })
		}
		wg.Wait()
		if (errs[0] == nil) == (errs[1] == nil) {
			t.Fatalf("two confirms at once: %v / %v, want one recorded and one refused", errs[0], errs[1])
		}
		for _, err := range errs {
			if err != nil && (domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), "dòng 2 đã được ghi vào hệ thống trước đây")) {
				t.Errorf("the second confirm: %v", err)
			}
		}
		pv, err := f.svc.PreviewImport(ctx, f.leader, wb)
		must(t, err)
		if pv.Savable() || len(pv.Problems) != 2 || pv.Problems[0].Field != excel.SheetSubmissions+"!A2" {
			t.Errorf("the preview of a workbook recorded already: %+v", pv)
		}
		_, err = f.svc.ConfirmImport(ctx, f.leader, wb, "pakn-thang-3.xlsx")
		if domain.ErrorCode(err) != domain.Invalid {
			t.Errorf("confirmed again later: %v", err)
		}
		stored, err := f.store.Submissions(ctx, f.org.ID, time.Time{}, time.Time{})
		must(t, err)
		if len(stored) != 2 || f.audits(t, "submission.import") != 1 {
			t.Errorf("%d submissions and %d import entries stored, want 2 and 1", len(stored), f.audits(t, "submission.import"))
		}
	})
}
