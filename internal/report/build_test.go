package report

import (
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// fixture is a small program of 2 groups and 5 criteria, with the seed's
// settings, for period p.
func fixture(p domain.Period) Input {
	crit := func(id int64, n int, text string) domain.Criterion {
		return domain.Criterion{ID: id, Number: n, Text: text, Targets: []domain.Target{{Comparator: domain.AtLeast, Threshold: 90, Unit: "%"}},
			Roles: domain.Roles{Monitoring: domain.Role{Text: "Phòng VH-XH"}, Lead: domain.Role{Text: "VPĐU"}, Coordinating: domain.Role{Text: "Các cơ quan, đơn vị liên quan"}}}
	}
	return Input{
		Org:    domain.Org{Code: "xuan-hung", Name: "Xuân Hưng", Level: domain.LevelCommune, Type: domain.TypeXa},
		Period: p,
		Settings: domain.ReportSettings{
			Style: domain.PartyDocument, SuperiorBody: "Đảng bộ tỉnh Ninh Bình", IssuingBody: "Đảng ủy xã Xuân Hưng",
			Place: "Xuân Hưng", Symbol: "BC/ĐU", Reporter: "Ban Thường vụ Đảng ủy xã Xuân Hưng", Closer: "Đảng uỷ xã Xuân Hưng",
			Basis: "Công văn số 202-CV/UBKTTU", Recipients: []string{"Lưu VPĐU."}, Authority: "T/M Ban Thường vụ", Position: "Phó Bí thư", Signer: "Bùi Thị Hồng Chiên",
		},
		Program: domain.Program{Number: "02-CTr/BCĐ", Date: domain.Date(2026, 2, 4), IssuingBody: "Ban chỉ đạo chuyển đổi số xã Xuân Hưng", Title: "Chương trình công tác năm 2026", Year: 2026,
			Groups: []domain.Group{
				{Numeral: "I", Name: "Phát triển hạ tầng", Criteria: []domain.Criterion{crit(1, 1, "Hạ tầng một"), crit(2, 2, "Hạ tầng hai"), crit(3, 3, "Hạ tầng ba")}},
				{Numeral: "II", Name: "Phát triển nguồn lực", Criteria: []domain.Criterion{crit(4, 1, "Nguồn lực một"), crit(5, 2, "Nguồn lực hai")}},
			}},
		Statuses: map[int64]domain.Status{},
		AsOf:     time.Date(2026, 4, 5, 0, 0, 0, 0, time.UTC),
	}
}

func bodyText(m Model) string {
	var parts []string
	for _, b := range m.Body {
		if b.Kind == TableKind {
			for _, r := range b.Table.Rows {
				parts = append(parts, strings.Join(r.Cells, " | "))
			}
			continue
		}
		parts = append(parts, b.Text())
	}
	return strings.Join(parts, "\n")
}

func tableOf(t *testing.T, m Model) *Table {
	t.Helper()
	for _, b := range m.Body {
		if b.Kind == TableKind {
			return b.Table
		}
	}
	return nil
}

func TestCriteriaTableListsMetCriteriaGroupedAndNumberedWithinGroup(t *testing.T) {
	in := fixture(domain.MonthPeriod(2026, 3))
	in.Statuses = map[int64]domain.Status{2: domain.Met, 3: domain.Met, 5: domain.Met, 1: domain.NotMet}
	m := Build(in)
	if got := bodyText(m); !strings.Contains(got, "đã tham mưu hoàn thành đạt 3/5 tiêu chí, cụ thể:") {
		t.Fatalf("count sentence missing:\n%s", got)
	}
	var rows []string
	for _, r := range tableOf(t, m).Rows {
		rows = append(rows, strings.Join(r.Cells[:2], " "))
	}
	want := []string{"I Phát triển hạ tầng", "1 Hạ tầng hai", "2 Hạ tầng ba", "II Phát triển nguồn lực", "1 Nguồn lực hai"}
	if strings.Join(rows, "; ") != strings.Join(want, "; ") {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	if !tableOf(t, m).Rows[0].Group || tableOf(t, m).Rows[1].Group {
		t.Errorf("group rows must be marked, criteria rows not")
	}
}

func TestFebruaryWithFewerMetCriteria(t *testing.T) {
	in := fixture(domain.MonthPeriod(2026, 2))
	in.Statuses = map[int64]domain.Status{4: domain.Met}
	text := bodyText(Build(in))
	for _, want := range []string{
		"trong tháng 2 năm 2026, các cơ quan, đơn vị đã tham mưu hoàn thành đạt 1/5 tiêu chí, cụ thể:",
		"II | Phát triển nguồn lực", "1 | Nguồn lực một",
		"trong tháng 2 như sau:", "(tháng 2), Đảng uỷ xã Xuân Hưng trân trọng báo cáo./.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Phát triển hạ tầng") {
		t.Errorf("a group with no met criterion must not appear:\n%s", text)
	}
}

func TestNoCriterionMetSaysSoWithoutTable(t *testing.T) {
	m := Build(fixture(domain.MonthPeriod(2026, 1)))
	if tableOf(t, m) != nil {
		t.Fatal("no table expected when nothing is met")
	}
	if text := bodyText(m); !strings.Contains(text, "các cơ quan, đơn vị chưa hoàn thành tiêu chí nào trong số 5 tiêu chí.") {
		t.Errorf("missing the none-met sentence:\n%s", text)
	}
}

func TestMeetingSentences(t *testing.T) {
	meeting := func(day int, kind domain.MeetingKind, content string) domain.Meeting {
		return domain.Meeting{Date: domain.Date(2026, 5, day), Kind: kind, Participants: "lãnh đạo các cơ quan, đơn vị", Content: content}
	}
	tests := []struct {
		name     string
		meetings []domain.Meeting
		want     []string
	}{
		{"none", nil, []string{"Trong tháng 5, Ban chỉ đạo chưa tổ chức cuộc họp nào."}},
		{"one", []domain.Meeting{meeting(12, domain.MeetingCommittee, "triển khai chương trình")},
			[]string{"Trong tháng 5, Ban chỉ đạo đã tổ chức 01 cuộc họp với lãnh đạo các cơ quan, đơn vị để triển khai chương trình."}},
		{"three", []domain.Meeting{
			meeting(5, domain.MeetingCommittee, "triển khai chương trình"),
			meeting(14, domain.MeetingStanding, "rà soát tiến độ"),
			meeting(28, domain.MeetingLeaders, "đánh giá kết quả tháng 5"),
		}, []string{
			"Trong tháng 5, Ban chỉ đạo đã tổ chức 03 cuộc họp, phiên họp:",
			"- Ngày 05/5/2026, Ban chỉ đạo họp với lãnh đạo các cơ quan, đơn vị để triển khai chương trình.",
			"- Ngày 14/5/2026, Thường trực Ban Chỉ đạo họp với lãnh đạo các cơ quan, đơn vị để rà soát tiến độ.",
			"- Ngày 28/5/2026, Lãnh đạo Ban Chỉ đạo họp với lãnh đạo các cơ quan, đơn vị để đánh giá kết quả tháng 5.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fixture(domain.MonthPeriod(2026, 5))
			in.Meetings = tt.meetings
			text := bodyText(Build(in))
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("missing %q in:\n%s", w, text)
				}
			}
		})
	}
}

