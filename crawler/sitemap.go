package crawler

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// MaxSitemapEntries is the most <url> plus <sitemap> entries ParseSitemap
// accepts in one document: the limit of the sitemaps protocol.
const MaxSitemapEntries = 50000

// Sitemap is a parsed sitemap document: a <urlset> fills URLs, a
// <sitemapindex> fills Sitemaps.
type Sitemap struct {
	URLs     []SitemapURL
	Sitemaps []string
}

// SitemapURL is one <url> entry of a urlset.
type SitemapURL struct {
	Loc string
	// LastMod is <lastmod>, zero when absent or unparsable.
	LastMod time.Time
	// Published is <news:publication_date> of a news sitemap, zero when
	// absent or unparsable.
	Published time.Time
}

type xmlSitemap struct {
	XMLName  xml.Name
	URLs     []xmlURL `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

type xmlURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		PublicationDate string `xml:"publication_date"`
	} `xml:"news"`
}

// ParseSitemap parses a sitemap (urlset) or sitemap index from r, which
// must already be decompressed. It reads r to the end or to the first
// error; bound its size with io.LimitReader. Entries with an empty <loc>
// are dropped; locations are returned as written (trimmed), not validated.
//
// Errors wrap ErrNotSitemap for another XML root, ErrSitemapTooLarge past
// MaxSitemapEntries, or the XML decoder's error.
func ParseSitemap(r io.Reader) (Sitemap, error) {
	var doc xmlSitemap
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return Sitemap{}, fmt.Errorf("crawler: sitemap: %w: empty document", ErrNotSitemap)
		}
		return Sitemap{}, fmt.Errorf("crawler: sitemap: %w", err)
	}
	switch doc.XMLName.Local {
	case "urlset", "sitemapindex":
	default:
		return Sitemap{}, fmt.Errorf("crawler: sitemap: %w: root <%s>", ErrNotSitemap, doc.XMLName.Local)
	}
	if n := len(doc.URLs) + len(doc.Sitemaps); n > MaxSitemapEntries {
		return Sitemap{}, fmt.Errorf("crawler: sitemap: %w: %d", ErrSitemapTooLarge, n)
	}
	var sm Sitemap
	for _, u := range doc.URLs {
		loc := strings.TrimSpace(u.Loc)
		if loc == "" {
			continue
		}
		sm.URLs = append(sm.URLs, SitemapURL{
			Loc:       loc,
			LastMod:   parseW3CDate(u.LastMod),
			Published: parseW3CDate(u.News.PublicationDate),
		})
	}
	for _, s := range doc.Sitemaps {
		if loc := strings.TrimSpace(s.Loc); loc != "" {
			sm.Sitemaps = append(sm.Sitemaps, loc)
		}
	}
	return sm, nil
}

// parseW3CDate parses the W3C Datetime profile used by sitemaps (and by
// publication-date markup in pages), plus a few near variants; it returns
// the zero time, in UTC, for anything else.
func parseW3CDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{
		time.RFC3339Nano,
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05",
		"2006-01-02",
		"2006-01",
		"2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
