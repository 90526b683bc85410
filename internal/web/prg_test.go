package web

import (
	"html"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/domain"
)

// postRoutes lists the POST routes of routes.go, so that a route added later
// is checked without anyone remembering to.
func postRoutes(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("routes.go")
	must(t, err)
	var out []string
	for _, m := range regexp.MustCompile(`HandleFunc\("POST ([^"]+)"`).FindAllStringSubmatch(string(src), -1) {
		out = append(out, m[1])
	}
	if len(out) < 30 {
		t.Fatalf("found %d POST routes in routes.go: the search is broken", len(out))
	}
	return out
}

// getURLPattern finds the GET address a page answering a POST carries.
var getURLPattern = regexp.MustCompile(`<body data-get-url="([^"]*)">`)

// TestNoPageKeepsAPOSTAddress posts an empty form to every POST route of the
// app and checks what comes back: a redirect (303) to an address a GET
// serves, or a page that names such an address for the browser to show in
// place of the POST (so that reloading it never sends the form again).
func TestNoPageKeepsAPOSTAddress(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		ctx := t.Context()
		prog, err := h.store.ProgramForYear(ctx, h.org.ID, 2026)
		must(t, err)
		meetings, err := h.store.Meetings(ctx, h.org.ID, time.Time{}, time.Time{})
		must(t, err)
		m := meetings[0]
		if len(m.Tasks) == 0 {
			m.Tasks = append(m.Tasks, domain.Task{Title: "Nhiệm vụ thử", Deadline: domain.Date(2026, 4, 30), Status: domain.TaskOpen})
			must(t, h.store.SaveMeeting(ctx, &m))
		}
		units, err := h.store.Units(ctx, h.org.ID)
		must(t, err)
		tmpl := domain.AnswerTemplate{OrgID: h.org.ID, Title: "Cảm ơn", Body: "Xin cảm ơn ý kiến của ông, bà."}
		must(t, h.store.SaveAnswerTemplate(ctx, &tmpl))
		sub := newSubmission(t, h, 1, domain.SubmissionReceived, 0)
		id := func(n int64) string { return strconv.FormatInt(n, 10) }
		values := map[string]string{
			"/programs/{id}": id(prog.ID), "{group}": id(prog.Groups[0].ID), "/criteria/{id}": id(prog.Groups[0].Criteria[0].ID),
			"/meetings/{id}": id(m.ID), "/tasks/{id}": id(m.Tasks[0].ID), "/units/{id}": id(units[0].ID),
			"/users/{id}": id(h.userID("xem")), "/submissions/{id}": id(sub.ID), "{action}": string(domain.ActionAccept),
			"/settings/answers/{id}": id(tmpl.ID), "{period}": "2026-03", "{org}": "xuan-hung",
		}
		clients := map[string]*client{"": h.anonymous(), "quantri": h.as("quantri"), "lanhdao": h.as("lanhdao")}
		routes, checked := postRoutes(t), 0
		for _, route := range routes {
			if strings.HasPrefix(route, "/api/") || route == "/logout" {
				continue // the JSON API answers with JSON; signing out comes last
			}
			path := fillRoute(route, values)
			who := "quantri"
			switch {
			case route == "/login" || strings.HasPrefix(route, "/pakn/"):
				who = ""
			case strings.HasSuffix(route, "/issue") || strings.HasSuffix(route, "/unlock"):
				who = "lanhdao"
			}
			if checkAfterPOST(t, clients[who], path) {
				checked++
			}
		}
		if checked < len(routes)*3/4 {
			t.Errorf("only %d of %d POST routes answered with a page or a redirect", checked, len(routes))
		}
		checkAfterPOST(t, clients["quantri"], "/logout")
	})
}

