package domain

// LedBy reports whether unit leads the implementation of criterion c (chủ
// trì tổ chức thực hiện): unit staff enter the values of those criteria
// only. No unit (0) leads nothing.
func (c Criterion) LedBy(unitID int64) bool {
	if unitID == 0 {
		return false
	}
	for _, id := range c.Roles.Lead.UnitIDs {
		if id == unitID {
			return true
		}
	}
	return false
}

// DataPeriod refuses a period that data is not entered for: values are
// entered by month or by quarter; half-years and years are reported from
// them.
func DataPeriod(p Period) error {
	if p.Kind != Month && p.Kind != Quarter {
		return Errorf(Invalid, "số liệu được nhập theo tháng hoặc theo quý; hãy chọn một tháng hoặc một quý")
	}
	return nil
}
