package crawler

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// robotsTransport is an http.RoundTripper that answers GET /robots.txt from a
// copy kept in State (shared by every crawler on it) and in memory, for
// ttl after it was fetched; other requests go to next. Answers 2xx and
// 4xx are kept; 5xx and transport errors are not (robots.txt is asked
// again next time). After fetching one it waits delay before returning,
// so that the request that asked for it starts no sooner than delay
// after the robots.txt answer ended (not only after it started).
type robotsTransport struct {
	next  http.RoundTripper
	state State
	ttl   time.Duration
	delay time.Duration
	log   *slog.Logger

	mu  sync.Mutex
	mem map[string]robotsAnswer
}

// robotsAnswer is a robots.txt answer as kept in State.
type robotsAnswer struct {
	Status  int       `json:"status"`
	Body    []byte    `json:"body"`
	Fetched time.Time `json:"fetched"`
}

// maxRobotsBytes bounds a cached robots.txt (Google reads 500 KiB).
const maxRobotsBytes = 512 << 10

func newRobotsTransport(next http.RoundTripper, state State, ttl, delay time.Duration, log *slog.Logger) *robotsTransport {
	return &robotsTransport{next: next, state: state, ttl: ttl, delay: delay, log: log, mem: map[string]robotsAnswer{}}
}

// robotsKey is the State key of the robots.txt of scheme://host.
func robotsKey(scheme, host string) string {
	return "robots-" + news.ArticleID(scheme+"://"+host+"/robots.txt")
}

func (rc *robotsTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodGet || req.URL.Path != "/robots.txt" {
		return rc.next.RoundTrip(req)
	}
	key := robotsKey(req.URL.Scheme, req.URL.Host)
	now := time.Now()
	if e, ok := rc.lookup(req.Context(), key, now); ok {
		return e.response(req), nil
	}
	resp, err := rc.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes+1))
	if err != nil {
		return nil, fmt.Errorf("crawler: robots.txt: %w", err)
	}
	if len(body) > maxRobotsBytes {
		return nil, fmt.Errorf("crawler: %s://%s/robots.txt is larger than %d KiB", req.URL.Scheme, req.URL.Host, maxRobotsBytes>>10)
	}
	e := robotsAnswer{Status: resp.StatusCode, Body: body, Fetched: now.UTC()}
	if rc.delay > 0 {
		select {
		case <-req.Context().Done():
		case <-time.After(rc.delay):
		}
	}
	if resp.StatusCode < 500 {
		rc.mu.Lock()
		rc.mem[key] = e
		rc.mu.Unlock()
		if b, err := json.Marshal(e); err == nil {
			if err := rc.state.Put(context.WithoutCancel(req.Context()), key, b); err != nil {
				rc.log.Warn("crawler: robots.txt not shared", "host", req.URL.Host, "err", err)
			}
		}
	}
	return e.response(req), nil
}

// lookup returns the fresh cached answer under key, from memory or State.
func (rc *robotsTransport) lookup(ctx context.Context, key string, now time.Time) (robotsAnswer, bool) {
	rc.mu.Lock()
	e, ok := rc.mem[key]
	rc.mu.Unlock()
	if ok && now.Sub(e.Fetched) < rc.ttl {
		return e, true
	}
	b, err := rc.state.Get(ctx, key)
	if err != nil || len(b) == 0 {
		return robotsAnswer{}, false
	}
	if err := json.Unmarshal(b, &e); err != nil || now.Sub(e.Fetched) >= rc.ttl {
		return robotsAnswer{}, false
	}
	rc.mu.Lock()
	rc.mem[key] = e
	rc.mu.Unlock()
	return e, true
}

func (e robotsAnswer) response(req *http.Request) *http.Response {
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", e.Status, http.StatusText(e.Status)),
		StatusCode:    e.Status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"text/plain"}},
		Body:          io.NopCloser(bytes.NewReader(e.Body)),
		ContentLength: int64(len(e.Body)),
		Request:       req,
	}
}
