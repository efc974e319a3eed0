package crawler

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"syscall"
	"time"
)

// guardDialer returns a dialer whose Control refuses non-public addresses
// unless allowPrivate. Control runs after name resolution, on the address
// actually dialled, so DNS answers pointing inside cannot slip through.
func guardDialer(timeout time.Duration, allowPrivate bool) *net.Dialer {
	d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return fmt.Errorf("crawler: %w: %s", ErrBlockedAddress, address)
			}
			ip, err := netip.ParseAddr(host)
			if err != nil || !publicAddr(ip) {
				return fmt.Errorf("crawler: %w: %s", ErrBlockedAddress, host)
			}
			return nil
		}
	}
	return d
}

// nonPublic lists ranges that are not reachable public unicast addresses
// beyond what netip's predicates cover.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this" network
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64 (may map to private IPv4)
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
}

// publicAddr reports whether ip is a public unicast address.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsMulticast() ||
		ip.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// politeTransport wraps an http.Transport with per-host politeness (at most
// parallelism requests in flight per host, request starts spaced by delay),
// a per-request timeout that starts once the request may go out and covers
// reading the body, and a body size limit.
//
// A host slot is held from the start of a request until its response body
// is closed (or the request fails), so callers must close bodies.
type politeTransport struct {
	base        http.RoundTripper
	timeout     time.Duration
	maxBody     int64
	delay       time.Duration
	parallelism int

	mu    sync.Mutex
	hosts map[string]*hostLimit
}

type hostLimit struct {
	slots chan struct{}
	mu    sync.Mutex
	next  time.Time // earliest start of the next request
}

func newPoliteTransport(opts Options) *politeTransport {
	dialer := guardDialer(opts.Timeout, opts.AllowPrivateNetworks)
	base := &http.Transport{
		// No proxy: the SSRF guard checks the address actually dialled,
		// which must be the target's.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   opts.Parallelism,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
		ExpectContinueTimeout: time.Second,
	}
	return &politeTransport{
		base:        base,
		timeout:     opts.Timeout,
		maxBody:     opts.MaxBodyBytes,
		delay:       opts.Delay,
		parallelism: opts.Parallelism,
		hosts:       make(map[string]*hostLimit),
	}
}

func (t *politeTransport) host(h string) *hostLimit {
	t.mu.Lock()
	defer t.mu.Unlock()
	hl, ok := t.hosts[h]
	if !ok {
		hl = &hostLimit{slots: make(chan struct{}, t.parallelism)}
		t.hosts[h] = hl
	}
	return hl
}

// RoundTrip implements http.RoundTripper. It blocks until the host has a
// free slot and the politeness delay has passed, or the request's context
// ends.
func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	hl := t.host(req.URL.Host)
	select {
	case hl.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-hl.slots }
	if err := ctx.Err(); err != nil { // both cases may have been ready
		release()
		return nil, err
	}

	if t.delay > 0 {
		hl.mu.Lock()
		now := time.Now()
		start := hl.next
		if start.Before(now) {
			start = now
		}
		hl.next = start.Add(t.delay)
		hl.mu.Unlock()
		if wait := time.Until(start); wait > 0 {
			timer := time.NewTimer(wait)
			select {
			case <-timer.C:
			case <-ctx.Done():
				timer.Stop()
				release()
				return nil, ctx.Err()
			}
		}
	}

	rctx, cancel := context.WithTimeout(ctx, t.timeout)
	resp, err := t.base.RoundTrip(req.WithContext(rctx))
	if err != nil {
		cancel()
		release()
		return nil, err
	}
	if t.maxBody > 0 && resp.ContentLength > t.maxBody {
		resp.Body.Close()
		cancel()
		release()
		return nil, fmt.Errorf("crawler: %w: Content-Length %d > %d", ErrBodyTooLarge, resp.ContentLength, t.maxBody)
	}
	// The crawler decompresses itself, with a size limit; tell colly not to.
	resp.Uncompressed = true
	// colly transcodes bodies whose Content-Type names a charset, which
	// breaks XML that declares its own encoding and loses pages whose label
	// it does not know. Hide the charset from colly; the crawler reads the
	// original header and decodes itself.
	if ct := resp.Header.Get("Content-Type"); strings.Contains(strings.ToLower(ct), "charset") {
		resp.Header.Set(originalContentType, ct)
		mt, _, _ := strings.Cut(ct, ";")
		resp.Header.Set("Content-Type", strings.TrimSpace(mt))
	}
	resp.Body = &limitedBody{rc: resp.Body, remaining: t.maxBody, limit: t.maxBody, done: func() { cancel(); release() }}
	return resp, nil
}

// originalContentType is the response header where politeTransport keeps
// a Content-Type whose charset parameter it hid from colly.
const originalContentType = "X-Pledgewatch-Content-Type"

// contentType returns the Content-Type of a response as the server sent it.
func contentType(h *http.Header) string {
	if h == nil {
		return ""
	}
	if ct := h.Get(originalContentType); ct != "" {
		return ct
	}
	return h.Get("Content-Type")
}

// limitedBody fails with ErrBodyTooLarge once more than limit bytes are
// read (limit <= 0: no limit) and runs done exactly once on Close.
type limitedBody struct {
	rc        io.ReadCloser
	remaining int64
	limit     int64
	once      sync.Once
	done      func()
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.limit <= 0 {
		return b.rc.Read(p)
	}
	if int64(len(p)) > b.remaining+1 {
		p = p[:b.remaining+1]
	}
	n, err := b.rc.Read(p)
	if int64(n) > b.remaining {
		n = int(b.remaining)
		b.remaining = 0
		return n, fmt.Errorf("crawler: %w: more than %d bytes", ErrBodyTooLarge, b.limit)
	}
	b.remaining -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error {
	err := b.rc.Close()
	b.once.Do(b.done)
	return err
}
