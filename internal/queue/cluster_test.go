package queue

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// freePort returns a loopback TCP port that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startTestServer starts a nats-server in this process listening on a
// loopback port, with JetStream under dir, and stops it at the end of the
// test.
func startTestServer(t testing.TB, opts *server.Options) *server.Server {
	t.Helper()
	srv, ready := launchServer(t, opts, guard)
	if !ready {
		t.Fatal("server not ready")
	}
	return srv
}

// launchServer starts a server with opts (loopback, JetStream, no logs),
// stops it at the end of the test, and reports whether it was ready for
// connections within wait: a port taken between freePort and the bind
// leaves it never ready.
func launchServer(t testing.TB, opts *server.Options, wait time.Duration) (*server.Server, bool) {
	t.Helper()
	if opts.Host == "" {
		opts.Host = "127.0.0.1"
	}
	if opts.Port == 0 {
		opts.Port = -1
	}
	opts.JetStream = true
	opts.NoLog, opts.NoSigs = true, true
	if opts.MaxPayload == 0 {
		opts.MaxPayload = EmbeddedMaxPayload
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv.Start()
	t.Cleanup(func() {
		srv.Shutdown()
		srv.WaitForShutdown()
	})
	return srv, srv.ReadyForConnections(wait)
}

// startCluster starts a JetStream cluster of n servers in this process,
// each with its own store directory, routed to one another on loopback.
// The ports come from freePort and another process may take one before
// the server binds it: then the whole cluster starts again on new ports
// (at most three times).
func startCluster(t testing.TB, n int) []*server.Server {
	t.Helper()
	for attempt := 1; ; attempt++ {
		var srvs []*server.Server
		ready := true
		for _, o := range clusterOptions(t, n) {
			srv, ok := launchServer(t, o, guard/3)
			srvs = append(srvs, srv)
			if !ok {
				ready = false
				break
			}
		}
		if ready {
			return srvs
		}
		for _, s := range srvs {
			s.Shutdown()
			s.WaitForShutdown()
		}
		if attempt == 3 {
			t.Fatalf("cluster of %d servers not ready after %d attempts on fresh ports", n, attempt)
		}
		t.Logf("cluster not ready (a port was taken?); starting it again on new ports")
	}
}

// clusterOptions returns the options of a cluster of n servers; starting
// a server again with its options restarts it on the same store and ports.
func clusterOptions(t testing.TB, n int) []*server.Options {
	t.Helper()
	ports := make([]int, n)
	var routes []*url.URL
	for i := range ports {
		ports[i] = freePort(t)
		routes = append(routes, &url.URL{Scheme: "nats", Host: fmt.Sprintf("127.0.0.1:%d", ports[i])})
	}
	var opts []*server.Options
	for i := range n {
		opts = append(opts, &server.Options{
			ServerName: fmt.Sprintf("n%d", i+1),
			Port:       freePort(t),
			StoreDir:   t.TempDir(),
			Cluster:    server.ClusterOpts{Name: "pw-test", Host: "127.0.0.1", Port: ports[i]},
			Routes:     routes,
		})
	}
	return opts
}

func TestOpenRefusesSmallMaxPayload(t *testing.T) {
	tests := []struct {
		name       string
		maxPayload int32
		wantErr    bool
	}{
		{"nats-server default 1 MiB", 1 << 20, true},
		{"8 MiB", EmbeddedMaxPayload, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := startTestServer(t, &server.Options{StoreDir: t.TempDir(), MaxPayload: tt.maxPayload})
			q, err := Open(t.Context(), Config{URL: srv.ClientURL(), Logger: testLogger()})
			if err == nil {
				q.Close()
			}
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrMaxPayload) {
				t.Fatalf("Open error = %v, want ErrMaxPayload", err)
			}
			if !strings.Contains(err.Error(), "max_payload: 8MB") || !strings.Contains(err.Error(), srv.ClientURL()) {
				t.Errorf("error %q does not say how to fix it", err)
			}
		})
	}
}

// TestOpenWaitsForServer starts Open before the server exists: it must
// wait and connect once the server is up, not fail.
func TestOpenWaitsForServer(t *testing.T) {
	port := freePort(t)
	dir := t.TempDir()
	type result struct {
		q   *Queue
		err error
	}
	done := make(chan result, 1)
	go func() {
		q, err := Open(context.Background(), Config{URL: fmt.Sprintf("nats://127.0.0.1:%d", port), StartWait: guard, Logger: testLogger()})
		done <- result{q, err}
	}()
	select {
	case r := <-done:
		t.Fatalf("Open returned before the server started: %v", r.err)
	case <-time.After(500 * time.Millisecond):
	}
	startTestServer(t, &server.Options{Port: port, StoreDir: dir})
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("Open: %v", r.err)
		}
		r.q.Close()
	case <-time.After(guard):
		t.Fatal("Open did not return after the server started")
	}
}

// TestOpenGivesUpAfterStartWait checks that a bounded StartWait ends with
// a connect error naming the server.
func TestOpenGivesUpAfterStartWait(t *testing.T) {
	u := fmt.Sprintf("nats://127.0.0.1:%d", freePort(t))
	_, err := Open(t.Context(), Config{URL: u, StartWait: 300 * time.Millisecond, Logger: testLogger()})
	if err == nil || !strings.Contains(err.Error(), u) {
		t.Fatalf("Open error = %v, want a connect error naming %s", err, u)
	}
}

