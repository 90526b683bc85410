package requests

import (
	"context"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
)

// Row is a request of the province's list with the number of communes it
// goes to now.
type Row struct {
	domain.ReportRequest
	Communes int
}

// Status names where the request stands: "Dự thảo", "Đang áp dụng", "Đã đóng".
func (r Row) Status() string { return status(r.ReportRequest) }

func status(r domain.ReportRequest) string {
	switch {
	case r.IssuedAt.IsZero():
		return "Dự thảo"
	case !r.ClosedAt.IsZero():
		return "Đã đóng"
	}
	return "Đang áp dụng"
}

// List returns the requests of the actor's province, newest document first,
// drafts and closed ones included.
func (s *Service) List(ctx context.Context, a usecase.Actor) ([]Row, error) {
	prov, err := province(a, domain.ActProvinceView)
	if err != nil {
		return nil, err
	}
	all, err := s.env.Store.Requests(ctx, prov.ID, domain.ReportKindNQ57Monthly)
	if err != nil {
		return nil, err
	}
	communes, err := s.env.Store.Orgs(ctx, prov.ID)
	if err != nil {
		return nil, err
	}
	rows := make([]Row, len(all))
	for i, r := range all {
		rows[i] = Row{ReportRequest: r, Communes: len(audience(r, communes, s.env.Now()))}
	}
	return rows, nil
}

// Detail is one request with the communes it goes to and the due dates of
// its next periods.
type Detail struct {
	Request  domain.ReportRequest
	Status   string
	Communes []domain.Org // the active communes of its audience
	Periods  []PeriodDue  // its first periods, or those from the current one on
	All      []domain.Org // the province's active communes, for the form's list
}

// PeriodDue is one period a request asks for: its data window and the day
// its report is due.
type PeriodDue struct {
	Period     domain.Period
	Start, End time.Time
	Due        time.Time
}

// NextPeriods is how many periods a request's page shows.
const NextPeriods = 4

// Get returns the request id of the actor's province; one of another
// province is NotFound.
func (s *Service) Get(ctx context.Context, a usecase.Actor, id int64) (Detail, error) {
	prov, err := province(a, domain.ActProvinceView)
	if err != nil {
		return Detail{}, err
	}
	st := s.env.Store
	r, err := ownRequest(ctx, st, prov, id)
	if err != nil {
		return Detail{}, err
	}
	all, err := st.Orgs(ctx, prov.ID)
	if err != nil {
		return Detail{}, err
	}
	cal, err := Calendar(ctx, st, prov.ID)
	if err != nil {
		return Detail{}, err
	}
	d := Detail{Request: r, Status: status(r), Communes: audience(r, all, s.env.Now()), All: activeCommunes(all)}
	for _, p := range nextPeriods(r, cal, s.today(), NextPeriods) {
		start, end := r.Window(p)
		d.Periods = append(d.Periods, PeriodDue{Period: p, Start: start, End: end, Due: r.Due(p, cal)})
	}
	return d, nil
}

// Communes returns the active communes of the actor's province, those a
// request may list, for the form of a new request.
func (s *Service) Communes(ctx context.Context, a usecase.Actor) ([]domain.Org, error) {
	prov, err := province(a, domain.ActProvinceView)
	if err != nil {
		return nil, err
	}
	all, err := s.env.Store.Orgs(ctx, prov.ID)
	return activeCommunes(all), err
}

// activeCommunes keeps the active communes of orgs, the ones a request's
// list may hold (requireCommunes).
func activeCommunes(orgs []domain.Org) []domain.Org {
	var out []domain.Org
	for _, o := range orgs {
		if o.Active() && o.Level == domain.LevelCommune {
			out = append(out, o)
		}
	}
	return out
}

// audience returns the communes r goes to (or would, for a draft) from its
// first period on.
func audience(r domain.ReportRequest, communes []domain.Org, now time.Time) []domain.Org {
	if r.IssuedAt.IsZero() {
		r.IssuedAt = now
	}
	r.ClosedAt = time.Time{}
	var out []domain.Org
	for _, c := range communes {
		if r.Covers(c, r.FirstPeriod) {
			out = append(out, c)
		}
	}
	return out
}

// nextPeriods returns n periods of the request: from its first period, or
// from the first whose report is not yet past due when that comes later.
func nextPeriods(r domain.ReportRequest, cal domain.WorkingDayCounter, today time.Time, n int) []domain.Period {
	p := r.FirstPeriod
	if p.IsZero() {
		return nil
	}
	for i := 0; i < 1000 && r.Due(p, cal).Before(today); i++ {
		p = next(p)
	}
	out := make([]domain.Period, n)
	for i := range out {
		out[i], p = p, next(p)
	}
	return out
}

// next returns the period of the same kind just after p: the one holding
// the day after p ends.
func next(p domain.Period) domain.Period { return periodOf(p.Kind, p.End().AddDate(0, 0, 1)) }
