// Package web is nq57's web application: server-rendered Vietnamese pages
// for visitors without an account (package public), the staff of a commune
// (package commune) and, next, of a province (package province), sharing one
// small UI kit (package ui). This package lists every route of every
// audience in routes.go, runs the middleware around them (session, roles,
// text guard, security headers) and signs people in and out.
package web

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/auditlog"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/filings"
	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/notify"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/requests"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/usecase"
	"github.com/nq57/nq57/internal/web/commune"
	"github.com/nq57/nq57/internal/web/province"
	"github.com/nq57/nq57/internal/web/public"
	"github.com/nq57/nq57/internal/web/ui"
)

// Config is what the server needs to know about its deployment.
type Config struct {
	SessionTTL      time.Duration // how long a sign-in lasts
	SecureCookies   bool          // set the Secure flag (behind HTTPS)
	MaxUploadBytes  int64         // largest evidence or workbook upload
	LoginWindow     time.Duration // sign-in throttling window
	LoginMaxFails   int           // failed sign-ins allowed per login from one address within the window
	LoginMaxPerAddr int           // failed sign-ins allowed from one address, whatever the logins, within the window
	SubmitPerMinute int           // public submissions a client may send a minute after its burst (0: no limit)
	SubmitBurst     int           // public submissions a client may send at once
	BehindProxy     bool          // trust the last X-Forwarded-For hop as the client's address
}

// DefaultConfig returns the settings for a commune server.
func DefaultConfig() Config {
	return Config{
		SessionTTL:      12 * time.Hour,
		MaxUploadBytes:  10 << 20,
		LoginWindow:     15 * time.Minute,
		LoginMaxFails:   5,
		LoginMaxPerAddr: 30,
		SubmitPerMinute: 2,
		SubmitBurst:     5,
	}
}

// Server serves the web app. Make one with New.
type Server struct {
	cfg      Config
	accounts *accounts.Service // sign-in, sessions, passwords
	notify   *notify.Service   // the person's own notifications
	ui       *ui.Kit
	public   *public.Handlers
	commune  *commune.Handlers
	province *province.Handlers
	log      *slog.Logger
	now      func() time.Time
	mux      *http.ServeMux // the routes, for the GET address of a page answering a POST (prg.go)
}

//go:embed templates
var files embed.FS

// New prepares the server on env: builds the use cases, parses every page of
// every audience and the report renderer, and makes each audience's
// handlers.
func New(cfg Config, env usecase.Env, log *slog.Logger) (*Server, error) {
	if env.Now == nil {
		env.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, log: log, now: env.Now}
	kit, err := ui.New(ui.Config{BehindProxy: cfg.BehindProxy, GetURL: s.getURLOf, Unread: s.unreadOf}, log, files, public.Files(), commune.Files(), province.Files())
	if err != nil {
		return nil, err
	}
	r, err := assemble.NewRenderer()
	if err != nil {
		return nil, fmt.Errorf("report renderer: %w", err)
	}
	s.ui, s.accounts = kit, accounts.New(env, cfg.accountsPolicy())
	s.notify = notify.New(env)
	orgService, submissionService := orgs.New(env), submissions.New(env)
	s.public = public.New(kit, public.UseCases{Submissions: submissionService, Orgs: orgService},
		public.Config{MaxUploadBytes: cfg.MaxUploadBytes, SubmitPerMinute: cfg.SubmitPerMinute, SubmitBurst: cfg.SubmitBurst}, env.Now)
	s.commune = commune.New(kit, commune.UseCases{
		Entry:       entry.New(env),
		Programs:    programs.New(env),
		Reporting:   reporting.New(env, r),
		Submissions: submissionService,
		Meetings:    meetings.New(env),
		Accounts:    s.accounts,
		Orgs:        orgService,
		Auditlog:    auditlog.New(env),
	}, cfg.MaxUploadBytes, env.Now)
	s.province = province.New(kit, province.UseCases{Filings: filings.New(env), Orgs: orgService, Requests: requests.New(env)}, cfg.MaxUploadBytes, env.Now)
	return s, nil
}

// Handler returns the whole app with its middleware.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.routes(mux)
	s.mux = mux
	var h http.Handler = mux
	h = s.guardText(h)
	h = s.withSession(h)
	h = http.NewCrossOriginProtection().Handler(h)
	h = securityHeaders(h)
	h = s.recoverer(h)
	h = s.logRequests(h)
	return h
}

// CleanUp removes expired sessions and old sign-in attempts; run it now and then.
func (s *Server) CleanUp(ctx context.Context) error {
	return s.accounts.CleanUp(ctx)
}

// accountsPolicy is the sign-in and session part of the configuration.
func (c Config) accountsPolicy() accounts.Policy {
	p := accounts.DefaultPolicy()
	p.SessionTTL, p.Window, p.MaxAttempts, p.MaxAddressAttempts = c.SessionTTL, c.LoginWindow, c.LoginMaxFails, c.LoginMaxPerAddr
	return p
}
