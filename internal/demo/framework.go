package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
)

// FrameworkNumber is the number of Ninh Bình's demo criteria framework: the
// 39 criteria of the demo program, keyed "TC-01" … "TC-39", which Xuân Hưng
// and every synthetic commune have adopted.
const FrameworkNumber = "01-KH/BCĐ"

// FrameworkKey is the key of the demo framework's criterion at the 1-based
// position in the program.
func FrameworkKey(position int) string { return fmt.Sprintf("TC-%02d", position) }

// withFrameworkKeys keys every criterion of p by its position.
func withFrameworkKeys(p *domain.Program) {
	n := 0
	for gi := range p.Groups {
		for ci := range p.Groups[gi].Criteria {
			n++
			p.Groups[gi].Criteria[ci].FrameworkKey = FrameworkKey(n)
		}
	}
}

// framework is the province's framework made from the keyed demo program:
// its groups, criteria, targets and role words (no unit: a province's
// framework names roles, each commune links them to its own units).
func framework(provinceID int64, prog domain.Program) domain.Program {
	fw := prog.CloneFor(provinceID, nil, nil)
	fw.Number = FrameworkNumber
	fw.Date = domain.Date(2026, time.January, 20)
	fw.IssuingBody = "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Ninh Bình"
	fw.Title = "Bộ tiêu chí chuyển đổi số cấp xã năm 2026"
	return fw
}

// loadFramework stores the province's framework made from prog at revision
// 1, unless the province has it already (then it is left as it is), and
// records prog, the commune's program, as adopted from it at its current
// revision when it is adopted from none.
func loadFramework(ctx context.Context, tx *storage.Store, provinceID int64, prog domain.Program) (domain.Program, error) {
	fw, err := tx.ProgramByNumber(ctx, provinceID, FrameworkNumber)
	if domain.IsNotFound(err) {
		fw = framework(provinceID, prog)
		if err = tx.SaveProgram(ctx, &fw); err == nil {
			fw.Revision, err = tx.BumpRevision(ctx, fw.ID)
		}
	}
	if err != nil {
		return fw, fmt.Errorf("demo framework: %w", err)
	}
	return fw, adopted(ctx, tx, prog, fw)
}

// adopted records the commune's program prog as adopted from fw, unless it
// is adopted from a framework already.
func adopted(ctx context.Context, tx *storage.Store, prog domain.Program, fw domain.Program) error {
	stored, err := tx.Program(ctx, prog.ID)
	if err != nil || stored.FrameworkID != 0 {
		return err
	}
	return tx.SetProgramFramework(ctx, prog.ID, fw.ID, fw.Revision)
}
