package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/reporting"
)

// demoPeriod is the period of the seed report.
var demoPeriod = domain.MonthPeriod(2026, 3)

func runDemo(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("demo", "demo [--report-dir THƯ_MỤC] [--commune-only]")
	dir := fs.String("report-dir", "", "thư mục để ghi báo cáo tháng 3/2026 của xã Xuân Hưng (docx, pdf, html, txt)")
	communeOnly := fs.Bool("commune-only", false, "chỉ nạp xã Xuân Hưng và tài khoản demo (không nạp các xã, phường mẫu và báo cáo gửi tỉnh)")
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError(fs, "tham số thừa: %v", rest)
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	if err := a.loadDemo(ctx, env, *communeOnly); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "Đã nạp dữ liệu demo vào %s: tỉnh Ninh Bình, xã Xuân Hưng (mã %s), chương trình 02-CTr/BCĐ với 39 tiêu chí, số liệu tháng 1-3/2026.\n", redact(*db), demo.CommuneCode)
	a.printDemo(*communeOnly)
	if *dir == "" {
		fmt.Fprintf(a.Stdout, "Lập báo cáo: nq57 report --org %s --period %s --out bao-cao.docx\n", demo.CommuneCode, demoPeriod)
		return nil
	}
	svc, actor, err := a.reporting(ctx, env, demo.CommuneCode)
	if err != nil {
		return err
	}
	m, err := svc.Draft(ctx, actor, demoPeriod)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("không tạo được thư mục %s: %w", *dir, unwrapPath(err))
	}
	for _, f := range assemble.Formats {
		path := filepath.Join(*dir, reporting.Filename(actor.Org, demoPeriod, "", f))
		if err := a.writeReport(svc, path, f, m); err != nil {
			return err
		}
		fmt.Fprintln(a.Stdout, "Đã ghi", path)
	}
	return nil
}
