// Package config loads and validates the pledgewatch configuration file.
//
// The file is YAML, decoded strictly: an unknown key is an error that names
// its line. Load fills defaults for every key left out, then Validate checks
// the result and returns an *Error naming the first offending field. Only
// the cmd package imports config; it passes plain values to the others.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"
)

// Config is the whole configuration of a pledgewatch process.
type Config struct {
	// DataDir holds the bbolt database and the embedded NATS store.
	DataDir   string    `yaml:"data_dir"`
	HTTP      HTTP      `yaml:"http"`
	NATS      NATS      `yaml:"nats"`
	Crawl     Crawl     `yaml:"crawl"`
	Extractor Extractor `yaml:"extractor"`
	Review    Review    `yaml:"review"`
	Ledger    Ledger    `yaml:"ledger"`
	Sources   []Source  `yaml:"sources"`
	Log       Log       `yaml:"log"`
}

// HTTP configures the API and web UI server.
type HTTP struct {
	// Addr is the listen address; default 127.0.0.1:8080.
	Addr string `yaml:"addr"`
	// Token, when set, is required on every API call and UI page. It is
	// mandatory when Addr is not a loopback address. The environment
	// variable PLEDGEWATCH_TOKEN overrides it.
	Token string `yaml:"token"`
}

// NATS configures the transport.
type NATS struct {
	// URL of an external NATS server, or comma-separated URLs of the
	// servers of a cluster; empty starts an embedded server with JetStream
	// under DataDir/nats.
	URL string `yaml:"url"`
	// Creds is a NATS credentials file for an external server.
	Creds string `yaml:"creds"`
	// CA, Cert and Key configure TLS to an external server.
	CA   string `yaml:"ca"`
	Cert string `yaml:"cert"`
	Key  string `yaml:"key"`
	// AckWait is how long a message may be in work before redelivery.
	AckWait time.Duration `yaml:"ack_wait"`
	// MaxDeliver is how many deliveries a message gets before it is
	// dead-lettered.
	MaxDeliver int `yaml:"max_deliver"`
	// Replicas is how many servers of a JetStream cluster keep a copy of
	// every stream and of the crawl state: 0 (the default) means 3 when
	// the cluster has at least 3 servers, else 1. Only an external server
	// can keep more than 1.
	Replicas int `yaml:"replicas"`
}

// Crawl configures fetching.
type Crawl struct {
	UserAgent string        `yaml:"user_agent"`
	Timeout   time.Duration `yaml:"timeout"`
	// MaxBodyBytes caps one response; larger pages are cut and counted as errors.
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// AllowPrivateNetworks lets the crawler reach loopback and private
	// addresses (off by default: a guard against server-side request forgery).
	AllowPrivateNetworks bool `yaml:"allow_private_networks"`
	// Delay is the politeness delay between requests to one domain.
	Delay time.Duration `yaml:"delay"`
	// Parallelism is the number of concurrent requests per domain.
	Parallelism int `yaml:"parallelism"`
	// MaxParseBytes cuts a page's HTML before parsing; MaxTextBytes cuts
	// its main text; MaxParsingBytes bounds the HTML parsed at once.
	MaxParseBytes   int   `yaml:"max_parse_bytes"`
	MaxTextBytes    int   `yaml:"max_text_bytes"`
	MaxParsingBytes int64 `yaml:"max_parsing_bytes"`
	// MaxSitemapDepth is how many levels of sitemap indexes are followed.
	MaxSitemapDepth int `yaml:"max_sitemap_depth"`
	// MaxURLsPerSource bounds the URLs one source's crawl requests per run.
	MaxURLsPerSource int `yaml:"max_urls_per_source"`
}

// Extractor configures the extractor workers.
type Extractor struct {
	// Workers is the number of extractor goroutines.
	Workers int `yaml:"workers"`
	// Lexicon is an optional user lexicon file merged over the embedded one.
	Lexicon string `yaml:"lexicon"`
	// ConfidenceModel is an optional confidence model file (written by
	// "pledgewatch calibrate") used instead of the embedded one.
	ConfidenceModel string `yaml:"confidence_model"`
	// MaxCommitmentsPerArticle bounds the commitments kept per article.
	MaxCommitmentsPerArticle int `yaml:"max_commitments_per_article"`
}

// Review configures the review queue.
type Review struct {
	// Threshold: commitments with a lower confidence (the confidence model's
	// probability that the line is right) start as pending review.
	Threshold float64 `yaml:"threshold"`
}

// Ledger configures totals and exchange rates.
type Ledger struct {
	// Rates is a CSV file of dated exchange rates (DATE,CURRENCY,EUR_PER_UNIT)
	// replacing the embedded table for EUR totals.
	Rates string `yaml:"rates"`
}

// Log configures logging.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `yaml:"level"`
}

