package web

import "net/http"

func (s *Server) listReports(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) composeReport(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) saveReport(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) previewReport(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) downloadReport(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) issueReport(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) downloadIssued(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) unlockPeriod(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}
