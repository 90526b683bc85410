package web

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// kindChoice is a kind of submission as the public form offers it: a name
// and one line that helps a citizen pick the right one.
type kindChoice struct {
	Kind    domain.SubmissionKind
	Name    string
	Explain string
}

// kindChoices follows the order of domain.SubmissionKinds, the order the
// report names them.
var kindChoices = []kindChoice{
	{domain.KindFeedback, "Phản ánh", "Cho biết vướng mắc, bất cập khi thực hiện cơ chế, chính sách, thủ tục hành chính."},
	{domain.KindRecommendation, "Kiến nghị", "Đề nghị cơ quan nhà nước sửa đổi, bổ sung hoặc ban hành chính sách, quy định."},
	{domain.KindInitiative, "Sáng kiến", "Một cách làm mới giúp công việc, dịch vụ công hiệu quả hơn."},
	{domain.KindSolution, "Giải pháp", "Một giải pháp kỹ thuật hoặc quản lý cụ thể để giải quyết một vấn đề đã biết."},
	{domain.KindBreakthrough, "Tư duy, sáng kiến đột phá", "Ý tưởng có thể tạo bước ngoặt về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số."},
	{domain.KindProductOrder, "Đặt hàng sản phẩm", "Nêu một sản phẩm, nhiệm vụ khoa học, công nghệ mà người dân, doanh nghiệp cần được giải quyết."},
}

// submissionFields are the fields (lĩnh vực) a public submission may be
// about; Submission.Field stores the name.
var submissionFields = []string{
	"Khoa học, công nghệ",
	"Đổi mới sáng tạo",
	"Chuyển đổi số",
	"Thủ tục hành chính",
	"Khác",
}

// matchField returns the field named by s, whatever its accents, case or
// spacing ("chuyen doi so" is "Chuyển đổi số"), or "" if it is none of them.
func matchField(s string) string {
	folded := domain.Fold(strings.ReplaceAll(s, ",", " "))
	for _, f := range submissionFields {
		if domain.Fold(strings.ReplaceAll(f, ",", " ")) == folded {
			return f
		}
	}
	return ""
}

// fieldProblem checks the field of a submission; the domain rules leave it to
// the channel, since submissions from other channels may lack one.
func fieldProblem(field string) []domain.Problem {
	if field != "" && matchField(field) != "" {
		return nil
	}
	return []domain.Problem{{Field: "field", Message: "chọn lĩnh vực: " + strings.Join(submissionFields, "; ")}}
}

// publicChannel is the channel of submissions sent through nq57's own public
// form and API.
const publicChannel = "nq57 (trực tuyến)"

// senderActor names the sender in a submission's history.
const senderActor = "Người gửi"
