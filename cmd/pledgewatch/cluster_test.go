package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
)

// natsServerBin returns the nats-server binary on PATH. Without one the
// test is skipped loudly, except in CI (CI=true), where .ci/run installs
// it and its absence is a failure.
func natsServerBin(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("nats-server")
	if err == nil {
		return bin
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("nats-server is not on PATH in CI (.ci/run should have installed it): %v", err)
	}
	t.Skipf("SKIPPED LOUDLY: nats-server is not on PATH, so the 3-node cluster test cannot run: "+
		"go install github.com/nats-io/nats-server/v2@<version in go.mod> (%v)", err)
	return ""
}

// natsNode is one nats-server process of a test cluster.
type natsNode struct {
	name, conf, storeDir, log string
	clientPort                int
	cmd                       *exec.Cmd
	exited                    chan struct{}
}

func (n *natsNode) url() string { return fmt.Sprintf("nats://127.0.0.1:%d", n.clientPort) }

// start runs the node and waits until it accepts TCP connections.
func (n *natsNode) start(t testing.TB, bin string) {
	t.Helper()
	logf, err := os.OpenFile(n.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	n.cmd = exec.Command(bin, "-c", n.conf)
	n.cmd.Stdout, n.cmd.Stderr = logf, logf
	if err := n.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", n.name, err)
	}
	n.exited = make(chan struct{})
	go func() { n.cmd.Wait(); logf.Close(); close(n.exited) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", n.clientPort))
		if err == nil {
			c.Close()
			return
		}
		select {
		case <-n.exited:
			t.Fatalf("%s exited at start:\n%s", n.name, readFile(n.log))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not accept connections:\n%s", n.name, readFile(n.log))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kill sends SIGKILL and waits for the process to end.
func (n *natsNode) kill() {
	if n.cmd != nil && n.cmd.Process != nil {
		n.cmd.Process.Kill()
		<-n.exited
	}
}

// newNATSCluster writes the configuration of a 3-node JetStream cluster on
// loopback (own store directories, free ports) and starts it.
func newNATSCluster(t *testing.T, bin string) []*natsNode {
	t.Helper()
	dir := t.TempDir()
	var nodes []*natsNode
	var routes []string
	routePorts := make([]int, 3)
	for i := range routePorts {
		routePorts[i] = freePortNum(t)
		routes = append(routes, fmt.Sprintf("%q", fmt.Sprintf("nats://127.0.0.1:%d", routePorts[i])))
	}
	for i := range 3 {
		n := &natsNode{name: fmt.Sprintf("n%d", i+1), clientPort: freePortNum(t)}
		n.storeDir = filepath.Join(dir, n.name, "store")
		n.conf = filepath.Join(dir, n.name+".conf")
		n.log = filepath.Join(dir, n.name+".log")
		conf := fmt.Sprintf(`server_name: %s
listen: "127.0.0.1:%d"
max_payload: %d
jetstream { store_dir: %q }
cluster {
  name: pw-test
  listen: "127.0.0.1:%d"
  routes: [%s]
}
`, n.name, n.clientPort, queue.EmbeddedMaxPayload, n.storeDir, routePorts[i], strings.Join(routes, ", "))
		if err := os.WriteFile(n.conf, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		nodes = append(nodes, n)
	}
	for _, n := range nodes {
		n.start(t, bin)
		t.Cleanup(n.kill)
	}
	return nodes
}

// roleProc is a pledgewatch role running as its own process.
type roleProc struct {
	name, log string
	cmd       *exec.Cmd
	exited    chan struct{}
}

func startRole(t testing.TB, bin, name, role, cfg string) *roleProc {
	t.Helper()
	r := &roleProc{name: name, log: filepath.Join(t.TempDir(), name+".log")}
	logf, err := os.Create(r.log)
	if err != nil {
		t.Fatal(err)
	}
	r.cmd = exec.Command(bin, role, "--config", cfg)
	r.cmd.Stdout, r.cmd.Stderr = logf, logf
	if err := r.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	r.exited = make(chan struct{})
	go func() { r.cmd.Wait(); logf.Close(); close(r.exited) }()
	t.Cleanup(func() { r.cmd.Process.Kill(); <-r.exited })
	return r
}

func (r *roleProc) running() bool {
	select {
	case <-r.exited:
		return false
	default:
		return true
	}
}

func readFile(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

// TestIntegrationClusterLosesNothing runs the many-machines topology on a
// real 3-node JetStream cluster: nats-server processes, and the crawler,
// two extractors and the store as pledgewatch processes. Mid-run it kills
// the node leading PW_ARTICLES and wipes its store, kills an extractor,
// then restarts the node empty. Every article must be stored exactly once
// with its commitments, and no role may have given up.
func TestIntegrationClusterLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a 3-node NATS cluster and 4 processes; skipped with -short")
	}
	natsBin := natsServerBin(t)
	const n = 40
	arts := manyArticles(t, n)
	site := testsite.New(arts)
	defer site.Close()
	site.SetDelay(150 * time.Millisecond) // the crawl lasts a few seconds

	bin := filepath.Join(t.TempDir(), "pledgewatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	start := time.Now()
	nodes := newNATSCluster(t, natsBin)
	var urls []string
	for _, nd := range nodes {
		urls = append(urls, nd.url())
	}
	addr := freeAddr(t)
	cfg := writeConfig(t, site, addr)
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "    schedule: \"@every 1h\"\n"...) // the crawler role crawls once at start
	if err := os.WriteFile(cfg, data, 0o600); err != nil {
		t.Fatal(err)
	}
	withNATS(t, cfg, strings.Join(urls, ","))

	// The roles start while the cluster is still electing its leaders:
	// they must wait, not exit.
	store := startRole(t, bin, "store", "store", cfg)
	x1 := startRole(t, bin, "extractor-1", "extractor", cfg)
	x2 := startRole(t, bin, "extractor-2", "extractor", cfg)
	crawler := startRole(t, bin, "crawler", "crawler", cfg)
	roles := []*roleProc{store, x1, x2, crawler}
	dump := func() string {
		var b strings.Builder
		for _, r := range roles {
			fmt.Fprintf(&b, "--- %s (running %v):\n%s\n", r.name, r.running(), tail(readFile(r.log), 30))
		}
		for _, nd := range nodes {
			fmt.Fprintf(&b, "--- %s:\n%s\n", nd.name, tail(readFile(nd.log), 15))
		}
		return b.String()
	}
	deadline := time.Now().Add(100 * time.Second)
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			for _, r := range roles {
				if r != x1 && !r.running() {
					t.Fatalf("%s exited while waiting for %s:\n%s", r.name, what, dump())
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s:\n%s", what, dump())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	// Kill the node leading PW_ARTICLES, with its disk, mid-crawl.
	waitUntil("a few articles fetched", func() bool { return fetched(site, arts) >= 8 })
	leader := streamLeader(t, strings.Join(urls, ","), string(queue.Articles))
	var lost *natsNode
	for _, nd := range nodes {
		if nd.name == leader {
			lost = nd
		}
	}
	if lost == nil {
		t.Fatalf("PW_ARTICLES leader %q is not a node of the cluster:\n%s", leader, dump())
	}
	lost.kill()
	if err := os.RemoveAll(lost.storeDir); err != nil {
		t.Fatal(err)
	}
	x1.cmd.Process.Kill()
	<-x1.exited
	if got := fetched(site, arts); got >= n {
		t.Logf("note: all %d articles were fetched before the kills", got)
	}
	t.Logf("killed %s (PW_ARTICLES leader, store wiped) and extractor-1 after %d of %d article pages were fetched",
		lost.name, fetched(site, arts), n)

	waitUntil("the crawl to finish", func() bool { return fetched(site, arts) >= n })
	lost.start(t, natsBin)

	var stored int
	waitUntil("every article stored", func() bool {
		stored = countStored(addr)
		return stored >= n
	})
	writes := storeWrites(addr)
	// Stop the roles cleanly: each must exit 0 on SIGTERM.
	for _, r := range []*roleProc{crawler, x2, store} {
		r.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-r.exited:
		case <-time.After(30 * time.Second):
			t.Fatalf("%s did not stop on SIGTERM:\n%s", r.name, dump())
		}
		if code := r.cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("%s exited %d on SIGTERM:\n%s", r.name, code, tail(readFile(r.log), 30))
		}
	}
	seen, commitments, missing := storedCounts(t, cfg)
	dups := 0
	for u, c := range seen {
		if c != 1 {
			dups += c - 1
			t.Errorf("%s stored %d times", u, c)
		}
	}
	t.Logf("cluster test: %d articles stored (want %d), %d duplicates, %d lost, %d commitments (%d missing); "+
		"%d store writes (redeliveries rewrite idempotently); %s from cluster start",
		len(seen), n, dups, n-len(seen), commitments, missing, writes, time.Since(start).Round(time.Millisecond))
	if len(seen) != n {
		t.Errorf("stored %d distinct articles, want %d", len(seen), n)
	}
	if commitments == 0 || missing != 0 {
		t.Errorf("%d commitments stored, %d of the stored articles' commitments missing", commitments, missing)
	}
}

// streamLeader asks the cluster which server leads stream.
func streamLeader(t *testing.T, urls, stream string) string {
	t.Helper()
	nc, err := nats.Connect(urls)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, stream)
	if err != nil {
		t.Fatalf("stream %s: %v", stream, err)
	}
	info := st.CachedInfo()
	if info.Cluster == nil || info.Cluster.Leader == "" {
		t.Fatalf("stream %s has no leader: %+v", stream, info.Cluster)
	}
	if info.Config.Replicas != 3 {
		t.Errorf("stream %s has %d replicas on a 3-node cluster, want 3", stream, info.Config.Replicas)
	}
	return info.Cluster.Leader
}

// countStored returns how many articles the store role's API lists (0 on
// any error: the caller polls).
func countStored(addr string) int {
	resp, err := http.Get("http://" + addr + "/api/v1/articles?limit=1000")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	var list api.ArticleList
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&list) != nil {
		return 0
	}
	return len(list.Items)
}

// storeWrites reads how many extractions the store role committed from its
// /metrics (-1 when unavailable).
func storeWrites(addr string) int {
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, resp.Body); err != nil {
		return -1
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if v, ok := strings.CutPrefix(line, "pledgewatch_stored_extractions_total "); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				return int(f)
			}
		}
	}
	return -1
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
