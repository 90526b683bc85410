package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/report"
	"github.com/nq57/nq57/internal/storage"
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
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	m, err := buildModel(ctx, a, s, *org, p)
	if err != nil {
		return err
	}
	if err := a.writeReport(*out, f, m); err != nil {
		return err
	}
	if *out != "-" {
		fmt.Fprintf(a.Stdout, "Đã lập báo cáo %s của %s: %s\n", p.Words(), *org, *out)
	}
	return nil
}

func buildModel(ctx context.Context, a *App, s *storage.Store, orgCode string, p domain.Period) (report.Model, error) {
	org, err := orgByCode(ctx, s, orgCode)
	if err != nil {
		return report.Model{}, err
	}
	in, err := assemble.Input(ctx, s, org, p, a.Now())
	if err != nil {
		return report.Model{}, err
	}
	return report.Build(in), nil
}

// writeReport renders the whole document in memory, then writes it to a
// temporary file beside the target and renames it, so that a failure never
// leaves half a document behind.
func (a *App) writeReport(path string, f assemble.Format, m report.Model) error {
	r, err := assemble.NewRenderer()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, f, m); err != nil {
		return fmt.Errorf("lập tệp %s: %w", f, err)
	}
	if path == "-" {
		_, err := a.Stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
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
