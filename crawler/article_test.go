package crawler

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"golang.org/x/text/encoding/charmap"
)

func TestParseArticle(t *testing.T) {
	arts := loadCorpus(t)
	a := arts[0]
	const page = "https://News.Example.org/world/story.html?id=7&utm_source=rss#comments"
	const normPage = "https://news.example.org/world/story.html?id=7"

	tests := []struct {
		name          string
		pageURL       string
		html          []byte
		wantURL       string
		wantTitle     string
		wantPublished time.Time
		wantContains  string
	}{
		{
			name:          "no canonical: fetched URL normalised",
			pageURL:       page,
			html:          []byte(articleHTML(a, "", "utf-8")),
			wantURL:       normPage,
			wantTitle:     a.Title,
			wantPublished: a.Published,
			wantContains:  a.Paras[0],
		},
		{
			name:          "same-site canonical wins",
			pageURL:       page,
			html:          []byte(articleHTML(a, "/world/story?utm_campaign=x", "utf-8")),
			wantURL:       "https://news.example.org/world/story",
			wantTitle:     a.Title,
			wantPublished: a.Published,
			wantContains:  a.Paras[1],
		},
		{
			name:          "www canonical is the same site",
			pageURL:       "https://example.org/a",
			html:          []byte(articleHTML(a, "https://www.example.org/a-canonical", "utf-8")),
			wantURL:       "https://www.example.org/a-canonical",
			wantTitle:     a.Title,
			wantPublished: a.Published,
			wantContains:  a.Paras[2],
		},
		{
			name:          "other-site canonical ignored",
			pageURL:       page,
			html:          []byte(articleHTML(a, "https://aggregator.example.com/copy/1", "utf-8")),
			wantURL:       normPage,
			wantTitle:     a.Title,
			wantPublished: a.Published,
			wantContains:  a.Paras[0],
		},
		{
			name:    "windows-1252 from meta charset",
			pageURL: page,
			html: func() []byte {
				la := testArticle{Title: "Café in Liège", Paras: []string{legacyText, legacyText + " Again, at greater length, for the extractor.", legacyText + " And a third time."}}
				b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(articleHTML(la, "", "windows-1252")))
				if err != nil {
					t.Fatal(err)
				}
				return b
			}(),
			wantURL:      normPage,
			wantTitle:    "Café in Liège",
			wantContains: legacyText,
		},
		{
			name:         "malformed HTML",
			pageURL:      page,
			html:         []byte("<html><head><title>Broken &amp; unclosed<body><div><p>" + strings.Join(a.Paras, "<p>") + "<div><span></b></i></table>"),
			wantURL:      normPage,
			wantContains: a.Paras[0][:40],
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseArticle(tc.pageURL, tc.html)
			if err != nil {
				t.Fatalf("ParseArticle: %v", err)
			}
			if got.URL != tc.wantURL {
				t.Errorf("URL = %q, want %q", got.URL, tc.wantURL)
			}
			if got.ID != news.ArticleID(tc.wantURL) {
				t.Errorf("ID = %q, want ArticleID(URL)", got.ID)
			}
			if tc.wantTitle != "" && got.Title != tc.wantTitle {
				t.Errorf("Title = %q, want %q", got.Title, tc.wantTitle)
			}
			if !got.Published.Equal(tc.wantPublished) {
				t.Errorf("Published = %v, want %v", got.Published, tc.wantPublished)
			}
			if !strings.Contains(got.Text, tc.wantContains) {
				t.Errorf("Text lacks %.60q: %.300q", tc.wantContains, got.Text)
			}
			if got.ContentHash != news.ContentHash(got.Title, got.Text) {
				t.Errorf("ContentHash mismatch")
			}
			if strings.Contains(got.Text, "\n\n") || got.Text != strings.TrimSpace(got.Text) {
				t.Errorf("Text not normalised: %.200q", got.Text)
			}
		})
	}
}

