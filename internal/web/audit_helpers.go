package web

import (
	"encoding/json"
	"net/http"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// audit records a change in the audit log on tx, the transaction that makes
// it: before and after are turned into JSON (nil gives nothing).
func (s *Server) audit(tx *storage.Store, r *http.Request, action, entity string, before, after any, reason string) error {
	v := mustViewer(r)
	return tx.AddAudit(r.Context(), domain.AuditEntry{
		OrgID: v.Org.ID, UserID: v.User.ID, UserName: v.User.Login, At: s.now(),
		Action: action, Entity: entity, Before: toJSON(before), After: toJSON(after), Reason: reason,
	})
}

func toJSON(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}
