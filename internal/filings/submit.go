package filings

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Issue is a report just issued, as reporting's issue hands it over: the
// report kept (its documents in issued_reports), its number as written, and
// the input and model the documents were rendered from.
type Issue struct {
	Report     domain.IssuedReport
	NumberText string // "12-BC/ĐU"
	Input      report.Input
	Model      report.Model
}

// Submit sends an issued report to the province, on tx, the issue's
// transaction, at the issue's time: when the commune has a province and a
// request of it asks for the period. The first issue makes the filing
// (version 1); an issue after a return, or after the commune unlocked a
// report not reviewed yet, is version n+1, submitted again. The province's
// leaders and chuyên viên are told. A period whose report the province
// accepted cannot be issued again (its unlock is refused), and Submit
// refuses it too.
func Submit(ctx context.Context, tx *storage.Store, a usecase.Actor, at time.Time, is Issue) error {
	commune, p := a.Org, is.Report.Period
	req, due, ok, err := requests.DueFor(ctx, tx, commune, p)
	if err != nil || !ok {
		return err
	}
	snap, err := snapshotOf(ctx, tx, is.Input, is.Model)
	if err != nil {
		return err
	}
	v := domain.FilingVersion{SubmittedAt: at, SubmittedBy: a.Login(), IssuedReportID: is.Report.ID, Number: is.NumberText, Snapshot: snap}
	f, err := tx.FilingOf(ctx, commune.ID, Kind, p)
	switch {
	case domain.IsNotFound(err):
		f = domain.Filing{CommuneID: commune.ID, ProvinceID: commune.ParentID, Kind: Kind, Period: p, RequestID: req.ID,
			Due: due, Status: domain.FilingSubmitted, FirstSubmittedAt: at, ChangedBy: a.Login()}
		err = tx.AddFiling(ctx, &f, v)
	case err != nil:
	case f.Status == domain.FilingAccepted:
		err = domain.Errorf(domain.Conflict, "Tỉnh đã tiếp nhận báo cáo %s: không ban hành lại được.", p.Words())
	default:
		err = tx.ResubmitFiling(ctx, &f, v)
	}
	if err != nil {
		return err
	}
	return tellSubmitted(ctx, tx, a, at, f)
}

// tellSubmitted tells the province's leaders and chuyên viên, and writes
// the submission in the province's audit log.
func tellSubmitted(ctx context.Context, tx *storage.Store, a usecase.Actor, at time.Time, f domain.Filing) error {
	kind, title := domain.NoticeSubmitted, fmt.Sprintf("%s nộp báo cáo %s", domain.UpperFirst(a.Org.DisplayName()), f.Period.Words())
	body := "Hạn nộp: " + f.Due.Format("02/01/2006") + "."
	if f.Versions > 1 {
		kind = domain.NoticeResubmitted
		title = fmt.Sprintf("%s nộp lại báo cáo %s (lần %d)", domain.UpperFirst(a.Org.DisplayName()), f.Period.Words(), f.Versions)
		body = "Báo cáo đã được sửa và nộp lại; xem những gì thay đổi so với lần trước."
	}
	_, err := notify.Tell(ctx, tx, at, notify.Audience{OrgID: f.ProvinceID, Roles: []domain.UserRole{domain.RoleLeader, domain.RoleStaff}},
		domain.Notice{Kind: kind, Title: title, Body: body, Link: filingLink(f.ID)})
	if err != nil {
		return err
	}
	return usecase.AuditOrg(ctx, tx, a, f.ProvinceID, at, usecase.Change{Action: "filing.submit",
		Entity: "báo cáo " + f.Period.String() + " của " + a.Org.DisplayName(), After: versionRecord{Commune: a.Org.Code, Period: f.Period.String(), Version: f.Versions}})
}

// versionRecord is a submission as the audit log keeps it.
type versionRecord struct {
	Commune string `json:"commune"`
	Period  string `json:"period"`
	Version int    `json:"version"`
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
