package domain

import (
	"strings"
	"time"
)

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

	// A deactivated commune keeps its data, read-only: its users may read,
	// nothing changes it, and the province no longer expects its reports.
	DeactivatedAt time.Time // zero while active
	DeactivatedBy string
}

// Active reports whether the organisation has not been deactivated.
func (o Org) Active() bool { return o.DeactivatedAt.IsZero() }

// Unit is an office, department, school, firm or other body inside an
// organisation that monitors, leads or coordinates criteria.
type Unit struct {
	ID        int64
	OrgID     int64
	Code      string // "vpdu", "vh-xh"
	Name      string // "Phòng Văn hóa - Xã hội"
	ShortName string // "Phòng VH-XH", as documents write it
	Version   int64  // of the names
	ChangedBy string
	ChangedAt time.Time
}

// Label is the type as running text writes it: "xã", "phường", "đặc khu".
func (t CommuneType) Label() string {
	switch t {
	case TypeXa:
		return "xã"
	case TypePhuong:
		return "phường"
	case TypeDacKhu:
		return "đặc khu"
	}
	return ""
}

// CommuneTypes lists the commune-level types in the order screens offer them.
var CommuneTypes = []CommuneType{TypeXa, TypePhuong, TypeDacKhu}

// ParseCommuneType reads a type as a flag, a form or a workbook gives it:
// its code ("phuong") or its label ("phường", "Phuong"), in any case.
func ParseCommuneType(s string) (CommuneType, error) {
	folded := Fold(s)
	for _, t := range CommuneTypes {
		if folded == string(t) || folded == Fold(t.Label()) || strings.ReplaceAll(folded, " ", "_") == string(t) {
			return t, nil
		}
	}
	return "", Errorf(Invalid, "loại đơn vị hành chính “%s” không có: chọn xã, phường hoặc đặc khu", s)
}

// LevelWord names the organisation's level as running text writes it before its
// name: "xã", "phường", "đặc khu" or "tỉnh".
func (o Org) LevelWord() string {
	if o.Level == LevelProvince {
		return "tỉnh"
	}
	return o.Type.Label()
}

// DisplayName names the organisation as running text does: "xã Xuân Hưng",
// "phường Nam Định", "tỉnh Ninh Bình"; the bare name when the type is unknown.
func (o Org) DisplayName() string {
	if w := o.LevelWord(); w != "" {
		return w + " " + o.Name
	}
	return o.Name
}
