package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// hostileSite is a local site whose routes are set by each test. It
// records the paths requested.
type hostileSite struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int
}

func newHostileSite(t *testing.T, mux *http.ServeMux) *hostileSite {
	t.Helper()
	s := &hostileSite{requests: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests[r.URL.Path]++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *hostileSite) served(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

func (s *hostileSite) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.requests {
		n += c
	}
	return n
}

// localhostURL names the site by "localhost" instead of 127.0.0.1: a
// second host name for the same server.
func (s *hostileSite) localhostURL() string {
	return strings.Replace(s.URL, "127.0.0.1", "localhost", 1)
}

// largeArticle is a valid article page of about n bytes made of short
// paragraphs that each state a pledge: the costliest shape to parse.
func largeArticle(n int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html lang=\"en\"><head><title>Endless pledges</title></head><body><article>")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<p>Germany pledged %d troops and $%d million in aid to Ukraine on Monday, the ministry said.</p>\n", 100+i%900, 1+i%50)
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

func goodArticle(i int) string {
	var paras []string
	for j := range 6 {
		paras = append(paras, fmt.Sprintf("Paragraph %d of good report %d: the defence ministers of several allied countries met in Paris and agreed to continue supplying air defence systems and training missions.", j, i))
	}
	return articleHTML(testArticle{Title: fmt.Sprintf("Good report %d", i), Paras: paras}, "", "")
}

// TestCrawlLargePagesBounded crawls sitemaps on two host names listing
// pages of 8.5 MB each besides ordinary articles: the large pages are cut
// before parsing and reported, the good ones are stored whole, and the
// memory allocated stays within a bound that the unbounded parse of one
// such page alone exceeds many times over.
func TestCrawlLargePagesBounded(t *testing.T) {
	const bigBytes = 8500 << 10
	big := largeArticle(bigBytes)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range []string{"/big/1", "/big/2", "/good/1", "/good/2"} {
			fmt.Fprintf(w, "<url><loc>http://%s%s</loc></url>", r.Host, p)
		}
		fmt.Fprint(w, `</urlset>`)
	})
	mux.HandleFunc("GET /big/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(big)
	})
	mux.HandleFunc("GET /good/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, goodArticle(len(r.Host)*10+len(r.PathValue("n"))))
	})
	site := newHostileSite(t, mux)

	opts := testOptions()
	opts.MaxBodyBytes = 10 << 20
	opts.MaxParseBytes = 128 << 10
	opts.MaxTextBytes = 64 << 10
	// 8.5 MB bodies under -race on a loaded machine: a request may take
	// longer than the 5s of testOptions without anything being wrong.
	opts.Timeout = time.Minute
	sink := &memSink{}
	c := mustNew(t, opts, newMemState(), sink)
	src := Source{Name: "hostile", Sitemaps: []string{site.URL + "/sitemap.xml", site.localhostURL() + "/sitemap.xml"}}

	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	stats, err := c.Crawl(ctx, src)
	runtime.ReadMemStats(&m1)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	if stats.Errors != 0 {
		t.Errorf("errors: %d %v", stats.Errors, stats.ErrorSamples)
	}
	if stats.PagesCut != 4 {
		t.Errorf("PagesCut = %d, want 4 (the large pages on both hosts); notes %v", stats.PagesCut, stats.Notes)
	}
	if len(stats.Notes) == 0 || !strings.Contains(stats.Notes[0], "max_parse_bytes") {
		t.Errorf("notes %q do not name the limit", stats.Notes)
	}
	got := sink.byURL()
	for _, host := range []string{site.URL, site.localhostURL()} {
		for _, p := range []string{"/good/1", "/good/2", "/big/1", "/big/2"} {
			a, ok := got[host+p]
			if !ok {
				t.Errorf("%s%s not published", host, p)
				continue
			}
			if strings.HasPrefix(p, "/big") && len(a.Text) > opts.MaxTextBytes {
				t.Errorf("%s%s text is %d bytes, over MaxTextBytes %d", host, p, len(a.Text), opts.MaxTextBytes)
			}
			if strings.HasPrefix(p, "/good") && !strings.Contains(a.Text, "Paragraph 5 of good report") {
				t.Errorf("%s%s text lost its end: %q", host, p, a.Text)
			}
		}
	}
	// Parsing one such page unbounded allocates hundreds of gigabytes; the
	// four cut ones, the bodies and the crawl itself stay well under this.
	const bound = 2 << 30
	if alloc := m1.TotalAlloc - m0.TotalAlloc; alloc > bound {
		t.Errorf("crawl allocated %d MiB, want under %d MiB", alloc>>20, bound>>20)
	}
}

