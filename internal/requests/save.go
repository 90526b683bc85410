package requests

import (
	"context"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Save creates a draft request of the actor's province (f.ID 0) or edits
// the draft f.ID if no one saved it since the person saw version; a stale
// save is refused as Stale, naming who changed it. A request once issued
// is not edited: it was sent (close it and issue another). Communes of a
// list must be the province's.
func (s *Service) Save(ctx context.Context, a usecase.Actor, f RequestForm, version int64) (domain.ReportRequest, error) {
	prov, err := province(a, domain.ActIssueRequests)
	if err != nil {
		return domain.ReportRequest{}, err
	}
	var r domain.ReportRequest
	err = s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		var before *domain.ReportRequest
		if f.ID != 0 {
			old, err := ownRequest(ctx, tx, prov, f.ID)
			if err != nil {
				return err
			}
			if !old.IssuedAt.IsZero() {
				return domain.Errorf(domain.Conflict, "Yêu cầu theo %s đã ban hành ngày %s, không sửa được nữa; nếu cần, đóng yêu cầu và ban hành yêu cầu mới.",
					old.Citation(), old.IssuedAt.In(domain.Vietnam).Format("02/01/2006"))
			}
			r, before = old, &old
			r.Version = version
		} else {
			r = domain.ReportRequest{ProvinceID: prov.ID}
		}
		if err := f.apply(&r); err != nil {
			return err
		}
		if err := requireCommunes(ctx, tx, prov, r.CommuneIDs); err != nil {
			return err
		}
		r.ChangedBy, r.ChangedAt = a.Name(), s.env.Now()
		if err := tx.SaveRequest(ctx, &r); err != nil {
			return err
		}
		c := usecase.Change{Action: "request.create", Entity: entity(r), After: auditOfRequest(r)}
		if before != nil {
			c.Action, c.Before = "request.update", auditOfRequest(*before)
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), c)
	})
	return r, err
}

// ownRequest loads a request of the province; one of another province is
// NotFound, as if there were none.
func ownRequest(ctx context.Context, st *storage.Store, prov domain.Org, id int64) (domain.ReportRequest, error) {
	r, err := st.Request(ctx, id)
	if err != nil {
		return r, err
	}
	if r.ProvinceID != prov.ID {
		return domain.ReportRequest{}, domain.Errorf(domain.NotFound, "không có yêu cầu báo cáo số %d", id)
	}
	return r, nil
}

// requireCommunes refuses, by the field "communes", an ID that is not an
// active commune of the province.
func requireCommunes(ctx context.Context, st *storage.Store, prov domain.Org, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	communes, err := st.Orgs(ctx, prov.ID)
	if err != nil {
		return err
	}
	ok := map[int64]bool{}
	for _, c := range communes {
		ok[c.ID] = c.Active()
	}
	var pr domain.Problems
	for _, id := range ids {
		if !ok[id] {
			pr.Add("communes", "Danh sách có đơn vị không phải xã, phường đang hoạt động của tỉnh.")
		}
	}
	return pr.Err("Yêu cầu báo cáo chưa hợp lệ, chưa lưu gì.")
}