// fillRoute puts the harness's records into a route's wildcards; a wildcard
// nobody gave a value for gets "1" (its page then says "not found", which
// must leave the browser on a GET address as much as any other).
func fillRoute(route string, values map[string]string) string {
	out := route
	for key, v := range values {
		if strings.HasPrefix(key, "/") {
			if strings.HasPrefix(out, key) {
				out = strings.Replace(out, key, strings.Replace(key, "{id}", v, 1), 1)
			}
			continue
		}
		out = strings.ReplaceAll(out, key, v)
	}
	return regexp.MustCompile(`\{[^}]*\}`).ReplaceAllString(out, "1")
}

// checkAfterPOST posts an empty form to path and checks that the answer
// leaves the browser on a GET address. A part of a page (htmx), JSON or a
// file is not a page the browser goes to: it is not checked.
func checkAfterPOST(t *testing.T, c *client, path string) (checked bool) {
	t.Helper()
	res := c.post(path, url.Values{})
	target := res.location
	if res.status != http.StatusSeeOther {
		if !strings.HasPrefix(res.body, "<!DOCTYPE html>") {
			return false
		}
		m := getURLPattern.FindStringSubmatch(res.body)
		if m == nil {
			t.Errorf("POST %s: %d without a redirect nor a GET address for the browser\n%s", path, res.status, excerpt(res.body))
			return true
		}
		target = html.UnescapeString(m[1])
	}
	if !strings.HasPrefix(target, "/") || strings.HasPrefix(target, "//") {
		t.Errorf("POST %s: leads to %q, not an address of this site", path, target)
		return true
	}
	// A POST about a record that does not exist (a wildcard nobody gave a
	// value for) may lead to that record's page, not found either.
	if got := c.get(target); got.status == http.StatusMethodNotAllowed || got.status == http.StatusNotFound && res.status != http.StatusNotFound {
		t.Errorf("POST %s: leads to %s, which a GET answers with %d", path, target, got.status)
	}
	return true
}

// TestAPageAnsweringAPOSTNamesTheFormsPage: the GET address is the page the
// form was on (the Referer, this site's only), else the nearest address
// above the POST's own that a GET serves.
func TestAPageAnsweringAPOSTNamesTheFormsPage(t *testing.T) {
	t.Parallel()
	eachHarness(t, func(t *testing.T, h *harness) {
		prog, err := h.store.ProgramForYear(t.Context(), h.org.ID, 2026)
		must(t, err)
		admin := h.as("quantri")
		post := func(path, referer string) string {
			req, err := http.NewRequest(http.MethodPost, h.srv.URL+path, strings.NewReader(""))
			must(t, err)
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if referer != "" {
				req.Header.Set("Referer", referer)
			}
			res := admin.do(req)
			m := getURLPattern.FindStringSubmatch(res.body)
			if m == nil {
				t.Fatalf("POST %s: %d without a GET address", path, res.status)
			}
			return html.UnescapeString(m[1])
		}
		groups := "/programs/" + strconv.FormatInt(prog.ID, 10) + "/groups"
		form := "/programs/" + strconv.FormatInt(prog.ID, 10) + "?tab=groups"
		cases := []struct{ path, referer, want string }{
			{groups, h.srv.URL + form, form},                                             // back where the form was
			{groups, "https://evil.example" + form, form[:len(form)-len("?tab=groups")]}, // another site's page is not taken
			{groups, "", "/programs/" + strconv.FormatInt(prog.ID, 10)},                  // the nearest page a GET serves
			{"/criteria/999999/move", "", "/"},
			{"/password", h.srv.URL + "//evil.example/x", "/password"}, // a path that would leave the site is not taken
			{"/password", "", "/password"},
		}
		for _, c := range cases {
			if got := post(c.path, c.referer); got != c.want {
				t.Errorf("POST %s (from %q): the browser is sent to %q, want %q", c.path, c.referer, got, c.want)
			}
		}
		if res := admin.get("/password"); strings.Contains(res.body, "data-get-url") {
			t.Error("a page read by GET carries a GET address")
		}
	})
}
