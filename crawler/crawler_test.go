package crawler

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// memState is an in-memory State.
type memState struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newMemState() *memState { return &memState{m: make(map[string][]byte)} }

func (s *memState) Get(_ context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return nil, nil
	}
	return slices.Clone(v), nil
}

func (s *memState) Put(_ context.Context, key string, value []byte) error {
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return fmt.Errorf("memState: bad key %q", key)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = slices.Clone(value)
	return nil
}

func (s *memState) keys() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Sorted(maps.Keys(s.m))
}

// memSink records published articles; fail, if set, decides failures.
// With stored set it also plays the store, marking each article stored in
// that State as soon as it is published (MarkStored).
type memSink struct {
	mu     sync.Mutex
	got    []news.Article
	fail   func(news.Article) error
	stored State
}

func (s *memSink) Publish(ctx context.Context, a news.Article) error {
	if s.fail != nil {
		if err := s.fail(a); err != nil {
			return err
		}
	}
	if s.stored != nil {
		if err := MarkStored(ctx, s.stored, a); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.got = append(s.got, a)
	return nil
}

func (s *memSink) byURL() map[string]news.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := make(map[string]news.Article)
	for _, a := range s.got {
		m[a.URL] = a
	}
	return m
}

func (s *memSink) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.got)
}

func testOptions() Options {
	return Options{
		AllowPrivateNetworks: true,
		Delay:                -1,
		Parallelism:          4,
		Timeout:              5 * time.Second,
		MaxBodyBytes:         1 << 20,
	}
}

func siteSource(s *testSite) Source {
	return Source{
		Name:     "example",
		Feeds:    []string{s.URL + "/feed.rss", s.URL + "/feed.atom"},
		Sitemaps: []string{s.URL + "/sitemap_index.xml"},
		Seeds:    []string{s.URL + "/"},
		MaxDepth: 1,
	}
}

