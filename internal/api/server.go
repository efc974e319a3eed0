package api

import (
	"net"
	"net/http"
	"time"

	"golang.org/x/net/netutil"
)

// Defaults of ServerOptions.
const (
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 15 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	DefaultMaxConns          = 128
)

// ServerOptions bound what one client can hold of the server. Zero fields
// take the defaults.
type ServerOptions struct {
	// ReadHeaderTimeout bounds reading a request's headers; ReadTimeout
	// the whole request, body included (request bodies are small: review
	// decisions and forms). Default 5s and 15s.
	ReadHeaderTimeout, ReadTimeout time.Duration
	// IdleTimeout closes keep-alive connections idle this long. Default 60s.
	IdleTimeout time.Duration
	// MaxConns is the most connections served at once; more wait in the
	// listen backlog. Default 128.
	MaxConns int
}

func (o ServerOptions) withDefaults() ServerOptions {
	if o.ReadHeaderTimeout <= 0 {
		o.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = DefaultReadTimeout
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = DefaultIdleTimeout
	}
	if o.MaxConns <= 0 {
		o.MaxConns = DefaultMaxConns
	}
	return o
}

// NewServer returns an http.Server for h with the timeouts of opts. There
// is no write timeout: exports stream for as long as they take.
func NewServer(h http.Handler, opts ServerOptions) *http.Server {
	opts = opts.withDefaults()
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: opts.ReadHeaderTimeout,
		ReadTimeout:       opts.ReadTimeout,
		IdleTimeout:       opts.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// LimitListener returns ln accepting at most opts.MaxConns connections at
// once.
func LimitListener(ln net.Listener, opts ServerOptions) net.Listener {
	return netutil.LimitListener(ln, opts.withDefaults().MaxConns)
}
