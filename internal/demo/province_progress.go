package demo

import (
	"hash/fnv"
	"math"
	"math/rand/v2"

	"github.com/nq57/nq57/internal/domain"
)

// newRand returns the commune's own random source: seeded by its code, so
// that every load draws the same program, values and meetings for it.
func newRand(code string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(code))
	return rand.New(rand.NewPCG(h.Sum64(), 57))
}

// metInMarch draws how many criteria a commune of the pace has met by March.
func (p pace) metInMarch(r *rand.Rand) int {
	switch p {
	case paceAhead:
		return 15 + r.IntN(11)
	case paceLagging:
		return r.IntN(4)
	}
	return 5 + r.IntN(8)
}

// noData is the chance that a criterion not met has no value at all: a
// lagging commune has entered little.
func (p pace) noData() float64 {
	if p == paceLagging {
		return 0.6
	}
	return 0.3
}

// plannedProgress returns a commune's records for January to March 2026:
// metInMarch criteria drawn at random are met by March, each first met in
// January, February or March (sometimes after a value short of the target
// the month before), so that fewer are met each month before; the others
// have no data or values short of their targets, some updated in March.
func plannedProgress(criteria []domain.Criterion, p pace, r *rand.Rand) []domain.Progress {
	met := p.metInMarch(r)
	var out []domain.Progress
	for rank, i := range r.Perm(len(criteria)) {
		c := criteria[i]
		if rank < met {
			out = append(out, metRecords(c, r)...)
		} else {
			out = append(out, unmetRecords(c, p, r)...)
		}
	}
	return out
}

// metRecords are the records of a criterion first met in a month drawn at
// random, with a value short of its target the month before, half the time.
func metRecords(c domain.Criterion, r *rand.Rand) []domain.Progress {
	month := 1 + r.IntN(3)
	var out []domain.Progress
	if month > 1 && r.IntN(2) == 0 {
		out = append(out, record(c, month-1, share(r), false))
	}
	return append(out, record(c, month, 1, true))
}

// unmetRecords are the records of a criterion not met by March: none, a
// qualitative criterion marked not met, or values short of its targets in
// one month or in January and again, closer, in March.
func unmetRecords(c domain.Criterion, p pace, r *rand.Rand) []domain.Progress {
	switch {
	case r.Float64() < p.noData():
		return nil
	case c.Qualitative():
		return []domain.Progress{record(c, 1+r.IntN(3), 0, false)}
	case r.IntN(2) == 0:
		return []domain.Progress{record(c, 1+r.IntN(3), share(r), false)}
	}
	last := share(r)
	return []domain.Progress{record(c, 1, last*0.8, false), record(c, 3, last, false)}
}

// share draws how close to its target a value not meeting it comes: 40 to
// 95 per cent, in whole per cent.
func share(r *rand.Rand) float64 {
	return math.Round(40+55*r.Float64()) / 100
}