// BenchmarkCrawlLargePage crawls sitemaps listing 8.5 MB pages of short
// pledge paragraphs, with the page limits (the defaults) and without them
// ("unbounded": parse everything, keep 2 MiB of text, as before the limits
// existed): one page, and eight pages on two host names. It reports the
// process's peak RSS; run one sub-benchmark per process to compare them
// (the unbounded ones take minutes per page).
func BenchmarkCrawlLargePage(b *testing.B) {
	big := largeArticle(8500 << 10)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /sitemap/{n}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range len(r.PathValue("n")) {
			fmt.Fprintf(w, "<url><loc>http://%s/big/%d</loc></url>", r.Host, i)
		}
		fmt.Fprint(w, `</urlset>`)
	})
	mux.HandleFunc("GET /big/{n}", func(w http.ResponseWriter, r *http.Request) { w.Write(big) })
	site := httptest.NewServer(mux)
	defer site.Close()
	second := strings.Replace(site.URL, "127.0.0.1", "localhost", 1)
	one := []string{site.URL + "/sitemap/1"}
	eight := []string{site.URL + "/sitemap/1234", second + "/sitemap/1234"}
	for _, bc := range []struct {
		name        string
		parse, text int
		sitemaps    []string
	}{
		{"bounded-1", 0, 0, one},
		{"unbounded-1", 1 << 30, 2 << 20, one},
		{"bounded-8", 0, 0, eight},
		{"unbounded-8", 1 << 30, 2 << 20, eight},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				opts := testOptions()
				opts.MaxBodyBytes = 10 << 20
				opts.MaxParseBytes, opts.MaxTextBytes = bc.parse, bc.text
				c, _ := New(opts, newMemState(), &memSink{})
				if _, err := c.Crawl(context.Background(), Source{Name: "b", Sitemaps: bc.sitemaps}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peakRSS()>>20), "peak-RSS-MiB")
		})
	}
}

// peakRSS returns the process's peak resident set size (VmHWM) in bytes,
// or 0 where /proc is not available.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), &kb)
			return kb << 10
		}
	}
	return 0
}

// TestCrawlRobotsOnEveryHop checks robots.txt on redirect targets, on
// robots.txt answering 5xx (the site is disallowed until it recovers) and
// on an oversized robots.txt (an error that names it).
func TestCrawlRobotsOnEveryHop(t *testing.T) {
	var mu sync.Mutex
	robotsStatus := http.StatusOK
	robotsBody := "User-agent: *\nDisallow: /private/\n"
	mux := http.NewServeMux()
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		status, body := robotsStatus, robotsBody
		mu.Unlock()
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("GET /sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range []string{"/good/1", "/moved/1", "/private/direct"} {
			fmt.Fprintf(w, "<url><loc>http://%s%s</loc></url>", r.Host, p)
		}
		fmt.Fprint(w, `</urlset>`)
	})
	mux.HandleFunc("GET /moved/1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/secret", http.StatusFound)
	})
	mux.HandleFunc("GET /good/{n}", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, goodArticle(1)) })
	mux.HandleFunc("GET /private/{p}", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, goodArticle(2)) })
	site := newHostileSite(t, mux)
	src := Source{Name: "robots", Sitemaps: []string{site.URL + "/sitemap.xml"}}
	setRobots := func(status int, body string) {
		mu.Lock()
		robotsStatus, robotsBody = status, body
		mu.Unlock()
	}

	tests := []struct {
		name         string
		status       int
		body         string
		wantFetched  []string // article paths fetched
		wantErrors   int
		wantInSample string
	}{
		{"redirect to a disallowed path", http.StatusOK, "User-agent: *\nDisallow: /private/\n", []string{"/good/1"}, 0, ""},
		{"robots.txt answers 503", http.StatusServiceUnavailable, "busy", nil, 1, "robots.txt: site disallowed until it answers"},
		{"robots.txt recovered", http.StatusOK, "User-agent: *\nDisallow: /private/\n", []string{"/good/1"}, 0, ""},
		{"robots.txt too large", http.StatusOK, "User-agent: *\nDisallow: /private/\n#" + strings.Repeat("x", 70<<10), nil, 1, "robots.txt"},
		{"no robots.txt", http.StatusNotFound, "", []string{"/good/1", "/private/secret", "/private/direct"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setRobots(tt.status, tt.body)
			before := map[string]int{}
			for _, p := range []string{"/good/1", "/private/secret", "/private/direct", "/sitemap.xml"} {
				before[p] = site.served(p)
			}
			opts := testOptions()
			opts.MaxBodyBytes = 64 << 10
			sink := &memSink{}
			stats, err := mustNew(t, opts, newMemState(), sink).Crawl(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range []string{"/good/1", "/private/secret", "/private/direct"} {
				fetched := site.served(p) > before[p]
				if want := slices.Contains(tt.wantFetched, p); fetched != want {
					t.Errorf("%s fetched = %v, want %v", p, fetched, want)
				}
			}
			if tt.wantFetched == nil && site.served("/sitemap.xml") > before["/sitemap.xml"] {
				t.Error("the sitemap was fetched from a disallowed site")
			}
			if stats.Errors != tt.wantErrors {
				t.Errorf("errors = %d, want %d: %q", stats.Errors, tt.wantErrors, stats.ErrorSamples)
			}
			if tt.wantInSample != "" && (len(stats.ErrorSamples) == 0 || !strings.Contains(stats.ErrorSamples[0], tt.wantInSample)) {
				t.Errorf("error samples %q do not contain %q", stats.ErrorSamples, tt.wantInSample)
			}
			for u := range sink.byURL() {
				if strings.Contains(u, "/private/") && !slices.Contains(tt.wantFetched, "/private/secret") {
					t.Errorf("disallowed page %s was published", u)
				}
			}
		})
	}
}