func TestSubmissionSentencesCountByKindAndOutcome(t *testing.T) {
	in := fixture(domain.MonthPeriod(2026, 3))
	due := domain.Date(2026, 3, 25)
	sub := func(kind domain.SubmissionKind, channel domain.SubmissionChannel, status domain.SubmissionStatus, answered time.Time) domain.Submission {
		return domain.Submission{Kind: kind, Channel: channel, Status: status, DueAt: due, AnsweredAt: answered, ReceivedAt: domain.Date(2026, 3, 3)}
	}
	in.Submissions = []domain.Submission{
		sub(domain.KindFeedback, domain.ChannelPakn, domain.SubmissionAnswered, domain.Date(2026, 3, 20)),
		sub(domain.KindFeedback, domain.ChannelInPerson, domain.SubmissionPublished, domain.Date(2026, 3, 30)),
		sub(domain.KindInitiative, domain.ChannelPakn, domain.SubmissionInProgress, time.Time{}),
		sub(domain.KindRecommendation, domain.ChannelPakn, domain.SubmissionRejected, time.Time{}),
		sub(domain.KindProductOrder, domain.ChannelPakn, domain.SubmissionAnswered, domain.Date(2026, 3, 10)),
	}
	text := bodyText(Build(in))
	for _, want := range []string{
		"Trong tháng 3, UBND xã đã tiếp nhận 04 phản ánh, kiến nghị, sáng kiến, giải pháp (02 phản ánh, 01 kiến nghị, 01 sáng kiến), trong đó 03 qua Hệ thống pakn.nq57.vn, 01 qua các kênh khác.",
		"Đến thời điểm báo cáo, đã trả lời 02 (01 đúng hạn, 01 quá hạn); đang xử lý 01 (01 đã quá hạn); không tiếp nhận 01 do không đủ điều kiện.",
		"Trong tháng 3, đã tiếp nhận 01 nội dung về tư duy, sáng kiến đột phá và đặt hàng sản phẩm phục vụ phát triển KHCN, ĐMST, CĐS (01 đặt hàng sản phẩm) qua Hệ thống pakn.nq57.vn.",
		"Đến thời điểm báo cáo, đã trả lời 01 (đều đúng hạn).",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if strings.Contains(text, "chưa tiếp nhận được phản ánh") || strings.Contains(text, "chưa có nội dung báo cáo") {
		t.Errorf("the none-received sentences must not appear when there are submissions:\n%s", text)
	}
}

func TestQuarterReportNamesTheQuarter(t *testing.T) {
	in := fixture(domain.Period{Kind: domain.Quarter, Year: 2026, N: 1})
	in.Statuses = map[int64]domain.Status{1: domain.Met}
	m := Build(in)
	text := bodyText(m)
	for _, want := range []string{
		"trong quý I như sau:", "trong quý I năm 2026, các cơ quan, đơn vị đã tham mưu hoàn thành đạt 1/5 tiêu chí",
		"Trong quý I, Ban chỉ đạo chưa tổ chức cuộc họp nào.", "(quý I), Đảng uỷ xã Xuân Hưng trân trọng báo cáo./.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if !strings.HasSuffix(m.Summary, "của Bộ Chính trị quý I năm 2026") {
		t.Errorf("summary = %q", m.Summary)
	}
	if got := strings.Join(strings.Fields(m.Header.PlaceDate), " "); got != "Xuân Hưng, ngày tháng 3 năm 2026" {
		t.Errorf("a draft dates the quarter's report in its last month: %q", m.Header.PlaceDate)
	}
}

func TestHeaderOfDraftAndIssuedPartyAndStateDocuments(t *testing.T) {
	in := fixture(domain.MonthPeriod(2026, 3))
	h := Build(in).Header
	if h.Number != "Số      -BC/ĐU" || h.IssuingBody != "ĐẢNG ỦY XÃ XUÂN HƯNG" || !h.Star || h.Motto != "ĐẢNG CỘNG SẢN VIỆT NAM" {
		t.Errorf("draft party header = %+v", h)
	}
	if h.PlaceDate != "Xuân Hưng, ngày     tháng 3 năm 2026" {
		t.Errorf("draft place and date = %q", h.PlaceDate)
	}
	in.Settings.Number, in.Settings.Date = "12", domain.Date(2026, 3, 5)
	if h := Build(in).Header; h.Number != "Số 12-BC/ĐU" || h.PlaceDate != "Xuân Hưng, ngày 5 tháng 3 năm 2026" {
		t.Errorf("issued party header = %q / %q", h.Number, h.PlaceDate)
	}
	in.Settings.Style, in.Settings.Symbol, in.Settings.Date = domain.StateDocument, "BC-UBND", domain.Date(2026, 2, 5)
	h = Build(in).Header
	if h.Number != "Số: 12/BC-UBND" || h.PlaceDate != "Xuân Hưng, ngày 05 tháng 02 năm 2026" || h.SubMotto != "Độc lập - Tự do - Hạnh phúc" || h.Star {
		t.Errorf("state header = %+v", h)
	}
	if f := Build(in).Footer; f.Authority != "T/M BAN THƯỜNG VỤ" || f.Position != "PHÓ BÍ THƯ" || f.Recipients[0] != "- Lưu VPĐU." {
		t.Errorf("footer = %+v", f)
	}
}

func TestRecommendationsInlineWhenShortAndAsParagraphsWhenLong(t *testing.T) {
	in := fixture(domain.MonthPeriod(2026, 3))
	m := Build(in)
	last := m.Body[len(m.Body)-2]
	if last.Text() != "III. KIẾN NGHỊ, ĐỀ XUẤT: Không" || !last.Runs[0].Bold || last.Runs[1].Bold {
		t.Errorf("short recommendation block = %+v", last)
	}
	in.Settings.Recommendations = "Đề nghị tỉnh hỗ trợ kinh phí lắp đặt điểm Wi-Fi công cộng.\nĐề nghị bồi dưỡng kỹ năng số cho cán bộ."
	text := bodyText(Build(in))
	if !strings.Contains(text, "III. KIẾN NGHỊ, ĐỀ XUẤT:\nĐề nghị tỉnh hỗ trợ kinh phí lắp đặt điểm Wi-Fi công cộng.\nĐề nghị bồi dưỡng") {
		t.Errorf("long recommendations:\n%s", text)
	}
}
