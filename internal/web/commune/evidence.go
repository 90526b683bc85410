package commune

import (
	"net/http"
	"strconv"

	"github.com/nq57/nq57/internal/web/ui"
)

// Evidence sends an evidence file of the viewer's organisation, as an
// attachment with the type it was stored with, never to be sniffed into
// something a browser would run.
func (h *Handlers) Evidence(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	f, err := h.uc.Entry.Evidence(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendStoredFile(w, f.Name, f.ContentType, f.Data)
}

// DeleteEvidence deletes an uploaded evidence file, then shows the grid it
// was deleted from (the form says which unit's).
func (h *Handlers) DeleteEvidence(w http.ResponseWriter, r *http.Request) {
	id, ok := ui.PathID(r, "id")
	if !ok {
		h.ui.NotFound(w, r)
		return
	}
	f, err := h.uc.Entry.DeleteEvidence(r.Context(), ui.ActorOf(r), id)
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	unit, _ := strconv.ParseInt(r.PostFormValue("unit"), 10, 64) // "all" or none: all units
	ui.Redirect(w, r, gridURL(f.Period, unit), "Đã xóa tệp minh chứng “"+f.Name+"”.")
}