// TestCrawlLimits crawls a sitemap index that generates itself without end
// and a sitemap listing more pages than the crawl may request: both stop
// at their limit, and the limit is reported.
func TestCrawlLimits(t *testing.T) {
	mux := http.NewServeMux()
	// /sm/N.xml is an index of /sm/N0.xml and /sm/N1.xml: a binary tree
	// of sitemaps as deep as anyone follows it.
	mux.HandleFunc("GET /sm/{n}", func(w http.ResponseWriter, r *http.Request) {
		n := strings.TrimSuffix(r.PathValue("n"), ".xml")
		fmt.Fprintf(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sm/%s0.xml</loc></sitemap><sitemap><loc>/sm/%s1.xml</loc></sitemap></sitemapindex>`, n, n)
	})
	mux.HandleFunc("GET /many.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range 200 {
			fmt.Fprintf(w, "<url><loc>/p/%d</loc></url>", i)
		}
		fmt.Fprint(w, `</urlset>`)
	})
	mux.HandleFunc("GET /p/{n}", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, goodArticle(3)) })
	site := newHostileSite(t, mux)

	tests := []struct {
		name         string
		sitemap      string
		depth, urls  int
		wantRequests int // requests to the site, robots.txt aside
		wantDropped  int
		wantNote     string
	}{
		// Depths 0..3 of the tree: 1+2+4+8 sitemaps; the 16 children of
		// the deepest level are dropped.
		{"self-generating sitemap index", "/sm/1.xml", 3, 1000, 15, 16, "crawl.max_sitemap_depth (3)"},
		// The sitemap and 49 pages; the other 151 pages are dropped.
		{"more URLs than the limit", "/many.xml", 5, 50, 50, 151, "crawl.max_urls_per_source (50)"},
		{"within the limits", "/many.xml", 5, 1000, 201, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := site.total() - site.served("/robots.txt")
			opts := testOptions()
			opts.MaxSitemapDepth, opts.MaxURLs = tt.depth, tt.urls
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			stats, err := mustNew(t, opts, newMemState(), &memSink{}).Crawl(ctx, Source{Name: "deep", Sitemaps: []string{site.URL + tt.sitemap}})
			if err != nil {
				t.Fatal(err)
			}
			if got := site.total() - site.served("/robots.txt") - before; got != tt.wantRequests {
				t.Errorf("%d requests, want %d", got, tt.wantRequests)
			}
			if stats.URLsDropped != tt.wantDropped {
				t.Errorf("URLsDropped = %d, want %d", stats.URLsDropped, tt.wantDropped)
			}
			if tt.wantNote == "" && len(stats.Notes) > 0 {
				t.Errorf("unexpected notes %q", stats.Notes)
			}
			if tt.wantNote != "" && (len(stats.Notes) != 1 || !strings.Contains(stats.Notes[0], tt.wantNote) || !strings.HasPrefix(stats.Notes[0], "deep: ")) {
				t.Errorf("notes %q, want one naming the source and %q", stats.Notes, tt.wantNote)
			}
		})
	}
}

// TestCrawlCountsMislabelledCharset serves the same Russian article in
// windows-1251 under different labels: bytes that are not valid in the
// declared charset are replaced, counted in Stats.CharsetErrors and named
// in Stats.Notes, instead of vanishing silently.
func TestCrawlCountsMislabelledCharset(t *testing.T) {
	para := "Министр обороны заявил, что Германия направит Украине дополнительные системы противовоздушной обороны и боеприпасы в ближайшие месяцы."
	var paras []string
	for range 6 {
		paras = append(paras, para)
	}
	page := articleHTML(testArticle{Title: "Помощь Украине", Paras: paras}, "", "")
	cp1251, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		contentType string
		wantErrors  int
	}{
		{"labelled utf-8", "text/html; charset=utf-8", 1},
		{"labelled windows-1251", "text/html; charset=windows-1251", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("GET /a", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				fmt.Fprint(w, cp1251)
			})
			site := newHostileSite(t, mux)
			sink := &memSink{}
			stats, err := mustNew(t, testOptions(), newMemState(), sink).Crawl(context.Background(), Source{Name: "ru", Seeds: []string{site.URL + "/a"}})
			if err != nil {
				t.Fatal(err)
			}
			if stats.CharsetErrors != tt.wantErrors {
				t.Errorf("CharsetErrors = %d, want %d (notes %q)", stats.CharsetErrors, tt.wantErrors, stats.Notes)
			}
			if tt.wantErrors > 0 && (len(stats.Notes) == 0 || !strings.Contains(stats.Notes[0], "not valid UTF-8")) {
				t.Errorf("notes %q do not report the bytes", stats.Notes)
			}
			a, ok := sink.byURL()[site.URL+"/a"]
			if tt.wantErrors == 0 && (!ok || !strings.Contains(a.Text, "Министр обороны")) {
				t.Errorf("correctly labelled page not decoded: %v %q", ok, a.Text)
			}
		})
	}
}
