package crawler

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// testArticle is one article page of the test site.
type testArticle struct {
	Slug      string
	Title     string
	Paras     []string
	Published time.Time // zero: the page states no date
}

// path is where the site serves the article.
func (a testArticle) path() string { return "/news/" + a.Slug + ".html" }

// loadCorpus returns articles built from shared/corpus/seeds/*.txt. When the
// corpus is absent it says so loudly and falls back to texts of its own.
func loadCorpus(t testing.TB) []testArticle {
	t.Helper()
	files, _ := filepath.Glob("../../shared/corpus/seeds/*.txt")
	sort.Strings(files)
	var out []testArticle
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read corpus: %v", err)
		}
		var paras []string
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.Join(strings.Fields(line), " ")
			// Keep sentences; drop the short leftovers of the original
			// pages (bylines, "Advertisement", list headings).
			if len(line) >= 80 {
				paras = append(paras, line)
			}
		}
		if len(paras) < 3 {
			continue
		}
		out = append(out, testArticle{
			Slug:      fmt.Sprintf("story-%d", i),
			Title:     fmt.Sprintf("Security guarantees for Ukraine, report %d", i),
			Paras:     paras,
			Published: time.Date(2025, 9, 1+i, 8, 30, 0, 0, time.UTC),
		})
	}
	if len(out) >= 5 {
		return out
	}
	t.Logf("WARNING: corpus ../../shared/corpus/seeds not found (%d usable files); using built-in texts", len(out))
	out = out[:0]
	for i := range 5 {
		var paras []string
		for j := range 6 {
			paras = append(paras, fmt.Sprintf("Paragraph %d of report %d: the defence ministers of several allied countries met in Paris and agreed to continue supplying air defence systems, artillery ammunition and training missions for as long as necessary.", j, i))
		}
		out = append(out, testArticle{
			Slug:      fmt.Sprintf("story-%d", i),
			Title:     fmt.Sprintf("Security guarantees for Ukraine, report %d", i),
			Paras:     paras,
			Published: time.Date(2025, 9, 1+i, 8, 30, 0, 0, time.UTC),
		})
	}
	return out
}

// Boilerplate that surrounds every article body; none of it may end up in
// an extracted text.
const (
	bpNav     = "Home World Politics Business Sport Opinion"
	bpCookie  = "We use cookies to improve your experience. Accept all cookies or manage preferences."
	bpAd      = "Sponsored: refinance your mortgage today with unbeatable rates from our partners."
	bpComment = "Reader comment: this is exactly what I have been saying for years, nobody listens."
	bpRelated = "Related stories you may have missed this week"
	bpFooter  = "Copyright Example News Group. All rights reserved. Terms of use and privacy policy."
)

// articleHTML renders a realistic news page around a.
func articleHTML(a testArticle, canonical, metaCharset string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head>")
	if metaCharset != "" {
		fmt.Fprintf(&b, "<meta charset=\"%s\">", metaCharset)
	}
	fmt.Fprintf(&b, "<title>%s | Example News</title>", html.EscapeString(a.Title))
	if canonical != "" {
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">", canonical)
	}
	if !a.Published.IsZero() {
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">", a.Published.Format(time.RFC3339))
	}
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"og:type\" content=\"article\">", html.EscapeString(a.Title))
	b.WriteString("<style>.ad{display:block}</style><script>var tracking = {id: 42};</script></head><body>")
	fmt.Fprintf(&b, `<div id="cookie-banner" class="cookie-consent"><p>%s</p><button>Accept</button></div>`, bpCookie)
	fmt.Fprintf(&b, `<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/section/world">World</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/sport">Sport</a></li><li><a href="/section/opinion">Opinion</a></li></ul></nav></header>`)
	b.WriteString(`<main><article class="story">`)
	fmt.Fprintf(&b, "<h1>%s</h1>", html.EscapeString(a.Title))
	if !a.Published.IsZero() {
		fmt.Fprintf(&b, `<p class="byline">By Staff Reporter, <time datetime="%s">%s</time></p>`, a.Published.Format(time.RFC3339), a.Published.Format("January 2, 2006"))
	}
	b.WriteString(`<div class="article-body">`)
	for i, p := range a.Paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		if i == 1 {
			fmt.Fprintf(&b, `<aside class="ad advertisement"><p>%s</p></aside>`, bpAd)
		}
	}
	b.WriteString(`</div></article>`)
	fmt.Fprintf(&b, `<section class="related"><h2>%s</h2><ul><li><a href="/news/story-0.html">Earlier report</a></li><li><a href="/section/world">More world news</a></li></ul></section>`, bpRelated)
	fmt.Fprintf(&b, `<section id="comments" class="comments"><h2>Comments</h2><div class="comment"><p>%s</p></div></section>`, bpComment)
	b.WriteString(`</main>`)
	fmt.Fprintf(&b, `<footer><p>%s</p><a href="/about">About us</a></footer>`, bpFooter)
	b.WriteString("</body></html>")
	return b.String()
}

