package orgs

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/excel"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// CommuneForm is a commune of the province as a person typed it (the form
// of the communes screen, a row of the import workbook, the command line's
// flags), with its first administrator. Problems name the fields name,
// type, official_code, code, admin_login, admin_name and admin_email.
type CommuneForm struct {
	Name         string // "Gia Viễn", without "xã"
	Type         string // xa, phuong, dac_khu, or as written: "phường"
	OfficialCode string // the code of QĐ 19/2025/QĐ-TTg: five digits for a commune
	Code         string // the short code of URLs and flags: "gia-vien"
	AdminLogin   string
	AdminName    string
	AdminEmail   string
}

const (
	orgNameMax = 100
	orgCodeMin = 2
	orgCodeMax = 40
)

var (
	orgCodePattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	digits         = regexp.MustCompile(`^[0-9]+$`)
)

// draft is a new organisation checked, with its administrator to prepare.
type draft struct {
	org   domain.Org
	admin accounts.NewUser
}

// communeDraft checks the form of a commune under the province, alone and
// against what the deployment holds (codes and the login taken), and
// returns the commune to make with every problem found.
func (s *Service) communeDraft(ctx context.Context, a usecase.Actor, in CommuneForm) (draft, []domain.Problem, error) {
	var probs domain.Problems
	d := draft{org: domain.Org{ParentID: a.Org.ID, Level: domain.LevelCommune}}
	d.org.Name = checkOrgName(&probs, in.Name, "Gia Viễn")
	if strings.TrimSpace(in.Type) == "" {
		probs.Add(excel.FieldType, "Chọn loại: xã, phường hoặc đặc khu.")
	} else if t, err := domain.ParseCommuneType(in.Type); err != nil {
		probs.Add(excel.FieldType, domain.Sentence(err.Error()))
	} else {
		d.org.Type = t
	}
	d.org.OfficialCode = checkOfficialCode(&probs, in.OfficialCode, 5, "14560")
	d.org.Code = checkOrgCode(&probs, in.Code, "gia-vien")
	d.admin = accounts.NewUser{Login: in.AdminLogin, Name: in.AdminName, Email: in.AdminEmail, Role: domain.RoleAdmin}
	err := s.checkTaken(ctx, a, d, &probs)
	return d, probs.List(), err
}

// checkTaken adds the problems that the deployment's records make: a short
// or official code another organisation has, the administrator's account
// (its login taken anywhere: the organisation that has it is not named).
func (s *Service) checkTaken(ctx context.Context, a usecase.Actor, d draft, probs *domain.Problems) error {
	if err := checkCodes(ctx, s.env.Store, d.org, probs); err != nil {
		return err
	}
	if strings.TrimSpace(d.admin.Login) == "" {
		probs.Add(excel.FieldAdminLogin, "Nhập tên đăng nhập của người quản trị, ví dụ: gia-vien-quantri.")
	}
	problems, err := s.accounts.CheckAccount(ctx, a, d.admin)
	for _, p := range problems {
		probs.Add("admin_"+p.Field, p.Message)
	}
	return err
}

// checkCodes adds the problems of an organisation's short and official
// codes that another organisation has.
func checkCodes(ctx context.Context, st *storage.Store, o domain.Org, probs *domain.Problems) error {
	d := draft{org: o}
	if d.org.Code != "" {
		if _, err := st.OrgByCode(ctx, d.org.Code); err == nil {
			probs.Add(excel.FieldCode, fmt.Sprintf("Mã ngắn “%s” đã dùng cho một đơn vị khác trên hệ thống; chọn mã khác.", d.org.Code))
		} else if !domain.IsNotFound(err) {
			return err
		}
	}
	if d.org.OfficialCode != "" {
		if _, err := st.OrgByOfficialCode(ctx, d.org.OfficialCode); err == nil {
			probs.Add(excel.FieldOfficialCode, fmt.Sprintf("Mã “%s” đã có đơn vị khác mang trên hệ thống; kiểm tra lại mã theo Quyết định 19/2025/QĐ-TTg.", d.org.OfficialCode))
		} else if !domain.IsNotFound(err) {
			return err
		}
	}
	return nil
}

// checkOrgName returns the name, NFC and trimmed, adding its problem.
func checkOrgName(probs *domain.Problems, name, example string) string {
	name = strings.Join(strings.Fields(domain.NFC(name)), " ")
	if p := domain.CheckText(name, false); p != "" {
		probs.Add(excel.FieldName, "Tên "+p+".")
	} else if n := utf8.RuneCountInString(name); n == 0 {
		probs.Add(excel.FieldName, "Nhập tên, ví dụ: "+example+".")
	} else if n > orgNameMax {
		probs.Add(excel.FieldName, fmt.Sprintf("Tên quá dài: tối đa %d ký tự (hiện có %d).", orgNameMax, n))
	}
	return name
}

// checkOfficialCode returns the official code, adding its problem: n digits.
func checkOfficialCode(probs *domain.Problems, code string, n int, example string) string {
	code = strings.TrimSpace(domain.NFC(code))
	if !digits.MatchString(code) || len(code) != n {
		probs.Add(excel.FieldOfficialCode, fmt.Sprintf("Mã định danh gồm %d chữ số theo Quyết định 19/2025/QĐ-TTg, ví dụ: %s.", n, example))
	}
	return code
}

// checkOrgCode returns the short code, in lower case, adding its problem.
func checkOrgCode(probs *domain.Problems, code, example string) string {
	code = strings.ToLower(strings.TrimSpace(domain.NFC(code)))
	switch n := len(code); {
	case n == 0:
		probs.Add(excel.FieldCode, "Nhập mã ngắn dùng trong đường dẫn, ví dụ: "+example+".")
	case !orgCodePattern.MatchString(code):
		probs.Add(excel.FieldCode, "Mã ngắn chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang “-” giữa các chữ, ví dụ: "+example+".")
	case n < orgCodeMin || n > orgCodeMax:
		probs.Add(excel.FieldCode, fmt.Sprintf("Mã ngắn dài từ %d đến %d ký tự (hiện có %d).", orgCodeMin, orgCodeMax, n))
	}
	return code
}

// requireProvince refuses an actor that does not act for a province: the
// command line names the province with a flag.
func requireProvince(a usecase.Actor) error {
	if a.Org.Level == domain.LevelProvince && a.Org.ID != 0 {
		return nil
	}
	if a.IsCommandLine() {
		return domain.Errorf(domain.Invalid, "cần mã một tỉnh (--province): xã, phường chỉ được thêm vào một tỉnh")
	}
	return domain.Errorf(domain.Forbidden, "Tài khoản của bạn không có quyền làm việc này.")
}
