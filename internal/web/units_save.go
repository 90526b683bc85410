package web

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

const (
	unitCodeMin = 2
	unitCodeMax = 40
	unitNameMax = 150
)

var unitCodePattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// addUnit adds a unit to the administrator's commune. A code the commune
// already uses is refused with the other mistakes of the form, naming the
// unit that has it; CreateUnit refuses it too when two people add it at the
// same moment.
func (s *Server) addUnit(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	form := unitForm{Code: strings.ToLower(formValue(r, "code")), Name: formValue(r, "name"), ShortName: formValue(r, "short_name")}
	errs := checkUnitCode(form.Code)
	if !errs.any() {
		if err := s.refuseTakenCode(r, form.Code); err != nil {
			if domain.ErrorCode(err) != domain.Conflict {
				s.serverError(w, r, err)
				return
			}
			errs.add("code", err.Error())
		}
	}
	checkUnitNames(&form, errs)
	unit := domain.Unit{OrgID: v.Org.ID, Code: form.Code, Name: form.Name, ShortName: form.ShortName}
	if !errs.any() {
		err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
			if err := tx.CreateUnit(r.Context(), &unit); err != nil {
				return err
			}
			return s.audit(tx, r, "unit.add", "cơ quan, đơn vị "+unit.ShortName, nil, unit, "")
		})
		if err == nil {
			redirectWithFlash(w, r, "/units", fmt.Sprintf("Đã thêm “%s”. Có thể gắn người dùng và tiêu chí với đơn vị này.", unit.ShortName))
			return
		}
		if domain.ErrorCode(err) == domain.Conflict {
			errs.add("code", err.Error())
		} else if !errs.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
	}
	s.renderUnitsRefused(w, r, func(p *unitsPage) { p.Form, p.Errors = form, errs })
}

// editUnit renames a unit of the administrator's commune. The code stays:
// imports and links find the unit by it.
func (s *Server) editUnit(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	data, err := s.unitsPageData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	before, ok := data.unit(id)
	if !ok {
		s.notFound(w, r)
		return
	}
	form := unitForm{ID: id, Code: before.Code, Name: formValue(r, "name"), ShortName: formValue(r, "short_name")}
	errs := fieldErrors{}
	checkUnitNames(&form, errs)
	if !errs.any() {
		after := before
		after.Name, after.ShortName = form.Name, form.ShortName
		err := s.store.WithTx(r.Context(), func(tx *storage.Store) error {
			if err := tx.SaveUnit(r.Context(), &after); err != nil {
				return err
			}
			return s.audit(tx, r, "unit.edit", "cơ quan, đơn vị "+after.ShortName, before, after, "")
		})
		if err == nil {
			redirectWithFlash(w, r, "/units", fmt.Sprintf("Đã lưu tên “%s”.", after.ShortName))
			return
		}
		if !errs.fromDomain(err) {
			s.fail(w, r, err)
			return
		}
	}
	data.Edit, data.EditErrors = form, errs
	s.render(w, r, http.StatusUnprocessableEntity, "units", data)
}

// renderUnitsRefused shows the units page again with the refused form, 422.
func (s *Server) renderUnitsRefused(w http.ResponseWriter, r *http.Request, fill func(*unitsPage)) {
	data, err := s.unitsPageData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	fill(data)
	s.render(w, r, http.StatusUnprocessableEntity, "units", data)
}

// refuseTakenCode returns a Conflict error naming the unit that already has
// the code in the commune.
func (s *Server) refuseTakenCode(r *http.Request, code string) error {
	units, err := s.store.Units(r.Context(), mustViewer(r).Org.ID)
	if err != nil {
		return err
	}
	for _, u := range units {
		if u.Code == code {
			return domain.Errorf(domain.Conflict, "Mã “%s” đã dùng cho %s. Chọn mã khác, hoặc sửa tên đơn vị đó trong danh sách.", code, u.Name)
		}
	}
	return nil
}

func checkUnitCode(code string) fieldErrors {
	errs := fieldErrors{}
	switch n := len(code); {
	case n == 0:
		errs.add("code", "Nhập mã cơ quan, đơn vị, ví dụ: vh-xh.")
	case !unitCodePattern.MatchString(code):
		errs.add("code", "Mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang “-”, ví dụ: vh-xh.")
	case n < unitCodeMin || n > unitCodeMax:
		errs.add("code", fmt.Sprintf("Mã dài từ %d đến %d ký tự (hiện có %d).", unitCodeMin, unitCodeMax, n))
	}
	return errs
}

// checkUnitNames checks the name and short name, and gives the short name
// the full name when it is left empty (documents then write the full name).
func checkUnitNames(f *unitForm, errs fieldErrors) {
	if n := utf8.RuneCountInString(f.Name); n == 0 {
		errs.add("name", "Nhập tên cơ quan, đơn vị, ví dụ: Phòng Văn hóa - Xã hội.")
	} else if n > unitNameMax {
		errs.add("name", fmt.Sprintf("Tên quá dài: tối đa %d ký tự (hiện có %d).", unitNameMax, n))
	}
	if n := utf8.RuneCountInString(f.ShortName); n > unitNameMax {
		errs.add("short_name", fmt.Sprintf("Tên viết tắt quá dài: tối đa %d ký tự (hiện có %d).", unitNameMax, n))
	}
	if f.ShortName == "" && !errs.any() {
		f.ShortName = f.Name
	}
}
