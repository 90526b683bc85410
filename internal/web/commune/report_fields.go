package commune

import "github.com/nq57/nq57/internal/reporting"

// reportField is one field of the compose form, with what the page shows
// around it.
type reportField struct {
	Name, Label, Hint string
	Value, Error      string
	Rows              int  // a textarea of this many rows; 0 for a one-line input
	Own               bool // the period stores its own value, not the default
	PerPeriod         bool // number and date: always the period's own
	Required          bool // the document cannot do without it
}

// Fields lists the form's fields in the order of the document.
func (p reportPage) Fields() []reportField {
	f := p.Form
	fields := []reportField{
		{Name: "number", Label: reporting.Labels["number"], Value: f.Number, PerPeriod: true,
			Hint: "Chỉ phần số, ký hiệu “" + p.Settings.Symbol + "” được thêm tự động. Để trống khi còn là bản nháp."},
		{Name: "date", Label: reporting.Labels["date"], Value: f.Date, PerPeriod: true,
			Hint: "Dạng ngày/tháng/năm, ví dụ 31/03/2026. Để trống khi còn là bản nháp."},
		{Name: "authority", Label: reporting.Labels["authority"], Value: f.Authority, Hint: "Ví dụ: T/M BAN THƯỜNG VỤ."},
		{Name: "position", Label: reporting.Labels["position"], Value: f.Position, Hint: "Ví dụ: PHÓ BÍ THƯ."},
		{Name: "signer", Label: reporting.Labels["signer"], Value: f.Signer},
		{Name: "recipients", Label: reporting.Labels["recipients"], Value: f.Recipients, Rows: 4,
			Hint: "Mỗi nơi một dòng; không cần gạch đầu dòng, văn bản tự thêm “- ”."},
		{Name: "basis", Label: reporting.Labels["basis"], Value: f.Basis, Rows: 3,
			Hint: "Văn bản mà báo cáo này trả lời; câu mở đầu sẽ là “Thực hiện …”."},
		{Name: "assessment", Label: reporting.Labels["assessment"], Value: f.Assessment, Rows: 6,
			Hint: "Mỗi dòng là một đoạn văn."},
		{Name: "recommendations", Label: reporting.Labels["recommendations"], Value: f.Recommendations, Rows: 3,
			Hint: "Viết “Không” nếu không có kiến nghị."},
	}
	for i := range fields {
		fields[i].Error = p.Errors[fields[i].Name]
		fields[i].Own = p.Overrides(fields[i].Name)
	}
	return fields
}
