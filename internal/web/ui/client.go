package ui

import (
	"net"
	"net/http"
	"strings"
)

// ClientIP is the address the request came from. Behind a reverse proxy
// (Config.BehindProxy) it is the address the proxy appended last to
// X-Forwarded-For — the one a client cannot forge; otherwise every client
// would share the proxy's address and its limits.
func (k *Kit) ClientIP(r *http.Request) string {
	if k.cfg.BehindProxy {
		if hops := strings.Split(r.Header.Get("X-Forwarded-For"), ","); len(hops) > 0 {
			if last := strings.TrimSpace(hops[len(hops)-1]); net.ParseIP(last) != nil {
				return last
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
