package web

import "net/http"

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}
