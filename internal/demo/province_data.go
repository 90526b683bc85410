package demo

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// pace is how far a demo commune has come with its program by March 2026,
// so that the province's pages show communes ahead, on their way and behind.
type pace int

const (
	paceAhead   pace = iota // 15 to 25 of the 39 criteria met in March
	paceSteady              // 5 to 12 met
	paceLagging             // 0 to 3 met
)

// syntheticCommune is one of the demo province's other communes. The names
// are communes and wards of Ninh Bình after the 2025 merger; everything
// else about them is made up (dữ liệu mẫu): the official codes are in the
// range of the province's but are not those of QĐ 19/2025/QĐ-TTg, and the
// people, programs, values and meetings are invented.
type syntheticCommune struct {
	code, officialCode, name string
	typ                      domain.CommuneType
	pace                     pace
	admin                    string // the name of its administrator
}

// syntheticCommunes are the demo province's communes besides Xuân Hưng:
// five wards and seven communes, three ahead and two lagging.
var syntheticCommunes = []syntheticCommune{
	{"hoa-lu", "14296", "Hoa Lư", domain.TypePhuong, paceAhead, "Trần Quang Huy"},
	{"nam-dinh", "13663", "Nam Định", domain.TypePhuong, paceAhead, "Vũ Thị Thanh Hương"},
	{"phu-ly", "13321", "Phủ Lý", domain.TypePhuong, paceAhead, "Lê Hoàng Long"},
	{"tam-diep", "14371", "Tam Điệp", domain.TypePhuong, paceSteady, "Nguyễn Thị Mai Anh"},
	{"duy-tien", "13387", "Duy Tiên", domain.TypePhuong, paceSteady, "Đỗ Văn Thắng"},
	{"gia-vien", "14446", "Gia Viễn", domain.TypeXa, paceSteady, "Phạm Thị Ngọc Lan"},
	{"nho-quan", "14407", "Nho Quan", domain.TypeXa, paceSteady, "Đinh Công Tuấn"},
	{"yen-mo", "14584", "Yên Mô", domain.TypeXa, paceSteady, "Hoàng Thị Thu Trang"},
	{"kim-son", "14650", "Kim Sơn", domain.TypeXa, paceSteady, "Mai Văn Tiến"},
	{"hai-hau", "13996", "Hải Hậu", domain.TypeXa, paceSteady, "Trần Văn Khánh"},
	{"cuc-phuong", "14422", "Cúc Phương", domain.TypeXa, paceLagging, "Quách Văn Sơn"},
	{"giao-thuy", "13906", "Giao Thủy", domain.TypeXa, paceLagging, "Bùi Thị Hải Yến"},
}

func (c syntheticCommune) org(provinceID int64) domain.Org {
	return domain.Org{ParentID: provinceID, Code: c.code, OfficialCode: c.officialCode, Name: c.name, Level: domain.LevelCommune, Type: c.typ}
}

// adminLogin is the login of the commune's administrator.
func (c syntheticCommune) adminLogin() string { return c.code + "-quantri" }

// communeUnits are Xuân Hưng's units for another commune: the same codes,
// the words "xã" and the commune's name made its own, and its own schools.
func communeUnits(org domain.Org) []domain.Unit {
	word := org.Type.Label()
	list := units(org.ID)
	for i := range list {
		u := &list[i]
		switch u.Code {
		case "buu-dien":
			u.Name, u.ShortName = "Bưu điện "+word+" "+org.Name, "Bưu điện "+word
		case "th-xuan-vinh":
			u.Code, u.Name, u.ShortName = "th-"+org.Code, "Trường Tiểu học "+org.Name, "Trường TH "+org.Name
		case "thcs-xuan-hung":
			u.Code, u.Name, u.ShortName = "thcs-"+org.Code, "Trường THCS "+org.Name, "Trường THCS "+org.Name
		default:
			u.Name, u.ShortName = ofType(u.Name, word), ofType(u.ShortName, word)
		}
	}
	return list
}

// ofType replaces the final word "xã" of a unit's name by the commune's
// type ("Công an xã" → "Công an phường").
func ofType(name, word string) string {
	if rest, ok := strings.CutSuffix(name, " xã"); ok {
		return rest + " " + word
	}
	return name
}

// ProvinceCommune is one of the demo province's synthetic communes (dữ liệu
// mẫu) with its administrator's account.
type ProvinceCommune struct {
	Org   domain.Org // its code, official code, name and type
	Admin Account    // login "<code>-quantri", password Password
}

// ProvinceCommunes lists the communes LoadProvince adds to Ninh Bình.
func ProvinceCommunes() []ProvinceCommune {
	out := make([]ProvinceCommune, len(syntheticCommunes))
	for i, c := range syntheticCommunes {
		out[i] = ProvinceCommune{Org: c.org(0), Admin: Account{Login: c.adminLogin(), Name: c.admin, Role: domain.RoleAdmin}}
	}
	return out
}
