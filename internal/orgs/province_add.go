package orgs

import (
	"context"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ProvinceForm is a new province with its first administrator. Problems
// name the fields name, official_code, code, admin_login, admin_name and
// admin_email.
type ProvinceForm struct {
	Name         string // "Ninh Bình", without "tỉnh"
	OfficialCode string // two digits (QĐ 19/2025/QĐ-TTg): "37"
	Code         string // "ninh-binh"
	AdminLogin   string
	AdminName    string
	AdminEmail   string
}

// AddProvince makes a province and its first administrator, who must
// change the one-time password at first sign-in, in one transaction,
// audited in the province's log. Only the command line may: whoever runs it
// holds the server, where a deployment is set up.
func (s *Service) AddProvince(ctx context.Context, a usecase.Actor, in ProvinceForm) (NewOrg, error) {
	if !a.IsCommandLine() {
		return NewOrg{}, domain.Errorf(domain.Forbidden, "Chỉ dòng lệnh trên máy chủ (nq57 org add-province) mới thêm được tỉnh.")
	}
	var probs domain.Problems
	d := draft{org: domain.Org{Level: domain.LevelProvince}}
	d.org.Name = checkOrgName(&probs, in.Name, "Ninh Bình")
	d.org.OfficialCode = checkOfficialCode(&probs, in.OfficialCode, 2, "37")
	d.org.Code = checkOrgCode(&probs, in.Code, "ninh-binh")
	d.admin = accounts.NewUser{Login: in.AdminLogin, Name: in.AdminName, Email: in.AdminEmail, Role: domain.RoleAdmin}
	if err := s.checkTaken(ctx, a, d, &probs); err != nil {
		return NewOrg{}, err
	}
	if err := probs.Err("Thông tin tỉnh chưa hợp lệ, chưa lưu gì."); err != nil {
		return NewOrg{}, err
	}
	admin, err := s.prepareAdmin(ctx, a, d)
	if err != nil {
		return NewOrg{}, err
	}
	var made NewOrg
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		made, err = s.createOrg(ctx, tx, a, d.org, admin)
		return err
	})
	return made, err
}
