package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/usecase"
	"github.com/nq57/nq57/internal/web"
)

// DefaultAddr is where serve listens unless told otherwise: loopback only,
// so that a laptop does not publish the commune's data by accident.
const DefaultAddr = "127.0.0.1:8057"

func runServe(ctx context.Context, a *App, args []string) error {
	fs, db := a.newFlags("serve", "serve [--addr ĐỊA_CHỈ] [--demo] [--org MÃ --org-name TÊN --org-type xa|phuong|dac_khu] [--smtp URL --public-url URL]")
	addr := fs.String("addr", DefaultAddr, "địa chỉ lắng nghe (host:port)")
	withDemo := fs.Bool("demo", false, "nạp dữ liệu demo và tài khoản demo (mỗi vai trò một tài khoản)")
	orgCode := fs.String("org", "", "lần chạy đầu trên cơ sở dữ liệu trống: mã đơn vị (ví dụ xuan-hung)")
	orgName := fs.String("org-name", "", "lần chạy đầu trên cơ sở dữ liệu trống: tên đơn vị (ví dụ Xuân Hưng)")
	orgType := fs.String("org-type", "", "lần chạy đầu trên cơ sở dữ liệu trống: loại đơn vị: xa (xã), phuong (phường) hoặc dac_khu (đặc khu)")
	secure := fs.Bool("secure-cookies", false, "đặt cờ Secure cho cookie (khi chạy sau HTTPS)")
	proxy := fs.Bool("behind-proxy", false, "chạy sau reverse proxy: lấy địa chỉ người dùng từ X-Forwarded-For (giới hạn đăng nhập, gửi phản ánh)")
	mailFlags := a.mailFlags(fs)
	if rest, err := parse(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError(fs, "tham số thừa: %v", rest)
	}
	mail, err := mailFlags.parse()
	if err != nil {
		return err
	}
	env, err := a.open(ctx, *db)
	if err != nil {
		return err
	}
	defer env.Close()
	if *withDemo {
		if err := a.loadDemo(ctx, env, false); err != nil {
			return err
		}
		fmt.Fprintf(a.Stdout, "Dữ liệu demo: xã Xuân Hưng (Ninh Bình), chương trình 02-CTr/BCĐ, số liệu tháng 1-3/2026.\n")
		a.printDemo(false)
	} else if err := a.firstStart(ctx, env, *orgCode, *orgName, *orgType); err != nil {
		return err
	}
	cfg := web.DefaultConfig()
	cfg.SecureCookies = *secure
	cfg.BehindProxy = *proxy
	stop := a.startOutbox(ctx, env, mail)
	defer stop()
	return a.listen(ctx, env, cfg, *addr)
}

// firstStart makes the first administrator on a database without accounts
// (accounts.FirstStart, audited as the command line) and prints its one-time
// password, which must be changed at first sign-in.
func (a *App) firstStart(ctx context.Context, env usecase.Env, orgCode, orgName, orgType string) error {
	made, err := a.accounts(env).FirstStart(ctx, a.actor(domain.Org{}), accounts.FirstOrg{Code: orgCode, Name: orgName, Type: orgType})
	if err != nil || made.Login == "" {
		return err
	}
	fmt.Fprintf(a.Stdout, "Lần chạy đầu: đã tạo tài khoản quản trị của %s.\n  Tên đăng nhập: %s\n  Mật khẩu một lần: %s\n  (đổi ngay ở lần đăng nhập đầu; mật khẩu này không hiện lại)\n", made.Org.DisplayName(), made.Login, made.Password)
	return nil
}

// listen serves until ctx is cancelled (Ctrl-C), then lets requests in
// flight finish.
func (a *App) listen(ctx context.Context, env usecase.Env, cfg web.Config, addr string) error {
	log := a.logger()
	srv, err := web.New(cfg, env, log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("không mở được cổng %s: %w", addr, err)
	}
	httpServer := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	go cleanUp(ctx, srv, log)
	go remindHourly(ctx, env, log)
	errc := make(chan error, 1)
	go func() { errc <- httpServer.Serve(ln) }()
	fmt.Fprintf(a.Stdout, "nq57 đang chạy tại http://%s (Ctrl-C để dừng)\n", ln.Addr())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := httpServer.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// logger is the server's log, on standard error.
func (a *App) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(a.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// cleanUp removes expired sessions every hour while the server runs.
func cleanUp(ctx context.Context, srv *web.Server, log *slog.Logger) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		if err := srv.CleanUp(ctx); err != nil && ctx.Err() == nil {
			log.Warn("clean up sessions", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
