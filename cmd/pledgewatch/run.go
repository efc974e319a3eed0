package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/pledgewatch/pledgewatch/config"
	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/store"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

func runRun(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "run", "--config FILE", `
Runs everything in one process until SIGINT or SIGTERM: an embedded NATS
server with JetStream (unless nats.url is set), the scheduler that crawls each
source on its schedule, the extractor workers, the store writer and the HTTP
API and web UI on http.addr.

Shutdown order on a signal: the scheduler stops and crawls in progress are
cancelled; extractor workers, then the store writer finish and acknowledge
what they hold; the HTTP server stops; the NATS connection drains and the
embedded server shuts down; the database is closed last. Anything not yet
acknowledged stays in JetStream and is processed on the next start.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e, *cfgPath)
	if err != nil {
		return err
	}
	return serveRoles(ctx, cfg, newLogger(e.stderr, cfg.Log.Level), roles{crawl: true, extract: true, store: true}, "")
}

// roles selects which stages a process runs.
type roles struct {
	crawl, extract, store bool
	// waitNATS makes a long-running process wait for an external NATS
	// (unreachable, or JetStream without leader) until it is stopped,
	// instead of giving up after a minute.
	waitNATS bool
}

// stack is the queue, store and pipeline of one process with the stages
// it runs in the background.
type stack struct {
	log     *slog.Logger
	metrics *prometheus.Registry
	st      *store.Store // nil without the store role
	q       *queue.Queue
	p       *pipeline.Pipeline
	stages  []stage // in shutdown order
	failed  chan error
}

type stage struct {
	name   string
	cancel context.CancelFunc
	done   chan struct{}
}

// startStack opens the store (if r.store), the queue and the pipeline, and
// starts the background stages of r: scheduler (crawl), extractor workers
// (extract), store writer (store). Stop it with stop.
func startStack(ctx context.Context, cfg config.Config, log *slog.Logger, r roles, lockWait time.Duration) (*stack, error) {
	s := &stack{log: log, failed: make(chan error, 3), metrics: prometheus.NewRegistry()}
	s.metrics.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if r.store {
		st, err := openStore(cfg, false, lockWait)
		if err != nil {
			if errors.Is(err, store.ErrLocked) {
				return nil, fmt.Errorf("%w: another pledgewatch process holds %s", err, cfg.DataDir)
			}
			return nil, err
		}
		s.st = st
	}
	q, err := openQueue(ctx, cfg, log, r.waitNATS)
	if err != nil {
		s.close()
		return nil, err
	}
	s.q = q
	pcfg := pipeline.Config{Queue: q, Store: s.st, Crawl: crawlerOptions(cfg), Sources: pipelineSources(cfg),
		Workers: cfg.Extractor.Workers, MaxCommitments: cfg.Extractor.MaxCommitmentsPerArticle, Logger: log, Metrics: s.metrics}
	if r.extract || r.store {
		// The store process also re-extracts stored articles on request.
		if pcfg.Extractor, err = newExtractor(cfg); err != nil {
			s.close()
			return nil, err
		}
	}
	if s.p, err = pipeline.New(pcfg); err != nil {
		s.close()
		return nil, err
	}
	switch {
	case r.crawl && r.extract && r.store:
		// One process does it all: crawls run here and are waited for.
		s.start(ctx, "scheduler", func(c context.Context) error { return s.p.Schedule(c, true) })
	case r.crawl:
		// The crawler role: runs and their pages are shared with the
		// other crawler processes through JetStream.
		s.start(ctx, "crawlers", s.p.RunCrawlers)
	}
	if r.extract {
		s.start(ctx, "extractor workers", s.p.RunExtractors)
	}
	if r.store {
		s.start(ctx, "store writer", s.p.RunStoreWriter)
	}
	if r.store && !r.crawl {
		// Runs of crawler processes, reported by the API and the UI.
		s.start(ctx, "shared runs", s.p.RecordSharedRuns)
	}
	return s, nil
}

// start runs fn in the background with its own context, so that stages can
// be stopped one after another; an error from fn is sent on s.failed.
func (s *stack) start(ctx context.Context, name string, fn func(context.Context) error) {
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	st := stage{name: name, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(st.done)
		if err := fn(sctx); err != nil {
			s.failed <- fmt.Errorf("%s: %w", name, err)
		}
	}()
	s.stages = append(s.stages, st)
}

// stop stops the stages in order, each finishing what it holds, then closes
// the queue (drain, embedded server shutdown) and the store.
func (s *stack) stop() {
	for _, st := range s.stages {
		st.cancel()
		<-st.done
		s.log.Debug("stopped", "stage", st.name)
	}
	s.stages = nil
	s.close()
}

func (s *stack) close() {
	if s.q != nil {
		if err := s.q.Close(); err != nil {
			s.log.Warn("closing NATS", "err", err)
		}
		s.q = nil
	}
	if s.st != nil {
		if err := s.st.Close(); err != nil {
			s.log.Warn("closing store", "err", err)
		}
		s.st = nil
	}
}

// serveRoles runs the stages of r, and with the store role the HTTP server
// (API and UI on http.addr); without it, metricsAddr (if not empty) serves
// /healthz and /metrics. It runs until ctx ends or a stage fails, then shuts
// down in the documented order.
func serveRoles(ctx context.Context, cfg config.Config, log *slog.Logger, r roles, metricsAddr string) error {
	r.waitNATS = true
	s, err := startStack(ctx, cfg, log, r, time.Second)
	if err != nil {
		return err
	}
	defer s.stop()

	var srv *http.Server
	httpErr := make(chan error, 1)
	var h http.Handler
	addr, addrName := cfg.HTTP.Addr, "http.addr"
	metrics := promhttp.HandlerFor(s.metrics, promhttp.HandlerOpts{})
	switch {
	case r.store:
		if h, err = api.New(api.Config{Store: s.st, Runner: s.p, Token: cfg.HTTP.Token, Logger: log, ReviewThreshold: cfg.Review.Threshold,
			Metrics: metrics}); err != nil {
			return err
		}
	case metricsAddr != "":
		h, addr, addrName = roleHandler(metrics, cfg.HTTP.Token), metricsAddr, "--metrics"
	}
	if h != nil {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%s: %w", addrName, err)
		}
		srv = api.NewServer(h, api.ServerOptions{})
		go func() {
			if err := srv.Serve(api.LimitListener(ln, api.ServerOptions{})); err != nil && !errors.Is(err, http.ErrServerClosed) {
				httpErr <- err
			}
		}()
		log.Info("listening", "url", "http://"+ln.Addr().String())
	}
	log.Info("pledgewatch running", "data_dir", cfg.DataDir, "nats", natsDesc(cfg), "sources", len(cfg.Sources))

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("shutting down")
	case runErr = <-s.failed:
		log.Error("a stage failed; shutting down", "err", runErr)
	case err := <-httpErr:
		runErr = fmt.Errorf("http server: %w", err)
		log.Error("shutting down", "err", runErr)
	}
	// The pipeline stages first (they finish and ack what they hold), then
	// HTTP, then (deferred) the queue and the store.
	for _, st := range s.stages {
		st.cancel()
		<-st.done
	}
	s.stages = nil
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("http shutdown", "err", err)
		}
		cancel()
	}
	log.Info("stopped")
	return runErr
}

// roleHandler serves /healthz, and /metrics behind the bearer token when
// one is configured, for roles without the API.
func roleHandler(metrics http.Handler, token string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		if token != "" && subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), []byte("Bearer "+token)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		metrics.ServeHTTP(w, r)
	})
	return mux
}

func natsDesc(cfg config.Config) string {
	if cfg.NATS.URL == "" {
		return "embedded"
	}
	return cfg.NATS.URL
}

var _ api.Runner = (*pipeline.Pipeline)(nil)
