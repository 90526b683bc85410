package web

import (
	"net/http"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/submissions"
)

// lookupPage is the tracking page: a form for the code and, once found, the
// submission's status, deadline, history and answer.
type lookupPage struct {
	Page
	Code     string // as typed, for the form
	Searched bool
	Found    bool
	Sub      submissions.PublicView
}

// DueLabel names the deadline the submission is waiting on.
func (p lookupPage) DueLabel() string {
	if p.Sub.DueStage == domain.StageAccept {
		return "Hạn tiếp nhận"
	}
	return "Hạn trả lời"
}

// lookupSubmission shows a submission by its tracking code: typed in any
// case, with spaces or without dashes. The code is a bearer secret that the
// sender may share, so the page shows nothing of the sender's contact
// details.
func (s *Server) lookupSubmission(w http.ResponseWriter, r *http.Request) {
	data := &lookupPage{Page: s.page(r, "Tra cứu phản ánh, kiến nghị", "lookup"), Code: domain.NFC(r.URL.Query().Get("ma"))}
	if strings.TrimSpace(data.Code) == "" {
		s.render(w, r, http.StatusOK, "public_lookup", data)
		return
	}
	data.Searched = true
	v, err := s.uc.submissions.Track(r.Context(), data.Code)
	if domain.IsNotFound(err) {
		data.Title = "Không tìm thấy mã theo dõi"
		s.render(w, r, http.StatusNotFound, "public_lookup", data)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data.Sub, data.Found, data.Code = v, true, v.Code
	data.Title = "Phản ánh, kiến nghị " + v.Code
	s.render(w, r, http.StatusOK, "public_lookup", data)
}
