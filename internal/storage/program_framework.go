package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SetProgramFramework records that the program was adopted from the
// framework with frameworkID and brought up to its revision.
func (s *Store) SetProgramFramework(ctx context.Context, programID, frameworkID int64, revision int) error {
	res, err := s.q.ExecContext(ctx, `UPDATE programs SET framework_id = $1, framework_version = $2 WHERE id = $3`,
		frameworkID, revision, programID)
	ok, err := oneRow(res, err)
	if err == nil && !ok {
		err = domain.Errorf(domain.NotFound, "không có chương trình công tác số %d", programID)
	}
	return wrap(err, "set framework of program %d", programID)
}

// BumpRevision counts one more change to the framework's criteria and
// returns its new revision.
func (s *Store) BumpRevision(ctx context.Context, programID int64) (int, error) {
	var rev int
	err := s.q.QueryRowContext(ctx, `UPDATE programs SET revision = revision + 1 WHERE id = $1 RETURNING revision`,
		programID).Scan(&rev)
	return rev, wrap(notFound(err, "không có chương trình công tác số %d", programID), "bump revision of program %d", programID)
}

// AdoptedProgram returns, in full, the organisation's newest program adopted
// from a framework; NotFound when it has adopted none.
func (s *Store) AdoptedProgram(ctx context.Context, orgID int64) (domain.Program, error) {
	row := s.q.QueryRowContext(ctx, programColumns+` WHERE org_id = $1 AND framework_id IS NOT NULL`+programOrder+` LIMIT 1`, orgID)
	p, err := s.fullProgram(ctx, row, "chưa áp dụng bộ tiêu chí của tỉnh")
	if err != nil {
		return p, wrap(err, "load adopted program of org %d", orgID)
	}
	return p, nil
}

// AdoptedFrom reports whether the organisation has a program adopted from
// the framework.
func (s *Store) AdoptedFrom(ctx context.Context, orgID, frameworkID int64) (bool, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM programs WHERE org_id = $1 AND framework_id = $2`,
		orgID, frameworkID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("programs of org %d adopted from %d: %w", orgID, frameworkID, err)
	}
	return n > 0, nil
}
