package web

import "net/http"

func (s *Server) listMeetings(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) newMeetingForm(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) createMeeting(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) showMeeting(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) updateMeeting(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) addTask(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}

func (s *Server) updateTask(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "chưa làm", http.StatusNotImplemented)
}
