package demo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// criteriaTSV is shared/docs/demo-criteria.tsv: the 8 criteria of the seed,
// verbatim, and 31 realistic others; column met_2026_03 marks the 8.
//
//go:embed criteria.tsv
var criteriaTSV string

// demoCriterion is a criterion of the demo program and whether the seed counts it
// met in March 2026.
type demoCriterion struct {
	group     string
	criterion domain.Criterion
	metMarch  bool
}

// parseCriteria reads criteria.tsv into the program's groups, matching role
// words to the commune's units.
func parseCriteria(p *domain.Program, orgUnits []domain.Unit) ([]demoCriterion, error) {
	lines := strings.Split(strings.TrimSpace(criteriaTSV), "\n")
	var out []demoCriterion
	position := 0
	for i, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			return nil, fmt.Errorf("demo criteria line %d: %d columns, want 9", i+2, len(f))
		}
		number, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("demo criteria line %d: number: %w", i+2, err)
		}
		targets, err := domain.ParseTargets(f[4])
		if err != nil {
			return nil, fmt.Errorf("demo criteria line %d: %w", i+2, err)
		}
		position++
		c := domain.Criterion{
			Number: number, Text: domain.NFC(f[3]), Targets: targets, Position: position,
			Roles: domain.Roles{
				Monitoring:   role(f[5], orgUnits),
				Lead:         role(f[6], orgUnits),
				Coordinating: role(f[7], orgUnits),
			},
		}
		addToGroup(p, f[0], domain.NFC(f[1]), c)
		out = append(out, demoCriterion{group: f[0], criterion: c, metMarch: f[8] == "yes"})
	}
	return out, nil
}

func role(text string, orgUnits []domain.Unit) domain.Role {
	text = domain.NFC(text)
	return domain.Role{Text: text, UnitIDs: domain.MatchUnits(text, orgUnits)}
}

func addToGroup(p *domain.Program, numeral, name string, c domain.Criterion) {
	if n := len(p.Groups); n == 0 || p.Groups[n-1].Numeral != numeral {
		p.Groups = append(p.Groups, domain.Group{Numeral: numeral, Name: name, Position: n + 1})
	}
	g := &p.Groups[len(p.Groups)-1]
	g.Criteria = append(g.Criteria, c)
}
