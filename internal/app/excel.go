package app

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/nq57/nq57/internal/domain"
)

const (
	whatCriteria = "criteria"
	whatProgress = "progress"
)

func runExport(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("export", "export criteria|progress --org MÃ [--period KỲ] [--program SỐ_HIỆU] --out TỆP.xlsx")
	org := fs.String("org", "", "mã đơn vị, ví dụ xuan-hung (bắt buộc)")
	period := fs.String("period", "", "kỳ báo cáo, cho progress: 2026-03, 2026-Q1 …")
	number := fs.String("program", "", "số hiệu chương trình (mặc định: chương trình mới nhất)")
	out := fs.String("out", "", "tệp Excel (.xlsx) để ghi (bắt buộc)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	what, err := whatArg(fs, rest)
	if err != nil {
		return err
	}
	if *org == "" || *out == "" {
		return usageError(fs, "cần --org và --out")
	}
	p, err := periodFlag(fs, what, *period)
	if err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	if what == whatCriteria {
		return exportCriteria(ctx, a, env, *org, *number, *out)
	}
	return a.exportProgress(ctx, env, *org, *number, p, *out)
}

func runImport(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("import", "import criteria|progress --org MÃ [--period KỲ] [--program SỐ_HIỆU] [--dry-run] TỆP.xlsx")
	org := fs.String("org", "", "mã đơn vị, ví dụ xuan-hung (bắt buộc)")
	period := fs.String("period", "", "kỳ báo cáo, cho progress: 2026-03, 2026-Q1 …")
	number := fs.String("program", "", "số hiệu chương trình cho progress (mặc định: chương trình của năm của kỳ)")
	dryRun := fs.Bool("dry-run", false, "chỉ cho biết sẽ thay đổi gì, không ghi")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	what, err := whatArg(fs, rest)
	if err != nil {
		return err
	}
	if len(rest) != 2 {
		return usageError(fs, "cần đúng một tệp Excel sau %s", what)
	}
	if *org == "" {
		return usageError(fs, "thiếu --org (mã đơn vị, ví dụ xuan-hung)")
	}
	p, err := periodFlag(fs, what, *period)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(rest[1])
	if err != nil {
		return fmt.Errorf("không đọc được tệp %s: %w", rest[1], unwrapPath(err))
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	imp := importer{app: a, env: env, file: rest[1], dryRun: *dryRun}
	if what == whatProgress {
		return imp.progress(ctx, *org, *number, p, data)
	}
	return imp.criteria(ctx, *org, data)
}

// whatArg reads the first positional argument: criteria or progress.
func whatArg(fs *flag.FlagSet, rest []string) (string, error) {
	if len(rest) == 0 {
		return "", usageError(fs, "cần chỉ rõ criteria (chương trình, tiêu chí) hoặc progress (số liệu một kỳ)")
	}
	if rest[0] != whatCriteria && rest[0] != whatProgress {
		return "", usageError(fs, "%q: cần criteria hoặc progress", rest[0])
	}
	return rest[0], nil
}

// periodFlag parses --period, which progress needs and criteria does not.
func periodFlag(fs *flag.FlagSet, what, period string) (domain.Period, error) {
	if what == whatCriteria {
		if period != "" {
			return domain.Period{}, usageError(fs, "--period chỉ dùng với progress")
		}
		return domain.Period{}, nil
	}
	if period == "" {
		return domain.Period{}, usageError(fs, "thiếu --period (ví dụ 2026-03)")
	}
	return domain.ParsePeriod(period)
}
