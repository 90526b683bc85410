package requests

import (
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Service runs the use cases of a province's report requests.
type Service struct {
	env usecase.Env
}

// New returns the service on env.
func New(env usecase.Env) *Service {
	return &Service{env: env}
}

// today is the calendar day in Vietnam.
func (s *Service) today() time.Time { return domain.Today(s.env.Now()) }

// province checks that the actor may take act and works for a province,
// and returns that province: a request is only ever its own province's.
func province(a usecase.Actor, act domain.Action) (domain.Org, error) {
	if err := a.Require(act); err != nil {
		return domain.Org{}, err
	}
	if a.Org.Level != domain.LevelProvince || a.Org.ID == 0 {
		return domain.Org{}, domain.Errorf(domain.Forbidden, "Chỉ tỉnh mới ban hành và quản lý yêu cầu báo cáo.")
	}
	return a.Org, nil
}

// entity names a request in the audit log.
func entity(r domain.ReportRequest) string {
	if r.DocNumber == "" {
		return "yêu cầu báo cáo"
	}
	return "yêu cầu báo cáo theo " + r.Citation()
}

// auditOf is what the audit log keeps of a request.
type auditOf struct {
	Citation    string `json:"citation"`
	Frequency   string `json:"frequency"`
	Audience    string `json:"audience"`
	FirstPeriod string `json:"first_period"`
	Window      string `json:"window"`
	Due         string `json:"due"`
	Reminders   []int  `json:"reminder_days,omitempty"`
	Issued      bool   `json:"issued"`
	Closed      bool   `json:"closed"`
}

func auditOfRequest(r domain.ReportRequest) auditOf {
	return auditOf{Citation: r.Citation(), Frequency: string(r.Frequency), Audience: r.AudienceWords(),
		FirstPeriod: r.FirstPeriod.String(), Window: r.WindowRule(), Due: r.DueRule(), Reminders: r.ReminderDays,
		Issued: !r.IssuedAt.IsZero(), Closed: !r.ClosedAt.IsZero()}
}