func TestReplicasAuto(t *testing.T) {
	single := startTestServer(t, &server.Options{StoreDir: t.TempDir()})
	cluster := startCluster(t, 3)
	tests := []struct {
		name     string
		url      string
		replicas int
		want     int
	}{
		{"single server", single.ClientURL(), 0, 1},
		{"cluster of 3", cluster[0].ClientURL(), 0, 3},
		{"cluster, explicit 1 (scales down)", cluster[1].ClientURL(), 1, 1},
		{"cluster, automatic again (scales up)", cluster[2].ClientURL(), 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := openTest(t, Config{URL: tt.url, Replicas: tt.replicas, Logger: testLogger()})
			if q.Replicas() != tt.want {
				t.Errorf("Replicas() = %d, want %d", q.Replicas(), tt.want)
			}
			st, err := q.js.Stream(t.Context(), string(Articles))
			if err != nil {
				t.Fatal(err)
			}
			if got := st.CachedInfo().Config.Replicas; got != tt.want {
				t.Errorf("stream replicas = %d, want %d", got, tt.want)
			}
			c, err := q.js.Consumer(t.Context(), string(Articles), durableName)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.CachedInfo().Config.Replicas; got != tt.want {
				t.Errorf("consumer replicas = %d, want %d", got, tt.want)
			}
			kvs, err := q.js.Stream(t.Context(), "KV_"+StateBucket)
			if err != nil {
				t.Fatal(err)
			}
			if got := kvs.CachedInfo().Config.Replicas; got != tt.want {
				t.Errorf("KV replicas = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestReplicasTooManyForServer asks for 3 replicas of a single server:
// Open fails and says what to set.
func TestReplicasTooManyForServer(t *testing.T) {
	srv := startTestServer(t, &server.Options{StoreDir: t.TempDir()})
	_, err := Open(t.Context(), Config{URL: srv.ClientURL(), Replicas: 3, StartWait: time.Second, Logger: testLogger()})
	if err == nil || !strings.Contains(err.Error(), "nats.replicas") {
		t.Fatalf("Open error = %v, want advice on nats.replicas", err)
	}
}

// TestLeaderLossIsRetried stops the server leading the KV bucket and the
// articles stream of a 3-replica cluster: KV reads and publishes made
// while a new leader is elected must succeed, and nothing is lost.
func TestLeaderLossIsRetried(t *testing.T) {
	srvs := startCluster(t, 3)
	var urls []string
	for _, s := range srvs {
		urls = append(urls, s.ClientURL())
	}
	q := openTest(t, Config{URL: strings.Join(urls, ","), Logger: testLogger()})
	ctx := t.Context()
	if err := q.State().Put(ctx, "k", []byte("v")); err != nil {
		t.Fatal(err)
	}
	publish(t, q, Articles, "a0", []byte("before"))

	st, err := q.js.Stream(ctx, string(Articles))
	if err != nil {
		t.Fatal(err)
	}
	leader := st.CachedInfo().Cluster.Leader
	for _, s := range srvs {
		if s.Name() == leader {
			s.Shutdown()
		}
	}
	for i := range 5 {
		publish(t, q, Articles, fmt.Sprintf("a%d", i+1), []byte("after"))
		v, err := q.State().Get(ctx, "k")
		if err != nil || string(v) != "v" {
			t.Fatalf("Get after leader loss = %q, %v", v, err)
		}
	}
	if n := pending(t, q, Articles); n != 6 {
		t.Errorf("Pending = %d after leader loss, want 6", n)
	}
}

// TestStorageFull fills a server's JetStream storage: Publish fails with
// ErrStorageFull, which StorageFull then reports.
func TestStorageFull(t *testing.T) {
	srv := startTestServer(t, &server.Options{StoreDir: t.TempDir(), JetStreamMaxStore: 256 << 10})
	q := openTest(t, Config{URL: srv.ClientURL(), Logger: testLogger()})
	if n, err := q.StorageFull(); n != 0 || err != nil {
		t.Fatalf("StorageFull before any publish = %d, %v", n, err)
	}
	data := make([]byte, 32<<10)
	var err error
	for i := 0; i < 64 && err == nil; i++ {
		err = q.Publish(t.Context(), Articles, fmt.Sprintf("m%d", i), data)
	}
	if !errors.Is(err, ErrStorageFull) {
		t.Fatalf("Publish past the storage limit: %v, want ErrStorageFull", err)
	}
	if n, last := q.StorageFull(); n != 1 || !errors.Is(last, ErrStorageFull) {
		t.Errorf("StorageFull() = %d, %v; want 1 and ErrStorageFull", n, last)
	}
}

// TestOpenWaitsForStreamLeader opens a queue while two of the three
// servers of a cluster are down, so that no stream has a leader: Open must
// wait, then succeed once the servers are back.
func TestOpenWaitsForStreamLeader(t *testing.T) {
	opts := clusterOptions(t, 3)
	var srvs []*server.Server
	for _, o := range opts {
		srvs = append(srvs, startTestServer(t, o))
	}
	url0 := srvs[0].ClientURL()
	q := openTest(t, Config{URL: url0, Logger: testLogger()}) // creates the R3 streams
	if q.Replicas() != 3 {
		t.Fatalf("Replicas() = %d, want 3", q.Replicas())
	}
	for _, s := range srvs[1:] {
		s.Shutdown()
		s.WaitForShutdown()
	}
	type result struct {
		q   *Queue
		err error
	}
	done := make(chan result, 1)
	go func() {
		q, err := Open(context.Background(), Config{URL: url0, StartWait: -1, Logger: testLogger()})
		done <- result{q, err}
	}()
	select {
	case r := <-done:
		if r.err == nil {
			r.q.Close()
		}
		t.Fatalf("Open returned while the streams had no leader: %v", r.err)
	case <-time.After(2 * time.Second):
	}
	for _, o := range opts[1:] {
		startTestServer(t, o.Clone())
	}
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("Open after the servers came back: %v", r.err)
		}
		r.q.Close()
	case <-time.After(2 * guard):
		t.Fatal("Open did not return after the servers came back")
	}
}
