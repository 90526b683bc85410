package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/demo/demotest"
	"github.com/nq57/nq57/internal/domain"
	"github.com/nq57/nq57/internal/storage"
	"github.com/nq57/nq57/internal/testdb"
	"github.com/nq57/nq57/internal/usecase"
)

// testNow is the harness clock: 28 March 2026, 09:00 in Vietnam, while the
// demo's March data is being compiled.
var testNow = demotest.Now()

// harness is a running web app on the demo data, with the demo accounts (the
// commune's and Ninh Bình's), a second commune of Ninh Bình (Xuân Hòa) whose
// data no account of Xuân Hưng may reach, and a second province (Thanh Hóa)
// with a commune of its own.
type harness struct {
	t     *testing.T
	store *storage.Store
	srv   *httptest.Server
	org   domain.Org // Xuân Hưng, the demo commune
	other otherCommune
	far   otherProvince
}

// otherCommune is what the harness puts in the second commune, for
// cross-commune attempts.
type otherCommune struct {
	Org       domain.Org
	Program   domain.Program
	Criterion domain.Criterion
	Meeting   domain.Meeting
	User      domain.User // its administrator, login "xuanhoa-admin"
}

// eachHarness runs fn on a harness over every engine.
func eachHarness(t *testing.T, fn func(t *testing.T, h *harness)) {
	testdb.Each(t, func(t *testing.T, dsn string) { fn(t, newHarness(t, dsn)) })
}

