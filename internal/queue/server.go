package queue

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// EmbeddedMaxPayload is the largest message the embedded server accepts
// (nats-server's default is 1 MiB): an extraction carries the article's
// whole text plus its commitments. An external server applies its own
// max_payload; set it as high there.
const EmbeddedMaxPayload = 8 << 20

// startServer starts the embedded nats-server with JetStream stored in
// cfg.StoreDir (created if missing) and waits until it accepts
// connections.
func startServer(cfg Config) (*server.Server, error) {
	if err := os.MkdirAll(cfg.StoreDir, 0o700); err != nil {
		return nil, fmt.Errorf("queue: store dir: %w", err)
	}
	opts := &server.Options{
		ServerName:             cfg.Name,
		JetStream:              true,
		StoreDir:               cfg.StoreDir,
		DontListen:             true,
		NoSigs:                 true, // only cmd traps signals
		DisableJetStreamBanner: true,
		MaxPayload:             EmbeddedMaxPayload,
	}
	if cfg.ListenAddr != "" {
		host, port, err := loopbackAddr(cfg.ListenAddr)
		if err != nil {
			return nil, err
		}
		opts.DontListen = false
		opts.Host, opts.Port = host, port
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("queue: embedded server: %w", err)
	}
	srv.SetLoggerV2(serverLogger{cfg.Logger}, cfg.Logger.Enabled(context.Background(), slog.LevelDebug), false, false)
	srv.Start()
	if !srv.ReadyForConnections(cfg.StartTimeout) {
		srv.Shutdown()
		srv.WaitForShutdown()
		return nil, fmt.Errorf("%w after %s (store dir %s)", ErrServerNotReady, cfg.StartTimeout, cfg.StoreDir)
	}
	return srv, nil
}

// loopbackAddr splits a "host:port" listen address, accepting only a
// loopback host and a port in -1..65535 (-1: pick a free port).
func loopbackAddr(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("%w: ListenAddr %q: %w", ErrConfig, addr, err)
	}
	port, err := strconv.Atoi(p)
	if err != nil || port < -1 || port > 65535 {
		return "", 0, fmt.Errorf("%w: ListenAddr %q: bad port", ErrConfig, addr)
	}
	if host != "localhost" {
		ip := net.ParseIP(host)
		if ip == nil || !ip.IsLoopback() {
			return "", 0, fmt.Errorf("%w: ListenAddr %q: host must be loopback", ErrConfig, addr)
		}
	}
	return host, port, nil
}

// externalOptions are the client options for an external server: forever
// reconnecting (the pipeline should survive a NATS restart), credentials
// and TLS when configured.
func externalOptions(cfg Config) ([]nats.Option, error) {
	opts := []nats.Option{
		nats.MaxReconnects(-1),
		nats.ReconnectWait(2 * time.Second),
		nats.ReconnectJitter(500*time.Millisecond, 2*time.Second),
		nats.RetryOnFailedConnect(false),
	}
	for _, f := range []string{cfg.CredsFile, cfg.CAFile, cfg.CertFile, cfg.KeyFile} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}
	if cfg.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(cfg.CredsFile))
	}
	if cfg.CAFile != "" {
		opts = append(opts, nats.RootCAs(cfg.CAFile))
	}
	if cfg.CertFile != "" {
		opts = append(opts, nats.ClientCert(cfg.CertFile, cfg.KeyFile))
	}
	return opts, nil
}

// serverLogger routes the embedded server's log to slog: notices, debug
// and trace lines at debug level (so a default logger stays quiet),
// warnings and errors at their own level.
type serverLogger struct{ log *slog.Logger }

func (l serverLogger) Noticef(format string, v ...any) { l.at(slog.LevelDebug, format, v) }
func (l serverLogger) Warnf(format string, v ...any)   { l.at(slog.LevelWarn, format, v) }
func (l serverLogger) Fatalf(format string, v ...any)  { l.at(slog.LevelError, format, v) }
func (l serverLogger) Errorf(format string, v ...any)  { l.at(slog.LevelError, format, v) }
func (l serverLogger) Debugf(format string, v ...any)  { l.at(slog.LevelDebug, format, v) }
func (l serverLogger) Tracef(format string, v ...any)  { l.at(slog.LevelDebug, format, v) }

func (l serverLogger) at(level slog.Level, format string, v []any) {
	ctx := context.Background()
	if !l.log.Enabled(ctx, level) {
		return
	}
	l.log.Log(ctx, level, fmt.Sprintf(format, v...), "component", "nats-server")
}
