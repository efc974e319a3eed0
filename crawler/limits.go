package crawler

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Parsing an HTML page costs far more memory and time than its size
// (main-text extraction grows faster than linearly with the number of
// paragraphs), so the crawler bounds the work per page and per Crawler:
// a page is cut to Options.MaxParseBytes before parsing, its main text to
// Options.MaxTextBytes, and at most Options.MaxParsingBytes of HTML are
// being parsed at once. Cut pages are still emitted, and counted in
// Stats.PagesCut.

// parseLimits bound the work on one page.
type parseLimits struct {
	parse int // bytes of decoded HTML parsed
	text  int // bytes of main text kept
}

var defaultParseLimits = parseLimits{parse: DefaultMaxParseBytes, text: DefaultMaxTextBytes}

// cutHTML returns at most max bytes of b, cut before the last '<' so that
// no tag is split (or at a rune boundary when there is none), and whether
// it cut. max <= 0 means no limit.
func cutHTML(b []byte, max int) ([]byte, bool) {
	if max <= 0 || len(b) <= max {
		return b, false
	}
	cut := b[:max]
	if i := bytes.LastIndexByte(cut, '<'); i > 0 {
		return cut[:i], true
	}
	for len(cut) > 0 && !utf8.RuneStart(b[len(cut)]) {
		cut = cut[:len(cut)-1]
	}
	return cut, true
}

// countInvalidUTF8 counts the maximal invalid byte sequences of b, each of
// which bytes.ToValidUTF8 replaces with one U+FFFD.
func countInvalidUTF8(b []byte) int {
	n := 0
	inBad := false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		bad := r == utf8.RuneError && size == 1
		if bad && !inBad {
			n++
		}
		inBad = bad
		b = b[size:]
	}
	return n
}

// byteBudget is a counting semaphore over bytes: acquire blocks until n
// bytes fit under the capacity. A request larger than the capacity waits
// until nothing else is held, then proceeds alone.
type byteBudget struct {
	mu   sync.Mutex
	cap  int64
	used int64
	wake chan struct{} // closed and replaced on every release
}

func newByteBudget(capacity int64) *byteBudget {
	return &byteBudget{cap: capacity, wake: make(chan struct{})}
}

// acquire takes n bytes of the budget, or returns ctx's error.
func (b *byteBudget) acquire(ctx context.Context, n int64) error {
	for {
		b.mu.Lock()
		if b.used == 0 || b.used+n <= b.cap {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release gives back n bytes taken by acquire.
func (b *byteBudget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}

// parse runs parsePage within the Crawler's parsing budget and the page
// limits, and counts what was cut or could not be decoded.
func (cr *crawl) parse(pageURL string, body []byte, contentType string) (page, error) {
	o := cr.c.opts
	n := min(int64(len(body)), int64(o.MaxParseBytes))
	if err := cr.c.parsing.acquire(cr.ctx, n); err != nil {
		return page{}, err
	}
	p, err := parsePage(pageURL, body, contentType, parseLimits{parse: o.MaxParseBytes, text: o.MaxTextBytes})
	cr.c.parsing.release(n)
	if p.htmlCut || p.textCut {
		what := "main text cut to crawl.max_text_bytes"
		if p.htmlCut {
			what = "page cut to crawl.max_parse_bytes before parsing"
		}
		cr.c.log.Warn("crawler: page cut", "url", pageURL, "bytes", len(body), "html_cut", p.htmlCut, "text_cut", p.textCut)
		cr.note(func(s *Stats) { s.PagesCut++ }, fmt.Sprintf("%s: %s (%d bytes)", pageURL, what, len(body)))
	}
	if p.invalidUTF8 > 0 {
		cr.c.log.Warn("crawler: bytes invalid in the page's character set replaced", "url", pageURL, "sequences", p.invalidUTF8)
		cr.note(func(s *Stats) { s.CharsetErrors++ },
			fmt.Sprintf("%s: %d byte sequence(s) not valid UTF-8 were replaced; the page's charset label may be wrong", pageURL, p.invalidUTF8))
	}
	return p, err
}

// note applies count to the crawl's Stats and keeps msg among the first
// maxErrorSamples notes.
func (cr *crawl) note(count func(*Stats), msg string) {
	cr.mu.Lock()
	count(&cr.stats)
	if len(cr.stats.Notes) < maxErrorSamples {
		cr.stats.Notes = append(cr.stats.Notes, msg)
	}
	cr.mu.Unlock()
}

// limitReached counts one URL left out by a crawl limit, and names the
// limit in Stats.Notes (and the log) the first time it is reached.
func (cr *crawl) limitReached(limit, msg string) {
	cr.mu.Lock()
	cr.stats.URLsDropped++
	first := !cr.limitsHit[limit]
	if first {
		if cr.limitsHit == nil {
			cr.limitsHit = map[string]bool{}
		}
		cr.limitsHit[limit] = true
		// Always kept: there are two limits, each named once.
		cr.stats.Notes = append(cr.stats.Notes, cr.src.Name+": "+msg)
	}
	cr.mu.Unlock()
	if first {
		cr.c.log.Warn("crawler: limit reached", "source", cr.src.Name, "limit", limit, "msg", msg)
	}
}

// stripBulk returns b without the contents of its <script> elements
// (JSON-LD ones aside: they carry the article's metadata) and <style>
// elements, which on large pages are most of the bytes and none of the
// text. The elements' tags are kept. It is applied to pages over the parse
// limit only, so that the cut keeps as much of the text as it can.
func stripBulk(b []byte) []byte {
	lower := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	out := make([]byte, 0, len(b))
	i := 0
	for {
		lt := bytes.IndexByte(lower[i:], '<')
		if lt < 0 {
			return append(out, b[i:]...)
		}
		lt += i
		name := ""
		for _, n := range []string{"script", "style"} {
			rest := lower[lt+1:]
			if bytes.HasPrefix(rest, []byte(n)) && len(rest) > len(n) && isTagEnd(rest[len(n)]) {
				name = n
			}
		}
		if name == "" {
			out = append(out, b[i:lt+1]...)
			i = lt + 1
			continue
		}
		gt := bytes.IndexByte(lower[lt:], '>')
		if gt < 0 {
			return append(out, b[i:]...)
		}
		gt += lt
		if name == "script" && bytes.Contains(lower[lt:gt], []byte("ld+json")) {
			out = append(out, b[i:gt+1]...)
			i = gt + 1
			continue
		}
		out = append(out, b[i:gt+1]...)
		end := bytes.Index(lower[gt+1:], []byte("</"+name))
		if end < 0 {
			return out // the rest is the element's content
		}
		i = gt + 1 + end
	}
}

func isTagEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