func TestParseArticleNoContent(t *testing.T) {
	for _, tc := range []struct{ name, html string }{
		{"empty", ""},
		{"whitespace", " \n\t "},
		{"only script", `<html><body><script>var a = "a long script that is not text";</script></body></html>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseArticle("https://example.org/", []byte(tc.html))
			if !errors.Is(err, ErrNoContent) {
				t.Errorf("err = %v, want ErrNoContent", err)
			}
		})
	}
}

func TestParseArticleLanguage(t *testing.T) {
	paras := []string{
		"Die Bundesregierung hat am Dienstag angekündigt, der Ukraine weitere Luftverteidigungssysteme und Munition im Wert von mehreren hundert Millionen Euro zu liefern.",
		"Verteidigungsminister und Außenministerin betonten, dass die Unterstützung so lange fortgesetzt werde, wie es notwendig sei, und dass die Partner sich abstimmen.",
		"Die Opposition kritisierte die Entscheidung als zu spät und forderte eine schnellere Lieferung der bereits zugesagten Systeme an die ukrainischen Streitkräfte.",
	}
	for _, tc := range []struct{ name, lang, want string }{
		{"html lang", "de-DE", "de-DE"},
		{"detected from text", "", "de"},
		{"text too short to guess", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("<html")
			if tc.lang != "" {
				b.WriteString(` lang="` + tc.lang + `"`)
			}
			b.WriteString("><head><title>Neue Zusagen</title></head><body><article><h1>Neue Zusagen</h1>")
			ps := paras
			if tc.name == "text too short to guess" {
				ps = []string{"Neue Zusagen."}
			}
			for _, p := range ps {
				b.WriteString("<p>" + p + "</p>")
			}
			b.WriteString("</article></body></html>")
			got, err := ParseArticle("https://example.de/a", []byte(b.String()))
			if err != nil {
				t.Fatal(err)
			}
			if got.Language != tc.want {
				t.Errorf("Language = %q, want %q", got.Language, tc.want)
			}
		})
	}
}

func TestNormalizeURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HTTPS://Example.ORG", "https://example.org/"},
		{"http://example.org:80/a", "http://example.org/a"},
		{"https://example.org:443/a", "https://example.org/a"},
		{"https://example.org:8443/a", "https://example.org:8443/a"},
		{"https://example.org/a#frag", "https://example.org/a"},
		{"https://example.org/a?utm_source=x&id=1&UTM_Medium=y&b=2", "https://example.org/a?id=1&b=2"},
		{"https://example.org/a?utm_source=x", "https://example.org/a"},
		{"https://example.org/A/B?Q=1", "https://example.org/A/B?Q=1"},
		{"https://user:pw@example.org/", "https://example.org/"},
		{"http://[::1]:8080/x", "http://[::1]:8080/x"},
		{" https://example.org/a ", "https://example.org/a"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := NormalizeURL(tc.in)
			if err != nil {
				t.Fatalf("NormalizeURL: %v", err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	for _, bad := range []string{"", "/relative", "ftp://example.org/", "mailto:a@b.c", "http://", "http://%zz"} {
		t.Run("bad "+bad, func(t *testing.T) {
			if _, err := NormalizeURL(bad); !errors.Is(err, ErrBadURL) {
				t.Errorf("err = %v, want ErrBadURL", err)
			}
		})
	}
}

func FuzzParseArticle(f *testing.F) {
	arts := loadCorpus(f)
	f.Add("https://example.org/a", []byte(articleHTML(arts[0], "/canonical", "utf-8")))
	f.Add("https://example.org/a", []byte("<html><head><meta charset=shift_jis><link rel=canonical href='//x'></head><body><p>x</body>"))
	f.Add("not a url", []byte("<p>"))
	f.Add("https://example.org/", []byte("\xef\xbb\xbf<html lang='zz-invalid-tag'><base href='javascript:alert(1)'><a href='http://[::1'>x</a>"))
	f.Fuzz(func(t *testing.T, pageURL string, html []byte) {
		a, err := ParseArticle(pageURL, html)
		if err != nil {
			if !errors.Is(err, ErrNoContent) && !strings.HasPrefix(err.Error(), "crawler: ") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.ID != news.ArticleID(a.URL) || a.ContentHash != news.ContentHash(a.Title, a.Text) {
			t.Fatalf("ID or hash not derived")
		}
		if a.Text == "" || !utf8Valid(a.Text) || !utf8Valid(a.Title) {
			t.Fatalf("bad text %q / title %q", a.Text, a.Title)
		}
	})
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"https://Example.org:443/a?utm_x=1&b#f", "http://[::1]/", "http://a/%zz", "https://ex.org/?&&utm_=&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := NormalizeURL(s)
		if err != nil {
			return
		}
		// Normal form is a fixed point.
		n2, err := NormalizeURL(n)
		if err != nil || n2 != n {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", s, n, n2, err)
		}
	})
}

func BenchmarkParseArticle(b *testing.B) {
	arts := loadCorpus(b)
	var pages [][]byte
	total := 0
	for _, a := range arts {
		p := []byte(articleHTML(a, "", "utf-8"))
		pages = append(pages, p)
		total += len(p)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ParseArticle("https://example.org/a", p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }

func TestParseArticleKeepsParagraphLines(t *testing.T) {
	page := `<html><head><title>Pledges</title></head><body><article><h1>Pledges</h1>
<p>The coalition met in Paris on Thursday and agreed on the contributions listed below for the force.</p>
<ul><li>Poland: 2,500 troops – border security and joint patrols with allied units.</li>
<li>Germany: 1,800 troops – humanitarian aid distribution and logistical support.</li></ul>
<p>These figures represent initial deployments and may be adjusted as needs evolve over the year.</p>
</article></body></html>`
	a, err := ParseArticle("https://news.example/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(a.Text, "\n")
	for _, want := range []string{
		"Poland: 2,500 troops – border security and joint patrols with allied units.",
		"Germany: 1,800 troops – humanitarian aid distribution and logistical support.",
	} {
		found := false
		for _, l := range lines {
			if l == want {
				found = true
			}
		}
		if !found {
			t.Errorf("list item %q not on a line of its own in:\n%s", want, a.Text)
		}
	}
}

func TestIndexPageIsLinkDense(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>World news</title></head><body><main><h1>World</h1><ul>`)
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, `<li><a href="/news/%d.html">Coalition leaders meet in Paris to discuss security guarantees, part %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></main></body></html>`)
	p, err := parsePage("https://news.example/world/", []byte(b.String()), "text/html", defaultParseLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.article.Text) < DefaultMinArticleChars {
		t.Fatalf("test page too short (%d bytes) to test link density", len(p.article.Text))
	}
	if !p.linkDense {
		t.Errorf("a list of 30 headline links is not link-dense:\n%s", p.article.Text)
	}

	article := `<html><body><article><h1>Pledge</h1>` + strings.Repeat(`<p>Germany pledged more aid to Ukraine on Tuesday, officials said in a statement to reporters in Berlin.</p>`, 8) +
		`<p>Read more: <a href="/x">Germany pledged more aid</a></p></article></body></html>`
	p, err = parsePage("https://news.example/a.html", []byte(article), "text/html", defaultParseLimits)
	if err != nil {
		t.Fatal(err)
	}
	if p.linkDense {
		t.Error("an article with one link is link-dense")
	}
}

