package ui

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Behind a reverse proxy the client's address is the proxy's last
// X-Forwarded-For hop; without the setting the header is ignored, since any
// client could send it.
func TestClientAddressBehindAProxy(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/login", nil)
	req.RemoteAddr = "10.0.0.2:51000"
	req.Header.Set("X-Forwarded-For", "203.0.113.9, 198.51.100.7")
	direct := &Kit{}
	if got := direct.ClientIP(req); got != "10.0.0.2" {
		t.Errorf("without a proxy: %q, want the connection's address", got)
	}
	proxied := &Kit{cfg: Config{BehindProxy: true}}
	if got := proxied.ClientIP(req); got != "198.51.100.7" {
		t.Errorf("behind a proxy: %q, want the last hop", got)
	}
	req.Header.Set("X-Forwarded-For", "not-an-address")
	if got := proxied.ClientIP(req); got != "10.0.0.2" {
		t.Errorf("a malformed header: %q, want the connection's address", got)
	}
}
