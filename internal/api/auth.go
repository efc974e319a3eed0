package api

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"
)

// Cookie names.
const (
	sessionCookie = "pw_session"
	csrfCookie    = "pw_csrf"
	csrfField     = "csrf"
)

// apiAuth requires "Authorization: Bearer TOKEN" (or a UI session cookie)
// when a token is configured.
func (s *server) apiAuth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.authorized(r) {
			// Close rather than drain an unread (maybe slow) body.
			w.Header().Set("Connection", "close")
			w.Header().Set("WWW-Authenticate", `Bearer realm="pledgewatch"`)
			writeError(w, http.StatusUnauthorized, "", "missing or wrong token: send Authorization: Bearer <http.token>")
			return
		}
		h(w, r)
	}
}

// uiAuth redirects to /login when a token is configured and the browser
// has no valid session cookie.
func (s *server) uiAuth(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.authorized(r) {
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				http.Redirect(w, r, "/login", http.StatusSeeOther)
				return
			}
			w.Header().Set("Connection", "close")
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		h(w, r)
	}
}

// authorized reports whether r carries the token (bearer) or a session
// cookie derived from it. Always true without a token.
func (s *server) authorized(r *http.Request) bool {
	if s.token == "" {
		return true
	}
	if auth := r.Header.Get("Authorization"); auth != "" {
		scheme, tok, ok := strings.Cut(auth, " ")
		return ok && strings.EqualFold(scheme, "Bearer") &&
			subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.token)) == 1
	}
	if c, err := r.Cookie(sessionCookie); err == nil {
		return subtle.ConstantTimeCompare([]byte(c.Value), []byte(s.sessionValue())) == 1
	}
	return false
}

// sessionValue is the session cookie's value: a MAC of the token, so the
// cookie does not hold the token itself and survives restarts.
func (s *server) sessionValue() string {
	m := hmac.New(sha256.New, []byte(s.token))
	m.Write([]byte("pledgewatch ui session"))
	return hex.EncodeToString(m.Sum(nil))
}

// csrfToken returns the CSRF token for r's browser, setting the CSRF
// cookie on w first if r has none.
func (s *server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) != 32 {
		b := make([]byte, 16)
		_, _ = rand.Read(b)
		c = &http.Cookie{Name: csrfCookie, Value: hex.EncodeToString(b), Path: "/", HttpOnly: true,
			SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil}
		http.SetCookie(w, c)
	}
	return s.csrfFor(c.Value)
}

func (s *server) csrfFor(cookie string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("csrf:" + cookie))
	return hex.EncodeToString(m.Sum(nil))
}

// checkCSRF reports whether the form of r carries the token that matches
// its CSRF cookie. The form must have been parsed.
func (s *server) checkCSRF(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		return false
	}
	got := r.PostFormValue(csrfField)
	return got != "" && hmac.Equal([]byte(got), []byte(s.csrfFor(c.Value)))
}
