// Package reporttest holds the report Models the renderers' tests share: the
// seed report (shared/seed/bao-cao-nq57-xuan-hung-thang-3-2026.clean.md) and
// variants of it. It is imported only by tests.
package reporttest

import (
	"fmt"

	"github.com/nq57/nq57/internal/report"
)

// Seed returns the content of the real report the output must look like.
func Seed() report.Model {
	return withRows(SeedRows())
}

// Long returns the seed with a table of 39 criteria in three groups, long
// enough to span pages.
func Long() report.Model {
	return withRows(LongRows())
}

// State returns the seed as a state (UBND) document: sub-motto, no star.
func State() report.Model {
	m := Seed()
	m.Layout = report.StateLayout()
	h := &m.Header
	h.SuperiorBody, h.IssuingBody, h.Star, h.Number = "ỦY BAN NHÂN DÂN", "XÃ XUÂN HƯNG", false, "Số:      /BC-UBND"
	h.Motto, h.SubMotto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
	m.Footer.Authority, m.Footer.Position = "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
	return m
}

// Para is a body paragraph of one plain run.
func Para(text string) report.Block {
	return report.Block{Kind: report.Paragraph, Runs: []report.Run{{Text: text}}}
}

// Heading is a bold section heading.
func Heading(level int, text string) report.Block {
	return report.Block{Kind: report.Heading, Level: level, Runs: []report.Run{{Text: text, Bold: true}}}
}

// Columns are the seed table's columns.
func Columns() []report.Column {
	return []report.Column{
		{Title: "TT", Width: 0.06},
		{Title: "Tên/Mục tiêu cụ thể", Width: 0.34},
		{Title: "Đơn vị chủ trì chịu trách nhiệm theo dõi, hướng dẫn, đôn đốc, kiểm tra, đánh giá", Width: 0.22},
		{Title: "Đơn vị chủ trì tổ chức thực hiện", Width: 0.19},
		{Title: "Đơn vị phối hợp thực hiện", Width: 0.19},
	}
}

func group(number, title string) report.Row {
	return report.Row{Group: true, Cells: []string{number, title, "", "", ""}}
}

func criterion(cells ...string) report.Row { return report.Row{Cells: cells} }

const (
	vhxh     = "Phòng VH-XH"
	telecom  = "Các doanh nghiệp Viễn thông"
	partners = "Phòng VH-XH; Phòng Kinh tế; Các cơ, quan đơn vị liên quan"
	office   = "Văn phòng HĐND - UBND"
)

// SeedRows are the rows of the seed's table of met criteria.
func SeedRows() []report.Row {
	return []report.Row{
		group("I", "Phát triển hạ tầng"),
		criterion("1", "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%", vhxh, telecom, partners),
		criterion("2", "Có ≥ 70% người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gbps/s.", vhxh, telecom, partners),
		criterion("3", "100% cán bộ, công chức có trách nhiệm xử lý văn bản trên môi trường mạng; quản lý tốt các trang thiết bị máy tính, thiết bị bảo mật được cấp và sử dụng thành thạo chữ ký số chuyên dùng trong công việc hàng ngày theo đúng quy định", "VPĐU; VP HĐND - UBND", "VPĐU, VP HĐND - UBND", "Các cơ quan Đảng, Chính quyền trong xã"),
		group("II", "Phát triển nguồn lực"),
		criterion("1", "100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản", "VPĐU, VP HĐND - UBND", "Phòng VH-XH; Đảng ủy, UBND cấp xã", "VPĐU, VP HĐND - UBND; Các cơ, quan đơn vị liên quan"),
		criterion("2", "100% giáo viên và ≥ 65% học sinh phổ thông được tập huấn kỹ năng cơ bản về dạy - học trên nền tảng số", "Các trường học", "Các trường học", "Phòng VH-XH, Các trường học"),
		group("III", "Phát triển chuyển đổi số"),
		criterion("1", "100% thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính giữa trung ương và địa phương, giữa các cấp chính quyền", office, office+"; Các cơ, quan đơn vị", "Phòng VH-XH; các đơn vị, doanh nghiệp có liên quan"),
		criterion("2", "100% thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến", office, office+"; Phòng VH-XH; Phòng Kinh tế", "Các cơ, quan đơn vị doanh nghiệp có liên quan"),
		criterion("3", "100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", office, office+"; Các cơ, quan đơn vị", "Phòng VH-XH; các đơn vị có liên quan"),
	}
}

// LongRows are 39 criteria in three groups.
func LongRows() []report.Row {
	var rows []report.Row
	for g, name := range []string{"Phát triển hạ tầng", "Phát triển nguồn lực", "Phát triển chuyển đổi số"} {
		rows = append(rows, group([]string{"I", "II", "III"}[g], name))
		for i := 1; i <= 13; i++ {
			rows = append(rows, criterion(fmt.Sprint(i),
				fmt.Sprintf("Tiêu chí %d.%d: 100%% thủ tục hành chính được tiếp nhận, giải quyết trực tuyến; tỷ lệ ≥ 95%% người dân hài lòng", g+1, i),
				office, "Phòng VH-XH; Phòng Kinh tế", partners))
		}
	}
	return rows
}

