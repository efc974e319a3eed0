package api

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestHostCheckWithoutToken(t *testing.T) {
	tests := []struct {
		host  string
		token string
		want  int
	}{
		{"127.0.0.1:8080", "", http.StatusOK},
		{"127.1.2.3", "", http.StatusOK},
		{"localhost:8080", "", http.StatusOK},
		{"LOCALHOST.", "", http.StatusOK},
		{"[::1]:8080", "", http.StatusOK},
		{"evil.example", "", http.StatusMisdirectedRequest},
		{"evil.example:8080", "", http.StatusMisdirectedRequest},
		{"127.0.0.1.evil.example", "", http.StatusMisdirectedRequest},
		{"localhost.evil.example", "", http.StatusMisdirectedRequest},
		{"10.0.0.5:8080", "", http.StatusMisdirectedRequest},
		// With a token, the token is the defence; any name is served.
		{"pledges.example", "s3cret", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.host+"/"+tt.token, func(t *testing.T) {
			f := newFixture(t, Config{Token: tt.token})
			for _, path := range []string{"/api/v1/commitments", "/review"} {
				req, _ := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
				req.Host = tt.host
				if tt.token != "" {
					req.Header.Set("Authorization", "Bearer "+tt.token)
				}
				client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
				resp, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != tt.want {
					t.Errorf("GET %s with Host %q: status %d, want %d: %s", path, tt.host, resp.StatusCode, tt.want, body)
				}
				if tt.want == http.StatusMisdirectedRequest && !strings.Contains(string(body), "http.token") {
					t.Errorf("refusal %q does not say how to fix it", body)
				}
			}
			// A review decision posted through a rebound name is refused too.
			req, _ := http.NewRequest(http.MethodPost, f.srv.URL+"/api/v1/commitments/"+f.ids["ukMoney"]+"/accept", strings.NewReader(`{"who":"ana"}`))
			req.Host = tt.host
			req.Header.Set("Content-Type", "application/json")
			if tt.token != "" {
				req.Header.Set("Authorization", "Bearer "+tt.token)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			accepted := f.review(t, f.ids["ukMoney"]) == news.ReviewAccepted
			if accepted != (tt.want == http.StatusOK) {
				t.Errorf("POST accept with Host %q: status %d, accepted=%v", tt.host, resp.StatusCode, accepted)
			}
		})
	}
}

// TestDamagedStoreServerSurvives truncates the database file under a
// serving store: reads past the new end fault (SIGBUS through mmap). The
// requests fail with a message naming the damage, and the server goes on
// answering.
func TestDamagedStoreServerSurvives(t *testing.T) {
	f := newFixture(t, Config{})
	if err := os.Truncate(f.st.Path(), 8<<10); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		for _, path := range []string{"/api/v1/commitments", "/api/v1/articles", "/api/v1/ledger", "/review"} {
			resp, body := f.get(t, path)
			if resp.StatusCode != http.StatusInternalServerError {
				t.Errorf("GET %s: status %d, want 500: %s", path, resp.StatusCode, body)
			}
			if strings.HasPrefix(path, "/api") && !strings.Contains(body, "pledgewatch check") {
				t.Errorf("GET %s: %q does not name the damage", path, body)
			}
		}
	}
	if resp, body := f.get(t, "/healthz"); resp.StatusCode != http.StatusOK {
		t.Errorf("healthz after faults: %d %s", resp.StatusCode, body)
	}
}

// TestServerDropsSlowBodies opens connections that send a request line
// and headers promising a body, then stall. The server built by NewServer
// closes every one of them (its ReadTimeout, shortened here), whether the
// request carries the token or not; the connections beyond MaxConns wait
// in the backlog and are closed in their turn.
func TestServerDropsSlowBodies(t *testing.T) {
	st, _, _ := seedStore(t)
	h, err := New(Config{Store: st, Token: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	opts := ServerOptions{ReadHeaderTimeout: 200 * time.Millisecond, ReadTimeout: 300 * time.Millisecond, IdleTimeout: 300 * time.Millisecond, MaxConns: 8}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer(h, opts)
	go srv.Serve(LimitListener(ln, opts))
	t.Cleanup(func() { srv.Close() })

	const n = 20
	closed := make(chan error, n)
	for i := range n {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		auth := ""
		if i%2 == 0 {
			auth = "Authorization: Bearer s3cret\r\n"
		}
		fmt.Fprintf(c, "POST /api/v1/commitments/x/accept HTTP/1.1\r\nHost: 127.0.0.1\r\n%sContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", auth)
		go func() {
			// The server answers (or not) and then closes: read until EOF.
			c.SetReadDeadline(time.Now().Add(30 * time.Second))
			_, err := io.Copy(io.Discard, bufio.NewReader(c))
			closed <- err
		}()
	}
	for range n {
		if err := <-closed; err != nil {
			t.Errorf("connection not closed by the server: %v", err)
		}
	}
}
