package submissions

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// ReceivedLayout is how the recording form writes the moment of receipt.
const ReceivedLayout = "2006-01-02T15:04"

// RecordInput is a submission that reached the organisation by another
// channel (paper, phone, in person, e-mail, pakn.nq57.vn), as staff typed it.
type RecordInput struct {
	Input
	Channel    string // a channel's code or label
	ReceivedAt string // ReceivedLayout or "02/01/2006 15:04", in Vietnam's time
}

// Recorded is a submission staff recorded.
type Recorded struct {
	Sub           domain.Submission
	DuplicateCode string // the tracking code of the earlier submission of the same sender it looks like
	Visible       bool   // the official may open it (unit staff only once it is assigned to their unit)
}

// Record stores a submission from another channel with the same content
// rules as the public form (the field may be any words here), flags a
// near-duplicate of the same sender, starts the deadline to accept it from
// the moment it was received, and records the official as the first step of
// its history, with the audit entry, in one transaction.
func (s *Service) Record(ctx context.Context, a usecase.Actor, in RecordInput) (Recorded, error) {
	if err := a.Require(domain.ActRecordSubmissions); err != nil {
		return Recorded{}, err
	}
	problems := append(in.textProblems(), domain.TextProblems("channel", in.Channel, false)...)
	problems = append(problems, domain.TextProblems("received_at", in.ReceivedAt, false)...)
	if len(problems) > 0 {
		return Recorded{}, domain.InvalidInput("Phản ánh, kiến nghị có ký tự không hợp lệ; chưa lưu gì.", problems)
	}
	now := s.env.Now()
	sub := in.submission(a.Org.ID)
	channel, ok := domain.ParseChannel(in.Channel)
	if !ok || channel == domain.ChannelOnline {
		problems = append(problems, domain.Problem{Field: "channel", Message: "Chọn kênh tiếp nhận trong danh sách."})
	}
	received, problem := receivedAt(domain.NFC(in.ReceivedAt), now)
	if problem != "" {
		problems = append(problems, domain.Problem{Field: "received_at", Message: problem})
	}
	sub.Channel, sub.ReceivedAt = channel, received
	problems = append(problems, domain.CheckNewSubmission(sub)...)
	if len(problems) > 0 {
		return Recorded{}, domain.InvalidInput("Phản ánh, kiến nghị chưa hợp lệ; chưa lưu gì.", problems)
	}
	note := fmt.Sprintf("Nhận qua kênh %s; %s ghi nhận vào hệ thống lúc %s.", channel.Label(), a.Name(),
		now.In(domain.Vietnam).Format("15:04 02/01/2006"))
	var out Recorded
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		dl, err := loadDeadlines(ctx, tx, a.Org.ID)
		if err != nil {
			return err
		}
		if out.DuplicateCode, err = intake(ctx, tx, dl, &sub, nil, a.Name(), note); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, now, usecase.Change{Action: "submission.record", Entity: entity(sub),
			After: auditOf(sub), Reason: "kênh " + channel.Label()})
	})
	if err != nil {
		return Recorded{}, err
	}
	out.Sub, out.Visible = sub, canSee(a, sub)
	return out, nil
}

// receivedAt reads the moment a submission was received, in Vietnam's time:
// it may be earlier than now (a letter that came yesterday), not later.
func receivedAt(v string, now time.Time) (time.Time, string) {
	if v == "" {
		return time.Time{}, "Nhập thời điểm tiếp nhận."
	}
	t, err := time.ParseInLocation(ReceivedLayout, v, domain.Vietnam)
	if err != nil {
		t, err = time.ParseInLocation("02/01/2006 15:04", v, domain.Vietnam)
	}
	switch {
	case err != nil:
		return time.Time{}, fmt.Sprintf("Thời điểm “%s” không đúng: viết ngày/tháng/năm giờ:phút, ví dụ 27/03/2026 14:30.", v)
	case t.After(now.Add(time.Minute)):
		return time.Time{}, "Thời điểm tiếp nhận không thể sau lúc này."
	case t.Year() < 2020:
		return time.Time{}, "Thời điểm tiếp nhận không thể trước năm 2020."
	}
	return t.UTC(), ""
}
