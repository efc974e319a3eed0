package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pledgewatch/pledgewatch/config"
	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/store"
)

// dbFile is the name of the bbolt database inside data_dir.
const dbFile = "pledgewatch.db"

// loadConfig loads the file at path; an invalid file is a usage error
// (exit code 2) with a message naming the field.
func loadConfig(e env, path string) (config.Config, error) {
	if path == "" {
		cwd, err := os.Getwd()
		if err != nil {
			return config.Config{}, fmt.Errorf("no --config and no working directory for the built-in configuration: %w", err)
		}
		c, err := config.LoadBuiltIn(cwd, e.getenv)
		if err != nil {
			return config.Config{}, err
		}
		fmt.Fprintf(e.stderr, "pledgewatch: no --config: using the built-in configuration (the text of config/example.yaml), data in %s\n", c.DataDir)
		return c, nil
	}
	c, err := config.Load(path, e.getenv)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "config: ")
		if errors.Is(err, config.ErrInvalid) {
			return config.Config{}, usageError{reworded{path + ": " + msg, err}}
		}
		if errors.Is(err, os.ErrNotExist) {
			return config.Config{}, usagef("--config %s: no such file (start from config/example.yaml)", path)
		}
		return config.Config{}, usageError{fmt.Errorf("--config %s: %w", path, errors.Unwrap(err))}
	}
	return c, nil
}

// newLogger returns a text logger on w at the configured level.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

func crawlerOptions(c config.Config) crawler.Options {
	delay := c.Crawl.Delay
	if delay == 0 {
		delay = -1 // the crawler reads zero as "default"; the config means none
	}
	return crawler.Options{
		UserAgent:            c.Crawl.UserAgent,
		Timeout:              c.Crawl.Timeout,
		MaxBodyBytes:         c.Crawl.MaxBodyBytes,
		AllowPrivateNetworks: c.Crawl.AllowPrivateNetworks,
		Delay:                delay,
		Parallelism:          c.Crawl.Parallelism,
		MaxParseBytes:        c.Crawl.MaxParseBytes,
		MaxTextBytes:         c.Crawl.MaxTextBytes,
		MaxParsingBytes:      c.Crawl.MaxParsingBytes,
		MaxSitemapDepth:      c.Crawl.MaxSitemapDepth,
		MaxURLs:              c.Crawl.MaxURLsPerSource,
	}
}

func pipelineSources(c config.Config) []pipeline.Source {
	var out []pipeline.Source
	for _, s := range c.Sources {
		out = append(out, pipeline.Source{
			Source: crawler.Source{
				Name:           s.Name,
				Feeds:          s.Feeds,
				Sitemaps:       s.Sitemaps,
				Seeds:          s.Seeds,
				AllowedDomains: s.AllowedDomains,
				MaxDepth:       s.MaxDepth,
			},
			Schedule: s.Schedule,
		})
	}
	return out
}

// openQueue connects to NATS: the external server of nats.url, or an
// embedded one storing under data_dir/nats. An external server that is
// unreachable, or whose JetStream has no leader yet, is waited for: a
// minute, or until ctx ends with wait (long-running processes).
func openQueue(ctx context.Context, c config.Config, log *slog.Logger, wait bool) (*queue.Queue, error) {
	startWait := time.Duration(0) // the queue's default
	if wait {
		startWait = -1
	}
	q, err := queue.Open(ctx, queue.Config{
		URL:        c.NATS.URL,
		StoreDir:   filepath.Join(c.DataDir, "nats"),
		CredsFile:  c.NATS.Creds,
		CAFile:     c.NATS.CA,
		CertFile:   c.NATS.Cert,
		KeyFile:    c.NATS.Key,
		Name:       "pledgewatch",
		AckWait:    c.NATS.AckWait,
		MaxDeliver: c.NATS.MaxDeliver,
		Replicas:   c.NATS.Replicas,
		StartWait:  startWait,
		Logger:     log,
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

// openStore opens data_dir/pledgewatch.db. lockWait is how long to wait
// for another process's lock; errors.Is(err, store.ErrLocked) tells that
// another process (a running "pledgewatch run") holds it.
func openStore(c config.Config, readOnly bool, lockWait time.Duration) (*store.Store, error) {
	path := filepath.Join(c.DataDir, dbFile)
	if readOnly {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s yet: run 'pledgewatch crawl' or 'pledgewatch run' first", path)
		}
	} else if err := os.MkdirAll(c.DataDir, 0o750); err != nil {
		return nil, fmt.Errorf("create data_dir: %w", err)
	}
	opts := store.Options{ReadOnly: readOnly, Timeout: lockWait, ReviewThreshold: c.Review.Threshold,
		// A database written by an older version is upgraded on open; say so.
		Log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
	if c.Ledger.Rates != "" {
		f, err := os.Open(c.Ledger.Rates)
		if err != nil {
			return nil, usagef("ledger.rates: %v", err)
		}
		defer f.Close()
		if opts.Rates, err = store.ParseRates(f); err != nil {
			return nil, usagef("ledger.rates %s: %v", c.Ledger.Rates, err)
		}
	}
	return store.Open(path, opts)
}

// newExtractor builds the extractor with the user lexicon of the config.
func newExtractor(c config.Config) (*extractor.Extractor, error) {
	var lex []byte
	if c.Extractor.Lexicon != "" {
		b, err := os.ReadFile(c.Extractor.Lexicon)
		if err != nil {
			return nil, usagef("extractor.lexicon: %v", err)
		}
		lex = b
	}
	opts := extractor.Options{UserLexicon: lex}
	if c.Extractor.ConfidenceModel != "" {
		b, err := os.ReadFile(c.Extractor.ConfidenceModel)
		if err != nil {
			return nil, usagef("extractor.confidence_model: %v", err)
		}
		opts.ConfidenceModel = b
	}
	x, err := extractor.New(opts)
	if err != nil {
		if errors.Is(err, calibrate.ErrModel) {
			return nil, usagef("extractor.confidence_model %s: %v", c.Extractor.ConfidenceModel, err)
		}
		return nil, usagef("extractor.lexicon %s: %v", c.Extractor.Lexicon, err)
	}
	return x, nil
}

// isTerminal reports whether w is a character device (a terminal), for
// progress output.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	*s = append(*s, v)
	return nil
}
