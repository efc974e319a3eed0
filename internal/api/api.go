package api

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// MaxBodyBytes is the largest request body the handler reads.
const MaxBodyBytes = 64 << 10

// ContentSecurityPolicy is sent with every response: scripts, styles and
// images only from this origin's files, no inline code, no framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// Runner is what the API needs from the ingestion pipeline
// (*pipeline.Pipeline implements it).
type Runner interface {
	// Sources returns the configured source names.
	Sources() []string
	// Ingest runs the named sources (all if empty); wait=true waits until
	// every article is stored. progress, if not nil, is called with the
	// run's counters as they change.
	Ingest(ctx context.Context, names []string, wait bool, progress func(news.Run)) (news.Run, error)
	// Reextract re-runs the current rules over every stored article; human
	// decisions survive.
	Reextract(ctx context.Context) (articles int, err error)
	// DeadLetters returns up to n messages the pipeline gave up on, newest
	// first; Redrive puts one back for another try (an unknown seq wraps
	// store.ErrNotFound).
	DeadLetters(ctx context.Context, n int) ([]news.DeadLetter, error)
	Redrive(ctx context.Context, seq uint64) error
}

// Config holds the dependencies of the handler.
type Config struct {
	// Store is required. The handler only reads it, except for review
	// actions, which need a store opened read-write.
	Store *store.Store
	// Runner starts ingestion runs and re-extractions. Nil: POST
	// /api/v1/runs and /api/v1/reextract answer 503 with a JSON error.
	Runner Runner
	// Token, when not empty, is required on every API call (Bearer) and UI
	// page (session cookie from /login). "" means no authentication, which
	// the caller must allow only on a loopback address.
	Token string
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger
	// ReviewThreshold is shown in the UI (the store applies it).
	ReviewThreshold float64
	// Metrics, if not nil, is served at GET /metrics (Prometheus text
	// format), behind the same token as the API.
	Metrics http.Handler
}

// server is the state behind the handler returned by New.
type server struct {
	st        *store.Store
	runner    Runner
	token     string
	log       *slog.Logger
	threshold float64
	metrics   http.Handler
	// key signs CSRF tokens and session cookies; new on every New.
	key  []byte
	tmpl map[string]*template.Template
}

// New returns the API and UI handler. It parses the embedded templates
// once; it fails only if Store is nil or the templates are broken.
func New(cfg Config) (http.Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("api: a store is required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &server{st: cfg.Store, runner: cfg.Runner, token: cfg.Token, log: cfg.Logger, threshold: cfg.ReviewThreshold, metrics: cfg.Metrics}
	s.key = make([]byte, 32)
	if _, err := rand.Read(s.key); err != nil {
		return nil, fmt.Errorf("api: random key: %w", err)
	}
	t, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	s.tmpl = t

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "ok")
	})
	s.routesAPI(mux)
	if err := s.routesUI(mux); err != nil {
		return nil, err
	}

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, "", "cross-origin request refused")
	}))
	return s.recoverFaults(s.secure(s.checkHost(cop.Handler(mux)))), nil
}

// secure adds the security headers and the body limit to every response.
func (s *server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin")
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		}
		h.ServeHTTP(w, r)
	})
}
