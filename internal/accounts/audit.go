package accounts

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// userAudit is what the audit log keeps of an account: never its password hash.
type userAudit struct {
	Login, Name, Role string
	UnitID            int64
	MustChange        bool
	Disabled          bool
	Email             string `json:",omitempty"`
}

func auditOfUser(u domain.User) userAudit {
	return userAudit{u.Login, u.Name, string(u.Role), u.UnitID, u.MustChange, u.Disabled, u.Email}
}

// audit records a change to account u in the log of u's organisation (the
// command line may act on any organisation's accounts). before is nil for a
// new account.
func (s *Service) audit(ctx context.Context, tx *storage.Store, a usecase.Actor, action string, before *domain.User, after domain.User) error {
	c := usecase.Change{Action: action, Entity: "người dùng " + after.Login, After: auditOfUser(after)}
	if before != nil {
		c.Before = auditOfUser(*before)
	}
	return usecase.AuditOrg(ctx, tx, a, after.OrgID, s.env.Now(), c)
}

// inScope reports whether the actor may act on the accounts of orgID: those
// of their own organisation; the command line started without one may act
// on any.
func inScope(a usecase.Actor, orgID int64) bool {
	if a.IsCommandLine() && a.Org.ID == 0 {
		return true
	}
	return a.Org.ID == orgID
}

// loadUser returns the account named by id, or by login when id is 0, if the
// actor may act on it; any other is NotFound, as if it did not exist.
func loadUser(ctx context.Context, st *storage.Store, a usecase.Actor, id int64, login string) (domain.User, error) {
	var u domain.User
	var err error
	if id != 0 {
		u, err = st.UserByID(ctx, id)
	} else {
		u, err = st.UserByLogin(ctx, login)
	}
	if err != nil {
		return domain.User{}, err
	}
	if !inScope(a, u.OrgID) {
		if id != 0 {
			return domain.User{}, domain.Errorf(domain.NotFound, "không có người dùng số %d", id)
		}
		return domain.User{}, domain.Errorf(domain.NotFound, "không có người dùng %q", login)
	}
	return u, nil
}

// stamp marks u as saved by the actor now, at the version the actor saw
// (0: the one it has, for a change made to the account as it stands: a
// password, or the command line; see requireSeen).
func (s *Service) stamp(u *domain.User, a usecase.Actor, seen int64) {
	if seen != 0 {
		u.Version = seen
	}
	u.ChangedBy, u.ChangedAt = a.Name(), s.env.Now()
}
