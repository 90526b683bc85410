package report

import (
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// Input is everything a report is computed from. The caller gathers it from the
// store; Build turns it into words.
type Input struct {
	Org         domain.Org
	Period      domain.Period
	Settings    domain.ReportSettings // effective settings for the period
	Program     domain.Program
	Statuses    map[int64]domain.Status // criterion ID → status at the end of the period
	Meetings    []domain.Meeting        // held within the period, by date
	Submissions []domain.Submission     // received within the period
	AsOf        time.Time               // when the report is drawn up: answers after it do not count
}

// MetCount returns how many of the program's criteria are met.
func (in Input) MetCount() int {
	n := 0
	for _, c := range in.Program.Criteria() {
		if in.Statuses[c.ID] == domain.Met {
			n++
		}
	}
	return n
}
