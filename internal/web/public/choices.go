package public

import (
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// kindChoice is a kind of submission as the public form offers it: a name
// and one line that helps a citizen pick the right one.
type kindChoice struct {
	Kind    domain.SubmissionKind
	Name    string
	Explain string
}

// kindHints help a citizen pick the right kind.
var kindHints = map[domain.SubmissionKind]string{
	domain.KindFeedback:       "Cho biết vướng mắc, bất cập khi thực hiện cơ chế, chính sách, thủ tục hành chính.",
	domain.KindRecommendation: "Đề nghị cơ quan nhà nước sửa đổi, bổ sung hoặc ban hành chính sách, quy định.",
	domain.KindInitiative:     "Một cách làm mới giúp công việc, dịch vụ công hiệu quả hơn.",
	domain.KindSolution:       "Một giải pháp kỹ thuật hoặc quản lý cụ thể để giải quyết một vấn đề đã biết.",
	domain.KindBreakthrough:   "Ý tưởng có thể tạo bước ngoặt về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.",
	domain.KindProductOrder:   "Nêu một sản phẩm, nhiệm vụ khoa học, công nghệ mà người dân, doanh nghiệp cần được giải quyết.",
}

// kindChoices lists the kinds in the order of domain.SubmissionKinds, the
// order the report names them.
func kindChoices() []kindChoice {
	out := make([]kindChoice, 0, len(domain.SubmissionKinds))
	for _, k := range domain.SubmissionKinds {
		out = append(out, kindChoice{Kind: k, Name: submissions.KindName(k), Explain: kindHints[k]})
	}
	return out
}
