package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadExample(t *testing.T) {
	c, err := Load("example.yaml", nil)
	if err != nil {
		t.Fatalf("example.yaml: %v", err)
	}
	if len(c.Sources) == 0 {
		t.Fatal("example.yaml has no sources")
	}
	if !filepath.IsAbs(c.DataDir) {
		t.Errorf("data_dir %q not resolved against the file's directory", c.DataDir)
	}
	if c.HTTP.Addr != "127.0.0.1:8080" || c.Crawl.Timeout != 30*time.Second || c.Review.Threshold != 0.55 {
		t.Errorf("defaults not kept: %+v", c)
	}
}

func TestParseDefaults(t *testing.T) {
	c, err := Parse([]byte("sources: []\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Crawl.AllowPrivateNetworks {
		t.Error("allow_private_networks must default to false")
	}
	if c.NATS.URL != "" {
		t.Error("nats.url must default to empty (embedded)")
	}
	if c.Crawl.MaxBodyBytes != 10<<20 || c.Extractor.Workers != 2 || c.Crawl.MaxParseBytes != 1<<20 || c.Crawl.MaxTextBytes != 256<<10 ||
		c.Crawl.MaxParsingBytes != 2<<20 || c.Crawl.MaxSitemapDepth != 5 || c.Crawl.MaxURLsPerSource != 10000 || c.Extractor.MaxCommitmentsPerArticle != 200 {
		t.Errorf("bad defaults %+v", c)
	}
}

func TestParseErrors(t *testing.T) {
	src := "sources:\n  - name: a\n    seeds: [https://example.org/]\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown key names line", "data_dir: x\nhttp:\n  adress: 1\n", "line 3"},
		{"unknown top key", "colour: red\n", "colour"},
		{"bad yaml", "sources: [\n", "config:"},
		{"empty data dir", "data_dir: ''\n", "data_dir"},
		{"bad addr", "http:\n  addr: nope\n", "http.addr"},
		{"public addr needs token", "http:\n  addr: 0.0.0.0:80\n", "http.token"},
		{"bad nats url", "nats:\n  url: localhost\n", "nats.url"},
		{"bad second nats url", "nats:\n  url: nats://a:4222,b\n", "nats.url"},
		{"replicas out of range", "nats:\n  url: nats://a:4222\n  replicas: 7\n", "nats.replicas"},
		{"negative replicas", "nats:\n  url: nats://a:4222\n  replicas: -1\n", "nats.replicas"},
		{"replicas on the embedded server", "nats:\n  replicas: 3\n", "nats.replicas"},
		{"bad timeout", "crawl:\n  timeout: -1s\n", "crawl.timeout"},
		{"timeout not a duration", "crawl:\n  timeout: soon\n", "crawl.timeout (line 2): \"soon\" is not a duration; write a duration such as 1s"},
		{"workers", "extractor:\n  workers: 0\n", "extractor.workers"},
		{"max parse bytes", "crawl:\n  max_parse_bytes: 10\n", "crawl.max_parse_bytes"},
		{"max text bytes", "crawl:\n  max_text_bytes: 0\n", "crawl.max_text_bytes"},
		{"parsing below parse", "crawl:\n  max_parse_bytes: 4194304\n", "crawl.max_parsing_bytes"},
		{"sitemap depth", "crawl:\n  max_sitemap_depth: 0\n", "crawl.max_sitemap_depth"},
		{"urls per source", "crawl:\n  max_urls_per_source: -5\n", "crawl.max_urls_per_source"},
		{"commitments per article", "extractor:\n  max_commitments_per_article: 0\n", "extractor.max_commitments_per_article"},
		{"threshold", "review:\n  threshold: 2\n", "review.threshold"},
		{"log level", "log:\n  level: loud\n", "log.level"},
		{"source without name", "sources:\n  - seeds: [https://a.org/]\n", "sources[0].name"},
		{"source without urls", "sources:\n  - name: a\n", "needs at least one"},
		{"duplicate source", src + "  - name: a\n    seeds: [https://b.org/]\n", "duplicate"},
		{"bad seed", "sources:\n  - name: a\n    seeds: [ftp://x.org/]\n", "seeds[0]"},
		{"bad feed", "sources:\n  - name: a\n    feeds: ['http://']\n", "feeds[0]"},
		{"bad domain", src + "    allowed_domains: ['https://x.org/']\n", "allowed_domains[0]"},
		{"bad depth", src + "    max_depth: -1\n", "max_depth"},
		{"bad schedule", src + "    schedule: every day\n", "schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml), nil)
			if err == nil {
				t.Fatalf("no error for %q", tt.yaml)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not mention %q", err, tt.want)
			}
		})
	}
}

func TestEnvOverrides(t *testing.T) {
	env := map[string]string{"PLEDGEWATCH_TOKEN": "s3cret", "PLEDGEWATCH_NATS_URL": "nats://127.0.0.1:4222"}
	c, err := Parse([]byte("http:\n  addr: 0.0.0.0:8080\n"), func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTP.Token != "s3cret" || c.NATS.URL != "nats://127.0.0.1:4222" {
		t.Errorf("overrides not applied: %+v %+v", c.HTTP, c.NATS)
	}
}

func TestLoadMissingAndHuge(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), nil); err == nil || errors.Is(err, ErrInvalid) {
		t.Errorf("missing file: got %v, want a read error", err)
	}
	p := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(p, []byte("# "+strings.Repeat("x", MaxFileBytes)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p, nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("huge file: got %v", err)
	}
}

func TestParseSchedule(t *testing.T) {
	for _, s := range []string{"@every 30m", "*/15 * * * *", "@hourly", "0 6 * * 1-5"} {
		if _, err := ParseSchedule(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []string{"", "every 30m", "61 * * * *", "@every"} {
		if _, err := ParseSchedule(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("sources:\n  - name: a\n    seeds: [https://example.org/]\n    schedule: '@every 1m'\n"))
	f.Add([]byte("http: {addr: ':0'}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, nil)
		if err == nil {
			if verr := c.Validate(); verr != nil {
				t.Fatalf("Parse accepted a config Validate rejects: %v", verr)
			}
		}
	})
}

func TestLoadCompose(t *testing.T) {
	if _, err := Load("compose.yaml", nil); err == nil {
		t.Error("compose.yaml listens on all interfaces: it must require a token")
	}
	c, err := Load("compose.yaml", func(k string) string {
		if k == "PLEDGEWATCH_TOKEN" {
			return "t"
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.NATS.URL == "" {
		t.Error("compose.yaml must use the external NATS server")
	}
}

func TestParseClusterNATS(t *testing.T) {
	c, err := Parse([]byte("nats:\n  url: nats://10.0.0.1:4222, nats://10.0.0.2:4222,nats://10.0.0.3:4222\n  replicas: 3\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.NATS.Replicas != 3 || !strings.Contains(c.NATS.URL, "10.0.0.3") {
		t.Errorf("nats = %+v", c.NATS)
	}
}

// TestLoadBuiltIn checks that the built-in configuration is the example
// file, valid, with its data directory under the given directory.
func TestLoadBuiltIn(t *testing.T) {
	dir := t.TempDir()
	c, err := LoadBuiltIn(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "data"); c.DataDir != want {
		t.Errorf("data_dir %q, want %q", c.DataDir, want)
	}
	f, err := Load("example.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) == 0 || len(c.Sources) != len(f.Sources) || c.Sources[0].Name != f.Sources[0].Name {
		t.Errorf("built-in sources %v, want those of example.yaml %v", c.Sources, f.Sources)
	}
}
