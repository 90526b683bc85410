package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// Request is the demo province's request for the monthly report: the Công
// văn the seed report answers, sent to every commune of Ninh Bình, from
// January 2026, due on the 25th of each month, with reminders 3 days and 1
// day before.
func Request(provinceID int64) domain.ReportRequest {
	return domain.ReportRequest{
		ProvinceID: provinceID, Kind: domain.ReportKindNQ57Monthly, Frequency: domain.Month,
		Audience: domain.AudienceAll, DocType: "Công văn", DocNumber: "202-CV/UBKTTU",
		DocDate: domain.Date(2026, 1, 27), DocBody: "Ủy ban Kiểm tra Tỉnh ủy Ninh Bình",
		FirstPeriod: domain.MonthPeriod(2026, time.January), DueDay: 25, ReminderDays: []int{3, 1},
		IssuedAt: time.Date(2026, 1, 27, 2, 0, 0, 0, time.UTC), IssuedBy: ProvinceAccounts[1].Login,
		ChangedBy: ProvinceAccounts[1].Name, ChangedAt: time.Date(2026, 1, 27, 2, 0, 0, 0, time.UTC),
	}
}

// LoadRequest stores the demo province's request when the province has no
// request yet, so that loading again changes nothing.
func LoadRequest(ctx context.Context, s *storage.Store) error {
	return s.WithTx(ctx, func(tx *storage.Store) error {
		p, err := tx.OrgByCode(ctx, ProvinceCode)
		if err != nil {
			return fmt.Errorf("demo request: %w", err)
		}
		have, err := tx.Requests(ctx, p.ID, domain.ReportKindNQ57Monthly)
		if err != nil || len(have) > 0 {
			return err
		}
		r := Request(p.ID)
		return tx.SaveRequest(ctx, &r)
	})
}
