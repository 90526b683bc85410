package ui

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// parsePages parses one template set per page: the kit's layout and shared
// partials, the partials of the page's audience and the page's own file.
// files[0] is the kit's own files; the others are the audiences'.
func parsePages(files []fs.FS) (map[string]*template.Template, error) {
	shared, err := template.New("layout").Funcs(funcs).ParseFS(files[0], "templates/layout.html", "templates/partials/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse the layout: %w", err)
	}
	sets := map[string]*template.Template{}
	for i, fsys := range files {
		names, err := fs.Glob(fsys, "templates/*.html")
		if err != nil {
			return nil, err
		}
		partials, err := fs.Glob(fsys, "templates/partials/*.html")
		if err != nil {
			return nil, err
		}
		if i == 0 {
			partials = nil // already in shared
		}
		for _, f := range names {
			name := strings.TrimSuffix(path.Base(f), ".html")
			if name == "layout" && i == 0 {
				continue
			}
			if _, dup := sets[name]; dup {
				return nil, fmt.Errorf("two pages are named %s", name)
			}
			t, err := shared.Clone()
			if err != nil {
				return nil, err
			}
			if t, err = t.ParseFS(fsys, append(partials, f)...); err != nil {
				return nil, fmt.Errorf("parse page %s: %w", name, err)
			}
			sets[name] = t
		}
	}
	return sets, nil
}

// funcs are the helpers every template may call.
var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("02/01/2006")
	},
	"datetime": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(domain.Vietnam).Format("02/01/2006 15:04")
	},
	"isodate": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	},
	"num":     NumberText,
	"targets": domain.FormatTargets,
	"statusClass": func(st domain.Status) string {
		return "status-" + strings.ReplaceAll(string(st), "_", "-")
	},
	"percent": func(n, total int) int {
		if total == 0 {
			return 0
		}
		return n * 100 / total
	},
	"add": func(a, b int) int { return a + b },
}

// NumberText writes a figure the Vietnamese way ("12,5"), or "" for none.
func NumberText(p *float64) string {
	if p == nil {
		return ""
	}
	return domain.FormatNumber(*p)
}
