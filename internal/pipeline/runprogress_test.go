package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/store"
)

// TestRunProgressCountsEachJobOnce replays the updates crawlers and the
// store writer make to a run's record, crash redos included, on a real
// JetStream KV bucket.
func TestRunProgressCountsEachJobOnce(t *testing.T) {
	q, err := queue.Open(t.Context(), queue.Config{StoreDir: filepath.Join(t.TempDir(), "nats")})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	src := Source{Source: crawler.Source{Name: "s", Feeds: []string{"https://s.example/feed"}}}
	p, err := New(Config{Queue: q, Sources: []Source{src}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := crawler.New(crawler.Options{}, q.State(), articleSink{q: q})
	if err != nil {
		t.Fatal(err)
	}
	page := func(u string) crawlJob {
		return crawlJob{Source: "s", Kind: jobPage, PageJob: crawler.PageJob{URL: u}}
	}
	type op func(run string)
	queued := func(j crawlJob) op {
		return func(run string) { j.Run = run; p.jobQueued(t.Context(), run, "s", j.id()) }
	}
	done := func(j crawlJob, pages, errs int) op {
		return func(run string) {
			j.Run = run
			p.jobDone(t.Context(), run, "s", j.id(), crawler.Stats{Pages: pages, ArticlesNew: pages, Errors: errs, ErrorSamples: make([]string, errs)})
		}
	}
	handled := func(j crawlJob, wantPermanent bool) op {
		return func(run string) {
			j.Run = run
			data, _ := json.Marshal(j)
			if err := p.handleCrawlJob(t.Context(), c, data); queue.IsPermanent(err) != wantPermanent {
				t.Errorf("handleCrawlJob(%s %s) = %v, want permanent %v", j.Kind, j.URL, err, wantPermanent)
			}
		}
	}
	startedRun := func(source string, wantPermanent bool) op {
		return func(run string) {
			data, _ := json.Marshal(runJob{Run: run, Source: source})
			if err := p.handleRun(t.Context(), data); queue.IsPermanent(err) != wantPermanent {
				t.Errorf("handleRun(%s) = %v, want permanent %v", source, err, wantPermanent)
			}
		}
	}
	a, b := page("https://s.example/a"), page("https://s.example/b")
	gone := crawlJob{Source: "gone", Kind: jobPage, PageJob: crawler.PageJob{URL: "https://gone.example/c"}}
	for _, tc := range []struct {
		name                        string
		ops                         []op
		jobs, jobsDone, pages, errs int
		finished                    bool
	}{
		{"two jobs done", []op{queued(a), queued(b), done(a, 1, 0), done(b, 1, 0)}, 2, 2, 2, 0, true},
		{"one of two done", []op{queued(a), queued(b), done(a, 1, 0)}, 2, 1, 1, 0, false},
		// A crawler killed after counting its job done, before the ack:
		// the job is done again.
		{"job redone after a crash", []op{queued(a), queued(b), done(a, 1, 0), done(a, 1, 0)}, 2, 1, 1, 0, false},
		// A lister killed after queueing its pages: it queues them again
		// (the server drops the duplicates).
		{"jobs queued again after a crash", []op{queued(a), queued(b), queued(a), done(a, 1, 0), queued(b), done(b, 1, 0)}, 2, 2, 2, 0, true},
		{"job done with page errors", []op{queued(a), done(a, 0, 1)}, 1, 1, 0, 1, true},
		// Dead-lettered jobs end the run with errors.
		{"job of an unknown source", []op{queued(a), queued(gone), done(a, 1, 0), handled(gone, true)}, 2, 2, 1, 1, true},
		{"job of an unknown kind", []op{queued(crawlJob{Source: "s", Kind: "video", PageJob: a.PageJob}),
			handled(crawlJob{Source: "s", Kind: "video", PageJob: a.PageJob}, true)}, 1, 1, 0, 1, true},
		// A run whose source the crawler does not know: finished with
		// the error, so that crawl --shared does not wait for it.
		{"run of an unknown source", []op{startedRun("gone", true)}, 0, 0, 0, 1, true},
		{"run started", []op{startedRun("s", false)}, 1, 0, 0, 0, false},
		{"dead-lettered job redriven and failing again", []op{queued(crawlJob{Source: "s", Kind: "video", PageJob: a.PageJob}),
			handled(crawlJob{Source: "s", Kind: "video", PageJob: a.PageJob}, true),
			handled(crawlJob{Source: "s", Kind: "video", PageJob: a.PageJob}, true)}, 1, 1, 0, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := "s@" + tc.name
			for _, o := range tc.ops {
				o(run)
			}
			rp, ok, err := p.RunProgress(t.Context(), run)
			if err != nil || !ok {
				t.Fatalf("RunProgress = %v, %v", ok, err)
			}
			if rp.Jobs != tc.jobs || rp.JobsDone != tc.jobsDone || rp.Pages != tc.pages || rp.Errors != tc.errs || rp.Finished.IsZero() == tc.finished {
				t.Errorf("jobs %d done %d pages %d errors %d finished %v; want %d %d %d %d %v (samples %q)",
					rp.Jobs, rp.JobsDone, rp.Pages, rp.Errors, !rp.Finished.IsZero(), tc.jobs, tc.jobsDone, tc.pages, tc.errs, tc.finished, rp.ErrorSamples)
			}
			if tc.errs > 0 && len(rp.ErrorSamples) == 0 {
				t.Error("errors without a sample")
			}
		})
	}
}

// TestRunStoredCountsEachArticleOnce counts the store writer's results in
// the runs of their extractions: a redelivered extraction (stored before,
// unchanged) and a failed one are not counted.
func TestRunStoredCountsEachArticleOnce(t *testing.T) {
	q, err := queue.Open(t.Context(), queue.Config{StoreDir: filepath.Join(t.TempDir(), "nats")})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	p, err := New(Config{Queue: q})
	if err != nil {
		t.Fatal(err)
	}
	x := func(run string, cut int) news.Extraction {
		return news.Extraction{Run: run, Article: news.Article{Source: "s"}, CommitmentsCut: cut}
	}
	xs := []news.Extraction{x("r1", 0), x("r1", 2), x("r1", 0), x("r1", 0), x("r2", 0), x("", 0)}
	res := []store.SaveResult{
		{ArticleNew: true, CommitmentsNew: 3},
		{ArticleChanged: true, CommitmentsNew: 1},
		{}, // redelivered: stored already, nothing new
		{ArticleNew: true, CommitmentsNew: 5},
		{ArticleNew: true},
		{ArticleNew: true, CommitmentsNew: 7},
	}
	errs := []error{nil, nil, nil, errors.New("disk"), nil, nil}
	for range 2 { // the second batch is the same one redelivered
		p.countRunsStored(t.Context(), xs, res, errs)
		res = make([]store.SaveResult, len(xs))
	}
	for _, tc := range []struct {
		run                        string
		articles, commitments, cut int
	}{{"r1", 2, 4, 2}, {"r2", 1, 0, 0}} {
		rp, ok, err := p.RunProgress(t.Context(), tc.run)
		if err != nil || !ok {
			t.Fatalf("RunProgress(%s) = %v, %v", tc.run, ok, err)
		}
		if rp.ArticlesStored != tc.articles || rp.Commitments != tc.commitments || rp.CommitmentsCut != tc.cut {
			t.Errorf("run %s: stored %d commitments %d cut %d, want %d %d %d", tc.run, rp.ArticlesStored, rp.Commitments, rp.CommitmentsCut, tc.articles, tc.commitments, tc.cut)
		}
	}
}

// BenchmarkRunProgressJobs measures the run-record updates of a whole
// run of n page jobs (each queued, then done) on an embedded JetStream;
// the record keeps every job's id, so a run's cost grows faster than n.
//
//	go test ./internal/pipeline -run '^$' -bench RunProgressJobs -benchtime 3x
func BenchmarkRunProgressJobs(b *testing.B) {
	q, err := queue.Open(b.Context(), queue.Config{StoreDir: filepath.Join(b.TempDir(), "nats")})
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	p, err := New(Config{Queue: q})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("jobs=%d", n), func(b *testing.B) {
			for i := range b.N {
				run := fmt.Sprintf("s@bench-%d-%d", n, i)
				for j := range n {
					p.jobQueued(b.Context(), run, "s", fmt.Sprintf("%s|page|https://s.example/%d", run, j))
				}
				for j := range n {
					p.jobDone(b.Context(), run, "s", fmt.Sprintf("%s|page|https://s.example/%d", run, j), crawler.Stats{Pages: 1})
				}
			}
			b.ReportMetric(float64(2*n*b.N)/b.Elapsed().Seconds(), "updates/s")
		})
	}
}