// testSite is a local news site that records every path it serves.
type testSite struct {
	*httptest.Server
	Articles []testArticle

	mu       sync.Mutex
	requests []string // paths in arrival order
	agents   map[string]bool
	status   map[string][]int
}

// served returns how many times path was requested.
func (s *testSite) served(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if r == path {
			n++
		}
	}
	return n
}

// statuses returns the statuses answered for path, in order.
func (s *testSite) statuses(path string) []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.status[path]...)
}

// userAgents returns the User-Agent headers seen.
func (s *testSite) userAgents() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Sorted(maps.Keys(s.agents))
}

func (s *testSite) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) Flush() { r.ResponseWriter.(http.Flusher).Flush() }

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

const (
	// legacyText is the distinctive content of the windows-1252 page.
	legacyText = "Café owners in Liège said the naïve plan costs €5 million – “too much”, according to the façade report."
	// hugeBytes is the size of /huge; tests set MaxBodyBytes below it.
	hugeBytes = 3 << 20
)

// newTestSite starts the site. Its routes:
//
//	/robots.txt                 disallows /private/
//	/                           section page linking to everything
//	/news/story-N.html          articles (story-0 also reachable with utm_* params)
//	/private/secret.html        an article that robots.txt disallows
//	/feed.rss, /feed.atom       feeds (ETag + Last-Modified, answer 304)
//	/sitemap_index.xml          index of /sitemaps/news.xml.gz (gzipped)
//	/legacy.html                windows-1252 article
//	/loop-a, /loop-b            a redirect loop
//	/huge                       a body of hugeBytes, streamed without length
//	/report.pdf                 not HTML
func newTestSite(t testing.TB) *testSite {
	t.Helper()
	s := &testSite{Articles: loadCorpus(t), status: make(map[string][]int), agents: make(map[string]bool)}
	mux := http.NewServeMux()
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		mux.ServeHTTP(rec, r)
		s.mu.Lock()
		s.requests = append(s.requests, r.URL.Path)
		s.agents[r.UserAgent()] = true
		s.status[r.URL.Path] = append(s.status[r.URL.Path], rec.code)
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	base := s.URL
	arts := s.Articles

	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		b.WriteString(`<html lang="en"><head><title>Example News – World</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><h1>Latest</h1><ul>`)
		fmt.Fprintf(&b, `<li><a href="%s?ref=home&amp;utm_source=home&amp;utm_medium=web#top">%s</a></li>`, arts[0].path(), arts[0].Title)
		fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, arts[1].path(), arts[1].Title)
		b.WriteString(`<li><a href="/private/secret.html">Members only</a></li>`)
		b.WriteString(`<li><a href="/legacy.html">From the archive</a></li>`)
		b.WriteString(`<li><a href="/loop-a">Moved story</a></li>`)
		b.WriteString(`<li><a href="/huge">Live blog</a></li>`)
		b.WriteString(`<li><a href="/report.pdf">Full report (PDF)</a></li>`)
		b.WriteString(`<li><a href="https://elsewhere.invalid/story">Partner site</a></li>`)
		b.WriteString(`<li><a href="mailto:desk@example.org">Contact</a></li>`)
		b.WriteString(`</ul></body></html>`)
		fmt.Fprint(w, b.String())
	})
	for i, a := range arts {
		canonical := ""
		if i == 0 {
			canonical = base + a.path()
		}
		if i == 4 {
			// Canonical on another site: must be ignored.
			canonical = "https://syndication.invalid/copy/" + a.Slug
		}
		body := articleHTML(a, canonical, "utf-8")
		if i == 2 {
			// No date on the page: the feed's date must be used.
			na := a
			na.Published = time.Time{}
			body = articleHTML(na, "", "utf-8")
		}
		mux.HandleFunc("GET "+a.path(), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	mux.HandleFunc("GET /private/secret.html", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML(arts[0], "", "utf-8"))
	})
	mux.HandleFunc("GET /about", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body><h1>About</h1><p>A small newsroom.</p></body></html>")
	})
	mux.HandleFunc("GET /section/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<html><body><h1>%s</h1><a href="%s">Top story</a></body></html>`, r.PathValue("name"), arts[1].path())
	})

	legacy := testArticle{Slug: "legacy", Title: "Archive: Café report from Liège", Published: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	for i := range 6 {
		legacy.Paras = append(legacy.Paras, fmt.Sprintf("%s Paragraph %d repeats the finding so the page is long enough to be an article.", legacyText, i))
	}
	legacyBody, err := charmap.Windows1252.NewEncoder().String(articleHTML(legacy, "", "windows-1252"))
	if err != nil {
		t.Fatalf("encode windows-1252: %v", err)
	}
	mux.HandleFunc("GET /legacy.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, legacyBody)
	})

	mux.HandleFunc("GET /loop-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-b", http.StatusFound)
	})
	mux.HandleFunc("GET /loop-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-a", http.StatusFound)
	})
	mux.HandleFunc("GET /huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>live update</p>\n"), 1024)
		for written := 0; written < hugeBytes; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("GET /report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 not really")
	})

	lastMod := time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC)
	serveConditional := func(path, contentType, etag string, body []byte) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", etag)
			w.Header().Set("Last-Modified", lastMod.Format(http.TimeFormat))
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", contentType)
			w.Write(body)
		})
	}

	rss := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>%[1]s/</link><description>World news</description>
