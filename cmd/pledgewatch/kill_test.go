package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/testsite"
	"github.com/pledgewatch/pledgewatch/store"
)

// TestIntegrationKilledRunLosesNothing builds the binary, starts 'run',
// starts an ingestion of a slow site through the API, kills the process
// with SIGKILL in the middle, then runs 'crawl' on the same data dir: every
// article must end up stored exactly once and the database must open.
func TestIntegrationKilledRunLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a real process; skipped with -short")
	}
	arts, err := testsite.SeedArticles(seedsDir)
	if err != nil {
		t.Skipf("SKIPPED LOUDLY: seed corpus missing: %v", err)
	}
	const n = 30
	var many []testsite.Article
	for i := 0; i < n; i++ {
		a := arts[i%len(arts)]
		a.Slug = fmt.Sprintf("%s-%d", a.Slug, i)
		a.Title = fmt.Sprintf("%s (%d)", a.Title, i)
		many = append(many, a)
	}
	site := testsite.New(many)
	defer site.Close()
	site.SetDelay(100 * time.Millisecond)

	bin := filepath.Join(t.TempDir(), "pledgewatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	addr := freeAddr(t)
	cfg := writeConfig(t, site, addr)

	var runOut bytes.Buffer
	cmd := exec.Command(bin, "run", "--config", cfg)
	cmd.Stdout, cmd.Stderr = &runOut, &runOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan int, 1)
	go func() { cmd.Wait(); exited <- cmd.ProcessState.ExitCode() }()
	defer cmd.Process.Kill()
	waitHealthy(t, "http://"+addr+"/healthz", exited)

	go func() {
		// The run endpoint answers when the run is done; it never will.
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/runs", strings.NewReader(`{"sources":["local"]}`))
		req.Header.Set("Content-Type", "application/json")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	// Kill once a few articles have been fetched, long before all are.
	deadline := time.Now().Add(time.Minute)
	for fetched(site, many) < 5 {
		if time.Now().After(deadline) {
			t.Fatalf("the run fetched nothing:\n%s", runOut.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-exited
	if got := fetched(site, many); got >= n {
		t.Fatalf("all %d articles were fetched before the kill; the test proves nothing", got)
	}

	site.SetDelay(0)
	code, out, errOut := cli(context.Background(), "crawl", "--config", cfg)
	if code != 0 {
		t.Fatalf("crawl after kill: code %d\n%s\n%s", code, out, errOut)
	}
	st, err := store.Open(filepath.Join(filepath.Dir(cfg), "data", dbFile), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("database after kill: %v", err)
	}
	defer st.Close()
	seen := map[string]int{}
	q := store.ArticleQuery{Limit: 100, WithoutText: true}
	for {
		page, err := st.Articles(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Items {
			seen[a.URL]++
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	if len(seen) != n {
		t.Errorf("stored %d distinct articles after kill and crawl, want %d: %v", len(seen), n, seen)
	}
	for u, c := range seen {
		if c != 1 {
			t.Errorf("%s stored %d times", u, c)
		}
	}
	_ = os.Remove(bin)
}

// fetched counts the article pages of the site requested so far.
func fetched(site *testsite.Site, arts []testsite.Article) int {
	k := 0
	for _, a := range arts {
		if site.Hits("/news/"+a.Slug+".html") > 0 {
			k++
		}
	}
	return k
}
