package report

import (
	"fmt"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

const (
	submissionsTitle  = "3. Về tiếp nhận xử lý phản ánh, kiến nghị, sáng kiến, giải pháp (PAKN, SKGP) về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số thông qua Hệ thống pakn.nq57.vn và các kênh có liên quan:"
	breakthroughTitle = "4. Việc báo cáo về các tư duy, sáng kiến đột phá và đặt hàng các sản phẩm cần thiết cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) trên Hệ thống pakn.nq57.vn:"
)

// submissionsSection is part 3 of section I: feedback, recommendations,
// initiatives and solutions (PAKN, SKGP) received in the period.
func submissionsSection(in Input) []Block {
	blocks := []Block{heading(2, submissionsTitle)}
	subs := filterSubmissions(in.Submissions, false)
	if len(subs) == 0 {
		return append(blocks, paragraph(receiver(in)+" chưa tiếp nhận được phản ánh, kiến nghị nào trong thời hạn báo cáo."))
	}
	received := fmt.Sprintf("Trong %s, %s đã tiếp nhận %s phản ánh, kiến nghị, sáng kiến, giải pháp (%s)%s.",
		in.Period.Name(), receiver(in), count(len(subs)), byKind(subs), byChannel(subs))
	return append(blocks, paragraph(received+" "+outcome(subs, in)))
}

// breakthroughSection is part 4: breakthrough ideas and product orders.
func breakthroughSection(in Input) []Block {
	blocks := []Block{heading(2, breakthroughTitle)}
	subs := filterSubmissions(in.Submissions, true)
	if len(subs) == 0 {
		return append(blocks, paragraph("Đến thời điểm báo cáo, chưa có nội dung báo cáo về tư duy, sáng kiến đột phá và đặt hàng sản phẩm phục vụ phát triển KHCN, ĐMST, CĐS trên Hệ thống pakn.nq57.vn."))
	}
	received := fmt.Sprintf("Trong %s, đã tiếp nhận %s nội dung về tư duy, sáng kiến đột phá và đặt hàng sản phẩm phục vụ phát triển KHCN, ĐMST, CĐS (%s)%s.",
		in.Period.Name(), count(len(subs)), byKind(subs), byChannel(subs))
	return append(blocks, paragraph(received+" "+outcome(subs, in)))
}

func filterSubmissions(all []domain.Submission, breakthrough bool) []domain.Submission {
	var out []domain.Submission
	for _, s := range all {
		if s.Kind.Breakthrough() == breakthrough {
			out = append(out, s)
		}
	}
	return out
}

// byKind writes "02 phản ánh, 01 kiến nghị" in the order of domain.SubmissionKinds.
func byKind(subs []domain.Submission) string {
	counts := map[domain.SubmissionKind]int{}
	for _, s := range subs {
		counts[s.Kind]++
	}
	var parts []string
	for _, k := range domain.SubmissionKinds {
		if n := counts[k]; n > 0 {
			parts = append(parts, count(n)+" "+k.Label())
		}
	}
	return strings.Join(parts, ", ")
}

// byChannel writes ", trong đó 03 qua Hệ thống pakn.nq57.vn, 02 qua các kênh
// khác", or names the one channel they all came through.
func byChannel(subs []domain.Submission) string {
	national := 0
	for _, s := range subs {
		if s.Channel.National() {
			national++
		}
	}
	system := domain.ChannelPakn.Label()
	switch national {
	case len(subs):
		return " qua Hệ thống " + system
	case 0:
		return " qua các kênh khác"
	}
	return fmt.Sprintf(", trong đó %s qua Hệ thống %s, %s qua các kênh khác", count(national), system, count(len(subs)-national))
}

// outcome writes what became of the submissions by the time of the report
// (domain.SubmissionCounts, as the statistics count them): answered (on time
// and late), being handled (overdue among them), turned down.
func outcome(subs []domain.Submission, in Input) string {
	c := domain.CountSubmissions(subs, in.AsOf)
	var parts []string
	if c.Answered > 0 {
		a := "đã trả lời " + count(c.Answered)
		if late := c.Late(); late > 0 {
			a += fmt.Sprintf(" (%s đúng hạn, %s quá hạn)", count(c.OnTime), count(late))
		} else {
			a += " (đều đúng hạn)"
		}
		parts = append(parts, a)
	}
	if pending := c.Pending(); pending > 0 {
		p := "đang xử lý " + count(pending)
		if c.Overdue > 0 {
			p += fmt.Sprintf(" (%s đã quá hạn)", count(c.Overdue))
		}
		parts = append(parts, p)
	}
	if c.Rejected > 0 {
		parts = append(parts, "không tiếp nhận "+count(c.Rejected)+" do không đủ điều kiện")
	}
	return "Đến thời điểm báo cáo, " + strings.Join(parts, "; ") + "."
}

// receiver names who receives submissions: the settings' words, or the
// People's Committee of the organisation's level ("UBND xã", "UBND phường").
func receiver(in Input) string {
	if in.Settings.Receiver != "" {
		return in.Settings.Receiver
	}
	if w := in.Org.LevelWord(); w != "" {
		return "UBND " + w
	}
	return "UBND " + in.Org.Name
}