func TestCapText(t *testing.T) {
	tests := []struct {
		text string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"line one\nline two\nline three", 20, "line one\nline two"},
		{"ééééé", 5, "éé"}, // no newline: cut at a rune boundary
		{"abcdef", 3, "abc"},
	}
	for _, tt := range tests {
		if got := capText(tt.text, tt.max); got != tt.want {
			t.Errorf("capText(%q, %d) = %q, want %q", tt.text, tt.max, got, tt.want)
		}
	}
	huge := "<html><body><article>" + strings.Repeat("<p>"+strings.Repeat("Germany pledged aid. ", 50)+"</p>", 2100) + "</article></body></html>"
	a, err := ParseArticle("https://news.example/huge", []byte(huge))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Text) > DefaultMaxTextBytes || len(a.Text) < DefaultMaxTextBytes/2 {
		t.Errorf("huge page text is %d bytes, want at most %d and not much less", len(a.Text), DefaultMaxTextBytes)
	}
	if !utf8.ValidString(a.Text) || strings.HasSuffix(a.Text, "\n") {
		t.Error("cut text is not valid UTF-8 or ends with a newline")
	}
}

// FuzzCleanText checks the one-pass cleanText against its definition:
// every line's blank-separated fields joined by one space, empty lines
// dropped.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "\n", " a ", "a\n\nb", " a  b \n\t c\r\n", "a\u00a0b\u2028c", "\xff \xfe\n x", "é\n\n\nè  ê"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var kept []string
		for _, l := range strings.Split(s, "\n") {
			if l = strings.Join(strings.FieldsFunc(l, unicode.IsSpace), " "); l != "" {
				kept = append(kept, l)
			}
		}
		if got, want := cleanText(s), strings.Join(kept, "\n"); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
	})
}
