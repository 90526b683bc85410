package entry

import (
	"testing"

	"github.com/nq57/nq57/internal/domain"
)

// The live status follows the save's rules, who may enter what included:
// unit staff asking about a criterion their unit does not lead are refused,
// as their save would be.
func TestStatusRefusesWhatTheSaveRefuses(t *testing.T) {
	t.Parallel()
	eachEngine(t, func(t *testing.T, f *fixture) {
		staff := f.as(t, "vanhoa")
		fiveG := f.criterion(t, "I.1")
		in := RowInput{CriterionID: fiveG.ID, Targets: []TargetInput{{Value: "99"}}}
		if _, err := f.uc.Save(t.Context(), staff, SaveInput{Period: march, Rows: []RowInput{in}}); domain.ErrorCode(err) != domain.Forbidden {
			t.Fatalf("the save: %v", err)
		}
		if st, err := f.uc.Status(t.Context(), staff, march, in); domain.ErrorCode(err) != domain.Forbidden {
			t.Errorf("the live status: %+v %v", st, err)
		}
	})
}
