package crawler

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robots.txt is checked by the crawl itself, not by colly, so that every
// hop of a redirect chain is checked (colly checks only the first URL),
// and so that the rules of RFC 9309 hold:
//
//   - 2xx: the file's rules for Options.UserAgent apply;
//   - 4xx: no file, everything is allowed;
//   - 5xx, or the file cannot be fetched at all: the whole site is
//     disallowed until robots.txt answers again, asked at most once per
//     robotsRetry;
//   - a file larger than Options.MaxBodyBytes is an error naming
//     robots.txt, and the site is disallowed.

// robotsRetry is how long a 5xx or failed robots.txt disallows its site
// before it is asked again.
const robotsRetry = time.Minute

// ErrRobotsDisallowed reports a URL, or a redirect target, that
// robots.txt disallows.
var ErrRobotsDisallowed = errors.New("disallowed by robots.txt")

// robotsEntry is what a crawl knows of one host's robots.txt.
type robotsEntry struct {
	ready chan struct{} // closed once the fields below are set
	data  *robotstxt.RobotsData
	// unavailable is why the site is disallowed as a whole (a 5xx answer or
	// a fetch error), and until when.
	unavailable error
	until       time.Time
}

// robotsCache holds one crawl's robots.txt files, by scheme and host.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

// robotsCheck reports whether robots.txt lets the crawl fetch u. It
// returns an error wrapping ErrRobotsDisallowed when the rules disallow
// it, and one naming robots.txt when the site's robots.txt is unavailable
// (5xx, too large, unreachable). fetch false means: use what is known
// about u's host and fetch its robots.txt only if it was never asked (on
// redirect hops, where the previous response still holds its host's
// connection slot).
func (cr *crawl) robotsCheck(u *url.URL, fetch bool) error {
	key := u.Scheme + "://" + u.Host
	rc := &cr.robots
	rc.mu.Lock()
	if rc.hosts == nil {
		rc.hosts = make(map[string]*robotsEntry)
	}
	e, ok := rc.hosts[key]
	if ok && fetch && e.isReady() && e.unavailable != nil && time.Now().After(e.until) {
		ok = false // ask again: it may have recovered
	}
	if !ok {
		e = &robotsEntry{ready: make(chan struct{})}
		rc.hosts[key] = e
		rc.mu.Unlock()
		cr.fetchRobots(key, e)
	} else {
		rc.mu.Unlock()
		select {
		case <-e.ready:
		case <-cr.ctx.Done():
			return cr.ctx.Err()
		}
	}
	if e.unavailable != nil {
		return e.unavailable
	}
	if e.data == nil {
		return nil
	}
	group := e.data.FindGroup(cr.c.opts.UserAgent)
	if group == nil {
		return nil
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !group.Test(path) {
		return fmt.Errorf("crawler: %w: %s", ErrRobotsDisallowed, u)
	}
	return nil
}

func (e *robotsEntry) isReady() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// fetchRobots fills e from key/robots.txt and closes e.ready.
func (cr *crawl) fetchRobots(key string, e *robotsEntry) {
	defer close(e.ready)
	robotsURL := key + "/robots.txt"
	unavailable := func(format string, args ...any) {
		e.unavailable = fmt.Errorf("crawler: %s: site disallowed until it answers: "+format, append([]any{robotsURL}, args...)...)
		e.until = time.Now().Add(robotsRetry)
	}
	req, err := http.NewRequestWithContext(cr.ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		unavailable("%w", err)
		return
	}
	req.Header.Set("User-Agent", cr.c.opts.UserAgent)
	client := &http.Client{Transport: cr.c.rt, CheckRedirect: func(_ *http.Request, via []*http.Request) error {
		if len(via) >= MaxRedirects {
			return fmt.Errorf("%w: %d hops", ErrTooManyRedirects, len(via))
		}
		return nil
	}}
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		unavailable("%w", err)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		unavailable("%w", err)
		return
	}
	body, err = gunzip(body, cr.c.opts.MaxBodyBytes)
	if err != nil {
		unavailable("%w", err)
		return
	}
	switch {
	case resp.StatusCode >= 500:
		unavailable("%w: %d", ErrHTTPStatus, resp.StatusCode)
		return
	case resp.StatusCode >= 400:
		return // no robots.txt: everything allowed
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		unavailable("%w", err)
		return
	}
	e.data = data
}

// robotsRefused counts a URL that robots.txt does not let the crawl fetch:
// skipped when its rules disallow it, an error when robots.txt is
// unavailable (once per site until it recovers, then skipped).
func (cr *crawl) robotsRefused(f *fetch, err error) {
	if errors.Is(err, ErrRobotsDisallowed) || cr.ctx.Err() != nil {
		cr.c.log.Debug("crawler: disallowed by robots.txt", "url", f.url)
		cr.disallowed(f.url)
		return
	}
	u, _ := url.Parse(f.url)
	key := ""
	if u != nil {
		key = u.Scheme + "://" + u.Host
	}
	cr.mu.Lock()
	if cr.robotsReported == nil {
		cr.robotsReported = map[string]bool{}
	}
	first := !cr.robotsReported[key]
	cr.robotsReported[key] = true
	if !first {
		cr.stats.Skipped++
	}
	cr.mu.Unlock()
	if first {
		cr.failure(f, err)
	}
}

// checkRedirect is the crawl's robots.txt check of a redirect target. A
// host the crawl has not asked yet has its robots.txt fetched now.
func (cr *crawl) checkRedirect(req *http.Request) error {
	return cr.robotsCheck(req.URL, false)
}

// disallowed counts a URL that robots.txt kept the crawl from fetching as
// skipped, and names the first few in Stats.Disallowed for the run summary.
func (cr *crawl) disallowed(u string) {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	cr.stats.Skipped++
	if len(cr.stats.Disallowed) < maxErrorSamples {
		cr.stats.Disallowed = append(cr.stats.Disallowed, u)
	}
}
