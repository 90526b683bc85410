package submissions

import (
	"context"
	"fmt"
	"strconv"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/usecase"
)

// Bounds of a deadline rule's days.
const RuleDaysMin, RuleDaysMax = 1, 365

// DeadlineRules returns the rules the organisation set; the others follow
// domain.DefaultDeadlineRules.
func (s *Service) DeadlineRules(ctx context.Context, a usecase.Actor) ([]domain.DeadlineRule, error) {
	if err := a.Require(domain.ActView); err != nil {
		return nil, err
	}
	return s.env.Store.DeadlineRules(ctx, a.Org.ID)
}

// RuleInput is one cell of the deadlines table as sent: a kind and stage,
// its days and whether they are working days ("1") or calendar days ("0").
type RuleInput struct {
	Kind    domain.SubmissionKind
	Stage   domain.DeadlineStage
	Days    string
	Working string
}

// RuleField names the inputs of a kind and stage on the deadlines form
// ("days-" and "working-" before it).
func RuleField(k domain.SubmissionKind, st domain.DeadlineStage) string {
	return fmt.Sprintf("%s-%s", k, st)
}

// RuleLabel names a kind and stage for a person: "Phản ánh, trả lời".
func RuleLabel(k domain.SubmissionKind, st domain.DeadlineStage) string {
	stage := "trả lời"
	if st == domain.StageAccept {
		stage = "xem xét tiếp nhận"
	}
	return KindName(k) + ", " + stage
}

// SaveDeadlineRules replaces the organisation's rules with the table as sent,
// with its audit entry. A rule equal to the default is not stored, so that
// the organisation keeps following the default there. Problems name the
// form's fields ("days-phan_anh-accept").
func (s *Service) SaveDeadlineRules(ctx context.Context, a usecase.Actor, cells []RuleInput) ([]domain.DeadlineRule, error) {
	if err := a.Require(domain.ActConfigureSubmissions); err != nil {
		return nil, err
	}
	var rules []domain.DeadlineRule
	var problems []domain.Problem
	for _, c := range cells {
		name := RuleField(c.Kind, c.Stage)
		days, err := strconv.Atoi(domain.NFC(c.Days))
		switch {
		case !c.Kind.Valid() || (c.Stage != domain.StageAccept && c.Stage != domain.StageAnswer):
			problems = append(problems, domain.Problem{Field: "days-" + name, Message: "Không có loại hoặc bước xử lý này."})
			continue
		case err != nil || days < RuleDaysMin || days > RuleDaysMax:
			problems = append(problems, domain.Problem{Field: "days-" + name,
				Message: fmt.Sprintf("%s: nhập số ngày từ %d đến %d.", RuleLabel(c.Kind, c.Stage), RuleDaysMin, RuleDaysMax)})
			continue
		case c.Working != "1" && c.Working != "0":
			problems = append(problems, domain.Problem{Field: "working-" + name, Message: "Chọn ngày làm việc hoặc ngày lịch."})
			continue
		}
		rule := domain.DeadlineRule{OrgID: a.Org.ID, Kind: c.Kind, Stage: c.Stage, Days: days, Working: c.Working == "1"}
		if def := domain.RuleFor(nil, c.Kind, c.Stage); rule.Days != def.Days || rule.Working != def.Working {
			rules = append(rules, rule)
		}
	}
	if len(problems) > 0 {
		return nil, domain.InvalidInput("Thời hạn xử lý chưa hợp lệ; chưa lưu gì.", problems)
	}
	err := s.env.Store.WithTx(ctx, func(tx *storage.Store) error {
		before, err := tx.DeadlineRules(ctx, a.Org.ID)
		if err != nil {
			return err
		}
		if err := tx.SaveDeadlineRules(ctx, a.Org.ID, rules); err != nil {
			return err
		}
		return usecase.Audit(ctx, tx, a, s.env.Now(), usecase.Change{Action: "deadline_rules.save",
			Entity: "thời hạn xử lý phản ánh, kiến nghị", Before: before, After: rules})
	})
	return rules, err
}
