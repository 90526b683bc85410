package commune

import (
	"net/http"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/web/ui"
)

// meetingForm is a meeting form as the person typed it, kept to show again
// when something is wrong, with the version of the meeting it was drawn with.
type meetingForm struct {
	Date, Kind, Chair, Participants, Content, Conclusions string
	Version                                               int64
}

// meetingFormView is what the shared meeting fields (partials/meeting_fields.html)
// need: the input, the problems, the kinds to offer, where to send it.
type meetingFormView struct {
	Form   meetingForm
	Errors ui.Errors
	Kinds  []domain.MeetingKind
	Action string
	Submit string
}

func newMeetingFormView(f meetingForm, action, submit string) meetingFormView {
	return meetingFormView{Form: f, Errors: ui.Errors{}, Kinds: domain.MeetingKinds, Action: action, Submit: submit}
}

// formOfMeeting fills the form from a stored meeting, the date as the
// browser's date input wants it.
func formOfMeeting(m domain.Meeting) meetingForm {
	return meetingForm{Date: m.Date.Format(time.DateOnly), Kind: string(m.Kind), Chair: m.Chair,
		Participants: m.Participants, Content: m.Content, Conclusions: m.Conclusions, Version: m.Version}
}

func readMeetingForm(r *http.Request) meetingForm {
	version, _ := strconv.ParseInt(r.FormValue("version"), 10, 64)
	return meetingForm{Date: ui.Value(r, "date"), Kind: ui.Value(r, "kind"), Chair: ui.Value(r, "chair"),
		Participants: ui.Value(r, "participants"), Content: ui.Text(r, "content"), Conclusions: ui.Text(r, "conclusions"),
		Version: version}
}

// input is the form as the use cases take it.
func (f meetingForm) input() meetings.MeetingInput {
	return meetings.MeetingInput{Date: f.Date, Kind: f.Kind, Chair: f.Chair, Participants: f.Participants,
		Content: f.Content, Conclusions: f.Conclusions, Version: f.Version}
}
