package crawler

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func TestParseSitemap(t *testing.T) {
	latin1, err := charmap.ISO8859_1.NewEncoder().String(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/caf%C3%A9?q=é</loc></url></urlset>`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		doc      string
		wantURLs []SitemapURL
		wantMaps []string
		wantErr  error
	}{
		{
			name: "urlset with lastmod and news",
			doc: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc> https://example.org/a </loc><lastmod>2025-09-04</lastmod></url>
 <url><loc>https://example.org/b</loc><lastmod>2025-09-04T10:30:00+02:00</lastmod>
  <news:news><news:publication>x</news:publication><news:publication_date>2025-09-04T08:00:00Z</news:publication_date></news:news></url>
 <url><loc></loc></url>
 <url><loc>https://example.org/c</loc><lastmod>yesterday</lastmod></url>
</urlset>`,
			wantURLs: []SitemapURL{
				{Loc: "https://example.org/a", LastMod: time.Date(2025, 9, 4, 0, 0, 0, 0, time.UTC)},
				{Loc: "https://example.org/b", LastMod: time.Date(2025, 9, 4, 8, 30, 0, 0, time.UTC), Published: time.Date(2025, 9, 4, 8, 0, 0, 0, time.UTC)},
				{Loc: "https://example.org/c"},
			},
		},
		{
			name:     "index",
			doc:      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/s1.xml.gz</loc></sitemap><sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>`,
			wantMaps: []string{"https://example.org/s1.xml.gz", "/s2.xml"},
		},
		{
			name:     "declared charset",
			doc:      latin1,
			wantURLs: []SitemapURL{{Loc: "https://example.org/caf%C3%A9?q=é"}},
		},
		{name: "rss is not a sitemap", doc: `<rss version="2.0"><channel/></rss>`, wantErr: ErrNotSitemap},
		{name: "empty", doc: ``, wantErr: ErrNotSitemap},
		{name: "html", doc: `<!DOCTYPE html><html><body>404</body></html>`, wantErr: nil /* any error */},
		{name: "too many", doc: "<urlset>" + strings.Repeat("<url><loc>https://e.org/</loc></url>", MaxSitemapEntries+1) + "</urlset>", wantErr: ErrSitemapTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sm, err := ParseSitemap(strings.NewReader(tc.doc))
			if tc.name == "html" {
				if err == nil {
					t.Fatalf("want an error, got %+v", sm)
				}
				return
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSitemap: %v", err)
			}
			if !slices.EqualFunc(sm.URLs, tc.wantURLs, func(a, b SitemapURL) bool {
				return a.Loc == b.Loc && a.LastMod.Equal(b.LastMod) && a.Published.Equal(b.Published)
			}) {
				t.Errorf("URLs = %+v\nwant %+v", sm.URLs, tc.wantURLs)
			}
			if !slices.Equal(sm.Sitemaps, tc.wantMaps) {
				t.Errorf("Sitemaps = %q, want %q", sm.Sitemaps, tc.wantMaps)
			}
		})
	}
}

func TestGunzip(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	bomb := gz(make([]byte, 4<<20)) // 4 MiB of zeros: a few KiB compressed
	for _, tc := range []struct {
		name    string
		in      []byte
		limit   int64
		want    string
		wantErr error
	}{
		{"plain passes through", []byte("<urlset/>"), 100, "<urlset/>", nil},
		{"gzip decompressed", gz([]byte("<urlset/>")), 100, "<urlset/>", nil},
		{"exactly the limit", gz([]byte("12345")), 5, "12345", nil},
		{"bomb refused", bomb, 1 << 20, "", ErrBodyTooLarge},
		{"corrupt gzip", []byte{0x1f, 0x8b, 0, 0}, 100, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := gunzip(tc.in, tc.limit)
			switch {
			case tc.name == "corrupt gzip":
				if err == nil {
					t.Errorf("want an error")
				}
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("err = %v, want %v", err, tc.wantErr)
				}
			case err != nil || string(got) != tc.want:
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func FuzzParseSitemap(f *testing.F) {
	f.Add(`<urlset><url><loc>https://e.org/a</loc><lastmod>2025-01-02</lastmod><news:news><news:publication_date>2025-01-02T03:04:05Z</news:publication_date></news:news></url></urlset>`)
	f.Add(`<sitemapindex><sitemap><loc>https://e.org/s.xml</loc></sitemap></sitemapindex>`)
	f.Add(`<?xml version="1.0" encoding="windows-1252"?><urlset><url><loc>&amp;&#xE9;</loc></url></urlset>`)
	f.Add(`<?xml version="1.0" encoding="x-unknown"?><urlset/>`)
	f.Add(`<urlset><url><loc><![CDATA[https://e.org/]]></loc>`)
	f.Fuzz(func(t *testing.T, doc string) {
		sm, err := ParseSitemap(strings.NewReader(doc))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "crawler: sitemap: ") {
				t.Fatalf("error without package prefix: %v", err)
			}
			return
		}
		if n := len(sm.URLs) + len(sm.Sitemaps); n > MaxSitemapEntries {
			t.Fatalf("%d entries accepted", n)
		}
		for _, u := range sm.URLs {
			if u.Loc == "" || u.Loc != strings.TrimSpace(u.Loc) {
				t.Fatalf("bad loc %q", u.Loc)
			}
		}
		for _, s := range sm.Sitemaps {
			if s == "" {
				t.Fatal(fmt.Sprint("empty sitemap loc"))
			}
		}
	})
}
