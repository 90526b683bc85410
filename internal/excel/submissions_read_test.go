package excel

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nq57/nq57/internal/domain"
)

var importNow = time.Date(2026, 3, 28, 2, 0, 0, 0, time.UTC)

func goodSubmission(title string) domain.Submission {
	return domain.Submission{
		Channel: domain.ChannelPakn, ReceivedAt: time.Date(2026, 3, 5, 8, 30, 0, 0, domain.Vietnam).UTC(),
		Kind: domain.KindRecommendation, Field: "Chuyển đổi số", Title: title,
		Content:    "Đề nghị xã lắp thêm điểm phát Wi-Fi miễn phí ở nhà văn hóa thôn Đông.",
		SenderName: "Nguyễn Văn An", SenderAddress: "Thôn Đông, xã Xuân Hưng", SenderPhone: "0912345678",
		SenderNationalID: "001234567890", TrackingCode: "PAKN-2026-0001",
	}
}

func templateWith(t *testing.T, subs ...domain.Submission) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSubmissionsTemplate(&buf, subs); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func setCells(t *testing.T, data []byte, cells map[string]any) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, v := range cells {
		if err := f.SetCellValue(SheetSubmissions, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadSubmissionsRoundTripsTheTemplate(t *testing.T) {
	a := goodSubmission("Đề nghị lắp Wi-Fi ở nhà văn hóa thôn Đông")
	b := goodSubmission("Phản ánh đường vào thôn Tây bị ngập")
	b.Kind, b.Channel, b.TrackingCode, b.SenderPhone, b.SenderEmail, b.SenderNationalID = domain.KindFeedback, domain.ChannelPhone, "", "", "an@example.vn", ""
	rows, err := ReadSubmissions(bytes.NewReader(templateWith(t, a, b)), importNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Row != 2 || rows[1].Row != 3 || rows[1].CodeCell != "Phản ánh, kiến nghị!L3" {
		t.Fatalf("rows %+v", rows)
	}
	a.Status, b.Status = domain.SubmissionReceived, domain.SubmissionReceived
	for i, want := range []domain.Submission{a, b} {
		if got := rows[i].Submission; got != want {
			t.Errorf("row %d\n got %+v\nwant %+v", i+2, got, want)
		}
	}
}

func TestReadSubmissionsAcceptsKindsAndChannelsWithoutAccents(t *testing.T) {
	data := setCells(t, templateWith(t, goodSubmission("Đề nghị lắp Wi-Fi ở nhà văn hóa thôn Đông")), map[string]any{
		"A2": "Truc Tiep", "C2": "TU DUY / sang kien dot pha",
		"B2": 46086.5,   // an Excel date: 5/3/2026 12:00
		"I2": 912345678, // a phone typed as a number: the leading zero is lost
	})
	rows, err := ReadSubmissions(bytes.NewReader(data), importNow)
	if err != nil {
		t.Fatal(err)
	}
	s := rows[0].Submission
	if s.Channel != domain.ChannelInPerson || s.Kind != domain.KindBreakthrough || s.SenderPhone != "0912345678" {
		t.Errorf("channel %q, kind %q, phone %q", s.Channel, s.Kind, s.SenderPhone)
	}
	if want := time.Date(2026, 3, 5, 12, 0, 0, 0, domain.Vietnam); !s.ReceivedAt.Equal(want) {
		t.Errorf("received %v, want %v", s.ReceivedAt, want)
	}
}

func TestReadSubmissionsListsEveryProblemWithItsCell(t *testing.T) {
	good := goodSubmission("Đề nghị lắp Wi-Fi ở nhà văn hóa thôn Đông")
	second := goodSubmission("Phản ánh đường vào thôn Tây bị ngập")
	data := setCells(t, templateWith(t, good, second), map[string]any{
		"A2": "fax", "B2": "32/13/2026", "C2": "khiếu nại", "E2": "Ngắn",
		"I3": "12345", "J3": "không phải thư", "L3": "PAKN-2026-0001", "B3": "05/03/2027 08:00",
	})
	_, err := ReadSubmissions(bytes.NewReader(data), importNow)
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.Invalid {
		t.Fatalf("err %v, want Invalid", err)
	}
	want := map[string]string{
		"Phản ánh, kiến nghị!A2": "kênh “fax” không có",
		"Phản ánh, kiến nghị!B2": "không đúng dạng",
		"Phản ánh, kiến nghị!C2": "loại “khiếu nại” không có",
		"Phản ánh, kiến nghị!E2": "Tiêu đề quá ngắn",
		"Phản ánh, kiến nghị!B3": "ở sau thời điểm hiện tại",
		"Phản ánh, kiến nghị!I3": "số điện thoại",
		"Phản ánh, kiến nghị!J3": "thư điện tử",
		"Phản ánh, kiến nghị!L3": "đã ghi ở dòng 2",
	}
	got := map[string]string{}
	for _, p := range de.Problems {
		got[p.Field] += p.Message + " | "
	}
	for cell, text := range want {
		if !strings.Contains(got[cell], text) {
			t.Errorf("%s: %q, want it to say %q", cell, got[cell], text)
		}
	}
	if len(de.Problems) != len(want) {
		t.Errorf("%d problems, want %d: %v", len(de.Problems), len(want), de.Problems)
	}
}

func TestReadSubmissionsRefusesAnEmptySheetAndAMissingColumn(t *testing.T) {
	_, err := ReadSubmissions(bytes.NewReader(templateWith(t)), importNow)
	if err == nil || !strings.Contains(err.Error(), "chưa có phản ánh, kiến nghị nào") {
		t.Errorf("empty template: %v", err)
	}
	data := setCells(t, templateWith(t, goodSubmission("Đề nghị lắp Wi-Fi ở nhà văn hóa thôn Đông")), map[string]any{"G1": ""})
	_, err = ReadSubmissions(bytes.NewReader(data), importNow)
	if err == nil || !strings.Contains(err.Error(), "thiếu cột bắt buộc “Họ tên”") {
		t.Errorf("missing column: %v", err)
	}
}

func TestReadSubmissionsRefusesWhatIsNotAWorkbook(t *testing.T) {
	_, err := ReadSubmissions(strings.NewReader("Kênh tiếp nhận;Ngày tiếp nhận\n"), importNow)
	if err == nil || !strings.Contains(err.Error(), "Không đọc được tệp Excel") {
		t.Errorf("a CSV file: %v", err)
	}
}

func TestMatchKindReadsEveryLabel(t *testing.T) {
	for _, k := range domain.SubmissionKinds {
		for _, s := range []string{k.Label(), strings.ToUpper(k.Label()), domain.Fold(k.Label()), string(k)} {
			if got, ok := MatchKind(s); !ok || got != k {
				t.Errorf("MatchKind(%q) = %q, %v; want %q", s, got, ok, k)
			}
		}
	}
	if _, ok := MatchKind("khiếu nại"); ok {
		t.Error("MatchKind accepted “khiếu nại”")
	}
}
