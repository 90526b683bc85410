package meetings

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// TaskInput is a task as a person typed it on a meeting's page. Problems are
// named by these fields' form names: title, unit, unit_text, deadline.
type TaskInput struct {
	Title    string
	UnitID   int64 // chosen from the organisation's units; 0 for none
	UnitText string
	Deadline string // dd/mm/yyyy or yyyy-mm-dd
}

// AddTask turns a conclusion of a meeting of the actor's organisation into
// an open task for a unit, with a deadline no earlier than the meeting.
func (s *Service) AddTask(ctx context.Context, a usecase.Actor, meetingID int64, in TaskInput) (domain.Task, error) {
	if err := a.Require(domain.ActEditMeetings); err != nil {
		return domain.Task{}, err
	}
	var t domain.Task
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		m, err := tx.MeetingByID(ctx, a.Org.ID, meetingID)
		if err != nil {
			return err
		}
		units, err := tx.Units(ctx, a.Org.ID)
		if err != nil {
			return err
		}
		if t, err = in.task(m, units); err != nil {
			return err
		}
		t.ChangedBy, t.ChangedAt = a.Name(), s.env.Now()
		if err := tx.SaveTask(ctx, a.Org.ID, &t); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "task.add", Entity: taskEntity(t), After: auditOfTask(t)})
	})
	return t, err
}

// task checks the input against the meeting and its organisation's units and
// returns the open task it describes.
func (in TaskInput) task(m domain.Meeting, units []domain.Unit) (domain.Task, error) {
	var p problems
	title := p.text("title", in.Title, true)
	unitText := p.text("unit_text", in.UnitText, false)
	if title == "" && domain.CheckText(in.Title, true) == "" {
		p.add("title", "Nhập nội dung nhiệm vụ.")
	}
	t := domain.Task{MeetingID: m.ID, Title: title, UnitID: in.UnitID, UnitText: unitText, Status: domain.TaskOpen}
	names := domain.UnitNames(units)
	switch _, known := names[in.UnitID]; {
	case in.UnitID != 0 && !known:
		p.add("unit", "Chọn cơ quan, đơn vị trong danh sách.")
	case in.UnitID == 0 && unitText == "":
		p.add("unit", "Chọn cơ quan, đơn vị thực hiện, hoặc ghi tên ở ô bên cạnh.")
	case in.UnitID != 0 && unitText == "":
		t.UnitText = names[in.UnitID]
	case in.UnitID == 0:
		// Words that name exactly one unit link the task to it, so that the
		// unit's own lists find it; the words stay as written.
		if ids := domain.MatchUnits(unitText, units); len(ids) == 1 {
			t.UnitID = ids[0]
		}
	}
	if d, ok := p.date(in.Deadline, "deadline", "hạn hoàn thành"); ok {
		if d.Before(m.Date) {
			p.add("deadline", fmt.Sprintf("Hạn hoàn thành không được trước ngày họp (%s).", m.Date.Format("02/01/2006")))
		}
		t.Deadline = d
	}
	return t, p.err("Nhiệm vụ chưa được giao: xem lại các ô được đánh dấu.")
}
