package filings

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/usecase"
)

// View is a filing as the province's page shows it: the commune, the
// filing with its state on the completeness page, and every version.
type View struct {
	Filing   domain.Filing
	Commune  domain.Org
	Cell     domain.Cell
	Versions []domain.FilingVersion // first to last
}

// Latest is the last version submitted.
func (v View) Latest() domain.FilingVersion { return v.Versions[len(v.Versions)-1] }

// Filing returns a filing of the actor's province with its versions.
func (s *Service) Filing(ctx context.Context, a usecase.Actor, id int64) (View, error) {
	if err := a.Require(domain.ActProvinceView); err != nil {
		return View{}, err
	}
	st := s.env.Store
	f, commune, err := provinceFiling(ctx, st, a, id)
	if err != nil {
		return View{}, err
	}
	versions, err := st.FilingVersions(ctx, f.ID)
	if err != nil {
		return View{}, err
	}
	if len(versions) == 0 {
		return View{}, fmt.Errorf("filing %d has no version", f.ID)
	}
	cal, err := requests.Calendar(ctx, st, f.ProvinceID)
	if err != nil {
		return View{}, err
	}
	cell := domain.CellOf(&f, true, f.Due, domain.Today(s.env.Now()), cal)
	return View{Filing: f, Commune: commune, Cell: cell, Versions: versions}, nil
}

// Diff compares two versions of a filing of the actor's province.
func (s *Service) Diff(ctx context.Context, a usecase.Actor, id int64, from, to int) (domain.SnapshotDiff, error) {
	v, err := s.Filing(ctx, a, id)
	if err != nil {
		return domain.SnapshotDiff{}, err
	}
	a1, ok1 := versionOf(v.Versions, from)
	b1, ok2 := versionOf(v.Versions, to)
	if !ok1 || !ok2 {
		return domain.SnapshotDiff{}, domain.Errorf(domain.NotFound, "Báo cáo này có %d lần nộp: không có lần %d hoặc %d.", len(v.Versions), from, to)
	}
	return domain.DiffSnapshots(from, to, a1.Snapshot, b1.Snapshot), nil
}

func versionOf(vs []domain.FilingVersion, n int) (domain.FilingVersion, bool) {
	if n < 1 || n > len(vs) {
		return domain.FilingVersion{}, false
	}
	return vs[n-1], true
}

// Document is a submitted version's document as it was issued.
type Document struct {
	Filename string // "bao-cao-nq57-xuan-hung-2026-03-lan-2.pdf"
	Format   string // "docx" or "pdf"
	Body     []byte
}

// Download returns the DOCX or PDF of version n of a filing of the actor's
// province, byte for byte as the commune issued it.
func (s *Service) Download(ctx context.Context, a usecase.Actor, id int64, n int, format string) (Document, error) {
	if format != "docx" && format != "pdf" {
		return Document{}, domain.Errorf(domain.NotFound, "Không có định dạng “%s”: chọn docx hoặc pdf.", format)
	}
	v, err := s.Filing(ctx, a, id)
	if err != nil {
		return Document{}, err
	}
	ver, ok := versionOf(v.Versions, n)
	if !ok {
		return Document{}, domain.Errorf(domain.NotFound, "Báo cáo này không có lần nộp %d.", n)
	}
	ir, err := s.env.Store.IssuedReport(ctx, v.Commune.ID, ver.IssuedReportID)
	if err != nil {
		return Document{}, err
	}
	body := ir.DOCX
	if format == "pdf" {
		body = ir.PDF
	}
	name := fmt.Sprintf("bao-cao-nq57-%s-%s-lan-%d.%s", v.Commune.Code, v.Filing.Period, n, format)
	return Document{Filename: name, Format: format, Body: body}, nil
}

// Own is where the actor's commune's report of period p stands with the
// province: ok is false when it was not submitted (no province, no request,
// or not issued yet).
func (s *Service) Own(ctx context.Context, a usecase.Actor, p domain.Period) (f domain.Filing, ok bool, err error) {
	if err := a.Require(domain.ActView); err != nil {
		return f, false, err
	}
	f, err = s.env.Store.FilingOf(ctx, a.Org.ID, Kind, p)
	if domain.IsNotFound(err) {
		return f, false, nil
	}
	return f, err == nil, err
}
