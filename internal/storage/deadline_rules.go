package storage

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// DeadlineRules returns the rules the organisation has set (the caller falls
// back to domain.DefaultDeadlineRules for the others).
func (s *Store) DeadlineRules(ctx context.Context, orgID int64) ([]domain.DeadlineRule, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT org_id, kind, stage, days, working FROM deadline_rules WHERE org_id = $1`, orgID)
	if err != nil {
		return nil, fmt.Errorf("deadline rules of org %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []domain.DeadlineRule
	for rows.Next() {
		var r domain.DeadlineRule
		var kind, stage string
		if err := rows.Scan(&r.OrgID, &kind, &stage, &r.Days, &r.Working); err != nil {
			return nil, fmt.Errorf("deadline rules of org %d: %w", orgID, err)
		}
		r.Kind, r.Stage = domain.SubmissionKind(kind), domain.DeadlineStage(stage)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("deadline rules of org %d: %w", orgID, err)
	}
	sortDeadlineRules(out)
	return out, nil
}

// sortDeadlineRules puts rules in the order reports name the kinds, then in
// handling order.
func sortDeadlineRules(rules []domain.DeadlineRule) {
	sort.SliceStable(rules, func(i, j int) bool {
		ki, kj := slices.Index(domain.SubmissionKinds, rules[i].Kind), slices.Index(domain.SubmissionKinds, rules[j].Kind)
		if ki != kj {
			return ki < kj
		}
		return slices.Index(domain.DeadlineStages, rules[i].Stage) < slices.Index(domain.DeadlineStages, rules[j].Stage)
	})
}

// SaveDeadlineRules replaces the organisation's rules.
func (s *Store) SaveDeadlineRules(ctx context.Context, orgID int64, rules []domain.DeadlineRule) error {
	if err := validateDeadlineRules(rules); err != nil {
		return err
	}
	err := s.WithTx(ctx, func(tx *Store) error {
		if err := tx.requireOrg(ctx, orgID); err != nil {
			return err
		}
		if _, err := tx.q.ExecContext(ctx, `DELETE FROM deadline_rules WHERE org_id = $1`, orgID); err != nil {
			return err
		}
		for _, r := range rules {
			_, err := tx.q.ExecContext(ctx, `INSERT INTO deadline_rules (org_id, kind, stage, days, working)
				VALUES ($1, $2, $3, $4, $5)`, orgID, string(r.Kind), string(r.Stage), r.Days, r.Working)
			if err != nil {
				return err
			}
		}
		return nil
	})
	return wrap(err, "save deadline rules of org %d", orgID)
}

func validateDeadlineRules(rules []domain.DeadlineRule) error {
	var pr problems
	seen := map[[2]string]bool{}
	for i, r := range rules {
		name := fmt.Sprintf("quy định thứ %d", i+1)
		if !r.Kind.Valid() {
			pr.add("kind", fmt.Sprintf("%s: loại %q không có", name, r.Kind))
		}
		if !slices.Contains(domain.DeadlineStages, r.Stage) {
			pr.add("stage", fmt.Sprintf("%s: bước %q không có (xem xét tiếp nhận hoặc trả lời)", name, r.Stage))
		}
		if r.Days < 1 || r.Days > 365 {
			pr.add("days", fmt.Sprintf("%s (%s, %s): thời hạn từ 1 đến 365 ngày, không phải %d",
				name, r.Kind.Label(), strings.ToLower(r.Stage.Label()), r.Days))
		}
		key := [2]string{string(r.Kind), string(r.Stage)}
		if seen[key] {
			pr.add("kind", fmt.Sprintf("%s: thời hạn %s cho %s đã đặt ở quy định khác",
				name, strings.ToLower(r.Stage.Label()), r.Kind.Label()))
		}
		seen[key] = true
	}
	return pr.err("quy định thời hạn chưa hợp lệ")
}
