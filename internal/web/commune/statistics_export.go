package commune

import (
	"errors"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// ExportStatistics sends the statistics of a range of months as a workbook:
// the same figures as the page, and the list of submissions they count.
func (h *Handlers) ExportStatistics(w http.ResponseWriter, r *http.Request) {
	file, err := h.uc.Submissions.ExportStatistics(r.Context(), ui.ActorOf(r), statsInput(r))
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		var words []string
		for _, p := range de.Problems {
			words = append(words, p.Message)
		}
		h.ui.BadRequest(w, r, strings.Join(words, " "))
		return
	}
	if err != nil {
		h.ui.Fail(w, r, err)
		return
	}
	ui.SendWorkbook(w, file.Name, file.Data)
}
