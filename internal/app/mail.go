package app

import (
	"context"
	"flag"
	"net/url"
	"sync"

	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/usecase"
)

// mailFlags are serve's flags for sending the notifications' e-mail.
type mailFlags struct {
	smtp, public *string
}

func (a *App) mailFlags(fs *flag.FlagSet) mailFlags {
	return mailFlags{
		smtp: fs.String("smtp", "", "máy chủ thư để gửi thông báo qua e-mail: smtp://tên:mật-khẩu@máy-chủ:cổng?from=nq57@ten-mien.gov.vn\n"+
			"(smtp:// dùng STARTTLS khi máy chủ có; smtp+starttls:// bắt buộc STARTTLS, cổng 587; smtps:// TLS ngay từ đầu, cổng 465).\n"+
			"Không có --smtp thì thư được giữ trong hàng đợi, chưa gửi"),
		public: fs.String("public-url", "", "địa chỉ mọi người mở ứng dụng, đặt trước liên kết trong thư (ví dụ https://nq57.ninhbinh.gov.vn); cần khi có --smtp"),
	}
}

// mailConfig is how serve sends e-mail; zero Sender means it does not.
type mailConfig struct {
	Sender notify.Sender
	About  string // the server and the public address, for the log
}

// parse reads the flags. A mistake is one line naming the flag (exit 2).
func (f mailFlags) parse() (mailConfig, error) {
	var public *url.URL
	if *f.public != "" {
		var err error
		if public, err = notify.ParsePublicURL(*f.public); err != nil {
			return mailConfig{}, domain.Errorf(domain.Invalid, "--public-url: %s", message(err))
		}
	}
	if *f.smtp == "" {
		return mailConfig{}, nil
	}
	cfg, err := notify.ParseSMTP(*f.smtp)
	if err != nil {
		return mailConfig{}, domain.Errorf(domain.Invalid, "--smtp: %s", message(err))
	}
	if public == nil {
		return mailConfig{}, domain.Errorf(domain.Invalid, "--public-url: cần địa chỉ mọi người mở ứng dụng (ví dụ https://nq57.ninhbinh.gov.vn) để đặt liên kết trong thư gửi qua --smtp")
	}
	return mailConfig{Sender: notify.NewSMTPSender(cfg, public), About: cfg.String() + ", liên kết " + public.String()}, nil
}

// startOutbox starts the outbox worker when serve sends e-mail, and says in
// the log either way. The function it returns stops the worker and waits
// for it, before the store closes.
func (a *App) startOutbox(ctx context.Context, env usecase.Env, mail mailConfig) (stop func()) {
	log := a.logger()
	if mail.Sender == nil {
		s, err := notify.New(env).Outbox(ctx, a.actor(domain.Org{}))
		if err != nil {
			log.Warn("hàng đợi thư", "error", err)
		}
		log.Info("không gửi thư thông báo (chưa có --smtp): thư được giữ trong hàng đợi", "queued", s.Queued+s.Failing)
		return func() {}
	}
	log.Info("gửi thư thông báo qua " + mail.About)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { notify.NewWorker(env, mail.Sender, log, notify.DefaultWorkerConfig()).Run(ctx) })
	return func() { cancel(); wg.Wait() }
}
