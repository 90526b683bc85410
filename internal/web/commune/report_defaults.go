package commune

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/web/ui"
)

// reportDefaultsPage is the organisation's report settings (the row with a
// zero period): what every period's report uses unless the period sets its
// own. Composers edit it; everyone else reads it.
type reportDefaultsPage struct {
	ui.Page
	reporting.Defaults
	Form    reporting.DefaultsForm
	Errors  ui.Errors
	Problem string // a save refused because someone saved after the form was drawn
}

// reportFieldGroup is one part of the document and the settings that appear in it.
type reportFieldGroup struct {
	ID, Title string
	Fields    []reportField
}

// Editable reports whether the user may change the settings.
func (p reportDefaultsPage) Editable() bool { return p.Can(domain.ActComposeReport) }

// StyleChoices are the document styles, each with where it shows.
func (p reportDefaultsPage) StyleChoices() []reportStyleChoice {
	return []reportStyleChoice{
		{Value: string(domain.PartyDocument), Label: "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)",
			Hint:    "Góc trên bên phải: ĐẢNG CỘNG SẢN VIỆT NAM; dưới tên cơ quan có dấu *; số ghi “Số 12-" + p.Example.Symbol + "”.",
			Checked: p.Form.Style == string(domain.PartyDocument)},
		{Value: string(domain.StateDocument), Label: "Văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP)",
			Hint:    "Góc trên bên phải: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, dưới là Độc lập - Tự do - Hạnh phúc; số ghi “Số: 12/BC-UBND”.",
			Checked: p.Form.Style == string(domain.StateDocument)},
	}
}

// StyleWords names the chosen style for the read-only view.
func (p reportDefaultsPage) StyleWords() string {
	for _, c := range p.StyleChoices() {
		if c.Checked {
			return c.Label
		}
	}
	return ""
}

type reportStyleChoice struct {
	Value, Label, Hint string
	Checked            bool
}

// Groups lists the settings in the order they appear in the document, each
// with a hint saying where and how, quoting the organisation's own names.
func (p reportDefaultsPage) Groups() []reportFieldGroup {
	f, ex := p.Form, p.Example
	up := strings.ToUpper
	firstRecipient := "Lưu VPĐU."
	if len(ex.Recipients) > 0 {
		firstRecipient = ex.Recipients[0]
	}
	groups := []reportFieldGroup{
		{ID: "rd-header", Title: "Đầu văn bản", Fields: []reportField{
			{Name: "superior_body", Label: reporting.Labels["superior_body"], Value: f.SuperiorBody,
				Hint: "Dòng đầu bên trái, chữ in hoa: " + orExample(up(ex.SuperiorBody), "ĐẢNG BỘ TỈNH …") + ". Có thể để trống."},
			{Name: "issuing_body", Label: reporting.Labels["issuing_body"], Value: f.IssuingBody, Required: true,
				Hint: "Dòng thứ hai bên trái, chữ in hoa đậm: " + up(ex.IssuingBody) + "."},
			{Name: "symbol", Label: reporting.Labels["symbol"], Value: f.Symbol, Required: true,
				Hint: "Ngay sau số văn bản, không có dấu cách: “Số 12-" + ex.Symbol + "” (văn bản của Đảng) hoặc “Số: 12/BC-UBND” (văn bản nhà nước)."},
			{Name: "place", Label: reporting.Labels["place"], Value: f.Place, Required: true,
				Hint: "Bên phải, chữ nghiêng, trước ngày tháng: “" + ex.Place + ", ngày 25 tháng 3 năm 2026”."},
			{Name: "term", Label: reporting.Labels["term"], Value: f.Term,
				Hint: "Văn bản của Đảng đánh số từ 01 trong mỗi nhiệm kỳ của cấp ủy (văn bản nhà nước: từ 01 mỗi năm). " +
					"Viết năm đầu hoặc cả nhiệm kỳ, ví dụ " + domain.TermWords(0) + "; để trống là nhiệm kỳ " + domain.TermWords(0) + "."},
		}},
		{ID: "rd-body", Title: "Nội dung", Fields: []reportField{
			{Name: "basis", Label: reporting.Labels["basis"], Value: f.Basis, Rows: 3,
				Hint: "Đầu câu mở đầu: “Thực hiện Công văn số … ngày … của …; …”. Để trống thì câu mở đầu bắt đầu bằng chủ thể báo cáo."},
			{Name: "reporter", Label: reporting.Labels["reporter"], Value: f.Reporter, Required: true,
				Hint: "Câu mở đầu: “…; " + ex.Reporter + " báo cáo tình hình, kết quả lãnh đạo chỉ đạo …”."},
			{Name: "receiver", Label: reporting.Labels["receiver"], Value: f.Receiver,
				Hint: "Mục I.3: “" + ex.Receiver + " chưa tiếp nhận được phản ánh, kiến nghị nào …”. Để trống thì ghi “" + domain.DefaultReceiver(p.Org) + "”."},
			{Name: "assessment", Label: reporting.Labels["assessment"], Value: f.Assessment, Rows: 5,
				Hint: "Mục II của báo cáo; mỗi dòng là một đoạn văn. Kỳ nào soạn nhận xét riêng thì dùng nhận xét của kỳ đó."},
			{Name: "recommendations", Label: reporting.Labels["recommendations"], Value: f.Recommendations, Rows: 2,
				Hint: "Mục III của báo cáo; viết “Không” nếu không có kiến nghị."},
			{Name: "closer", Label: reporting.Labels["closer"], Value: f.Closer, Required: true,
				Hint: "Câu kết: “Trên đây là báo cáo …, " + ex.Closer + " trân trọng báo cáo./.”"},
		}},
		{ID: "rd-footer", Title: "Cuối văn bản", Fields: []reportField{
			{Name: "recipients", Label: reporting.Labels["recipients"], Value: f.Recipients, Rows: 4,
				Hint: "Góc dưới bên trái, dưới “Nơi nhận:”. Mỗi nơi một dòng; văn bản tự thêm “- ” ở đầu, ví dụ “- " + firstRecipient + "”."},
			{Name: "authority", Label: reporting.Labels["authority"], Value: f.Authority, Required: true,
				Hint: "Góc dưới bên phải, chữ in hoa đậm: " + ex.Authority + "."},
			{Name: "position", Label: reporting.Labels["position"], Value: f.Position, Required: true,
				Hint: "Dưới thẩm quyền ký, chữ in hoa đậm, ví dụ: PHÓ BÍ THƯ."},
			{Name: "signer", Label: reporting.Labels["signer"], Value: f.Signer,
				Hint: "Dưới cùng bên phải, sau chỗ ký và đóng dấu, chữ đậm: họ và tên người ký."},
		}},
		{ID: "rd-due", Title: "Hạn nộp", Fields: []reportField{
			{Name: "due_day", Label: reporting.Labels["due_day"], Value: f.DueDay,
				Hint: fmt.Sprintf("Từ 1 đến 31; tháng ngắn hơn thì là ngày cuối tháng. Để trống là ngày %d. Trang tổng quan nhắc báo cáo sắp đến hạn và quá hạn theo ngày này.", domain.DefaultDueDay)},
		}},
	}
	for g := range groups {
		for i := range groups[g].Fields {
			groups[g].Fields[i].Error = p.Errors[groups[g].Fields[i].Name]
		}
	}
	return groups
}

