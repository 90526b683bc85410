// Package web is nq57's web application: server-rendered Vietnamese pages for
// the people of one organisation (accounts and roles, programs and criteria,
// monthly data entry, meetings and tasks, report composition and issue, the
// audit log). Every route is listed in routes.go.
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/nq57/nq57/internal/accounts"
	"github.com/nq57/nq57/internal/assemble"
	"github.com/nq57/nq57/internal/auditlog"
	"github.com/nq57/nq57/internal/entry"
	"github.com/nq57/nq57/internal/meetings"
	"github.com/nq57/nq57/internal/orgs"
	"github.com/nq57/nq57/internal/programs"
	"github.com/nq57/nq57/internal/reporting"
	"github.com/nq57/nq57/internal/submissions"
	"github.com/nq57/nq57/internal/usecase"
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
	cfg     Config
	uc      useCases
	pages   *pages
	log     *slog.Logger
	now     func() time.Time
	submits *clientLimiter
	mux     *http.ServeMux // the routes, for the GET address of a page answering a POST (prg.go)
}

// useCases are the application layer's services the handlers call.
type useCases struct {
	entry       *entry.Service
	programs    *programs.Service
	reporting   *reporting.Service
	submissions *submissions.Service
	meetings    *meetings.Service
	accounts    *accounts.Service
	orgs        *orgs.Service
	auditlog    *auditlog.Service
}

func newUseCases(cfg Config, env usecase.Env, r *assemble.Renderer) useCases {
	return useCases{
		entry:       entry.New(env),
		programs:    programs.New(env),
		reporting:   reporting.New(env, r),
		submissions: submissions.New(env),
		meetings:    meetings.New(env),
		accounts:    accounts.New(env, cfg.accountsPolicy()),
		orgs:        orgs.New(env),
		auditlog:    auditlog.New(env),
	}
}

// New prepares the server on env: parses every template and the report
// renderer, and builds the use cases.
func New(cfg Config, env usecase.Env, log *slog.Logger) (*Server, error) {
	p, err := parsePages()
	if err != nil {
		return nil, err
	}
	r, err := assemble.NewRenderer()
	if err != nil {
		return nil, fmt.Errorf("report renderer: %w", err)
	}
	if env.Now == nil {
		env.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Server{cfg: cfg, uc: newUseCases(cfg, env, r), pages: p, log: log, now: env.Now,
		submits: newClientLimiter(cfg.SubmitPerMinute, cfg.SubmitBurst)}, nil
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
	return s.uc.accounts.CleanUp(ctx)
}

// accountsPolicy is the sign-in and session part of the configuration.
func (c Config) accountsPolicy() accounts.Policy {
	p := accounts.DefaultPolicy()
	p.SessionTTL, p.Window, p.MaxAttempts, p.MaxAddressAttempts = c.SessionTTL, c.LoginWindow, c.LoginMaxFails, c.LoginMaxPerAddr
	return p
}
