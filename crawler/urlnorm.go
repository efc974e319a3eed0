package crawler

import (
	"fmt"
	"net/url"
	"strings"
)

// NormalizeURL returns the form of rawURL that the crawler uses for
// deduplication and as the canonical URL of an article when the page names
// none: scheme and host lowercased, the default port dropped, an empty path
// made "/", the fragment and every utm_* query parameter removed. Other
// query parameters keep their order.
//
// It returns an error wrapping ErrBadURL when rawURL does not parse or is
// not an absolute http or https URL.
func NormalizeURL(rawURL string) (string, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return "", err
	}
	return normalize(u), nil
}

// parseHTTPURL parses an absolute http(s) URL.
func parseHTTPURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("crawler: %w: %v", ErrBadURL, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if (scheme != "http" && scheme != "https") || u.Hostname() == "" {
		return nil, fmt.Errorf("crawler: %w: %q is not an absolute http(s) URL", ErrBadURL, rawURL)
	}
	return u, nil
}

// normalize renders u in normal form (see NormalizeURL). It does not modify u.
func normalize(u *url.URL) string {
	n := *u
	n.User = nil
	n.Scheme = strings.ToLower(n.Scheme)
	host := strings.ToLower(n.Hostname())
	port := n.Port()
	if (n.Scheme == "http" && port == "80") || (n.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	n.Host = host
	n.Fragment = ""
	n.RawFragment = ""
	if n.Path == "" && n.Opaque == "" {
		n.Path = "/"
		n.RawPath = ""
	}
	if n.RawQuery != "" {
		n.RawQuery = stripTracking(n.RawQuery)
	}
	n.ForceQuery = false
	return n.String()
}

// stripTracking removes utm_* parameters from a raw query string without
// reordering or re-encoding the others.
func stripTracking(rawQuery string) string {
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if strings.HasPrefix(strings.ToLower(key), "utm_") {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

// sameSite reports whether a and b are on the same site: the same host,
// ignoring case and a leading "www.".
func sameSite(a, b *url.URL) bool {
	ha := strings.TrimPrefix(strings.ToLower(a.Hostname()), "www.")
	hb := strings.TrimPrefix(strings.ToLower(b.Hostname()), "www.")
	return ha != "" && ha == hb
}
