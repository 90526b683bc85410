package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/usecase"
)

// demoActorName is how the history and the audit log name what the demo
// loader did in the communes' and the province's name.
const demoActorName = "dữ liệu mẫu"

// filingStep is one thing done to a commune's report of a period, on a day
// (Vietnam time, 09:00): issued (and so submitted), returned with a reason,
// corrected by the commune after a return, or accepted by the province.
type filingStep struct {
	day    time.Time
	action string // "issue", "return", "correct", "accept"
}

// demoPlan is what happened to a commune's reports of January to March
// 2026, by commune code: a spread of on time, late, not submitted, returned
// and resubmitted, and accepted, for the province's pages to show. Xuân
// Hưng is not among them: its reports stay as the seed has them (none
// issued), for a newcomer to issue.
func demoPlan(index int) map[domain.Period][]filingStep {
	jan, feb, mar := domain.MonthPeriod(2026, time.January), domain.MonthPeriod(2026, time.February), domain.MonthPeriod(2026, time.March)
	d := func(m time.Month, day int) time.Time { return domain.Date(2026, m, day) }
	plan := map[domain.Period][]filingStep{
		jan: {{d(1, 23), "issue"}, {d(1, 27), "accept"}},
		feb: {{d(2, 24), "issue"}, {d(2, 26), "accept"}},
	}
	switch index {
	case 9, 10: // late in February, not yet in March
		plan[feb] = []filingStep{{d(3, 3), "issue"}, {d(3, 4), "accept"}}
	case 11: // nothing since January
		delete(plan, feb)
	}
	march := map[int][]filingStep{
		0: {{d(3, 20), "issue"}, {d(3, 23), "accept"}},
		1: {{d(3, 23), "issue"}, {d(3, 24), "accept"}},
		2: {{d(3, 24), "issue"}},
		3: {{d(3, 26), "issue"}},
		4: {{d(3, 27), "issue"}},
		5: {{d(3, 31), "issue"}, {d(4, 1), "accept"}},
		6: {{d(3, 19), "issue"}, {d(3, 23), "return"}},
		7: {{d(3, 20), "issue"}, {d(3, 23), "return"}, {d(3, 25), "correct"}, {d(3, 25), "issue"}},
		8: {{d(3, 18), "issue"}, {d(3, 20), "return"}, {d(3, 24), "correct"}, {d(3, 24), "issue"}, {d(3, 26), "accept"}},
	}
	if steps, ok := march[index]; ok {
		plan[mar] = steps
	}
	return plan
}

// demoReturnReason is why the province returned a demo report.
const demoReturnReason = "Tiêu chí II.3 (Tổ công nghệ số cộng đồng) báo cáo đạt nhưng chưa có số liệu minh chứng; đề nghị rà soát, bổ sung và ban hành lại."

// loadDemoFilings issues, returns and accepts the demo communes' reports as
// demoPlan says, through the same use cases as the web app, each step at
// its day, after the province's request. A period already submitted is left as it is, so that loading
// again changes nothing.
func (a *App) loadDemoFilings(ctx context.Context, env usecase.Env) error {
	if err := demo.LoadRequest(ctx, env.Store); err != nil {
		return fmt.Errorf("yêu cầu báo cáo mẫu của tỉnh: %w", err)
	}
	var at time.Time
	clocked := usecase.NewEnv(env.Store, func() time.Time { return at })
	renderer, err := assemble.NewRenderer()
	if err != nil {
		return err
	}
	rep, fil := reporting.New(clocked, renderer), filings.New(clocked)
	province, err := orgByCode(ctx, env, demo.ProvinceCode)
	if err != nil {
		return err
	}
	reviewer := usecase.CommandLine(province, demoActorName)
	for i, c := range demo.ProvinceCommunes() {
		commune, err := orgByCode(ctx, env, c.Org.Code)
		if err != nil {
			return err
		}
		f := demoFiler{rep: rep, fil: fil, clock: &at, commune: usecase.CommandLine(commune, demoActorName), reviewer: reviewer}
		plan := demoPlan(i)
		for _, p := range (domain.Period{Kind: domain.Quarter, Year: 2026, N: 1}).Months() {
			steps, ok := plan[p]
			if !ok {
				continue
			}
			if err := f.file(ctx, p, steps); err != nil {
				return fmt.Errorf("báo cáo mẫu %s của %s: %w", p.Words(), commune.DisplayName(), err)
			}
		}
	}
	return nil
}

// demoFiler carries out a commune's filing steps.
type demoFiler struct {
	rep      *reporting.Service
	fil      *filings.Service
	clock    *time.Time
	commune  usecase.Actor
	reviewer usecase.Actor
}

func (f demoFiler) file(ctx context.Context, p domain.Period, steps []filingStep) error {
	if _, done, err := f.fil.Own(ctx, f.commune, p); err != nil || done {
		return err
	}
	number := fmt.Sprint(p.N + 4)
	for _, s := range steps {
		*f.clock = s.day.Add(2 * time.Hour) // 09:00 in Vietnam
		if err := f.step(ctx, p, s, number); err != nil {
			return err
		}
	}
	return nil
}

func (f demoFiler) step(ctx context.Context, p domain.Period, s filingStep, number string) error {
	switch s.action {
	case "issue":
		_, err := f.rep.Issue(ctx, f.commune, p, reporting.IssueForm{Number: number, Date: s.day.Format("02/01/2006")})
		return err
	case "correct":
		return f.correct(ctx, p)
	}
	filing, _, err := f.fil.Own(ctx, f.commune, p)
	if err != nil {
		return err
	}
	if s.action == "return" {
		return f.fil.Return(ctx, f.reviewer, filing.ID, filing.Version, demoReturnReason)
	}
	return f.fil.Accept(ctx, f.reviewer, filing.ID, filing.Version)
}

// demoCorrection is what a commune adds to its assessment after the
// province returned its report, so that the next version differs.
const demoCorrection = "Đã rà soát lại tiêu chí II.3 theo ý kiến của tỉnh: bổ sung danh sách tổ công nghệ số cộng đồng và quyết định thành lập làm minh chứng."

// correct adds demoCorrection to the period's assessment, through the
// compose form as a leader would.
func (f demoFiler) correct(ctx context.Context, p domain.Period) error {
	c, err := f.rep.Compose(ctx, f.commune, p)
	if err != nil {
		return err
	}
	form := reporting.PeriodFormOf(c.Settings, c.Own.Version)
	form.Assessment = strings.TrimSpace(form.Assessment + "\n" + demoCorrection)
	return f.rep.SavePeriod(ctx, f.commune, p, form)
}
