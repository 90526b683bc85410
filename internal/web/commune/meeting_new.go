package commune

import (
	"fmt"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/web/ui"
)

// newMeetingPage is the form that records a meeting.
type newMeetingPage struct {
	ui.Page
	Meeting meetingFormView
}

// NewMeetingForm shows the form that records a meeting, dated today.
func (h *Handlers) NewMeetingForm(w http.ResponseWriter, r *http.Request) {
	today := domain.Today(h.now()).Format(time.DateOnly)
	form := meetingForm{Date: today, Kind: string(domain.MeetingCommittee)}
	h.ui.Render(w, r, http.StatusOK, "meeting_new", &newMeetingPage{
		Page:    h.ui.Page(r, "Ghi cuộc họp", "meetings"),
		Meeting: newMeetingFormView(form, "/meetings", "Lưu cuộc họp"),
	})
}

// CreateMeeting records a meeting of the signed-in user's organisation and
// sends them to its page, where its conclusions become tasks.
func (h *Handlers) CreateMeeting(w http.ResponseWriter, r *http.Request) {
	form := readMeetingForm(r)
	m, err := h.uc.Meetings.Create(r.Context(), ui.ActorOf(r), form.input())
	if err == nil {
		ui.Redirect(w, r, fmt.Sprintf("/meetings/%d", m.ID),
			fmt.Sprintf("Đã lưu cuộc họp ngày %s. Giao nhiệm vụ từ kết luận ở phần dưới.", m.Date.Format("02/01/2006")))
		return
	}
	data := &newMeetingPage{Page: h.ui.Page(r, "Ghi cuộc họp", "meetings"), Meeting: newMeetingFormView(form, "/meetings", "Lưu cuộc họp")}
	status := meetingSaveProblem(err, data.Meeting.Errors, meetingFields...)
	if status == 0 {
		h.ui.Fail(w, r, err)
		return
	}
	h.ui.Render(w, r, status, "meeting_new", data)
}
