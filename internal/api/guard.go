package api

import (
	"errors"
	"net"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/pledgewatch/pledgewatch/store"
)

// checkHost refuses requests whose Host header is not a loopback name
// when no token is configured. Without a token the server listens on
// loopback only, and its one remaining exposure is DNS rebinding: a web
// page whose host name is re-pointed at 127.0.0.1 could otherwise read the
// ledger and post review decisions from the user's browser, with its own
// name in Host.
func (s *server) checkHost(h http.Handler) http.Handler {
	if s.token != "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !loopbackHost(r.Host) {
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusMisdirectedRequest, "", "this server has no http.token and answers only to localhost, 127.0.0.1 or [::1]; "+
				"set http.token to reach it by another name")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// loopbackHost reports whether a Host header (name or IP, with an
// optional port) names the loopback interface: localhost, 127.0.0.0/8 or
// [::1].
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// recoverFaults turns a panic in a handler into a 500 answer, and memory
// faults into panics first: the store reads its file through mmap, and a
// damaged (truncated) file raises SIGBUS, which would otherwise end the
// process. The store recovers the faults of its own transactions; this
// covers the rest of the request.
func (s *server) recoverFaults(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		old := debug.SetPanicOnFault(true)
		defer func() {
			debug.SetPanicOnFault(old)
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("api: request panicked", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				w.Header().Set("Connection", "close")
				writeError(w, http.StatusInternalServerError, "", "internal error")
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// damaged reports whether err says the database file is damaged.
func damaged(err error) bool { return errors.Is(err, store.ErrDamaged) }
