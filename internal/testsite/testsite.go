// Package testsite serves a small local news site for end-to-end tests:
// article pages wrapped in realistic boilerplate (navigation, cookie banner,
// ads, related links, comments), an RSS feed, a sitemap, a section page and
// a robots.txt that disallows /private/. It records every path it serves so
// tests can assert what the crawler fetched.
package testsite

import (
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// Article is one page of the site.
type Article struct {
	Slug      string
	Title     string
	Body      string // plain text, paragraphs separated by blank lines or newlines
	Published time.Time
}

// Site is a running local news site.
type Site struct {
	*httptest.Server
	mu       sync.Mutex
	articles []Article
	bySlug   map[string]int // index of the first article with the slug
	hits     map[string]int
	log      []Request
	delay    time.Duration
}

// Request is one request the site received: its path and when its
// handler started.
type Request struct {
	Path string
	Time time.Time
}

// SetDelay makes every later article page answer after d, to simulate a
// slow site.
func (s *Site) SetDelay(d time.Duration) {
	s.mu.Lock()
	s.delay = d
	s.mu.Unlock()
}

// SecretPath is linked from the section page and listed in the sitemap but
// disallowed by robots.txt: a crawler must never request it.
const SecretPath = "/private/secret.html"

// New starts a site serving articles. Articles 0 and 1 … are split between
// the RSS feed (even indexes) and the sitemap (odd indexes); the section
// page /news/ links them all. Close it when done.
func New(articles []Article) *Site {
	s := &Site{articles: articles, bySlug: make(map[string]int, len(articles)), hits: map[string]int{}}
	for i, a := range articles {
		if _, dup := s.bySlug[a.Slug]; !dup {
			s.bySlug[a.Slug] = i
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html><head><title>Local News</title></head><body><a href="/news/">All news</a></body></html>`)
	})
	mux.HandleFunc("GET /privacy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html><head><title>Privacy</title></head><body><p>We keep no data.</p></body></html>`)
	})
	mux.HandleFunc("GET /feed.xml", s.feed)
	mux.HandleFunc("GET /sitemap.xml", s.sitemap)
	mux.HandleFunc("GET /news/", s.section)
	mux.HandleFunc("GET /news/{slug}", s.article)
	mux.HandleFunc("GET /private/{slug}", func(w http.ResponseWriter, r *http.Request) {
		writePage(w, Article{Title: "Secret", Body: strings.Repeat("This page must never be crawled. ", 40)})
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.log = append(s.log, Request{Path: r.URL.Path, Time: time.Now()})
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	return s
}

// Hits returns how many times path was requested.
func (s *Site) Hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// Requests returns every request received so far, in arrival order.
func (s *Site) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.log...)
}

// Paths returns every path requested so far, sorted.
func (s *Site) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for p := range s.hits {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// URL returns the absolute URL of path on the site.
func (s *Site) URL(path string) string { return s.Server.URL + path }

// ArticleURL returns the URL of article i.
func (s *Site) ArticleURL(i int) string { return s.URL("/news/" + s.articles[i].Slug + ".html") }

func (s *Site) feed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local News</title><link>%s/</link><description>news</description>
`, s.Server.URL)
	for i, a := range s.articles {
		if i%2 == 0 {
			fmt.Fprintf(w, "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>\n",
				html.EscapeString(a.Title), s.ArticleURL(i), a.Published.Format(time.RFC1123Z))
		}
	}
	fmt.Fprint(w, "</channel></rss>\n")
}

func (s *Site) sitemap(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
`)
	for i, a := range s.articles {
		if i%2 == 1 {
			fmt.Fprintf(w, "<url><loc>%s</loc><lastmod>%s</lastmod></url>\n", s.ArticleURL(i), a.Published.Format("2006-01-02"))
		}
	}
	fmt.Fprintf(w, "<url><loc>%s</loc></url>\n</urlset>\n", s.URL(SecretPath))
}

func (s *Site) section(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, "<!doctype html><html><head><title>News</title></head><body><nav><a href=\"/\">Home</a></nav><ul>")
	for i, a := range s.articles {
		fmt.Fprintf(w, "<li><a href=\"%s\">%s</a></li>", s.ArticleURL(i), html.EscapeString(a.Title))
	}
	fmt.Fprintf(w, "<li><a href=\"%s\">Members only</a></li></ul></body></html>", SecretPath)
}

func (s *Site) article(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	d := s.delay
	s.mu.Unlock()
	if d > 0 {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
	}
	// A map, not a scan: bench serves thousands of articles.
	if i, ok := s.bySlug[strings.TrimSuffix(r.PathValue("slug"), ".html")]; ok {
		writePage(w, s.articles[i])
		return
	}
	http.NotFound(w, r)
}

// writePage renders an article inside typical news-site boilerplate.
func writePage(w http.ResponseWriter, a Article) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var b strings.Builder
	for _, p := range paragraphs(a.Body) {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	date := a.Published.Format(time.RFC3339)
	fmt.Fprintf(w, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>%[1]s | Local News</title>
<meta property="og:title" content="%[1]s">
<meta property="article:published_time" content="%[2]s">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><a href="/">Home</a> <a href="/news/">World</a> <a href="/news/">Politics</a> <a href="/news/">Sport</a></nav></header>
<aside class="ad">ADVERTISEMENT: Buy the new phone now, 50%% off!</aside>
<main><article>
<h1>%[1]s</h1>
<p class="byline">By Staff Reporter · <time datetime="%[2]s">%[3]s</time></p>
%[4]s
</article></main>
<section class="related"><h2>Related stories</h2><ul><li><a href="/news/">Markets rally as oil prices fall</a></li><li><a href="/news/">Weather: storms expected</a></li></ul></section>
<section class="comments"><h2>Comments</h2><div class="comment">Great article, thanks!</div><div class="comment">I disagree with this.</div></section>
<footer>© 2025 Local News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>`, html.EscapeString(a.Title), date, a.Published.Format("January 2, 2006"), b.String())
}

func paragraphs(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// SeedArticles builds articles from the .txt files in dir (the seed corpus):
// slug = file name without extension, title = first line of at least
// three words, body = the whole text. Published dates are spread over
// September 2025. It returns an error if dir holds no .txt file.
func SeedArticles(dir string) ([]Article, error) {
	return SeedArticlesFS(os.DirFS(dir), ".", dir)
}

// SeedArticlesFS is SeedArticles over the directory dir of fsys; name
// is how errors call it.
func SeedArticlesFS(fsys fs.FS, dir, name string) ([]Article, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("testsite: no .txt files in %s", name)
	}
	sort.Strings(files)
	var out []Article
	for i, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		text := string(data)
		title := strings.TrimSuffix(path.Base(f), ".txt")
		for _, line := range paragraphs(text) {
			if len(strings.Fields(line)) >= 3 {
				title = line
				break
			}
		}
		out = append(out, Article{
			Slug:      strings.TrimSuffix(path.Base(f), ".txt"),
			Title:     title,
			Body:      text,
			Published: time.Date(2025, 9, 1+i, 9, 30, 0, 0, time.UTC),
		})
	}
	return out, nil
}
