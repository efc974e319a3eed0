package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/pledgewatch/pledgewatch/config"
	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/store"
)

func runServe(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "serve", "--config FILE [--addr HOST:PORT]", `
Serves the HTTP API and the web review UI on the stored ledger, without
crawling or extracting (POST /api/v1/runs and /api/v1/reextract answer 503).
Review actions are written to the database, so no other process may hold it.

Listens on http.addr (default 127.0.0.1:8080). On any address that is not
loopback, http.token (or PLEDGEWATCH_TOKEN) is required: every API call must
send "Authorization: Bearer TOKEN" and the UI asks for it at /login.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	addr := fs.String("addr", "", "listen `address`, overriding http.addr")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve: unexpected argument %q", fs.Arg(0))
	}
	cfg, err := loadConfig(e, *cfgPath)
	if err != nil {
		return err
	}
	if *addr != "" {
		cfg.HTTP.Addr = *addr
	}
	if err := checkListen(cfg.HTTP); err != nil {
		return err
	}
	log := newLogger(e.stderr, cfg.Log.Level)
	st, err := openStore(cfg, false, 2*time.Second)
	if errors.Is(err, store.ErrLocked) {
		return fmt.Errorf("serve: the database is held by a running pledgewatch, which already serves the API and UI at %s: %w",
			apiBaseURL(cfg.HTTP.Addr), err)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	h, err := api.New(api.Config{Store: st, Token: cfg.HTTP.Token, Logger: log, ReviewThreshold: cfg.Review.Threshold})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return usagef("http.addr: %v", err)
	}
	srv := api.NewServer(h, api.ServerOptions{})
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(api.LimitListener(ln, api.ServerOptions{})) }()
	fmt.Fprintf(e.stdout, "serving the API and review UI at http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}

// checkListen refuses an address that is not loopback without a token
// (config validation does the same for http.addr; --addr is checked here).
func checkListen(h config.HTTP) error {
	host, _, err := net.SplitHostPort(h.Addr)
	if err != nil {
		return usagef("--addr/http.addr: %q is not host:port", h.Addr)
	}
	if !config.IsLoopback(host) && h.Token == "" {
		return usagef("http.token: required when listening on %s, which is not a loopback address; "+
			"set http.token or PLEDGEWATCH_TOKEN, or listen on 127.0.0.1", h.Addr)
	}
	return nil
}
