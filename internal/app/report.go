package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/usecase"
)

func runReport(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("report", "report --org MÃ --period KỲ [--format docx|pdf|html|txt] --out TỆP")
	org := fs.String("org", "", "mã đơn vị, ví dụ xuan-hung (bắt buộc)")
	period := fs.String("period", "", "kỳ báo cáo: 2026-03, 2026-Q1, 2026-H1 hoặc 2026 (bắt buộc)")
	format := fs.String("format", "", "docx, pdf, html hoặc txt (mặc định: theo đuôi tệp --out)")
	out := fs.String("out", "", "tệp kết quả; - để in ra màn hình (bắt buộc)")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError(fs, "tham số thừa: %v", rest)
	}
	switch {
	case *org == "":
		return usageError(fs, "thiếu --org (mã đơn vị, ví dụ xuan-hung)")
	case *period == "":
		return usageError(fs, "thiếu --period (ví dụ 2026-03)")
	case *out == "":
		return usageError(fs, "thiếu --out (tệp kết quả, hoặc - để in ra màn hình)")
	}
	p, err := domain.ParsePeriod(*period)
	if err != nil {
		return err
	}
	f, err := assemble.ParseFormat(*format, *out)
	if err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	svc, actor, err := a.reporting(ctx, env, *org)
	if err != nil {
		return err
	}
	m, err := svc.Draft(ctx, actor, p)
	if err != nil {
		return err
	}
	if err := a.writeReport(svc, *out, f, m); err != nil {
		return err
	}
	if *out != "-" {
		fmt.Fprintf(a.Stdout, "Đã lập báo cáo %s của %s: %s\n", p.Words(), *org, *out)
	}
	return nil
}

// reporting returns the report use cases on s and the command line acting in
// the organisation of code: the command line builds its reports through the
// same use case as the web preview.
func (a *App) reporting(ctx context.Context, env usecase.Env, code string) (*reporting.Service, usecase.Actor, error) {
	org, err := orgByCode(ctx, env, code)
	if err != nil {
		return nil, usecase.Actor{}, err
	}
	r, err := assemble.NewRenderer()
	if err != nil {
		return nil, usecase.Actor{}, err
	}
	return reporting.New(env, r), a.actor(org), nil
}

// writeReport renders the whole document in memory, then writes it to a
// temporary file beside the target and renames it, so that a failure never
// leaves half a document behind.
func (a *App) writeReport(svc *reporting.Service, path string, f assemble.Format, m report.Model) error {
	body, err := svc.Render(m, f)
	if err != nil {
		return fmt.Errorf("lập tệp %s: %w", f, err)
	}
	if path == "-" {
		_, err := a.Stdout.Write(body)
		return err
	}
	return writeFileAtomic(path, body)
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("không ghi được tệp %s: %w", path, unwrapPath(err))
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("không ghi được tệp %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("không ghi được tệp %s: %w", path, unwrapPath(err))
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("không ghi được tệp %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("không ghi được tệp %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the *PathError's own copy of the (temporary) path, keeping
// only the reason, since the message names the target path already.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
