package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
)

// userPage shows one account: the form that edits its name, role and unit,
// and the buttons that disable or enable it and reset its password.
type userPage struct {
	Page
	Account domain.User
	Units   []domain.Unit
	Roles   []domain.UserRole
	Form    userEditForm
	Errors  fieldErrors
}

// userEditForm is the edit form as typed, with the version of the account it
// was drawn with.
type userEditForm struct {
	Name    string
	Role    domain.UserRole
	UnitID  int64
	Version int64
}

// UnitName returns the short name of a unit.
func (p userPage) UnitName(id int64) string { return unitNames(p.Units)[id] }

// userPageData loads the account named in the URL, with its form as stored.
func (s *Server) userPageData(r *http.Request) (*userPage, error) {
	id, ok := pathID(r, "id")
	if !ok {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy trang hoặc dữ liệu này.")
	}
	d, err := s.uc.accounts.User(r.Context(), actorOf(r), id)
	if err != nil {
		return nil, err
	}
	u := d.User
	return &userPage{Page: s.page(r, "Tài khoản "+u.Login, "users"), Account: u, Units: d.Units, Roles: domain.AllRoles,
		Form: userEditForm{Name: u.Name, Role: u.Role, UnitID: u.UnitID, Version: u.Version}, Errors: fieldErrors{}}, nil
}

func (s *Server) showUser(w http.ResponseWriter, r *http.Request) {
	data, err := s.userPageData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "user", data)
}

// editUser saves the name, role and unit of an account, as the
// administrator saw it.
func (s *Server) editUser(w http.ResponseWriter, r *http.Request) {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	form := userEditForm{Name: formValue(r, "name"), Role: domain.UserRole(r.FormValue("role")), UnitID: unitID, Version: version}
	id, _ := pathID(r, "id")
	u, err := s.uc.accounts.EditUser(r.Context(), actorOf(r), accounts.UserEdit{ID: id, Version: version, Name: r.FormValue("name"), Role: form.Role, UnitID: unitID})
	if err == nil {
		redirectWithFlash(w, r, fmt.Sprintf("/users/%d", u.ID), "Đã lưu tài khoản "+u.Login+".")
		return
	}
	s.refuseUserChange(w, r, err, &form)
}

// setUserDisabled disables (ending their sessions) or enables an account.
func (s *Server) setUserDisabled(disabled bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, _ := pathID(r, "id")
		version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
		u, err := s.uc.accounts.SetDisabled(r.Context(), actorOf(r), accounts.Disabling{ID: id, Version: version, Disabled: disabled})
		if err != nil {
			s.refuseUserChange(w, r, err, nil)
			return
		}
		msg := "Đã mở khóa tài khoản " + u.Login + "."
		if u.Disabled {
			msg = "Đã khóa tài khoản " + u.Login + ": người dùng không đăng nhập được nữa."
		}
		redirectWithFlash(w, r, fmt.Sprintf("/users/%d", u.ID), msg)
	}
}

// refuseUserChange shows the account's page again with why a change was
// refused: problems beside the fields (422), or a message over the form for
// a stale save or a rule (409), keeping what was typed (form, or nil for a
// button); after a stale save, with the account's version now, so that
// saving again is the person's choice.
func (s *Server) refuseUserChange(w http.ResponseWriter, r *http.Request, err error, form *userEditForm) {
	code := domain.ErrorCode(err)
	if code != domain.Invalid && code != domain.Stale && code != domain.Conflict {
		s.fail(w, r, err)
		return
	}
	data, lerr := s.userPageData(r)
	if lerr != nil {
		s.fail(w, r, lerr)
		return
	}
	if form != nil {
		if code == domain.Stale {
			form.Version = data.Account.Version
		}
		data.Form = *form
	}
	status := http.StatusConflict
	if !data.Errors.fromDomain(err) {
		data.Errors.add("", err.Error())
	} else {
		status = http.StatusUnprocessableEntity
	}
	s.render(w, r, status, "user", data)
}
