package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
)

type usersPage struct {
	Page
	Users       []domain.User
	Units       []domain.Unit
	Roles       []domain.UserRole
	Form        userForm
	Errors      fieldErrors
	NewPassword string // shown once after an account is made or a password reset
	NewFor      string
}

type userForm struct {
	Login, Name string
	Role        domain.UserRole
	UnitID      int64
}

// UnitName returns the short name of a unit for the users table.
func (p usersPage) UnitName(id int64) string { return unitNames(p.Units)[id] }

func (s *Server) usersPageData(r *http.Request) (*usersPage, error) {
	list, err := s.uc.accounts.Users(r.Context(), actorOf(r))
	if err != nil {
		return nil, err
	}
	return &usersPage{Page: s.page(r, "Người dùng", "users"), Users: list.Users, Units: list.Units, Roles: domain.AllRoles, Errors: fieldErrors{}}, nil
}

func (s *Server) listUsers(w http.ResponseWriter, r *http.Request) {
	data, err := s.usersPageData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "users", data)
}

// addUser makes an account in the administrator's organisation with a
// one-time password that the new user must change at first sign-in.
func (s *Server) addUser(w http.ResponseWriter, r *http.Request) {
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	form := userForm{Login: strings.ToLower(formValue(r, "login")), Name: formValue(r, "name"), Role: domain.UserRole(r.FormValue("role")), UnitID: unitID}
	made, err := s.uc.accounts.AddUser(r.Context(), actorOf(r), accounts.NewUser{
		Login: r.FormValue("login"), Name: r.FormValue("name"), Role: form.Role, UnitID: unitID})
	errs := fieldErrors{}
	if err != nil && !errs.fromDomain(err) {
		if domain.ErrorCode(err) != domain.Conflict {
			s.fail(w, r, err)
			return
		}
		errs.add("login", err.Error())
	}
	data, lerr := s.usersPageData(r)
	if lerr != nil {
		s.fail(w, r, lerr)
		return
	}
	if err != nil {
		data.Form, data.Errors = form, errs
		s.render(w, r, http.StatusUnprocessableEntity, "users", data)
		return
	}
	data.NewPassword, data.NewFor = made.Password, made.User.Login
	s.render(w, r, http.StatusOK, "users", data)
}

// resetPassword gives a user of the administrator's organisation a new
// one-time password and ends their sessions.
func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	made, err := s.uc.accounts.ResetPassword(r.Context(), actorOf(r), accounts.PasswordReset{UserID: id})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data, err := s.usersPageData(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.NewPassword, data.NewFor = made.Password, made.User.Login
	s.render(w, r, http.StatusOK, "users", data)
}
