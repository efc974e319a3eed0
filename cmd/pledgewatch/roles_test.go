package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/queue"
)

// TestIntegrationRolesOverExternalNATS runs the many-machines topology in
// one test: a NATS server with JetStream reached over TCP, and the crawler,
// extractor and store roles as separate commands sharing only NATS.
func TestIntegrationRolesOverExternalNATS(t *testing.T) {
	site := seedSite(t)
	nats, err := queue.Open(context.Background(), queue.Config{StoreDir: filepath.Join(t.TempDir(), "nats"), ListenAddr: "127.0.0.1:-1"})
	if err != nil {
		t.Fatal(err)
	}
	defer nats.Close()
	url := nats.ClientURL()
	if !strings.HasPrefix(url, "nats://") {
		t.Fatalf("no TCP URL for the server: %q", url)
	}

	addr := freeAddr(t)
	cfg := writeConfig(t, site, addr)
	// The crawler role crawls scheduled sources once at start.
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, []byte("    schedule: \"@every 1h\"\n")...)
	if err := os.WriteFile(cfg, data, 0o600); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	codes := make(chan string, 3)
	metricsAddr := freeAddr(t)
	for _, role := range []string{"store", "extractor", "crawler"} {
		wg.Add(1)
		args := []string{role, "--config", cfg, "--nats", url}
		if role == "extractor" {
			args = append(args, "--metrics", metricsAddr)
		}
		go func() {
			defer wg.Done()
			var errb bytes.Buffer
			code := run(ctx, args, env{getenv: func(string) string { return "" }, stdout: &bytes.Buffer{}, stderr: &errb})
			if code != 0 {
				codes <- role + ": " + errb.String()
			}
		}()
		if role == "store" {
			waitHealthy(t, "http://"+addr+"/healthz", nil)
		}
	}
	defer func() { cancel(); wg.Wait() }()

	deadline := time.Now().Add(2 * time.Minute)
	for {
		select {
		case msg := <-codes:
			t.Fatalf("a role failed: %s", msg)
		default:
		}
		code, out, errOut := cli(context.Background(), "query", "--config", cfg, "--country", "PL", "--format", "jsonl")
		if code != 0 {
			t.Fatalf("query: %d %s", code, errOut)
		}
		if hasTroopsLine(t, out, "PL", 2500) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the roles stored no PL 2500 troops commitment; last query:\n%s", out)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The extractor role serves its own metrics.
	resp, err := http.Get("http://" + metricsAddr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var extracted float64
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, "pledgewatch_extracted_articles_total "); ok {
			extracted, _ = strconv.ParseFloat(v, 64)
		}
	}
	if extracted < 1 {
		t.Errorf("extractor role metrics report %v extracted articles", extracted)
	}
	cancel()
	wg.Wait()
	select {
	case msg := <-codes:
		t.Errorf("a role exited non-zero on shutdown: %s", msg)
	default:
	}
}

func hasTroopsLine(t *testing.T, jsonl, actor string, n int64) bool {
	for _, c := range decodeJSONL(t, jsonl) {
		if c.Actor == actor && c.Kind == news.KindTroops && c.Troops != nil && *c.Troops == n {
			return true
		}
	}
	return false
}

func TestRoleMetricsAddrChecked(t *testing.T) {
	site := seedSite(t)
	cfg := writeConfig(t, site, freeAddr(t))
	for _, addr := range []string{"nohost", "0.0.0.0:9100"} {
		code, _, errOut := cli(context.Background(), "extractor", "--config", cfg, "--nats", "nats://127.0.0.1:1", "--metrics", addr)
		if code != 2 || !strings.Contains(errOut, "--metrics") {
			t.Errorf("--metrics %s: code %d, %q", addr, code, errOut)
		}
	}
}

func TestRoleNeedsExternalNATS(t *testing.T) {
	site := seedSite(t)
	cfg := writeConfig(t, site, freeAddr(t))
	for _, role := range []string{"crawler", "extractor", "store"} {
		code, _, errOut := cli(context.Background(), role, "--config", cfg)
		if code != 2 || !strings.Contains(errOut, "external NATS") {
			t.Errorf("%s without nats.url: code %d, %q", role, code, errOut)
		}
	}
}
