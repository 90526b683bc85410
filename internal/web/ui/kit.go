// Package ui is the small kit every audience of the web app shares (the
// public pages, the commune's staff screens, the province's screens): the
// layout and its Page, rendering and the error pages, form reading and field
// errors, the signed-in viewer, the one-time message and redirect, JSON
// answers, downloads, pagination and the SVG chart. An audience keeps its own
// pages and static files and hands them to New; routes stay in package web.
package ui

import (
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
)

//go:embed templates static
var own embed.FS

// Config is what the kit needs to know of the deployment and of the app
// around it.
type Config struct {
	// BehindProxy trusts the last X-Forwarded-For hop as the client's
	// address (ClientIP).
	BehindProxy bool
	// GetURL returns the GET address the browser should show for a page
	// answering a POST (Page.GetURL); package web knows it from its routes.
	GetURL func(*http.Request) string
	// Unread counts the signed-in person's unread notifications, for the
	// menu's badge on every page (Page.Unread); package web fills it from
	// the notification use cases, so that the kit stays free of the store.
	Unread func(*http.Request) int
}

// Kit renders the pages of every audience and answers the requests they
// refuse. Make one with New; it is safe for concurrent use.
type Kit struct {
	cfg    Config
	log    *slog.Logger
	pages  map[string]*template.Template
	static http.Handler
}

// New parses every page: the layout and the shared partials with each
// audience's own pages (templates/*.html, and its partials in
// templates/partials), and serves the static files of the kit and of every
// audience (static/) as one folder. Two audiences may not have a page or a
// static file of the same name.
func New(cfg Config, log *slog.Logger, audiences ...fs.FS) (*Kit, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	all := append([]fs.FS{own}, audiences...)
	pages, err := parsePages(all)
	if err != nil {
		return nil, err
	}
	static, err := newStatic(all)
	if err != nil {
		return nil, err
	}
	return &Kit{cfg: cfg, log: log, pages: pages, static: static}, nil
}

// Static serves the static files of every audience, for GET /static/.
func (k *Kit) Static() http.Handler { return k.static }