<item><title>%[2]s</title><link>%[1]s%[3]s</link><pubDate>%[4]s</pubDate></item>
<item><title>%[5]s</title><link>%[1]s%[6]s</link><pubDate>%[7]s</pubDate></item>
<item><title>Members only</title><link>%[1]s/private/secret.html</link></item>
</channel></rss>`, base, arts[1].Title, arts[1].path(), arts[1].Published.Format(time.RFC1123Z),
		arts[2].Title, arts[2].path(), arts[2].Published.Format(time.RFC1123Z))
	serveConditional("/feed.rss", "application/rss+xml", `"rss-v1"`, []byte(rss))

	atom := fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example News</title><id>urn:example:news</id><updated>2025-09-10T00:00:00Z</updated>
<entry><title>%[2]s</title><id>urn:example:%[4]s</id><link rel="alternate" href="%[1]s%[3]s"/><updated>%[5]s</updated></entry>
</feed>`, base, arts[3].Title, arts[3].path(), arts[3].Slug, arts[3].Published.Format(time.RFC3339))
	serveConditional("/feed.atom", "application/atom+xml", `"atom-v1"`, []byte(atom))

	index := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%s/sitemaps/news.xml.gz</loc><lastmod>2025-09-10</lastmod></sitemap>
</sitemapindex>`, base)
	serveConditional("/sitemap_index.xml", "application/xml", `"index-v1"`, []byte(index))

	var sm strings.Builder
	sm.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for _, a := range arts[3:] {
		fmt.Fprintf(&sm, "<url><loc>%s%s</loc><news:news><news:publication_date>%s</news:publication_date></news:news></url>\n", base, a.path(), a.Published.Format(time.RFC3339))
	}
	sm.WriteString(`</urlset>`)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(sm.String()))
	zw.Close()
	serveConditional("/sitemaps/news.xml.gz", "application/gzip", `"news-v1"`, gz.Bytes())
	return s
}
