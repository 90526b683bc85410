package commune

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

type usersPage struct {
	ui.Page
	Users       []domain.User
	Units       []domain.Unit
	Roles       []domain.UserRole
	Form        userForm
	Errors      ui.Errors
	NewPassword string // shown once after an account is made or a password reset
	NewFor      string
}

type userForm struct {
	Login, Name, Email string
	Role               domain.UserRole
	UnitID             int64
}

// UnitName returns the short name of a unit for the users table.
func (p usersPage) UnitName(id int64) string { return domain.UnitNames(p.Units)[id] }

func (h *Handlers) usersPageData(r *http.Request) (*usersPage, error) {
	list, err := h.uc.Accounts.Users(r.Context(), ui.ActorOf(r))
	if err != nil {
		return nil, err
	}
	return &usersPage{Page: h.ui.Page(r, "Người dùng", "users"), Users: list.Users, Units: list.Units, Roles: domain.AllRoles, Errors: ui.Errors{}}, nil
}

// Users lists the accounts of the administrator's organisation: a
// commune's, or a province's (whose staff are its chuyên viên, in no unit).
func (h *Handlers) Users(w http.ResponseWriter, r *http.Request) {
	data, err := h.usersPageData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, http.StatusOK, "users", data)
}

// AddUser makes an account in the administrator's organisation with a
// one-time password that the new user must change at first sign-in.
func (h *Handlers) AddUser(w http.ResponseWriter, r *http.Request) {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	form := userForm{Login: strings.ToLower(ui.Value(r, "login")), Name: ui.Value(r, "name"), Email: ui.Value(r, "email"),
		Role: domain.UserRole(r.FormValue("role")), UnitID: unitID}
	made, err := h.uc.Accounts.AddUser(r.Context(), ui.ActorOf(r), accounts.NewUser{
		Login: r.FormValue("login"), Name: r.FormValue("name"), Email: form.Email, Role: form.Role, UnitID: unitID})
	errs := ui.Errors{}
	if err != nil && !errs.FromDomain(err) {
		if domain.ErrorCode(err) != domain.Conflict {
			h.ui.Fail(w, r, err)
			return
		}
		errs.Add("login", err.Error())
	}
	data, lerr := h.usersPageData(r)
	if lerr != nil {
		h.ui.Fail(w, r, lerr)
		return
	}
	if err != nil {
		data.Form, data.Errors = form, errs
		h.ui.Render(w, r, http.StatusUnprocessableEntity, "users", data)
		return
	}
	data.NewPassword, data.NewFor = made.Password, made.User.Login
	h.ui.Render(w, r, http.StatusOK, "users", data)
}

// ResetPassword gives a user of the administrator's organisation a new
// one-time password and ends their sessions.
func (h *Handlers) ResetPassword(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	made, err := h.uc.Accounts.ResetPassword(r.Context(), ui.ActorOf(r), accounts.PasswordReset{UserID: id})
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data, err := h.usersPageData(r)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	data.NewPassword, data.NewFor = made.Password, made.User.Login
	h.ui.Render(w, r, http.StatusOK, "users", data)
}
