package domain

// OrgLevel is the place of an organisation in the administrative hierarchy.
type OrgLevel string

const (
	LevelProvince OrgLevel = "province"
	LevelCommune  OrgLevel = "commune"
)

// CommuneType is the kind of a commune-level unit since 1/7/2025.
type CommuneType string

const (
	TypeXa     CommuneType = "xa"      // xã
	TypePhuong CommuneType = "phuong"  // phường
	TypeDacKhu CommuneType = "dac_khu" // đặc khu
)

// Org is a province or a commune. Code is the short code used in URLs and flags
// ("ninh-binh", "xuan-hung"); OfficialCode is the code of QĐ 19/2025/QĐ-TTg.
type Org struct {
	ID           int64
	ParentID     int64 // 0 for a province
	Code         string
	OfficialCode string
	Name         string // "Xuân Hưng"
	Level        OrgLevel
	Type         CommuneType // empty for a province
}

// Unit is an office, department, school, firm or other body inside an
// organisation that monitors, leads or coordinates criteria.
type Unit struct {
	ID        int64
	OrgID     int64
	Code      string // "vpdu", "vh-xh"
	Name      string // "Phòng Văn hóa - Xã hội"
	ShortName string // "Phòng VH-XH", as documents write it
}
