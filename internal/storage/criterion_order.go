package storage

import (
	"context"
	"fmt"

	"github.com/nq57/nq57/internal/domain"
)

// SaveProgram matches criteria by group and number, so it cannot reorder or
// delete one criterion without handing another's row (and the progress
// recorded against that row) to a different text. The methods here move and
// delete criteria by ID instead, then renumber the group from 1 and the
// program's positions, so that recorded progress stays with its criterion.

// MoveCriterion moves the criterion one place up (delta -1) or down (+1)
// within its group and renumbers the group. It reports whether anything
// moved: the first criterion cannot go up, nor the last one down.
func (s *Store) MoveCriterion(ctx context.Context, id int64, delta int) (bool, error) {
	moved := false
	err := s.WithTx(ctx, func(tx *Store) error {
		ref, err := tx.CriterionRef(ctx, id)
		if err != nil {
			return err
		}
		ids, err := tx.groupCriteria(ctx, ref.GroupID)
		if err != nil {
			return err
		}
		i := indexOf(ids, id)
		j := i + delta
		if i < 0 || j < 0 || j >= len(ids) || (delta != -1 && delta != 1) {
			return nil
		}
		ids[i], ids[j] = ids[j], ids[i]
		moved = true
		return tx.arrange(ctx, ref, ids)
	})
	return moved, wrap(err, "move criterion %d", id)
}

// MoveCriterionToGroup puts the criterion last in another group of the same
// program, and renumbers the group it leaves.
func (s *Store) MoveCriterionToGroup(ctx context.Context, id, groupID int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		ref, err := tx.CriterionRef(ctx, id)
		if err != nil || ref.GroupID == groupID {
			return err
		}
		var programID int64
		err = tx.q.QueryRowContext(ctx, `SELECT program_id FROM program_groups WHERE id = $1`, groupID).Scan(&programID)
		if err != nil || programID != ref.ProgramID {
			return domain.InvalidInput("nhóm không thuộc chương trình này",
				[]domain.Problem{{Field: "group", Message: "nhóm đã chọn không thuộc chương trình của tiêu chí"}})
		}
		target, err := tx.groupCriteria(ctx, groupID)
		if err != nil {
			return err
		}
		// A number past every current one cannot collide; arrange then makes it
		// the group's last.
		_, err = tx.q.ExecContext(ctx, `UPDATE criteria SET group_id = $1,
			number = (SELECT COALESCE(MAX(number), 0) + 1 FROM criteria WHERE group_id = $1) WHERE id = $2`, groupID, id)
		if err != nil {
			return fmt.Errorf("move to group %d: %w", groupID, err)
		}
		left, err := tx.groupCriteria(ctx, ref.GroupID)
		if err != nil {
			return err
		}
		if err := tx.arrange(ctx, domain.CriterionRef{GroupID: ref.GroupID, ProgramID: ref.ProgramID}, left); err != nil {
			return err
		}
		return tx.arrange(ctx, domain.CriterionRef{GroupID: groupID, ProgramID: ref.ProgramID}, append(target, id))
	})
	return wrap(err, "move criterion %d to group %d", id, groupID)
}

// DeleteCriterion deletes a criterion that has no recorded data (progress,
// its history or evidence) and renumbers its group; one with data is a
// Conflict, as SaveProgram refuses it.
func (s *Store) DeleteCriterion(ctx context.Context, id int64) error {
	err := s.WithTx(ctx, func(tx *Store) error {
		ref, err := tx.CriterionRef(ctx, id)
		if err != nil {
			return err
		}
		c := oldCriterion{id: id, label: ref.Label}
		err = tx.q.QueryRowContext(ctx, `SELECT `+hasData+` FROM criteria c WHERE c.id = $1`, id).Scan(&c.hasData)
		if err != nil {
			return fmt.Errorf("check data: %w", err)
		}
		if err := refuseLosingData([]oldCriterion{c}); err != nil {
			return err
		}
		if _, err := tx.q.ExecContext(ctx, `DELETE FROM criteria WHERE id = $1`, id); err != nil {
			return fmt.Errorf("delete: %w", err)
		}
		ids, err := tx.groupCriteria(ctx, ref.GroupID)
		if err != nil {
			return err
		}
		return tx.arrange(ctx, ref, ids)
	})
	return wrap(err, "delete criterion %d", id)
}

// groupCriteria returns the IDs of a group's criteria in number order.
func (s *Store) groupCriteria(ctx context.Context, groupID int64) ([]int64, error) {
	ids, err := s.queryIDs(ctx, `SELECT id FROM criteria WHERE group_id = $1 ORDER BY number, id`, groupID)
	if err != nil {
		return nil, fmt.Errorf("list criteria of group %d: %w", groupID, err)
	}
	return ids, nil
}

// arrange numbers the group's criteria 1, 2, 3 … in the order of ids, then
// sets every position of the program. Numbers go negative first, because
// UNIQUE (group_id, number) is checked row by row.
func (s *Store) arrange(ctx context.Context, ref domain.CriterionRef, ids []int64) error {
	for _, sign := range []int{-1, 1} {
		for i, id := range ids {
			_, err := s.q.ExecContext(ctx, `UPDATE criteria SET number = $1 WHERE id = $2 AND group_id = $3`, sign*(i+1), id, ref.GroupID)
			if err != nil {
				return fmt.Errorf("renumber criterion %d: %w", id, err)
			}
		}
	}
	return s.reposition(ctx, ref.ProgramID)
}

// reposition sets each criterion's position in the program from its group's
// position and its number.
func (s *Store) reposition(ctx context.Context, programID int64) error {
	ids, err := s.queryIDs(ctx, `SELECT c.id FROM criteria c JOIN program_groups g ON g.id = c.group_id
		WHERE g.program_id = $1 ORDER BY g.position, g.id, c.number, c.id`, programID)
	if err != nil {
		return fmt.Errorf("list criteria of program %d: %w", programID, err)
	}
	for i, id := range ids {
		if _, err := s.q.ExecContext(ctx, `UPDATE criteria SET position = $1 WHERE id = $2`, i+1, id); err != nil {
			return fmt.Errorf("set position of criterion %d: %w", id, err)
		}
	}
	return nil
}

func indexOf(ids []int64, id int64) int {
	for i, v := range ids {
		if v == id {
			return i
		}
	}
	return -1
}
