package web

import "net/http"

func (s *Server) listPrograms(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) createProgram(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) importProgramForm(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) importProgramPreview(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) importProgramConfirm(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) showProgram(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) updateProgram(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) exportProgram(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) addGroup(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) newCriterionForm(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) createCriterion(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) editCriterionForm(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) updateCriterion(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) moveCriterion(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) deleteCriterion(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}
