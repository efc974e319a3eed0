package main

import (
	"context"
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/pledgewatch/pledgewatch/config"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
)

// benchData are the articles bench builds its site from by default.
//
//go:embed benchdata/*.txt
var benchData embed.FS

func runBench(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "bench", "[--corpus DIR] [--articles N] [--workers N] [--cpuprofile FILE]", `
Measures end-to-end throughput on this machine: serves a local news site of
N article pages made from the .txt files of the corpus directory, runs one
ingestion through the whole pipeline (crawler, embedded JetStream, extractor
workers, bbolt store in a temporary directory) and prints articles per
second, commitments per second, text MB/s and the CPU time the process
used per stored article (user + system over all cores: less sensitive to
other load on the machine than the wall-clock rates). Then runs the same
ingestion again to measure an incremental run in which nothing changed.`)
	corpus := fs.String("corpus", "", "`directory` of .txt articles to build the site from (default: the self-written articles built into pledgewatch)")
	n := fs.Int("articles", 200, "number of article `pages` on the site")
	workers := fs.Int("workers", 2, "extractor `workers`")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the runs to `file` (read it with go tool pprof)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 1 || *workers < 1 {
		return usagef("bench: --articles and --workers must be positive")
	}
	var seeds []testsite.Article
	var err error
	if *corpus == "" {
		seeds, err = testsite.SeedArticlesFS(benchData, "benchdata", "the built-in articles")
	} else {
		seeds, err = testsite.SeedArticles(*corpus)
	}
	if err != nil {
		return usagef("bench: --corpus %s: %v", *corpus, err)
	}
	arts := make([]testsite.Article, *n)
	var textBytes int
	for i := range arts {
		a := seeds[i%len(seeds)]
		a.Slug = fmt.Sprintf("%s-%d", a.Slug, i)
		a.Title = fmt.Sprintf("%s (%d)", a.Title, i)
		arts[i] = a
		textBytes += len(a.Body)
	}
	site := testsite.New(arts)
	defer site.Close()

	dir, err := os.MkdirTemp("", "pledgewatch-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cfg := config.Defaults()
	cfg.DataDir = filepath.Join(dir, "data")
	cfg.Crawl.AllowPrivateNetworks = true
	cfg.Crawl.Delay = 0
	cfg.Crawl.Parallelism = 4
	cfg.Extractor.Workers = *workers
	cfg.Sources = []config.Source{{Name: "bench", Feeds: []string{site.URL("/feed.xml")}, Sitemaps: []string{site.URL("/sitemap.xml")}}}
	if err := cfg.Validate(); err != nil {
		return err
	}
	log := newLogger(e.stderr, "warn")
	s, err := startStack(ctx, cfg, log, roles{extract: true, store: true}, time.Second)
	if err != nil {
		return err
	}
	defer s.stop()
	fmt.Fprintf(e.stdout, "site: %d articles, %.2f MB of text; %d extractor workers; %d CPUs%s\n",
		*n, float64(textBytes)/1e6, *workers, runtime.GOMAXPROCS(0), loadAverage())
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return usagef("bench: --cpuprofile %s: %v", *cpuprofile, err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: --cpuprofile %s: %w", *cpuprofile, err)
		}
		defer pprof.StopCPUProfile()
	}
	for _, label := range []string{"first run", "unchanged run"} {
		start, cpuStart := time.Now(), processCPU()
		var run news.Run
		var err error
		// The label marks the samples of the crawl's goroutines (the
		// pipeline's workers were started before): go tool pprof
		// -tagfocus 'run=first run'.
		pprof.Do(ctx, pprof.Labels("run", label), func(ctx context.Context) {
			run, err = s.p.Ingest(ctx, nil, true, nil)
		})
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		sec := time.Since(start).Seconds()
		fmt.Fprintf(e.stdout, "%-14s %6.2fs  pages %d  stored %d (%.1f articles/s)  commitments %d (%.1f/s)  %.2f MB/s of text  errors %d%s\n",
			label, sec, run.Pages, run.ArticlesStored, float64(run.ArticlesStored)/sec, run.Commitments,
			float64(run.Commitments)/sec, float64(textBytes)/1e6/sec, run.Errors, cpuUsed(cpuStart, run.Pages, run.ArticlesStored))
	}
	return nil
}

// cpuUsed describes the CPU time used since start (a processCPU reading)
// per page fetched and per article stored; empty where it is not known.
func cpuUsed(start time.Duration, pages, stored int) string {
	end := processCPU()
	if start < 0 || end < 0 {
		return ""
	}
	cpu := end - start
	s := fmt.Sprintf("  cpu %.2fs", cpu.Seconds())
	if pages > 0 {
		s += fmt.Sprintf(" (%.2f ms/page", float64(cpu.Microseconds())/1e3/float64(pages))
		if stored > 0 {
			s += fmt.Sprintf(", %.2f ms/article stored", float64(cpu.Microseconds())/1e3/float64(stored))
		}
		s += ")"
	}
	return s
}

// loadAverage describes the machine's load over the last minute where
// Linux tells it (other work on the machine slows the runs), else "".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return ", load average " + f[0]
}
