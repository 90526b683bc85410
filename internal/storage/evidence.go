package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SaveEvidence stores a file and sets its ID, size and checksum. The criterion
// must belong to the file's organisation (NotFound otherwise).
func (s *Store) SaveEvidence(ctx context.Context, f *domain.EvidenceFile) error {
	if f.Name == "" || f.ContentType == "" || len(f.Data) == 0 {
		return domain.Errorf(domain.Invalid, "tệp minh chứng cần có tên, loại và nội dung")
	}
	if _, err := s.criterionProgramID(ctx, f.OrgID, f.CriterionID); err != nil {
		return err
	}
	sum := sha256.Sum256(f.Data)
	f.SHA256, f.Size = hex.EncodeToString(sum[:]), int64(len(f.Data))
	err := s.q.QueryRowContext(ctx, `INSERT INTO evidence_files
		(org_id, criterion_id, period, name, content_type, size, sha256, data, uploaded_by, uploaded_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		f.OrgID, f.CriterionID, f.Period.String(), f.Name, f.ContentType, f.Size, f.SHA256, f.Data,
		f.UploadedBy, s.timeArg(f.UploadedAt)).Scan(&f.ID)
	return wrap(err, "save evidence %q of criterion %d", f.Name, f.CriterionID)
}

const evidenceColumns = `SELECT e.id, e.org_id, e.criterion_id, e.period, e.name, e.content_type, e.size, e.sha256, e.uploaded_by, e.uploaded_at`

// EvidenceFiles lists, without their content, the files of the program's
// criteria for exactly period p, by criterion ID, oldest first.
func (s *Store) EvidenceFiles(ctx context.Context, orgID, programID int64, p domain.Period) (map[int64][]domain.EvidenceFile, error) {
	rows, err := s.q.QueryContext(ctx, evidenceColumns+` FROM evidence_files e
		JOIN criteria c ON c.id = e.criterion_id JOIN program_groups g ON g.id = c.group_id
		WHERE e.org_id = $1 AND g.program_id = $2 AND e.period = $3
		ORDER BY e.criterion_id, e.uploaded_at, e.id`, orgID, programID, p.String())
	if err != nil {
		return nil, fmt.Errorf("list evidence of program %d for %s: %w", programID, p, err)
	}
	defer rows.Close()
	out := map[int64][]domain.EvidenceFile{}
	for rows.Next() {
		f, err := scanEvidence(rows)
		if err != nil {
			return nil, fmt.Errorf("list evidence of program %d for %s: %w", programID, p, err)
		}
		out[f.CriterionID] = append(out[f.CriterionID], f)
	}
	return out, rows.Err()
}

// Evidence returns one file of the organisation with its content; NotFound
// if the ID is not one of the organisation's.
func (s *Store) Evidence(ctx context.Context, orgID, id int64) (domain.EvidenceFile, error) {
	var f domain.EvidenceFile
	var period string
	err := s.q.QueryRowContext(ctx, `SELECT id, org_id, criterion_id, period, name, content_type, size, sha256, uploaded_by, uploaded_at, data
		FROM evidence_files WHERE org_id = $1 AND id = $2`, orgID, id).Scan(
		&f.ID, &f.OrgID, &f.CriterionID, &period, &f.Name, &f.ContentType, &f.Size, &f.SHA256, &f.UploadedBy, timeCol{&f.UploadedAt}, &f.Data)
	if err != nil {
		return f, wrap(notFound(err, "không có tệp minh chứng số %d", id), "load evidence %d", id)
	}
	f.Period, err = domain.ParsePeriod(period)
	return f, wrap(err, "evidence %d", id)
}

// EvidenceInfo returns one file of the organisation without its content;
// NotFound if the ID is not one of the organisation's.
func (s *Store) EvidenceInfo(ctx context.Context, orgID, id int64) (domain.EvidenceFile, error) {
	f, err := scanEvidence(s.q.QueryRowContext(ctx, evidenceColumns+` FROM evidence_files e WHERE e.org_id = $1 AND e.id = $2`, orgID, id))
	return f, wrap(notFound(err, "không có tệp minh chứng số %d", id), "load evidence %d", id)
}

// DeleteEvidence deletes one file of the organisation; NotFound if the ID is
// not one of the organisation's (or was deleted meanwhile).
func (s *Store) DeleteEvidence(ctx context.Context, orgID, id int64) error {
	res, err := s.q.ExecContext(ctx, `DELETE FROM evidence_files WHERE org_id = $1 AND id = $2`, orgID, id)
	return wrap(updated(res, err, "không có tệp minh chứng số %d (có thể đã được xóa)", id), "delete evidence %d", id)
}

func scanEvidence(row scanner) (domain.EvidenceFile, error) {
	var f domain.EvidenceFile
	var period string
	err := row.Scan(&f.ID, &f.OrgID, &f.CriterionID, &period, &f.Name, &f.ContentType, &f.Size, &f.SHA256, &f.UploadedBy, timeCol{&f.UploadedAt})
	if err != nil {
		return f, err
	}
	f.Period, err = domain.ParsePeriod(period)
	return f, err
}
