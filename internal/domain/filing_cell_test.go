package domain_test

import (
	"strings"
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

func TestAnUnknownStateFilterListsTheStates(t *testing.T) {
	t.Parallel()
	_, err := domain.ParseCellState("lost")
	if domain.ErrorCode(err) != domain.Invalid || !strings.Contains(err.Error(), "“lost”") || !strings.Contains(err.Error(), "đã tiếp nhận") {
		t.Errorf("ParseCellState(lost) = %v", err)
	}
	if st, err := domain.ParseCellState("returned"); err != nil || st != domain.CellReturned {
		t.Errorf("ParseCellState(returned) = %q, %v", st, err)
	}
}
