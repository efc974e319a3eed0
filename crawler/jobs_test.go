package crawler

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestExpandThenCrawlPages splits a crawl the way crawler processes of a
// cluster do: Expand fetches the feeds and sitemaps and hands their
// article pages over without fetching them; two other Crawlers on the
// same State fetch those pages with CrawlPage. Every article is fetched
// and published once, and robots.txt is fetched once for all three.
func TestExpandThenCrawlPages(t *testing.T) {
	site := newTestSite(t)
	st := newMemState()
	sink := &memSink{stored: st}
	opts := testOptions()
	opts.RobotsCacheTTL = time.Hour
	src := siteSource(site)
	src.Seeds = nil // seeds are crawled where they are expanded; not under test here

	var mu sync.Mutex
	var jobs []PageJob
	expander := mustNew(t, opts, st, sink)
	stats, err := expander.Expand(t.Context(), src, func(_ context.Context, j PageJob) error {
		mu.Lock()
		jobs = append(jobs, j)
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatalf("Expand: %v", err)
	}
	if stats.PagesQueued != len(jobs) || len(jobs) == 0 {
		t.Fatalf("Expand queued %d pages, handed over %d", stats.PagesQueued, len(jobs))
	}
	if stats.ArticlesNew != 0 || sink.count() != 0 {
		t.Fatalf("Expand published %d articles itself", sink.count())
	}
	for _, j := range jobs {
		path := strings.TrimPrefix(j.URL, site.URL)
		if n := site.served(path); n != 0 {
			t.Errorf("Expand fetched the listed page %s %d times", path, n)
		}
	}
	urls := make([]string, len(jobs))
	for i, j := range jobs {
		urls[i] = j.URL
	}
	if slices.Sort(urls); len(slices.Compact(urls)) != len(jobs) {
		t.Errorf("a page was handed over twice: %v", jobs)
	}

	workers := []*Crawler{mustNew(t, opts, st, sink), mustNew(t, opts, st, sink)}
	var total Stats
	for i, j := range jobs {
		s, err := workers[i%2].CrawlPage(t.Context(), src, j)
		if err != nil {
			t.Fatalf("CrawlPage %s: %v", j.URL, err)
		}
		total.ArticlesNew += s.ArticlesNew
		total.Errors += s.Errors
	}
	for _, j := range jobs {
		path := strings.TrimPrefix(j.URL, site.URL)
		want := 1
		if strings.HasPrefix(path, "/private/") {
			want = 0 // listed, but disallowed by robots.txt
		}
		if n := site.served(path); n != want {
			t.Errorf("%s fetched %d times, want %d", j.URL, n, want)
		}
	}
	if total.ArticlesNew != sink.count() || sink.count() == 0 {
		t.Errorf("pages published %d articles, the sink holds %d", total.ArticlesNew, sink.count())
	}
	if n := site.served("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times by three crawlers sharing State, want 1", n)
	}
	if n := site.served("/private/secret.html"); n != 0 {
		t.Errorf("a page disallowed by robots.txt was fetched %d times", n)
	}
}

func TestCrawlPageRefusesBadURL(t *testing.T) {
	c := mustNew(t, testOptions(), newMemState(), &memSink{})
	for _, u := range []string{"", "ftp://example.org/a", "not a url"} {
		if _, err := c.CrawlPage(t.Context(), Source{Name: "x"}, PageJob{URL: u}); err == nil {
			t.Errorf("CrawlPage(%q) succeeded", u)
		}
	}
}

func TestAllowedHosts(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  Source
		want []string
	}{
		{"configured domains win", Source{AllowedDomains: []string{" Example.org "}, Feeds: []string{"https://other.example/f"}}, []string{"example.org"}},
		{"hosts of all urls, once", Source{Feeds: []string{"https://a.example/f"}, Sitemaps: []string{"https://a.example/s", "https://b.example/s"}}, []string{"a.example", "b.example"}},
		{"invalid urls left out", Source{Seeds: []string{"::", "https://c.example/"}}, []string{"c.example"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := AllowedHosts(tc.src); !slices.Equal(got, tc.want) {
				t.Errorf("AllowedHosts = %v, want %v", got, tc.want)
			}
		})
	}
}
