package web

import (
	"fmt"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// newMeetingPage is the form that records a meeting.
type newMeetingPage struct {
	Page
	Meeting meetingFormView
}

func (s *Server) newMeetingForm(w http.ResponseWriter, r *http.Request) {
	today := domain.Today(s.now()).Format(time.DateOnly)
	form := meetingForm{Date: today, Kind: string(domain.MeetingCommittee)}
	s.render(w, r, http.StatusOK, "meeting_new", &newMeetingPage{
		Page:    s.page(r, "Ghi cuộc họp", "meetings"),
		Meeting: newMeetingFormView(form, "/meetings", "Lưu cuộc họp"),
	})
}

// createMeeting records a meeting of the signed-in user's organisation and
// sends them to its page, where its conclusions become tasks.
func (s *Server) createMeeting(w http.ResponseWriter, r *http.Request) {
	form := readMeetingForm(r)
	m, err := s.uc.meetings.Create(r.Context(), actorOf(r), form.input())
	if err == nil {
		redirectWithFlash(w, r, fmt.Sprintf("/meetings/%d", m.ID),
			fmt.Sprintf("Đã lưu cuộc họp ngày %s. Giao nhiệm vụ từ kết luận ở phần dưới.", m.Date.Format("02/01/2006")))
		return
	}
	data := &newMeetingPage{Page: s.page(r, "Ghi cuộc họp", "meetings"), Meeting: newMeetingFormView(form, "/meetings", "Lưu cuộc họp")}
	status := meetingSaveProblem(err, data.Meeting.Errors, meetingFields...)
	if status == 0 {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, status, "meeting_new", data)
}