func orExample(v, fallback string) string {
	if v == "" {
		return fallback
	}
	return v
}

// reportDefaultsData gathers the page with the form filled from the
// settings in force: the stored defaults, or the starting ones.
func (h *Handlers) reportDefaultsData(r *http.Request) (*reportDefaultsPage, error) {
	d, err := h.uc.Reporting.Defaults(r.Context(), ui.ActorOf(r), h.defaultPeriod())
	if err != nil {
		return nil, err
	}
	return &reportDefaultsPage{Page: h.ui.Page(r, "Thiết lập chung của báo cáo", "reports"), Defaults: d,
		Form: reporting.DefaultsFormOf(d.Settings, d.Version), Errors: ui.Errors{}}, nil
}

// ReportDefaults shows the organisation's report settings.
func (h *Handlers) ReportDefaults(w http.ResponseWriter, r *http.Request) {
	data, err := h.reportDefaultsData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "report_defaults", data)
}

// readReportDefaultsForm reads the settings form as typed.
func readReportDefaultsForm(r *http.Request) reporting.DefaultsForm {
	return reporting.DefaultsForm{
		Version: ui.Version(r), Style: ui.Value(r, "style"), SuperiorBody: ui.Value(r, "superior_body"),
		IssuingBody: ui.Value(r, "issuing_body"), Place: ui.Value(r, "place"), Symbol: ui.Value(r, "symbol"),
		Term: ui.Value(r, "term"), Basis: strings.TrimSpace(ui.Text(r, "basis")),
		Reporter: ui.Value(r, "reporter"), Receiver: ui.Value(r, "receiver"), Closer: ui.Value(r, "closer"),
		Assessment: strings.TrimSpace(ui.Text(r, "assessment")), Recommendations: strings.TrimSpace(ui.Text(r, "recommendations")),
		Recipients: ui.Text(r, "recipients"),
		Authority:  ui.Value(r, "authority"), Position: ui.Value(r, "position"), Signer: ui.Value(r, "signer"),
		DueDay: ui.Value(r, "due_day"),
	}
}
