package requests

import (
	"context"
	"strings"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// BasisFor returns, read on st, what commune's report of period p cites in
// its opening sentence when the period names nothing of its own: the
// citation of the request that asks for the report ("Công văn số
// 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình"),
// or def, the organisation's default, when no request asks for it or def
// names the request's document already (its own wording of it, such as the
// seed report's "… về việc báo cáo tình hình thực hiện …").
func BasisFor(ctx context.Context, st *storage.Store, commune domain.Org, p domain.Period, def string) (string, error) {
	r, ok, err := applying(ctx, st, commune, p)
	if err != nil || !ok || names(def, r) {
		return def, err
	}
	return r.Citation(), nil
}

// names reports whether a basis cites the request's document: its number,
// accents, case and spacing aside.
func names(basis string, r domain.ReportRequest) bool {
	number := strings.Join(strings.Fields(domain.Fold(r.DocNumber)), "")
	return number != "" && strings.Contains(strings.Join(strings.Fields(domain.Fold(basis)), ""), number)
}

// ApplyBasis puts into rs, the report settings in force for commune's
// period rs.Period (the organisation's defaults with the period's own laid
// over them), the basis the report cites: a basis typed for the period
// itself stays; otherwise the request that asks for the report wins over
// the organisation-wide default (BasisFor).
func ApplyBasis(ctx context.Context, st *storage.Store, commune domain.Org, rs *domain.ReportSettings) error {
	if rs.Period.IsZero() {
		return nil
	}
	own, _, err := st.OwnReportSettings(ctx, commune.ID, rs.Kind, rs.Period)
	if err != nil || own.Basis != "" {
		return err
	}
	rs.Basis, err = BasisFor(ctx, st, commune, rs.Period, rs.Basis)
	return err
}