func mustNew(t *testing.T, opts Options, st State, sink Sink) *Crawler {
	t.Helper()
	c, err := New(opts, st, sink)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestCrawlSite(t *testing.T) {
	site := newTestSite(t)
	st := newMemState()
	sink := &memSink{stored: st}
	var progressCalls int
	opts := testOptions()
	opts.Progress = func(Stats) { progressCalls++ } // serialised by contract
	c := mustNew(t, opts, st, sink)

	stats, err := c.Crawl(context.Background(), siteSource(site))
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	t.Logf("first crawl: %+v", stats)
	got := sink.byURL()

	t.Run("every article emitted once", func(t *testing.T) {
		var want []string
		for _, a := range site.Articles {
			want = append(want, site.URL+a.path())
		}
		want = append(want, site.URL+"/legacy.html")
		slices.Sort(want)
		if urls := slices.Sorted(maps.Keys(got)); !slices.Equal(urls, want) {
			t.Errorf("emitted URLs\n got %q\nwant %q", urls, want)
		}
		if sink.count() != len(want) {
			t.Errorf("published %d articles, want %d (each once)", sink.count(), len(want))
		}
		if stats.ArticlesNew != len(want) {
			t.Errorf("ArticlesNew = %d, want %d", stats.ArticlesNew, len(want))
		}
	})

	for i, ta := range site.Articles {
		t.Run("article "+ta.Slug, func(t *testing.T) {
			a, ok := got[site.URL+ta.path()]
			if !ok {
				t.Fatalf("not emitted")
			}
			if a.Title != ta.Title {
				t.Errorf("Title = %q, want %q", a.Title, ta.Title)
			}
			if !a.Published.Equal(ta.Published) {
				t.Errorf("Published = %v, want %v", a.Published, ta.Published)
			}
			if a.ID != news.ArticleID(a.URL) || a.ContentHash != news.ContentHash(a.Title, a.Text) {
				t.Errorf("ID/ContentHash not derived from URL/Title+Text")
			}
			if a.Source != "example" || a.FetchedAt.IsZero() {
				t.Errorf("Source = %q FetchedAt = %v", a.Source, a.FetchedAt)
			}
			if a.Language != "en" {
				t.Errorf("Language = %q, want en", a.Language)
			}
			for _, p := range []string{ta.Paras[0], ta.Paras[len(ta.Paras)-1]} {
				if !strings.Contains(a.Text, p) {
					t.Errorf("text lacks paragraph %.60q…", p)
				}
			}
			for _, bp := range []string{bpNav, bpCookie, bpAd, bpComment, bpRelated, bpFooter, "Accept", "tracking"} {
				if strings.Contains(a.Text, bp) {
					t.Errorf("text contains boilerplate %q", bp)
				}
			}
			_ = i
		})
	}

	t.Run("charset windows-1252 decoded", func(t *testing.T) {
		a, ok := got[site.URL+"/legacy.html"]
		if !ok {
			t.Fatal("legacy page not emitted")
		}
		if !strings.Contains(a.Text, legacyText) {
			t.Errorf("text not decoded: %.200q", a.Text)
		}
		if a.Title != "Archive: Café report from Liège" {
			t.Errorf("Title = %q", a.Title)
		}
	})

	t.Run("robots.txt obeyed", func(t *testing.T) {
		if n := site.served("/private/secret.html"); n != 0 {
			t.Errorf("disallowed page requested %d times", n)
		}
		if n := site.served("/robots.txt"); n != 1 {
			t.Errorf("robots.txt requested %d times, want 1", n)
		}
		// /private/secret.html (linked from the home page and the feed,
		// skipped once thanks to URL dedupe) and /report.pdf (not HTML).
		if stats.Skipped != 2 {
			t.Errorf("Skipped = %d, want 2", stats.Skipped)
		}
	})

	t.Run("non-HTML not parsed, not an error", func(t *testing.T) {
		for _, s := range stats.ErrorSamples {
			if strings.Contains(s, "report.pdf") {
				t.Errorf("pdf counted as error: %s", s)
			}
		}
	})

	t.Run("redirect loop and huge page are errors, crawl goes on", func(t *testing.T) {
		if stats.Errors != 2 {
			t.Errorf("Errors = %d, want 2 (loop, huge): %q", stats.Errors, stats.ErrorSamples)
		}
		joined := strings.Join(stats.ErrorSamples, "\n")
		for _, want := range []string{"/loop-a", ErrTooManyRedirects.Error(), "/huge", ErrBodyTooLarge.Error()} {
			if !strings.Contains(joined, want) {
				t.Errorf("ErrorSamples lack %q: %q", want, stats.ErrorSamples)
			}
		}
	})

	t.Run("depth limit", func(t *testing.T) {
		// /section/* is linked only from article pages (depth 1): not fetched.
		if n := site.served("/section/world"); n != 0 {
			t.Errorf("depth-2 page fetched %d times", n)
		}
		if n := site.served("/about"); n != 1 {
			t.Errorf("/about (depth 1) fetched %d times, want 1", n)
		}
	})

	t.Run("progress reported", func(t *testing.T) {
		if progressCalls < stats.Pages {
			t.Errorf("progress called %d times for %d pages", progressCalls, stats.Pages)
		}
	})

	t.Run("second crawl emits nothing", func(t *testing.T) {
		before := sink.count()
		feedsBefore := len(site.statuses("/feed.rss"))
		stats2, err := c.Crawl(context.Background(), siteSource(site))
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		t.Logf("second crawl: %+v", stats2)
		if n := sink.count() - before; n != 0 || stats2.ArticlesNew != 0 {
			t.Errorf("second crawl published %d (ArticlesNew %d), want 0", n, stats2.ArticlesNew)
		}
		if stats2.ArticlesUnchanged == 0 {
			t.Errorf("ArticlesUnchanged = 0, want the seed-reached articles")
		}
		for _, p := range []string{"/feed.rss", "/feed.atom", "/sitemap_index.xml"} {
			st := site.statuses(p)
			if len(st) < 2 || st[len(st)-1] != http.StatusNotModified {
				t.Errorf("%s statuses %v, want a final 304", p, st)
			}
		}
		if len(site.statuses("/feed.rss")) != feedsBefore+1 {
			t.Errorf("feed fetched more than once in the second crawl")
		}
		if n := site.served("/sitemaps/news.xml.gz"); n != 1 {
			t.Errorf("child sitemap fetched %d times, want 1 (index was 304)", n)
		}
	})
}

func TestCrawlPublishFailureNotRecorded(t *testing.T) {
	site := newTestSite(t)
	st := newMemState()
	failing := site.URL + site.Articles[1].path() // listed by the RSS feed
	sink := &memSink{fail: func(a news.Article) error {
		if a.URL == failing {
			return errors.New("queue unavailable")
		}
		return nil
	}, stored: st}
	c := mustNew(t, testOptions(), st, sink)
	src := Source{Name: "rss", Feeds: []string{site.URL + "/feed.rss"}}

	stats, err := c.Crawl(context.Background(), src)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	if stats.Errors != 1 || !strings.Contains(strings.Join(stats.ErrorSamples, ""), "queue unavailable") {
		t.Errorf("stats = %+v, want the publish error counted", stats)
	}
	if v, _ := st.Get(context.Background(), news.ArticleID(failing)); v != nil {
		t.Errorf("state recorded for failed article: %s", v)
	}
	if v, _ := st.Get(context.Background(), fetchKey(site.URL+"/feed.rss")); v != nil {
		t.Errorf("feed validators recorded although an item failed: %s", v)
	}

	// The queue is back: the next crawl must retry the failed article (the
	// feed is fetched in full, not answered 304) and only that one.
	sink.fail = nil
	before := sink.count()
	stats, err = c.Crawl(context.Background(), src)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	if stats.ArticlesNew != 1 || sink.count()-before != 1 {
		t.Errorf("retry crawl: %+v, published %d; want exactly the failed article", stats, sink.count()-before)
	}
	if _, ok := sink.byURL()[failing]; !ok {
		t.Errorf("failed article not published on retry")
	}
	if v, _ := st.Get(context.Background(), fetchKey(site.URL+"/feed.rss")); v == nil {
		t.Errorf("feed validators not recorded after a clean crawl")
	}
}

func TestCrawlSSRFGuard(t *testing.T) {
	site := newTestSite(t)
	opts := testOptions()
	opts.AllowPrivateNetworks = false
	sink := &memSink{}
	c := mustNew(t, opts, newMemState(), sink)
	stats, err := c.Crawl(context.Background(), siteSource(site))
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	if n := site.total(); n != 0 {
		t.Errorf("server received %d requests, want 0", n)
	}
	if stats.Errors == 0 || !strings.Contains(stats.ErrorSamples[0], ErrBlockedAddress.Error()) {
		t.Errorf("stats = %+v, want blocked-address errors", stats)
	}
	if sink.count() != 0 {
		t.Errorf("published %d articles", sink.count())
	}
}

func TestCrawlTimeoutAndCancel(t *testing.T) {
	hit := make(chan string, 100)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hit <- r.URL.Path
		<-r.Context().Done() // a server that never answers
	}))
	t.Cleanup(srv.Close)

	t.Run("timeout counted", func(t *testing.T) {
		opts := testOptions()
		opts.Timeout = 100 * time.Millisecond
		c := mustNew(t, opts, newMemState(), &memSink{})
		stats, err := c.Crawl(context.Background(), Source{Seeds: []string{srv.URL + "/slow"}})
		if err != nil {
			t.Fatalf("Crawl: %v", err)
		}
		msg := ""
		if len(stats.ErrorSamples) > 0 {
			msg = strings.ToLower(stats.ErrorSamples[0])
		}
		if stats.Errors != 1 || !strings.Contains(msg, "timeout") && !strings.Contains(msg, "deadline exceeded") {
			t.Errorf("stats = %+v, want one timeout error", stats)
		}
		<-hit
	})

	t.Run("cancel ends the crawl", func(t *testing.T) {
		opts := testOptions()
		opts.Timeout = time.Hour
		opts.Parallelism = 1
		c := mustNew(t, opts, newMemState(), &memSink{})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var seeds []string
		for i := range 20 {
			seeds = append(seeds, fmt.Sprintf("%s/slow/%d", srv.URL, i))
		}
		go func() {
			<-hit // the first page is hanging, the others wait for the host slot
			cancel()
		}()
		stats, err := c.Crawl(ctx, Source{Seeds: seeds})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Crawl err = %v, want context.Canceled (stats %+v)", err, stats)
		}
		if len(hit) != 0 {
			t.Errorf("%d more pages requested after cancel", len(hit))
		}
		if stats.Errors != 0 {
			t.Errorf("cancellation counted as %d errors: %q", stats.Errors, stats.ErrorSamples)
		}
	})
}

func TestCrawlHTTPErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt", "/missing":
			http.NotFound(w, r)
		case "/broken":
			http.Error(w, "boom", http.StatusInternalServerError)
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, "<rss><channel><item><link>") // truncated feed
		case "/sitemap":
			fmt.Fprint(w, "<html><body>not a sitemap</body></html>")
		}
	}))
	t.Cleanup(srv.Close)
	c := mustNew(t, testOptions(), newMemState(), &memSink{})
	stats, err := c.Crawl(context.Background(), Source{
		Seeds:    []string{srv.URL + "/missing", srv.URL + "/broken"},
		Feeds:    []string{srv.URL + "/feed"},
		Sitemaps: []string{srv.URL + "/sitemap"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Errors != 4 || len(stats.ErrorSamples) != 4 {
		t.Fatalf("stats = %+v, want 4 errors", stats)
	}
	joined := strings.Join(stats.ErrorSamples, "\n")
	for _, want := range []string{"/missing: crawler: unexpected HTTP status: 404", "/broken: crawler: unexpected HTTP status: 500", "/feed: crawler: feed:", "/sitemap: crawler: sitemap:"} {
		if !strings.Contains(joined, want) {
			t.Errorf("ErrorSamples lack %q:\n%s", want, joined)
		}
	}
}

func TestCrawlLargeSitemapQueued(t *testing.T) {
	const n = 3*maxInFlight + 7
	var mu sync.Mutex
	served := make(map[string]int)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		served[r.URL.Path]++
		mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /p/13\n")
		case r.URL.Path == "/sitemap.xml":
			fmt.Fprint(w, "<urlset>")
			for i := range n {
				fmt.Fprintf(w, "<url><loc>http://%s/p/%d</loc></url>", r.Host, i)
			}
			fmt.Fprint(w, "</urlset>")
		default:
			fmt.Fprint(w, "<html><body><p>short page</p></body></html>")
		}
	}))
	t.Cleanup(srv.Close)
	c := mustNew(t, testOptions(), newMemState(), &memSink{})
	stats, err := c.Crawl(context.Background(), Source{Sitemaps: []string{srv.URL + "/sitemap.xml"}})
	if err != nil {
		t.Fatal(err)
	}
	// /p/13 is disallowed; /p/130 and the like are too (robots.txt prefixes).
	var want int
	for i := range n {
		if !strings.HasPrefix(fmt.Sprint(i), "13") {
			want++
		}
	}
	if stats.Pages != want+1 || stats.Skipped != n-want || stats.Errors != 0 {
		t.Errorf("stats = %+v, want Pages %d Skipped %d", stats, want+1, n-want)
	}
	mu.Lock()
	defer mu.Unlock()
	for p, k := range served {
		if k != 1 {
			t.Errorf("%s served %d times", p, k)
		}
	}
	if len(served) != want+2 {
		t.Errorf("served %d distinct paths, want %d", len(served), want+2)
	}
}