func newHarness(t *testing.T, dsn string) *harness {
	t.Helper()
	d := demotest.Open(t, dsn)
	srv, err := New(DefaultConfig(), usecase.NewEnv(d.Store, func() time.Time { return testNow }), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &harness{t: t, store: d.Store, srv: ts, org: d.Org, other: makeOtherCommune(t, d.Store, d.Org.ParentID),
		far: makeOtherProvince(t, d.Store)}
}

// fastHash hashes a password as the demo fixture does: argon2id with small
// costs, which sign-in checks as it checks any argon2id hash. Tests sign in
// many times, and the real costs are slow on purpose.
func fastHash(p string) (string, error) { return demotest.PasswordHash(p) }

func makeOtherCommune(t *testing.T, s *storage.Store, provinceID int64) otherCommune {
	t.Helper()
	ctx := context.Background()
	o := otherCommune{Org: domain.Org{ParentID: provinceID, Code: "xuan-hoa", Name: "Xuân Hòa", Level: domain.LevelCommune, Type: domain.TypeXa}}
	must(t, s.SaveOrg(ctx, &o.Org))
	unit := domain.Unit{OrgID: o.Org.ID, Code: "vpdu", Name: "Văn phòng Đảng ủy", ShortName: "VPĐU"}
	must(t, s.SaveUnit(ctx, &unit))
	o.Program = domain.Program{OrgID: o.Org.ID, Number: "01-CTr/BCĐ", Year: 2026, Date: domain.Date(2026, 1, 15), Groups: []domain.Group{{
		Numeral: "I", Name: "Phát triển hạ tầng", Criteria: []domain.Criterion{{
			Number: 1, Text: "Bí mật của Xuân Hòa: 100% thôn có Wi-Fi", Targets: []domain.Target{{Comparator: domain.Equal, Threshold: 100, Unit: "%"}},
			Roles: domain.Roles{Lead: domain.Role{Text: "VPĐU", UnitIDs: []int64{unit.ID}}},
		}},
	}}}
	must(t, s.SaveProgram(ctx, &o.Program))
	o.Criterion = o.Program.Groups[0].Criteria[0]
	o.Meeting = domain.Meeting{OrgID: o.Org.ID, Date: domain.Date(2026, 3, 5), Kind: domain.MeetingCommittee, Content: "Cuộc họp bí mật của Xuân Hòa",
		Tasks: []domain.Task{{Title: "Nhiệm vụ bí mật của Xuân Hòa", Deadline: domain.Date(2026, 3, 10), Status: domain.TaskOpen}}}
	must(t, s.SaveMeeting(ctx, &o.Meeting))
	hash, err := fastHash(demo.Password)
	must(t, err)
	o.User = domain.User{OrgID: o.Org.ID, Login: "xuanhoa-admin", Role: domain.RoleAdmin, PasswordHash: hash, CreatedAt: testNow}
	must(t, s.SaveUser(ctx, &o.User))
	return o
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// client is a browser-like client: it keeps cookies and does not follow
// redirects, so tests see them.
type client struct {
	h    *harness
	http *http.Client
}

// anonymous returns a client that has not signed in.
func (h *harness) anonymous() *client {
	jar, _ := cookiejar.New(nil)
	return &client{h: h, http: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// as returns a client signed in with a demo login (password demo.Password).
func (h *harness) as(login string) *client {
	h.t.Helper()
	c := h.anonymous()
	res := c.post("/login", url.Values{"login": {login}, "password": {demo.Password}})
	if res.status != http.StatusSeeOther {
		h.t.Fatalf("sign in as %s: status %d\n%s", login, res.status, res.body)
	}
	return c
}

type response struct {
	status   int
	body     string
	location string
	header   http.Header
}

func (c *client) do(req *http.Request) response {
	c.h.t.Helper()
	res, err := c.http.Do(req)
	if err != nil {
		c.h.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		c.h.t.Fatal(err)
	}
	return response{status: res.StatusCode, body: string(b), location: res.Header.Get("Location"), header: res.Header}
}

func (c *client) get(path string) response {
	c.h.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.h.srv.URL+path, nil)
	if err != nil {
		c.h.t.Fatal(err)
	}
	return c.do(req)
}

func (c *client) post(path string, form url.Values) response {
	c.h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.h.srv.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		c.h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// scenario is one request by one user and what must and must not come back.
type scenario struct {
	name    string
	login   string // "" for an anonymous visitor
	method  string // GET unless set
	path    string
	form    url.Values
	status  int
	want    []string // in the body (or the Location for a redirect)
	notWant []string
}

// runScenarios runs each scenario on a fresh harness per engine. Scenarios
// that change data should come after the ones that read it, or use their own
// table.
func runScenarios(t *testing.T, scenarios []scenario) {
	runScenariosOf(t, func(*harness) []scenario { return scenarios })
}

// runScenariosOf runs scenarios that need the harness's IDs (the demo
// program, the other commune's program and criterion) on every engine.
func runScenariosOf(t *testing.T, build func(h *harness) []scenario) {
	eachHarness(t, func(t *testing.T, h *harness) { runScenariosOn(t, h, build(h)) })
}

// runScenariosOn runs scenarios on a harness the test has already filled,
// one signed-in client per login.
func runScenariosOn(t *testing.T, h *harness, scenarios []scenario) {
	t.Helper()
	clients := map[string]*client{}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			c, ok := clients[sc.login]
			if !ok {
				c = h.anonymous()
				if sc.login != "" {
					c = h.as(sc.login)
				}
				clients[sc.login] = c
			}
			var res response
			if sc.method == http.MethodPost {
				res = c.post(sc.path, sc.form)
			} else {
				res = c.get(sc.path)
			}
			checkResponse(t, sc, res)
		})
	}
}

// checkResponse checks a response against what its scenario wants and must
// not show.
func checkResponse(t *testing.T, sc scenario, res response) {
	t.Helper()
	if res.status != sc.status {
		t.Errorf("%s %s as %q: status %d, want %d\n%s", sc.method, sc.path, sc.login, res.status, sc.status, excerpt(res.body))
	}
	seen := res.body + "\n" + res.location
	for _, w := range sc.want {
		if !strings.Contains(seen, w) {
			t.Errorf("%s as %q: missing %q\n%s", sc.path, sc.login, w, excerpt(res.body))
		}
	}
	for _, w := range sc.notWant {
		if strings.Contains(seen, w) {
			t.Errorf("%s as %q: must not show %q", sc.path, sc.login, w)
		}
	}
}

func excerpt(s string) string {
	if len(s) > 1500 {
		return s[:1500] + "…"
	}
	return s
}
