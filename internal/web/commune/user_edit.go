package commune

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// userPage shows one account: the form that edits its name, e-mail, role and unit,
// and the buttons that disable or enable it and reset its password.
type userPage struct {
	ui.Page
	Account domain.User
	Units   []domain.Unit
	Roles   []domain.UserRole
	Form    userEditForm
	Errors  ui.Errors
}

// userEditForm is the edit form as typed, with the version of the account it
// was drawn with.
type userEditForm struct {
	Name    string
	Email   string
	Role    domain.UserRole
	UnitID  int64
	Version int64
}

// UnitName returns the short name of a unit.
func (p userPage) UnitName(id int64) string { return domain.UnitNames(p.Units)[id] }

// userPageData loads the account named in the URL, with its form as stored.
func (h *Handlers) userPageData(r *http.Request) (*userPage, error) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy trang hoặc dữ liệu này.")
	}
	d, err := h.uc.Accounts.User(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		return nil, err
	}
	u := d.User
	return &userPage{Page: h.ui.Page(r, "Tài khoản "+u.Login, "users"), Account: u, Units: d.Units, Roles: domain.AllRoles,
		Form: userEditForm{Name: u.Name, Email: u.Email, Role: u.Role, UnitID: u.UnitID, Version: u.Version}, Errors: ui.Errors{}}, nil
}

// User shows one account of the administrator's organisation.
func (h *Handlers) User(w http.ResponseWriter, r *http.Request) {
	data, err := h.userPageData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "user", data)
}

// EditUser saves the name, role and unit of an account, as the
// administrator saw it.
func (h *Handlers) EditUser(w http.ResponseWriter, r *http.Request) {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	form := userEditForm{Name: ui.Value(r, "name"), Email: ui.Value(r, "email"), Role: domain.UserRole(r.FormValue("role")), UnitID: unitID, Version: version}
	id, _ := ui.PathID(r, "id")
	u, err := h.uc.Accounts.EditUser(r.Context(), ui.ActorOf(r), accounts.UserEdit{ID: id, Version: version, Name: r.FormValue("name"), Email: form.Email, Role: form.Role, UnitID: unitID})
	if err == nil {
		ui.Redirect(w, r, fmt.Sprintf("/users/%d", u.ID), "Đã lưu tài khoản "+u.Login+".")
		return
	}
	h.refuseUserChange(w, r, err, &form)
}

// DisableUser disables an account, ending its sessions.
func (h *Handlers) DisableUser(w http.ResponseWriter, r *http.Request) { h.setUserDisabled(true)(w, r) }

// EnableUser enables a disabled account.
func (h *Handlers) EnableUser(w http.ResponseWriter, r *http.Request) { h.setUserDisabled(false)(w, r) }

// setUserDisabled disables (ending their sessions) or enables an account.
func (h *Handlers) setUserDisabled(disabled bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, _ := ui.PathID(r, "id")
		version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
		u, err := h.uc.Accounts.SetDisabled(r.Context(), ui.ActorOf(r), accounts.Disabling{ID: id, Version: version, Disabled: disabled})
		if err != nil {
			h.refuseUserChange(w, r, err, nil)
			return
		}
		msg := "Đã mở khóa tài khoản " + u.Login + "."
		if u.Disabled {
			msg = "Đã khóa tài khoản " + u.Login + ": người dùng không đăng nhập được nữa."
		}
		ui.Redirect(w, r, fmt.Sprintf("/users/%d", u.ID), msg)
	}
}

// refuseUserChange shows the account's page again with why a change was
// refused: problems beside the fields (422), or a message over the form for
// a stale save or a rule (409), keeping what was typed (form, or nil for a
// button); after a stale save, with the account's version now, so that
// saving again is the person's choice.
func (h *Handlers) refuseUserChange(w http.ResponseWriter, r *http.Request, err error, form *userEditForm) {
	code := domain.ErrorCode(err)
	if code != domain.Invalid && code != domain.Stale && code != domain.Conflict {
		h.ui.Fail(w, r, err)
		return
	}
	data, lerr := h.userPageData(r)
	if lerr != nil {
		h.ui.Fail(w, r, lerr)
		return
	}
	if form != nil {
		if code == domain.Stale {
			form.Version = data.Account.Version
		}
		data.Form = *form
	}
	status := http.StatusConflict
	if !data.Errors.FromDomain(err) {
		data.Errors.Add("", err.Error())
	} else {
		status = http.StatusUnprocessableEntity
	}
	h.ui.Render(w, r, status, "user", data)
}
