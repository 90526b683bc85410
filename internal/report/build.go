package report

import (
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// Resolution 57 as reports cite it.
const (
	resolutionRef   = "Nghị quyết số 57-NQ/TW của Bộ Chính trị"
	resolutionTitle = "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
)

// Build writes the report for in: every figure computed, every sentence written.
func Build(in Input) Model {
	m := Model{
		Layout:  layoutFor(in.Settings.Style),
		Header:  buildHeader(in),
		DocType: "BÁO CÁO",
		Summary: "Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện " + resolutionRef + " " + in.Period.Words(),
		Footer:  buildFooter(in.Settings),
	}
	m.Body = append(m.Body, paragraph(introduction(in)))
	m.Body = append(m.Body, heading(1, "I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM"))
	m.Body = append(m.Body, criteriaSection(in)...)
	m.Body = append(m.Body, meetingsSection(in)...)
	m.Body = append(m.Body, submissionsSection(in)...)
	m.Body = append(m.Body, breakthroughSection(in)...)
	m.Body = append(m.Body, assessmentSection(in.Settings)...)
	m.Body = append(m.Body, recommendationsSection(in.Settings)...)
	m.Body = append(m.Body, paragraph(closing(in)))
	return m
}

func layoutFor(style domain.DocumentStyle) Layout {
	if style == domain.StateDocument {
		return StateLayout()
	}
	return PartyLayout()
}

func introduction(in Input) string {
	s := in.Settings
	report := fmt.Sprintf("%s báo cáo tình hình, kết quả lãnh đạo chỉ đạo và tổ chức thực hiện %s trong %s như sau:",
		s.Reporter, resolutionRef, in.Period.Name())
	if s.Basis == "" {
		return domain.UpperFirst(report)
	}
	return "Thực hiện " + s.Basis + "; " + report
}

func closing(in Input) string {
	return fmt.Sprintf("Trên đây là báo cáo tình hình thực hiện %s (%s), %s trân trọng báo cáo./.",
		resolutionTitle, in.Period.Name(), in.Settings.Closer)
}

func assessmentSection(s domain.ReportSettings) []Block {
	blocks := []Block{heading(1, "II. NHẬN XÉT, ĐÁNH GIÁ CHUNG")}
	for _, p := range paragraphs(s.Assessment) {
		blocks = append(blocks, paragraph(p))
	}
	return blocks
}

// recommendationsSection writes "III. KIẾN NGHỊ, ĐỀ XUẤT: Không" on one line when
// the text is one short line, as the seed does, and as paragraphs otherwise.
func recommendationsSection(s domain.ReportSettings) []Block {
	const title = "III. KIẾN NGHỊ, ĐỀ XUẤT:"
	paras := paragraphs(s.Recommendations)
	if len(paras) == 0 {
		paras = []string{"Không"}
	}
	if len(paras) == 1 && len([]rune(paras[0])) <= 40 {
		return []Block{{Kind: Heading, Level: 1, Runs: []Run{{Text: title, Bold: true}, {Text: " " + paras[0]}}}}
	}
	blocks := []Block{heading(1, title)}
	for _, p := range paras {
		blocks = append(blocks, paragraph(p))
	}
	return blocks
}

func paragraph(text string) Block {
	return Block{Kind: Paragraph, Runs: []Run{{Text: text}}}
}

func heading(level int, text string) Block {
	return Block{Kind: Heading, Level: level, Runs: []Run{{Text: text, Bold: true}}}
}

func upper(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }
