package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Sentinel errors. Errors returned by this package wrap one of these (or an
// error of the NATS client) and can be tested with errors.Is.
var (
	// ErrConfig means the Config passed to Open is invalid.
	ErrConfig = errors.New("queue: invalid config")
	// ErrServerNotReady means the embedded server did not become ready
	// for connections within Config.StartTimeout.
	ErrServerNotReady = errors.New("queue: embedded server not ready")
	// ErrUnknownStream means a Stream value that this operation does not
	// accept (Publish and Consume accept only Articles and Extractions).
	ErrUnknownStream = errors.New("queue: unknown stream")
	// ErrClosed means the Queue was closed.
	ErrClosed = errors.New("queue: closed")
	// ErrMaxPayload means the server's max_payload is below
	// Config.MinMaxPayload.
	ErrMaxPayload = errors.New("queue: NATS max_payload too small")
)

// Defaults applied by Open to zero Config fields.
const (
	DefaultAckWait      = 60 * time.Second
	DefaultMaxDeliver   = 5
	DefaultNakDelay     = time.Second
	DefaultMaxNakDelay  = time.Minute
	DefaultDuplicates   = 2 * time.Minute
	DefaultDeadMaxAge   = 30 * 24 * time.Hour
	DefaultStartTimeout = 10 * time.Second
	DefaultDrainTimeout = 30 * time.Second
	DefaultStartWait    = time.Minute
	DefaultLeaderWait   = 30 * time.Second
	// StateBucket is the name of the JetStream KV bucket returned by State.
	StateBucket = "PW_CRAWLSTATE"
	// durableName is the name of the single durable pull consumer of each
	// work-queue stream; every worker of every process shares it.
	durableName = "workers"
	// opTimeout bounds the acks, dead-letter publishes and API calls that
	// Consume makes on its own (not on behalf of the caller's context).
	opTimeout = 10 * time.Second
)

// Config configures Open. The zero value of every field but StoreDir (or
// URL) is usable.
type Config struct {
	// URL of an external NATS server or cluster (comma-separated URLs are
	// accepted). Empty starts an embedded nats-server with JetStream in
	// this process.
	URL string
	// StoreDir is the JetStream store directory of the embedded server
	// (created with mode 0700 if missing).
	// Required when URL is empty; ignored otherwise. It is never defaulted
	// to a temporary directory: messages survive a restart on the same
	// StoreDir.
	StoreDir string
	// ListenAddr, for the embedded server only, additionally accepts TCP
	// clients on this loopback host:port ("127.0.0.1:4222"; port -1 picks
	// a free port, see Queue.ClientURL). Empty (the default) opens no
	// listener: the process connects in-process. The listener has no
	// authentication, hence the loopback restriction.
	ListenAddr string
	// CredsFile is an optional NATS credentials file (external server).
	CredsFile string
	// CAFile, CertFile and KeyFile configure TLS to an external server:
	// CAFile alone verifies the server; CertFile and KeyFile together add a
	// client certificate.
	CAFile, CertFile, KeyFile string
	// Name is the connection name shown by the server; also the embedded
	// server's name. Default "pledgewatch".
	Name string
	// AckWait is how long the server waits for a message's ack before it
	// redelivers it (to any worker). Handlers running longer than AckWait
	// are kept alive with progress acks. Default 60s.
	AckWait time.Duration
	// MaxDeliver is how many times a handler is attempted for one message
	// before it is dead-lettered. Default 5.
	MaxDeliver int
	// NakDelay is the redelivery delay after the first transient handler
	// failure; it doubles with each further delivery up to MaxNakDelay.
	// Defaults 1s and 1m.
	NakDelay, MaxNakDelay time.Duration
	// Duplicates is the Nats-Msg-Id dedupe window of the streams. Default 2m.
	Duplicates time.Duration
	// DeadMaxAge is how long dead letters are kept. Default 30 days.
	DeadMaxAge time.Duration
	// Replicas of each stream, consumer and of the KV bucket: how many
	// servers of a JetStream cluster keep a copy, so that losing one server
	// (and its disk) loses no message. 0 (the default) picks 3 when the
	// server is part of a cluster of at least 3 servers (as announced to
	// the client), else 1. The embedded server accepts only 1. Changing it
	// on an existing cluster rescales the streams at Open.
	Replicas int
	// MinMaxPayload is the smallest max_payload of an external server that
	// Open accepts: a smaller one would refuse large articles (and their
	// extractions) one by one at run time. Default EmbeddedMaxPayload.
	MinMaxPayload int64
	// StartTimeout bounds the wait for the embedded server to accept
	// connections. Default 10s.
	StartTimeout time.Duration
	// StartWait is how long Open keeps retrying while an external server
	// is unreachable or JetStream is unavailable (no meta leader, a stream
	// without leader). Default 1 minute; negative: until Open's context
	// ends (roles of a long-running deployment wait for NATS).
	StartWait time.Duration
	// LeaderWait is how long Publish, the KV methods and Consume retry an
	// operation that failed because a stream has no leader or the
	// connection is re-established (a server of the cluster restarting).
	// Default 30s.
	LeaderWait time.Duration
	// DrainTimeout bounds Close's drain of the connection. Default 30s.
	DrainTimeout time.Duration
	// Logger receives connection events, handler failures and (at debug
	// level, warnings and errors at their level) the embedded server's
	// log. Nil discards.
	Logger *slog.Logger
}

// withDefaults returns cfg with zero fields set to their defaults, or an
// error wrapping ErrConfig.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.URL == "" && cfg.StoreDir == "" {
		return cfg, fmt.Errorf("%w: StoreDir is required for the embedded server", ErrConfig)
	}
	if cfg.URL != "" && cfg.ListenAddr != "" {
		return cfg, fmt.Errorf("%w: ListenAddr applies only to the embedded server", ErrConfig)
	}
	if cfg.ListenAddr != "" {
		if _, _, err := loopbackAddr(cfg.ListenAddr); err != nil {
			return cfg, err
		}
	}
	if (cfg.CertFile == "") != (cfg.KeyFile == "") {
		return cfg, fmt.Errorf("%w: CertFile and KeyFile go together", ErrConfig)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"AckWait", cfg.AckWait}, {"NakDelay", cfg.NakDelay}, {"MaxNakDelay", cfg.MaxNakDelay},
		{"Duplicates", cfg.Duplicates}, {"DeadMaxAge", cfg.DeadMaxAge},
		{"StartTimeout", cfg.StartTimeout}, {"DrainTimeout", cfg.DrainTimeout},
		{"LeaderWait", cfg.LeaderWait},
	} {
		if d.v < 0 {
			return cfg, fmt.Errorf("%w: negative %s", ErrConfig, d.name)
		}
	}
	if cfg.MaxDeliver < 0 {
		return cfg, fmt.Errorf("%w: negative MaxDeliver", ErrConfig)
	}
	if cfg.Replicas < 0 || cfg.Replicas > 5 {
		return cfg, fmt.Errorf("%w: Replicas must be 1..5", ErrConfig)
	}
	if cfg.URL == "" && cfg.Replicas > 1 {
		return cfg, fmt.Errorf("%w: Replicas %d needs an external JetStream cluster; the embedded server keeps 1 copy", ErrConfig, cfg.Replicas)
	}
	if cfg.MinMaxPayload < 0 {
		return cfg, fmt.Errorf("%w: negative MinMaxPayload", ErrConfig)
	}
	if cfg.Name == "" {
		cfg.Name = "pledgewatch"
	}
	if cfg.AckWait == 0 {
		cfg.AckWait = DefaultAckWait
	}
	if cfg.MaxDeliver == 0 {
		cfg.MaxDeliver = DefaultMaxDeliver
	}
	if cfg.NakDelay == 0 {
		cfg.NakDelay = DefaultNakDelay
	}
	if cfg.MaxNakDelay == 0 {
		cfg.MaxNakDelay = DefaultMaxNakDelay
	}
	if cfg.MaxNakDelay < cfg.NakDelay {
		cfg.MaxNakDelay = cfg.NakDelay
	}
	if cfg.Duplicates == 0 {
		cfg.Duplicates = DefaultDuplicates
	}
	if cfg.DeadMaxAge == 0 {
		cfg.DeadMaxAge = DefaultDeadMaxAge
	}
	if cfg.MinMaxPayload == 0 {
		cfg.MinMaxPayload = EmbeddedMaxPayload
	}
	if cfg.StartWait == 0 {
		cfg.StartWait = DefaultStartWait
	}
	if cfg.LeaderWait == 0 {
		cfg.LeaderWait = DefaultLeaderWait
	}
	if cfg.StartTimeout == 0 {
		cfg.StartTimeout = DefaultStartTimeout
	}
	if cfg.DrainTimeout == 0 {
		cfg.DrainTimeout = DefaultDrainTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

// Queue is a connection to JetStream with the project's streams, consumers
// and KV bucket in place. Its methods are safe for concurrent use. Close
// it when done; Consume calls should have returned before.
type Queue struct {
	cfg    Config
	log    *slog.Logger
	srv    *server.Server // nil when connected to an external server
	nc     *nats.Conn
	js     jetstream.JetStream
	kv     *KV
	runs   *KV
	closed chan struct{} // closed by the connection's closed handler
	// replicas is Config.Replicas, or what Open chose for 0.
	replicas int

	fullMu sync.Mutex
	fulls  int64 // see StorageFull
	full   error

	closeOnce sync.Once
	closeErr  error
}

// Open starts the embedded server if cfg.URL is empty, connects, and
// creates or updates the streams (Articles, Extractions: work-queue
// retention; Dead: limits retention; file storage and a Nats-Msg-Id dedupe
// window on all three), the durable pull consumers of the work-queue
// streams and the KV bucket StateBucket. ctx bounds the setup calls, not
// the life of the Queue. On error everything started is stopped again.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	q := &Queue{cfg: cfg, log: cfg.Logger, closed: make(chan struct{})}
	var opts []nats.Option
	if cfg.URL == "" {
		q.srv, err = startServer(cfg)
		if err != nil {
			return nil, err
		}
		opts = append(opts, nats.InProcessServer(q.srv))
	} else {
		opts, err = externalOptions(cfg)
		if err != nil {
			return nil, err
		}
	}
	opts = append(opts,
		nats.Name(cfg.Name),
		nats.DrainTimeout(cfg.DrainTimeout),
		nats.ClosedHandler(func(*nats.Conn) { close(q.closed) }),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				q.log.Warn("queue: disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			q.log.Info("queue: reconnected", "url", nc.ConnectedUrlRedacted())
		}),
		nats.ErrorHandler(func(_ *nats.Conn, sub *nats.Subscription, err error) {
			subject := ""
			if sub != nil {
				subject = sub.Subject
			}
			q.log.Warn("queue: async error", "subject", subject, "err", err)
		}),
	)
	url := cfg.URL
	if url == "" {
		url = q.srv.ClientURL()
	}
	err = q.retry(ctx, cfg.StartWait, "connect", func(context.Context) error {
		var err error
		q.nc, err = nats.Connect(url, opts...)
		if err != nil && cfg.URL != "" && connectRetryable(err) {
			return fmt.Errorf("%w: %w", nats.ErrNoServers, err)
		}
		return err
	})
	if err != nil {
		q.shutdownServer()
		return nil, fmt.Errorf("queue: connect to %s: %w", redactURL(url), err)
	}
	if mp := q.nc.MaxPayload(); cfg.URL != "" && mp < cfg.MinMaxPayload {
		err := fmt.Errorf("%w: the NATS server at %s accepts messages up to %d bytes (max_payload), pledgewatch needs at least %d: a large article with its extraction would be refused; set max_payload: %dMB in the nats-server configuration",
			ErrMaxPayload, q.nc.ConnectedUrlRedacted(), mp, cfg.MinMaxPayload, (cfg.MinMaxPayload+1<<20-1)>>20)
		q.nc.Close()
		return nil, err
	}
	// Asynchronous publishes (PublishBatch) give up waiting for their
	// acknowledgement after opTimeout.
	q.js, err = jetstream.New(q.nc, jetstream.WithPublishAsyncTimeout(opTimeout))
	if err != nil {
		_ = q.Close()
		return nil, fmt.Errorf("queue: jetstream: %w", err)
	}
	q.replicas = cfg.Replicas
	if q.replicas == 0 {
		q.replicas = autoReplicas(q.nc)
		q.log.Debug("queue: replicas chosen", "replicas", q.replicas, "cluster", q.nc.ConnectedClusterName())
	}
	if err := q.setup(ctx); err != nil {
		_ = q.Close()
		return nil, err
	}
	return q, nil
}

// Close drains the connection (in-flight publishes and acks complete,
// running Consume calls see their iterators close and return ErrClosed),
// waits for the drain up to Config.DrainTimeout, then shuts the embedded
// server down and waits for it. Close is idempotent; later calls return
// the first result.
func (q *Queue) Close() error {
	q.closeOnce.Do(func() {
		if err := q.nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
			q.closeErr = fmt.Errorf("queue: drain: %w", err)
			q.nc.Close()
		}
		select {
		case <-q.closed:
		case <-time.After(q.cfg.DrainTimeout + time.Second):
			q.nc.Close()
			q.closeErr = errors.Join(q.closeErr, fmt.Errorf("queue: drain: timed out after %s", q.cfg.DrainTimeout))
		}
		q.shutdownServer()
	})
	return q.closeErr
}

func (q *Queue) shutdownServer() {
	if q.srv != nil {
		q.srv.Shutdown()
		q.srv.WaitForShutdown()
	}
}

// isClosed reports whether the connection is closed or closing.
func (q *Queue) isClosed() bool {
	select {
	case <-q.closed:
		return true
	default:
		return q.nc.IsClosed() || q.nc.IsDraining()
	}
}

// ClientURL returns the URL other processes can use to reach the server:
// the embedded server's loopback listener when Config.ListenAddr is set,
// Config.URL for an external server, "" otherwise.
func (q *Queue) ClientURL() string {
	if q.srv == nil {
		return q.cfg.URL
	}
	if q.cfg.ListenAddr == "" {
		return ""
	}
	return q.srv.ClientURL()
}

// Pending returns how many messages of the stream are stored: for the work
// queues Articles and Extractions, the messages not yet acked (or
// terminated); for Dead, the dead letters kept.
func (q *Queue) Pending(ctx context.Context, s Stream) (uint64, error) {
	if !s.valid() {
		return 0, fmt.Errorf("%w: %q", ErrUnknownStream, string(s))
	}
	var st jetstream.Stream
	err := q.retry(ctx, q.cfg.LeaderWait, "stream info", func(ctx context.Context) error {
		var err error
		st, err = q.js.Stream(ctx, string(s))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("queue: pending %s: %w", s, err)
	}
	info := st.CachedInfo()
	return info.State.Msgs, nil
}

// State returns the crawl-state KV store shared by every process connected
// to the same JetStream.
func (q *Queue) State() *KV { return q.kv }

// Runs returns the KV store of crawl-run progress (bucket RunsBucket,
// entries expire after RunsTTL), shared like State.
func (q *Queue) Runs() *KV { return q.runs }
