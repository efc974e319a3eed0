package crawler

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestPublicAddr(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want bool
	}{
		{"93.184.216.34", true},
		{"2606:2800:220:1:248:1893:25c8:1946", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fc00::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"100.64.0.1", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"64:ff9b::a00:1", false},
	} {
		t.Run(tc.ip, func(t *testing.T) {
			if got := publicAddr(netip.MustParseAddr(tc.ip)); got != tc.want {
				t.Errorf("publicAddr(%s) = %v, want %v", tc.ip, got, tc.want)
			}
		})
	}
}

func TestTransportGuardAndLimits(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big-declared":
			w.Header().Set("Content-Length", "2048")
			w.Write(make([]byte, 2048))
		case "/charset":
			w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
			io.WriteString(w, "ok")
		default:
			w.Write(make([]byte, 1024))
		}
	}))
	t.Cleanup(srv.Close)

	get := func(t *testing.T, opts Options, path string) (*http.Response, []byte, error) {
		t.Helper()
		tr := newPoliteTransport(opts)
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL+path, nil)
		resp, err := tr.RoundTrip(req)
		if err != nil {
			return nil, nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return resp, b, err
	}
	base := Options{Timeout: 1e9, MaxBodyBytes: 1024, Parallelism: 1}

	t.Run("loopback refused by default", func(t *testing.T) {
		_, _, err := get(t, base, "/")
		if !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("err = %v, want ErrBlockedAddress", err)
		}
	})
	allow := base
	allow.AllowPrivateNetworks = true
	t.Run("exactly the limit", func(t *testing.T) {
		_, b, err := get(t, allow, "/")
		if err != nil || len(b) != 1024 {
			t.Errorf("got %d bytes, %v", len(b), err)
		}
	})
	t.Run("declared length over the limit", func(t *testing.T) {
		_, _, err := get(t, allow, "/big-declared")
		if !errors.Is(err, ErrBodyTooLarge) {
			t.Errorf("err = %v, want ErrBodyTooLarge", err)
		}
	})
	t.Run("charset hidden from colly, kept for the crawler", func(t *testing.T) {
		resp, _, err := get(t, allow, "/charset")
		if err != nil {
			t.Fatal(err)
		}
		if ct := resp.Header.Get("Content-Type"); strings.Contains(ct, "charset") {
			t.Errorf("Content-Type still has charset: %q", ct)
		}
		if ct := contentType(&resp.Header); ct != "text/html; charset=ISO-8859-1" {
			t.Errorf("contentType = %q", ct)
		}
	})
}

func TestCollyEnvironmentIgnored(t *testing.T) {
	t.Setenv("COLLY_IGNORE_ROBOTSTXT", "yes")
	t.Setenv("COLLY_MAX_BODY_SIZE", "10")
	t.Setenv("COLLY_USER_AGENT", "evil")
	site := newTestSite(t)
	sink := &memSink{}
	c := mustNew(t, testOptions(), newMemState(), sink)
	stats, err := c.Crawl(context.Background(), siteSource(site))
	if err != nil {
		t.Fatal(err)
	}
	if n := site.served("/private/secret.html"); n != 0 {
		t.Errorf("COLLY_IGNORE_ROBOTSTXT took effect: disallowed page fetched %d times", n)
	}
	if ua := site.userAgents(); len(ua) != 1 || ua[0] != DefaultUserAgent {
		t.Errorf("User-Agents sent: %q, want only the default", ua)
	}
	if stats.ArticlesNew == 0 {
		t.Errorf("COLLY_MAX_BODY_SIZE took effect: nothing emitted (%+v)", stats)
	}
}
