package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// reportDefaultsPage is the organisation's report settings (the row with a
// zero period): what every period's report uses unless the period sets its
// own. Composers edit it; everyone else reads it.
type reportDefaultsPage struct {
	Page
	Form       reportDefaultsForm
	Errors     fieldErrors
	Stored     bool                  // false while the organisation runs on the starting settings
	Example    domain.ReportSettings // the starting settings, whose names the hints quote
	Preview    domain.Period         // the period the preview link shows
	HasProgram bool                  // a program covers Preview, so it can be drawn
	Overridden []domain.Period       // periods that keep content of their own
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
			{Name: "superior_body", Label: "Cơ quan cấp trên", Value: f.SuperiorBody,
				Hint: "Dòng đầu bên trái, chữ in hoa: " + orExample(up(ex.SuperiorBody), "ĐẢNG BỘ TỈNH …") + ". Có thể để trống."},
			{Name: "issuing_body", Label: "Cơ quan ban hành", Value: f.IssuingBody, Required: true,
				Hint: "Dòng thứ hai bên trái, chữ in hoa đậm: " + up(ex.IssuingBody) + "."},
			{Name: "symbol", Label: "Ký hiệu văn bản", Value: f.Symbol, Required: true,
				Hint: "Ngay sau số văn bản, không có dấu cách: “Số 12-" + ex.Symbol + "” (văn bản của Đảng) hoặc “Số: 12/BC-UBND” (văn bản nhà nước)."},
			{Name: "place", Label: "Địa danh", Value: f.Place, Required: true,
				Hint: "Bên phải, chữ nghiêng, trước ngày tháng: “" + ex.Place + ", ngày 25 tháng 3 năm 2026”."},
		}},
		{ID: "rd-body", Title: "Nội dung", Fields: []reportField{
			{Name: "basis", Label: "Căn cứ (văn bản yêu cầu báo cáo)", Value: f.Basis, Rows: 3,
				Hint: "Đầu câu mở đầu: “Thực hiện Công văn số … ngày … của …; …”. Để trống thì câu mở đầu bắt đầu bằng chủ thể báo cáo."},
			{Name: "reporter", Label: "Chủ thể báo cáo (câu mở đầu)", Value: f.Reporter, Required: true,
				Hint: "Câu mở đầu: “…; " + ex.Reporter + " báo cáo tình hình, kết quả lãnh đạo chỉ đạo …”."},
			{Name: "receiver", Label: "Nơi tiếp nhận phản ánh, kiến nghị", Value: f.Receiver,
				Hint: "Mục I.3: “" + ex.Receiver + " chưa tiếp nhận được phản ánh, kiến nghị nào …”. Để trống thì ghi “UBND xã”."},
			{Name: "assessment", Label: "II. Nhận xét, đánh giá chung", Value: f.Assessment, Rows: 5,
				Hint: "Mục II của báo cáo; mỗi dòng là một đoạn văn. Kỳ nào soạn nhận xét riêng thì dùng nhận xét của kỳ đó."},
			{Name: "recommendations", Label: "III. Kiến nghị, đề xuất", Value: f.Recommendations, Rows: 2,
				Hint: "Mục III của báo cáo; viết “Không” nếu không có kiến nghị."},
			{Name: "closer", Label: "Chủ thể báo cáo (câu kết)", Value: f.Closer, Required: true,
				Hint: "Câu kết: “Trên đây là báo cáo …, " + ex.Closer + " trân trọng báo cáo./.”"},
		}},
		{ID: "rd-footer", Title: "Cuối văn bản", Fields: []reportField{
			{Name: "recipients", Label: "Nơi nhận", Value: f.Recipients, Rows: 4,
				Hint: "Góc dưới bên trái, dưới “Nơi nhận:”. Mỗi nơi một dòng; văn bản tự thêm “- ” ở đầu, ví dụ “- " + firstRecipient + "”."},
			{Name: "authority", Label: "Thẩm quyền ký", Value: f.Authority, Required: true,
				Hint: "Góc dưới bên phải, chữ in hoa đậm: " + ex.Authority + "."},
			{Name: "position", Label: "Chức vụ người ký", Value: f.Position, Required: true,
				Hint: "Dưới thẩm quyền ký, chữ in hoa đậm, ví dụ: PHÓ BÍ THƯ."},
			{Name: "signer", Label: "Người ký", Value: f.Signer,
				Hint: "Dưới cùng bên phải, sau chỗ ký và đóng dấu, chữ đậm: họ và tên người ký."},
		}},
		{ID: "rd-due", Title: "Hạn nộp", Fields: []reportField{
			{Name: "due_day", Label: "Hạn nộp báo cáo: ngày … của tháng cuối kỳ", Value: f.DueDay,
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
func (s *Server) reportDefaultsData(r *http.Request) (*reportDefaultsPage, error) {
	v := mustViewer(r)
	ctx := r.Context()
	current, err := s.store.ReportSettings(ctx, v.Org.ID, reportKind, domain.Period{})
	if err != nil {
		return nil, err
	}
	_, stored, err := s.store.OwnReportSettings(ctx, v.Org.ID, reportKind, domain.Period{})
	if err != nil {
		return nil, err
	}
	example, err := s.startingReportSettings(r)
	if err != nil {
		return nil, err
	}
	data := &reportDefaultsPage{Page: s.page(r, "Thiết lập chung của báo cáo", "reports"),
		Form: reportDefaultsFormOf(current), Errors: fieldErrors{}, Stored: stored, Example: example,
		Preview: s.defaultPeriod()}
	if data.HasProgram, err = s.programCovers(r, current, data.Preview); err != nil {
		return nil, err
	}
	if data.Overridden, err = s.store.ReportSettingsPeriods(ctx, v.Org.ID, reportKind); err != nil {
		return nil, err
	}
	return data, nil
}

// startingReportSettings are the settings the organisation would start from,
// made of its own names and its parent's.
func (s *Server) startingReportSettings(r *http.Request) (domain.ReportSettings, error) {
	org := mustViewer(r).Org
	var parent domain.Org
	if org.ParentID != 0 {
		var err error
		if parent, err = s.store.OrgByID(r.Context(), org.ParentID); err != nil {
			return domain.ReportSettings{}, err
		}
	}
	return domain.DefaultReportSettings(org, parent), nil
}

// programCovers reports whether the report of p has a program to report on,
// as assemble picks it: the one the settings name, or the program of p's year.
func (s *Server) programCovers(r *http.Request, rs domain.ReportSettings, p domain.Period) (bool, error) {
	if rs.ProgramID != 0 {
		return true, nil
	}
	_, err := s.store.ProgramForYear(r.Context(), mustViewer(r).Org.ID, p.Year)
	if domain.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

func (s *Server) reportDefaults(w http.ResponseWriter, r *http.Request) {
	data, err := s.reportDefaultsData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "report_defaults", data)
}