// Source is one news source.
type Source struct {
	Name           string   `yaml:"name"`
	Feeds          []string `yaml:"feeds"`
	Sitemaps       []string `yaml:"sitemaps"`
	Seeds          []string `yaml:"seeds"`
	AllowedDomains []string `yaml:"allowed_domains"`
	// MaxDepth is how many links deep to follow from seed pages.
	MaxDepth int `yaml:"max_depth"`
	// Schedule is a cron expression ("*/30 * * * *") or "@every 30m".
	Schedule string `yaml:"schedule"`
}

// Error is a configuration error that names the offending field.
type Error struct {
	Field string
	Msg   string
}

func (e *Error) Error() string {
	if e.Field == "" {
		return "config: " + e.Msg
	}
	return "config: " + e.Field + ": " + e.Msg
}

// ErrInvalid is wrapped by every error Load and Validate return for a bad
// file or value (as opposed to a file that cannot be read).
var ErrInvalid = errors.New("config: invalid")

// Is lets errors.Is(err, ErrInvalid) match an *Error.
func (e *Error) Is(target error) bool { return target == ErrInvalid }

// Defaults returns a Config with every default filled and no sources.
func Defaults() Config {
	return Config{
		DataDir: "data",
		HTTP:    HTTP{Addr: "127.0.0.1:8080"},
		NATS:    NATS{AckWait: 60 * time.Second, MaxDeliver: 5},
		Crawl: Crawl{
			UserAgent:    "pledgewatch/0.1 (+https://github.com/pledgewatch/pledgewatch)",
			Timeout:      30 * time.Second,
			MaxBodyBytes: 10 << 20,
			Delay:        time.Second,
			Parallelism:  2,

			MaxParseBytes:    1 << 20,
			MaxTextBytes:     256 << 10,
			MaxParsingBytes:  2 << 20,
			MaxSitemapDepth:  5,
			MaxURLsPerSource: 10000,
		},
		Extractor: Extractor{Workers: 2, MaxCommitmentsPerArticle: 200},
		Review:    Review{Threshold: 0.55},
		Log:       Log{Level: "info"},
	}
}

// MaxFileBytes is the largest configuration file Load accepts.
const MaxFileBytes = 1 << 20

// Load reads the file at path, applies defaults and environment overrides
// (getenv may be nil), and validates the result. Relative paths in the file
// (data_dir, extractor.lexicon, nats.creds …) are taken relative to the
// file's directory. Errors for bad content wrap ErrInvalid.
func Load(path string, getenv func(string) string) (Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return Config{}, fmt.Errorf("config: read %s: %w", path, err)
	}
	if len(data) > MaxFileBytes {
		return Config{}, &Error{Msg: fmt.Sprintf("%s is larger than %d bytes", path, MaxFileBytes)}
	}
	c, err := Parse(data, getenv)
	if err != nil {
		return Config{}, err
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	c.resolvePaths(dir)
	return c, nil
}