func withRows(rows []report.Row) report.Model {
	return report.Model{
		Layout: report.PartyLayout(),
		Header: report.Header{
			SuperiorBody: "ĐẢNG BỘ TỈNH NINH BÌNH",
			IssuingBody:  "ĐẢNG ỦY XÃ XUÂN HƯNG",
			Star:         true,
			Number:       "Số      -BC/ĐU",
			Motto:        "ĐẢNG CỘNG SẢN VIỆT NAM",
			PlaceDate:    "Xuân Hưng, ngày     tháng 3 năm 2026",
		},
		DocType: "BÁO CÁO",
		Summary: "Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị tháng 3 năm 2026",
		Body:    body(rows),
		Footer: report.Footer{
			RecipientsLabel: "Nơi nhận:",
			Recipients:      []string{"- Ủy Ban Kiểm tra tỉnh uỷ,", "- Ban Thường vụ Đảng uỷ,", "- Lưu VPĐU."},
			Authority:       "T/M BAN THƯỜNG VỤ",
			Position:        "PHÓ BÍ THƯ",
			Signer:          "Bùi Thị Hồng Chiên",
		},
	}
}

func body(rows []report.Row) []report.Block {
	return []report.Block{
		Para("Thực hiện Công văn số 202-CV/UBKTTU, ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình về việc báo cáo tình hình thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số Quốc gia (gọi tắt là Nghị quyết số 57-NQ/TW); Ban Thường vụ Đảng ủy xã Xuân Hưng báo cáo tình hình, kết quả lãnh đạo chỉ đạo và tổ chức thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trong tháng 3 như sau:"),
		Heading(1, "I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM"),
		Heading(2, "1. Kết quả thực hiện các nhiệm vụ đã đề ra năm 2026:"),
		Para("- Thực hiện Chương trình số 02-CTr/BCĐ ngày 04/2/2026 của Ban chỉ đạo chuyển đổi số xã Xuân Hưng về Chương trình công tác năm 2026, trong tháng 3 năm 2026, các cơ quan, đơn vị đã tham mưu hoàn thành đạt 8/39 tiêu chí, cụ thể:"),
		{Kind: report.TableKind, Table: &report.Table{Columns: Columns(), Rows: rows}},
		Heading(2, "2. Thống kê số cuộc họp/Phiên họp của Ban Chỉ đạo/Thường trực Ban Chỉ đạo/lãnh đạo Ban Chỉ đạo với Thường trực Tổ Giúp việc và các cơ quan liên quan:"),
		Para("Trong tháng 3, Ban chỉ đạo đã tổ chức 01 cuộc họp với lãnh đạo các cơ quan, đơn vị để triển khai chương trình hành động của Ban chỉ đạo, giao nhiệm vụ cho các cơ quan đơn vị có phương án phối hợp triển khai hoàn thành các chỉ tiêu đã đặt ra."),
		Heading(2, "3. Về tiếp nhận xử lý phản ánh, kiến nghị, sáng kiến, giải pháp (PAKN, SKGP) về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số thông qua Hệ thống pakn.nq57.vn và các kênh có liên quan:"),
		Para("UBND xã chưa tiếp nhận được phản ánh, kiến nghị nào trong thời hạn báo cáo."),
		Heading(2, "4. Việc báo cáo về các tư duy, sáng kiến đột phá và đặt hàng các sản phẩm cần thiết cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) trên Hệ thống pakn.nq57.vn:"),
		Para("Đến thời điểm báo cáo, chưa có nội dung báo cáo về tư duy, sáng kiến đột phá và đặt hàng sản phẩm phục vụ phát triển KHCN, ĐMST, CĐS trên Hệ thống pakn.nq57.vn."),
		Heading(1, "II. NHẬN XÉT, ĐÁNH GIÁ CHUNG"),
		Para("Đảng ủy xã bám sát tình hình thực tế địa phương, chủ động ban hành các kế hoạch, chương trình công tác; đề xuất nhiệm vụ, xác định rõ mục tiêu, rõ trách nhiệm của các tập thể và những nhiệm vụ trọng tâm, cốt lõi cần tập trung chỉ đạo, bố trí nguồn lực thực hiện, tạo hành lang pháp lý để các cơ quan, đơn vị trên địa bàn tổ chức thực hiện Nghị quyết 57-NQ/TW. Ban Chỉ đạo chủ động chỉ đạo các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ theo Chương trình đã ban hành."),
		// As report.Build writes a one-line recommendation: a heading with a plain run.
		{Kind: report.Heading, Level: 1, Runs: []report.Run{{Text: "III. KIẾN NGHỊ, ĐỀ XUẤT:", Bold: true}, {Text: " Không"}}},
		Para("Trên đây là báo cáo tình hình thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (tháng 3), Đảng uỷ xã Xuân Hưng trân trọng báo cáo./."),
	}
}
