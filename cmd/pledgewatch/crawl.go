package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/pledgewatch/pledgewatch/config"
	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

func runCrawl(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "crawl", "--config FILE [--source NAME]... [--shared [--nats URL]]", `
Runs one ingestion of the configured sources (all, or those named with
--source) through the whole pipeline — crawl, queue, extract, store — and
waits until every fetched article is stored. This is the unit a system cron
or a Kubernetes CronJob calls.

If a 'pledgewatch run' already holds the same data_dir, crawl asks it (over
its HTTP API) to run the sources now and reports its result.

With --shared, crawl does not crawl itself: it hands one run per source to
the crawler processes ('pledgewatch crawler') on the external NATS server
(nats.url, --nats or PLEDGEWATCH_NATS_URL) and waits until they have done
every job of the runs and the extractor and store processes have stored
every article the runs queued, then reports the runs' totals (as
/api/v1/runs does). If no crawler takes a run within --crawler-wait, crawl
says so and exits 1; the run stays queued for the next crawler to start.

Prints a summary: pages fetched, articles new/unchanged/stored, commitments,
errors, and the URLs robots.txt disallowed; shows progress on a terminal.
Exits 0 when every source was crawled without an error and every new
article was stored, 1 otherwise (so that cron reports it), 2 for a usage or
configuration error.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	var sources stringList
	fs.Var(&sources, "source", "run only the source with this `name` (repeatable)")
	quiet := fs.Bool("quiet", false, "no progress output")
	shared := fs.Bool("shared", false, "hand the runs to the crawler processes on the external NATS server and wait for them")
	natsURL := fs.String("nats", "", "NATS server `URL` (overrides nats.url; with --shared)")
	crawlerWait := fs.Duration("crawler-wait", 30*time.Second, "with --shared: how long a crawler process may take to start a run before crawl gives up")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("crawl: unexpected argument %q", fs.Arg(0))
	}
	cfg, err := loadConfig(e, *cfgPath)
	if err != nil {
		return err
	}
	if len(cfg.Sources) == 0 {
		return usagef("%s: no sources configured", *cfgPath)
	}
	if *natsURL != "" {
		if !*shared {
			return usagef("--nats %s needs --shared: without it crawl runs the whole pipeline with nats.url of the configuration", *natsURL)
		}
		cfg.NATS.URL = *natsURL
		if err := cfg.Validate(); err != nil {
			return usagef("--nats: %v", err)
		}
	}
	if *shared && cfg.NATS.URL == "" {
		return usagef("--shared hands the runs to crawler processes on an external NATS server: set nats.url in %s, PLEDGEWATCH_NATS_URL or --nats URL", *cfgPath)
	}
	if *crawlerWait <= 0 {
		return usagef("--crawler-wait %v: give a positive duration such as 30s", *crawlerWait)
	}
	for _, s := range sources {
		if _, ok := cfg.Source(s); !ok {
			return usagef("--source %q is not configured (have: %s)", s, strings.Join(sourceNames(cfg), ", "))
		}
	}
	level := cfg.Log.Level
	if level == "info" {
		level = "warn" // the summary and the progress line say what info logs would
	}
	log := newLogger(e.stderr, level)
	var progress func(news.Run)
	if !*quiet && isTerminal(e.stderr) {
		progress = progressPrinter(e.stderr)
	}

	var run news.Run
	if *shared {
		run, err = crawlShared(ctx, cfg, log, sources, *crawlerWait, progress)
	} else {
		run, err = crawlLocal(ctx, cfg, log, sources, progress)
	}
	switch {
	case errors.Is(err, store.ErrLocked):
		fmt.Fprintf(e.stderr, "%s is held by a running pledgewatch; asking it to run the sources now\n", cfg.DataDir)
		c := api.NewClient(apiBaseURL(cfg.HTTP.Addr), cfg.HTTP.Token, &http.Client{})
		run, err = c.Run(ctx, sources)
		if err != nil {
			return fmt.Errorf("crawl: %w", err)
		}
	case err != nil && run.Started.IsZero():
		return err
	}
	if progress != nil {
		fmt.Fprint(e.stderr, "\r\033[K")
	}
	printRun(e.stdout, run)
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	if run.ArticlesStored < run.ArticlesNew {
		return fmt.Errorf("crawl: only %d of %d new articles were stored", run.ArticlesStored, run.ArticlesNew)
	}
	if run.Errors > 0 {
		return fmt.Errorf("crawl: %d fetch or pipeline errors (listed above); the rest of the run was stored", run.Errors)
	}
	return nil
}

// crawlLocal runs the extractor workers and the store writer in this
// process for one ingestion run, then stops them.
func crawlLocal(ctx context.Context, cfg config.Config, log *slog.Logger, names []string, progress func(news.Run)) (news.Run, error) {
	s, err := startStack(ctx, cfg, log, roles{extract: true, store: true}, 500*time.Millisecond)
	if err != nil {
		return news.Run{}, err
	}
	defer s.stop()
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		// A stage that fails stops the run instead of leaving it waiting.
		select {
		case err := <-s.failed:
			log.Error("stage failed", "err", err)
			cancel()
		case <-runCtx.Done():
		}
	}()
	return s.p.Ingest(runCtx, names, true, progress)
}

func sourceNames(cfg config.Config) []string {
	var out []string
	for _, s := range cfg.Sources {
		out = append(out, s.Name)
	}
	return out
}

// progressPrinter returns a func that rewrites one status line on w.
func progressPrinter(w io.Writer) func(news.Run) {
	var mu sync.Mutex
	var last time.Time
	return func(r news.Run) {
		mu.Lock()
		defer mu.Unlock()
		if time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		fmt.Fprintf(w, "\r\033[Kpages %d · articles new %d unchanged %d stored %d · commitments %d · errors %d",
			r.Pages, r.ArticlesNew, r.ArticlesUnchanged, r.ArticlesStored, r.Commitments, r.Errors)
	}
}

// printRun prints the summary of an ingestion run.
func printRun(w io.Writer, r news.Run) {
	dur := r.Finished.Sub(r.Started).Round(time.Millisecond)
	if r.Finished.IsZero() {
		dur = 0
	}
	fmt.Fprintf(w, "run %s (%s) sources %s\n", r.ID, dur, strings.Join(r.Sources, ", "))
	fmt.Fprintf(w, "  pages fetched       %d\n", r.Pages)
	fmt.Fprintf(w, "  articles new        %d\n", r.ArticlesNew)
	fmt.Fprintf(w, "  articles unchanged  %d\n", r.ArticlesUnchanged)
	fmt.Fprintf(w, "  articles stored     %d\n", r.ArticlesStored)
	fmt.Fprintf(w, "  commitments new     %d\n", r.Commitments)
	fmt.Fprintf(w, "  errors              %d\n", r.Errors)
	for _, s := range r.ErrorSamples {
		fmt.Fprintf(w, "    - %s\n", explainError(s))
	}
	if len(r.Disallowed) > 0 {
		fmt.Fprintf(w, "  skipped, disallowed by the site's robots.txt:\n")
		for _, u := range r.Disallowed {
			fmt.Fprintf(w, "    - %s\n", u)
		}
	}
	if r.PagesCut+r.CommitmentsCut+r.URLsDropped+r.CharsetErrors > 0 || len(r.Notes) > 0 {
		fmt.Fprintf(w, "  limits              pages cut %d · commitments cut %d · URLs left out %d · pages with undecodable bytes %d\n",
			r.PagesCut, r.CommitmentsCut, r.URLsDropped, r.CharsetErrors)
		for _, s := range r.Notes {
			fmt.Fprintf(w, "    - %s\n", s)
		}
	}
	if r.Cancelled {
		fmt.Fprintf(w, "  cancelled before the end: %s\n", r.Error)
	}
}

// explainError adds to a run's error message how to fix the causes a user
// controls, naming the configuration key.
func explainError(msg string) string {
	msg = strings.ReplaceAll(msg, "crawler: ", "")
	if strings.Contains(msg, crawler.ErrBlockedAddress.Error()) {
		return msg + " (a loopback or private address: set crawl.allow_private_networks: true in the configuration to crawl it)"
	}
	return msg
}