// Parse decodes YAML data over Defaults, applies environment overrides and
// validates the result.
func Parse(data []byte, getenv func(string) string) (Config, error) {
	c := Defaults()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return Config{}, yamlError(data, err)
	}
	if getenv != nil {
		if v := getenv("PLEDGEWATCH_TOKEN"); v != "" {
			c.HTTP.Token = v
		}
		if v := getenv("PLEDGEWATCH_NATS_URL"); v != "" {
			c.NATS.URL = v
		}
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

func (c *Config) resolvePaths(dir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	abs(&c.DataDir)
	abs(&c.Extractor.Lexicon)
	abs(&c.Extractor.ConfidenceModel)
	abs(&c.Ledger.Rates)
	abs(&c.NATS.Creds)
	abs(&c.NATS.CA)
	abs(&c.NATS.Cert)
	abs(&c.NATS.Key)
}

// Validate checks every field and returns an *Error naming the first bad one.
func (c *Config) Validate() error {
	bad := func(field, format string, args ...any) error {
		return &Error{Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	if strings.TrimSpace(c.DataDir) == "" {
		return bad("data_dir", "must not be empty")
	}
	host, port, err := net.SplitHostPort(c.HTTP.Addr)
	if err != nil || port == "" {
		return bad("http.addr", "%q is not host:port", c.HTTP.Addr)
	}
	if !IsLoopback(host) && c.HTTP.Token == "" {
		return bad("http.token", "required when http.addr (%s) is not a loopback address; set it or PLEDGEWATCH_TOKEN", c.HTTP.Addr)
	}
	if c.NATS.URL != "" {
		for _, s := range strings.Split(c.NATS.URL, ",") {
			u, err := url.Parse(strings.TrimSpace(s))
			if err != nil || u.Host == "" || !oneOf(u.Scheme, "nats", "tls", "ws", "wss") {
				return bad("nats.url", "%q is not a nats://host:port URL (several servers: separate them with commas)", s)
			}
		}
	}
	if c.NATS.Replicas < 0 || c.NATS.Replicas > 5 {
		return bad("nats.replicas", "%d is not 0 (automatic) or 1..5", c.NATS.Replicas)
	}
	if c.NATS.Replicas > 1 && c.NATS.URL == "" {
		return bad("nats.replicas", "%d needs an external JetStream cluster (nats.url); the embedded server keeps 1 copy: set 0 or 1", c.NATS.Replicas)
	}
	if c.NATS.AckWait <= 0 {
		return bad("nats.ack_wait", "must be positive")
	}
	if c.NATS.MaxDeliver < 1 {
		return bad("nats.max_deliver", "must be at least 1")
	}
	if c.Crawl.Timeout <= 0 {
		return bad("crawl.timeout", "must be positive")
	}
	if c.Crawl.MaxBodyBytes <= 0 {
		return bad("crawl.max_body_bytes", "must be positive")
	}
	if c.Crawl.Delay < 0 {
		return bad("crawl.delay", "must not be negative")
	}
	if c.Crawl.Parallelism < 1 {
		return bad("crawl.parallelism", "must be at least 1")
	}
	if strings.TrimSpace(c.Crawl.UserAgent) == "" {
		return bad("crawl.user_agent", "must not be empty")
	}
	if c.Crawl.MaxParseBytes < 1<<10 {
		return bad("crawl.max_parse_bytes", "must be at least 1024 (1 KiB); the default is 1048576")
	}
	if c.Crawl.MaxTextBytes < 1<<10 {
		return bad("crawl.max_text_bytes", "must be at least 1024 (1 KiB); the default is 262144")
	}
	if c.Crawl.MaxParsingBytes < int64(c.Crawl.MaxParseBytes) {
		return bad("crawl.max_parsing_bytes", "%d is less than crawl.max_parse_bytes (%d); make it at least as large", c.Crawl.MaxParsingBytes, c.Crawl.MaxParseBytes)
	}
	if c.Crawl.MaxSitemapDepth < 1 || c.Crawl.MaxSitemapDepth > 100 {
		return bad("crawl.max_sitemap_depth", "must be between 1 and 100")
	}
	if c.Crawl.MaxURLsPerSource < 1 {
		return bad("crawl.max_urls_per_source", "must be at least 1")
	}
	if c.Extractor.MaxCommitmentsPerArticle < 1 {
		return bad("extractor.max_commitments_per_article", "must be at least 1")
	}
	if c.Extractor.Workers < 1 || c.Extractor.Workers > 256 {
		return bad("extractor.workers", "must be between 1 and 256")
	}
	if c.Review.Threshold < 0 || c.Review.Threshold > 1 {
		return bad("review.threshold", "must be between 0 and 1")
	}
	if !oneOf(c.Log.Level, "debug", "info", "warn", "error") {
		return bad("log.level", "%q is not one of debug, info, warn, error", c.Log.Level)
	}
	seen := map[string]bool{}
	for i, s := range c.Sources {
		f := fmt.Sprintf("sources[%d]", i)
		if strings.TrimSpace(s.Name) == "" {
			return bad(f+".name", "must not be empty")
		}
		f = fmt.Sprintf("sources[%d] (%s)", i, s.Name)
		if seen[s.Name] {
			return bad(f+".name", "duplicate source name")
		}
		seen[s.Name] = true
		if len(s.Feeds)+len(s.Sitemaps)+len(s.Seeds) == 0 {
			return bad(f, "needs at least one of feeds, sitemaps, seeds")
		}
		for _, l := range []struct {
			field string
			urls  []string
		}{{"feeds", s.Feeds}, {"sitemaps", s.Sitemaps}, {"seeds", s.Seeds}} {
			for j, raw := range l.urls {
				if err := checkURL(raw); err != nil {
					return bad(fmt.Sprintf("%s.%s[%d]", f, l.field, j), "%v", err)
				}
			}
		}
		for j, d := range s.AllowedDomains {
			if d == "" || strings.ContainsAny(d, "/: ") {
				return bad(fmt.Sprintf("%s.allowed_domains[%d]", f, j), "%q is not a host name", d)
			}
		}
		if s.MaxDepth < 0 || s.MaxDepth > 10 {
			return bad(f+".max_depth", "must be between 0 and 10")
		}
		if s.Schedule != "" {
			if _, err := ParseSchedule(s.Schedule); err != nil {
				return bad(f+".schedule", "%v", err)
			}
		}
	}
	return nil
}

// Source returns the source named name.
func (c *Config) Source(name string) (Source, bool) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}

// ParseSchedule parses a five-field cron expression or a descriptor such as
// "@hourly" or "@every 30m".
func ParseSchedule(spec string) (cron.Schedule, error) {
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("invalid schedule %q (want cron like \"*/30 * * * *\" or \"@every 30m\"): %w", spec, err)
	}
	return s, nil
}

// IsLoopback reports whether host (a name or IP, no port) is a loopback
// address: "localhost", 127.0.0.0/8 or ::1.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: only http and https URLs are supported", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", raw)
	}
	return nil
}

func oneOf(s string, options ...string) bool {
	for _, o := range options {
		if s == o {
			return true
		}
	}
	return false
}
