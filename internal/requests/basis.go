package requests

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Basis returns, read on st, the citation of the request that asks commune
// for period p's report ("Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy
// ban Kiểm tra Tỉnh ủy Ninh Bình"): what the report's opening sentence
// cites when the period's own settings name nothing else. ok is false when
// no request asks for it.
func Basis(ctx context.Context, st *storage.Store, commune domain.Org, p domain.Period) (string, bool, error) {
	r, ok, err := applying(ctx, st, commune, p)
	if err != nil || !ok {
		return "", false, err
	}
	return r.Citation(), true, nil
}

// ApplyBasis puts into rs, the report settings in force for commune's
// period rs.Period (the organisation's defaults with the period's own laid
// over them), the basis the report cites: a basis typed for the period
// itself stays; otherwise the request that asks for the report wins over
// the organisation-wide default.
func ApplyBasis(ctx context.Context, st *storage.Store, commune domain.Org, rs *domain.ReportSettings) error {
	if rs.Period.IsZero() {
		return nil
	}
	own, _, err := st.OwnReportSettings(ctx, commune.ID, rs.Kind, rs.Period)
	if err != nil {
		return err
	}
	if own.Basis != "" {
		return nil
	}
	basis, ok, err := Basis(ctx, st, commune, rs.Period)
	if ok {
		rs.Basis = basis
	}
	return err
}
