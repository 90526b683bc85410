package web

import "net/http"

func (s *Server) dataGrid(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) saveData(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) downloadEvidence(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) criterionHistory(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}
