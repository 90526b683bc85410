package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// exportStatistics sends the statistics of a range of months as a workbook:
// the same figures as the page, and the list of submissions they count.
func (s *Server) exportStatistics(w http.ResponseWriter, r *http.Request) {
	file, err := s.uc.submissions.ExportStatistics(r.Context(), actorOf(r), statsInput(r))
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.Invalid {
		var words []string
		for _, p := range de.Problems {
			words = append(words, p.Message)
		}
		s.badRequest(w, r, strings.Join(words, " "))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sendWorkbook(w, file.Name, file.Data)
}
