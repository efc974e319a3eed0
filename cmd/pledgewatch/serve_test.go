package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// TestCommandsWhileDatabaseHeld holds the database like a running
// 'pledgewatch run' and serves its API on http.addr: query, review and
// export must go through the API.
func TestCommandsWhileDatabaseHeld(t *testing.T) {
	f := newLedgerFixture(t)
	st, err := store.Open(f.db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := api.New(api.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	defer srv.Close()

	ctx := context.Background()
	code, out, errOut := cli(ctx, "query", "--config", f.cfg, "--format", "jsonl", "--review", "pending")
	if code != 0 || len(decodeJSONL(t, out)) != 2 || !strings.Contains(errOut, "using its API") {
		t.Fatalf("query: exit %d %q %q", code, out, errOut)
	}
	code, _, errOut = cli(ctx, "review", "accept", "--config", f.cfg, f.ids["tanks"])
	if code != 0 {
		t.Fatalf("accept: exit %d %s", code, errOut)
	}
	rec, err := st.Commitment(ctx, f.ids["tanks"])
	if err != nil || rec.Commitment.Review != news.ReviewAccepted {
		t.Errorf("accept through the API not stored: %+v %v", rec.Commitment, err)
	}
	code, out, _ = cli(ctx, "review", "list", "--config", f.cfg)
	if code != 0 || !strings.Contains(out, "1 pending") {
		t.Errorf("list: exit %d %q", code, out)
	}
	code, _, errOut = cli(ctx, "query", "--config", f.cfg, "--currency", "euros")
	if code != 2 || !strings.Contains(errOut, "--currency: \"euros\" is not a three-letter currency code") ||
		strings.Contains(errOut, "api:") || strings.Contains(errOut, "store:") {
		t.Errorf("bad currency through the API: exit %d %q", code, errOut)
	}
	code, out, _ = cli(ctx, "export", "--config", f.cfg, "--format", "csv")
	if code != 0 || strings.Count(out, "\n") != 4 {
		t.Errorf("export: exit %d\n%s", code, out)
	}
	code, _, errOut = cli(ctx, "serve", "--config", f.cfg)
	if code != 1 || !strings.Contains(errOut, "already serves") {
		t.Errorf("serve on a held database: exit %d %q", code, errOut)
	}
}

func TestServe(t *testing.T) {
	f := newLedgerFixture(t)
	if code, _, errOut := cli(context.Background(), "serve", "--config", f.cfg, "--addr", "0.0.0.0:0"); code != 2 || !strings.Contains(errOut, "http.token") {
		t.Errorf("non-loopback without token: exit %d %q", code, errOut)
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		code, _, _ := cli(ctx, "serve", "--config", f.cfg)
		done <- code
	}()
	waitHealthy(t, "http://"+f.addr+"/healthz", done)

	resp, err := http.Get("http://" + f.addr + "/review")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<strong>2</strong> of 2 left") {
		t.Errorf("review page: %d", resp.StatusCode)
	}
	c := api.NewClient(f.addr, "", nil)
	if _, err := c.Reject(ctx, f.ids["money"], "t", ""); err != nil {
		t.Errorf("reject through serve: %v", err)
	}
	if _, err := c.Run(ctx, nil); !errors.Is(err, api.ErrUnavailable) {
		t.Errorf("run without a pipeline: %v, want ErrUnavailable", err)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d", code)
		}
	case <-time.After(time.Minute):
		t.Fatal("serve did not stop")
	}
	if got := f.state(t, f.ids["money"]).Commitment.Review; got != news.ReviewRejected {
		t.Errorf("reject not stored: %q", got)
	}
}
