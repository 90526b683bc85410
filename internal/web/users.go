package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/auth"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
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
func (p usersPage) UnitName(id int64) string {
	for _, u := range p.Units {
		if u.ID == id {
			return u.ShortName
		}
	}
	return ""
}

func (s *Server) usersPageData(r *http.Request) (*usersPage, error) {
	v := mustViewer(r)
	users, err := s.store.Users(r.Context(), v.Org.ID)
	if err != nil {
		return nil, err
	}
	units, err := s.store.Units(r.Context(), v.Org.ID)
	if err != nil {
		return nil, err
	}
	return &usersPage{Page: s.page(r, "Người dùng", "users"), Users: users, Units: units, Roles: domain.AllRoles, Errors: fieldErrors{}}, nil
}

func (s *Server) listUsers(w http.ResponseWriter, r *http.Request) {
	data, err := s.usersPageData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "users", data)
}

// addUser makes an account in the administrator's organisation with a
// one-time password that the new user must change at first sign-in.
func (s *Server) addUser(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	unitID, _ := strconv.ParseInt(r.FormValue("unit"), 10, 64)
	form := userForm{Login: strings.ToLower(formValue(r, "login")), Name: formValue(r, "name"), Role: domain.UserRole(r.FormValue("role")), UnitID: unitID}
	password, err := auth.NewPassword()
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	user := domain.User{OrgID: v.Org.ID, UnitID: unitID, Login: form.Login, Name: form.Name, Role: form.Role,
		PasswordHash: hash, MustChange: true, CreatedAt: s.now()}
	errs := fieldErrors{}
	status := http.StatusOK
	if err := s.saveUserAudited(r, user, "user.add"); err != nil {
		if !errs.fromDomain(err) {
			if domain.ErrorCode(err) != domain.Conflict {
				s.fail(w, r, err)
				return
			}
			errs.add("login", err.Error())
		}
		status = http.StatusUnprocessableEntity
	}
	data, err := s.usersPageData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if status == http.StatusOK {
		data.NewPassword, data.NewFor = password, user.Login
	} else {
		data.Form, data.Errors = form, errs
	}
	s.render(w, r, status, "users", data)
}

// resetPassword gives a user of the administrator's organisation a new
// one-time password and ends their sessions.
func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) {
	v := mustViewer(r)
	id, ok := pathID(r, "id")
	if !ok {
		s.notFound(w, r)
		return
	}
	user, err := s.store.UserByID(r.Context(), id)
	if err != nil || user.OrgID != v.Org.ID {
		s.notFound(w, r)
		return
	}
	password, err := auth.NewPassword()
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if user.PasswordHash, err = auth.HashPassword(password); err != nil {
		s.serverError(w, r, err)
		return
	}
	user.MustChange = true
	if err := s.saveUserAudited(r, user, "user.reset_password"); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.store.DeleteUserSessions(r.Context(), user.ID, ""); err != nil {
		s.serverError(w, r, err)
		return
	}
	data, err := s.usersPageData(r)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	data.NewPassword, data.NewFor = password, user.Login
	s.render(w, r, http.StatusOK, "users", data)
}

// saveUserAudited saves the user and records it in the audit log, in one
// transaction. Password hashes never reach the log.
func (s *Server) saveUserAudited(r *http.Request, user domain.User, action string) error {
	return s.store.WithTx(r.Context(), func(tx *storage.Store) error {
		var before any
		if user.ID != 0 {
			old, err := tx.UserByID(r.Context(), user.ID)
			if err != nil {
				return err
			}
			before = auditOfUser(old)
		}
		if err := tx.SaveUser(r.Context(), &user); err != nil {
			return err
		}
		return s.audit(tx, r, action, "người dùng "+user.Login, before, auditOfUser(user), "")
	})
}

// userAudit is what the audit log keeps of an account: never its password hash.
type userAudit struct {
	Login, Name, Role string
	UnitID            int64
	MustChange        bool
	Disabled          bool
}

func auditOfUser(u domain.User) userAudit {
	return userAudit{u.Login, u.Name, string(u.Role), u.UnitID, u.MustChange, u.Disabled}
}