func TestNewRequiresDependencies(t *testing.T) {
	for _, tc := range []struct {
		name  string
		state State
		sink  Sink
	}{
		{"nil state", nil, &memSink{}},
		{"nil sink", newMemState(), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := New(Options{}, tc.state, tc.sink); !errors.Is(err, ErrNilDependency) {
				t.Errorf("err = %v, want ErrNilDependency", err)
			}
		})
	}
}

func TestCrawlBadSourceURL(t *testing.T) {
	c := mustNew(t, testOptions(), newMemState(), &memSink{})
	if _, err := c.Crawl(context.Background(), Source{Seeds: []string{"ftp://example.org/"}}); !errors.Is(err, ErrBadURL) {
		t.Errorf("err = %v, want ErrBadURL", err)
	}
}

// TestArticlePagesAskConditionally checks that an article page listed by a
// feed is requested with If-None-Match once it has been emitted, and that
// a 304 answer counts as unchanged without re-publishing.
func TestArticlePagesAskConditionally(t *testing.T) {
	body := "<html><head><title>Aid</title></head><body><article><h1>Aid</h1>" +
		strings.Repeat("<p>Germany pledged more air-defence systems to Ukraine on Tuesday, the ministry said.</p>", 10) +
		"</article></body></html>"
	var mu sync.Mutex
	conditional, notModified := 0, 0
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Aid</title><link>%s/a.html</link></item></channel></rss>`, srvURL)
	})
	mux.HandleFunc("/a.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") != "" {
			mu.Lock()
			conditional++
			mu.Unlock()
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			mu.Lock()
			notModified++
			mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL

	st := newMemState()
	sink := &memSink{stored: st}
	c := mustNew(t, testOptions(), st, sink)
	src := Source{Name: "cond", Feeds: []string{srv.URL + "/feed.rss"}}
	first, err := c.Crawl(context.Background(), src)
	if err != nil || first.ArticlesNew != 1 {
		t.Fatalf("first crawl: %+v, %v", first, err)
	}
	second, err := c.Crawl(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if second.ArticlesNew != 0 || second.ArticlesUnchanged != 1 || sink.count() != 1 {
		t.Errorf("second crawl: %+v, %d published; want 0 new, 1 unchanged, 1 published in all", second, sink.count())
	}
	mu.Lock()
	defer mu.Unlock()
	if conditional != 1 || notModified != 1 {
		t.Errorf("article page: %d conditional requests, %d answered 304; want 1 and 1", conditional, notModified)
	}
}
