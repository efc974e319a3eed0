package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// page is what the crawler learns from one HTML page.
type page struct {
	// article is filled when the page has a main text (err == nil from
	// parsePage); Source and FetchedAt are left for the caller.
	article news.Article
	// links are the absolute http(s) targets of <a href>, normalised, in
	// document order, without duplicates.
	links []string
	// linkDense is true when at least half of the main text consists of
	// lines that are link texts: a section or index page, not an article.
	linkDense bool
	// htmlCut and textCut report that the page was cut before parsing
	// (parseLimits.parse) or its main text was (parseLimits.text).
	htmlCut, textCut bool
	// invalidUTF8 counts the byte sequences that were not valid in the
	// page's character set (labelled or detected UTF-8) and were replaced
	// with U+FFFD.
	invalidUTF8 int
}

// ParseArticle extracts the main text, title, published date and language
// of the HTML page fetched from pageURL, using go-trafilatura. It is used by
// Crawl and by `pledgewatch extract` on .html files.
//
// The character set comes from a byte-order mark or a <meta charset> in the
// first 1024 bytes; without either, UTF-8 is assumed when the bytes are
// valid UTF-8 and windows-1252 otherwise (the HTML standard's fallback).
//
// The returned article has ID, URL (the canonical URL: <link rel=canonical>
// when it is on the same site as pageURL, else pageURL normalised by
// NormalizeURL), Title, Text, Published (zero when the page states no date),
// Language (empty when unknown) and ContentHash set. Source and FetchedAt
// are left empty for the caller. pageURL should be an absolute http(s) URL;
// any other string is used verbatim as the canonical URL.
//
// ParseArticle does not judge whether the page is an article: a section page
// yields its short text. It returns an error wrapping ErrNoContent when no
// main text is found.
//
// Pages longer than DefaultMaxParseBytes are cut before parsing and main
// texts longer than DefaultMaxTextBytes are cut, as in Crawl.
func ParseArticle(pageURL string, htmlBytes []byte) (news.Article, error) {
	p, err := parsePage(pageURL, htmlBytes, "", defaultParseLimits)
	if err != nil {
		return news.Article{}, err
	}
	return p.article, nil
}

// parsePage decodes body (using the charset of contentType when it names
// one), cuts it to lim.parse bytes, parses it, collects its links and
// extracts its main text, cut to lim.text bytes. On error the returned page
// still holds the links found and what was cut.
func parsePage(pageURL string, body []byte, contentType string, lim parseLimits) (page, error) {
	var p page
	base, baseErr := parseHTTPURL(pageURL)

	// Cut before decoding too, so that a huge page is not copied whole
	// (decoding never makes a page shorter in an ASCII-compatible
	// charset).
	if lim.parse > 0 && len(body) > lim.parse {
		body = stripBulk(body)
	}
	body, rawCut := cutHTML(body, lim.parse)
	decoded, invalid := decodeHTML(body, contentType)
	p.invalidUTF8 = invalid
	decoded, p.htmlCut = cutHTML(decoded, lim.parse)
	p.htmlCut = p.htmlCut || rawCut
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return p, fmt.Errorf("crawler: parse %s: %w", pageURL, err)
	}
	scan := scanDocument(doc, base)
	p.links = scan.links

	canonical := pageURL
	if baseErr == nil {
		canonical = normalize(base)
		if scan.canonical != nil && sameSite(scan.canonical, base) {
			canonical = normalize(scan.canonical)
		}
	}

	opts := trafilatura.Options{
		ExcludeComments: true,
		Deduplicate:     false,
		HtmlDateMode:    trafilatura.Fast,
		// Guessing the language from the text is a fifth of a crawl's
		// CPU; detectLanguage needs the guess only when the markup does
		// not say.
		SkipLanguageDetection: markupLanguage(scan.lang) != "",
		// Only the title, the date and the text are used.
		SkipExtraMetadata: true,
	}
	if !scan.published.IsZero() {
		// The page's own date wins below: htmldate need not look for one.
		opts.HtmlDateOverride = &htmldate.Result{DateTime: scan.published, HasTime: true}
	}
	if baseErr == nil {
		opts.OriginalURL = base
	}
	res, err := extract(doc, opts)
	if err != nil {
		return p, fmt.Errorf("crawler: %s: %w: %v", pageURL, ErrNoContent, err)
	}
	full := cleanText(blockText(trafilatura.CreateReadableDocument(res)))
	text := capText(full, lim.text)
	p.textCut = len(text) < len(full)
	if text == "" {
		return p, fmt.Errorf("crawler: %s: %w", pageURL, ErrNoContent)
	}
	title := strings.TrimSpace(res.Metadata.Title)
	if title == "" {
		title = scan.title
	}
	title = strings.Join(strings.Fields(title), " ")

	p.linkDense = linkDense(text, scan.anchors)
	p.article = news.Article{
		ID:          news.ArticleID(canonical),
		URL:         canonical,
		Title:       title,
		Text:        text,
		Language:    detectLanguage(scan.lang, res.Metadata.Language, text),
		ContentHash: news.ContentHash(title, text),
	}
	// The page's own markup is precise to the second; trafilatura's date
	// (htmldate) is a day.
	switch {
	case !scan.published.IsZero():
		p.article.Published = scan.published
	case !res.Metadata.Date.IsZero():
		p.article.Published = res.Metadata.Date.UTC()
	}
	return p, nil
}

// capText cuts text to at most max bytes, at the last newline before the
// limit, or else at a rune boundary.
func capText(text string, max int) string {
	if len(text) <= max {
		return text
	}
	cut := text[:max]
	if i := strings.LastIndexByte(cut, '\n'); i > 0 {
		return cut[:i]
	}
	for len(cut) > 0 && !utf8.RuneStart(text[len(cut)]) {
		cut = cut[:len(cut)-1]
	}
	return cut
}

// linkDense reports whether at least half of text (by bytes) is made of
// link texts of three words or more: the headline lists of section and
// index pages. (Trafilatura may flatten such pages into one line, so the
// texts are looked for anywhere, not line by line.)
func linkDense(text string, anchors map[string]bool) bool {
	if text == "" {
		return false
	}
	linked := 0
	for a := range anchors {
		if strings.Count(a, " ") >= 2 && strings.Contains(text, a) {
			linked += len(a)
		}
	}
	return 2*linked >= len(text)
}

// extract runs trafilatura, turning a panic inside it (malformed input it
// does not expect) into an error so that one page cannot stop a crawl.
func extract(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extraction panicked: %v", r)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, opts)
	if err == nil && res == nil {
		err = errors.New("no result")
	}
	return res, err
}

// decodeHTML returns body converted to UTF-8 (NFC) and the number of
// invalid byte sequences replaced with U+FFFD on the way (bytes of another
// character set labelled UTF-8, for instance).
func decodeHTML(body []byte, contentType string) ([]byte, int) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	out := body
	if name != "utf-8" {
		if b, err := enc.NewDecoder().Bytes(body); err == nil {
			out = b
		}
	}
	invalid := 0
	if !utf8.Valid(out) {
		invalid = countInvalidUTF8(out)
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return norm.NFC.Bytes(out), invalid
}

// docScan holds what scanDocument finds outside the main text.
type docScan struct {
	title     string
	published time.Time // from publication-date <meta> / <time> markup
	lang      string    // <html lang>, else <meta http-equiv=content-language> or og:locale
	metaLang  string
	canonical *url.URL
	links     []string
	// anchors holds the texts of the <a> elements, whitespace-collapsed.
	anchors map[string]bool
}

// scanDocument walks doc once for <title>, <html lang>, <base href>,
// <link rel=canonical> and <a href>. base may be nil (no link resolution).
func scanDocument(doc *html.Node, base *url.URL) docScan {
	var s docScan
	var canonicalRef string
	defer func() {
		if s.lang == "" {
			s.lang = s.metaLang
		}
	}()
	var hrefs []string
	resolveBase := base
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if s.lang == "" {
					s.lang = attr(n, "lang")
				}
			case atom.Title:
				if s.title == "" && n.FirstChild != nil {
					s.title = textOf(n)
				}
			case atom.Base:
				if href := attr(n, "href"); href != "" && base != nil {
					if u, err := base.Parse(href); err == nil {
						resolveBase = u
					}
				}
			case atom.Meta:
				if s.metaLang == "" && (strings.EqualFold(attr(n, "http-equiv"), "content-language") || strings.EqualFold(attr(n, "property"), "og:locale")) {
					s.metaLang = strings.TrimSpace(attr(n, "content"))
				}
				if s.published.IsZero() && publishedKeys[strings.ToLower(attr(n, "property")+attr(n, "name")+attr(n, "itemprop"))] {
					s.published = parseW3CDate(attr(n, "content"))
				}
			case atom.Time:
				if s.published.IsZero() && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasToken(attr(n, "class"), "published") || hasToken(attr(n, "pubdate"), "pubdate")) {
					s.published = parseW3CDate(attr(n, "datetime"))
				}
			case atom.Link:
				if canonicalRef == "" && hasToken(attr(n, "rel"), "canonical") {
					canonicalRef = attr(n, "href")
				}
			case atom.A:
				if href := attr(n, "href"); href != "" {
					hrefs = append(hrefs, href)
				}
				if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
					if s.anchors == nil {
						s.anchors = map[string]bool{}
					}
					s.anchors[t] = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if base == nil {
		return s
	}
	if canonicalRef != "" {
		if u, err := base.Parse(strings.TrimSpace(canonicalRef)); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			s.canonical = u
		}
	}
	seen := make(map[string]bool, len(hrefs))
	for _, h := range hrefs {
		u, err := resolveBase.Parse(strings.TrimSpace(h))
		if err != nil {
			continue
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" {
			continue
		}
		n := normalize(u)
		if !seen[n] {
			seen[n] = true
			s.links = append(s.links, n)
		}
	}
	return s
}

// publishedKeys are the lowercased property / name / itemprop values of
// <meta> elements that state an article's publication time. Read-only.
var publishedKeys = map[string]bool{
	"article:published_time": true,
	"og:published_time":      true,
	"datepublished":          true,
	"pubdate":                true,
	"publishdate":            true,
	"publish-date":           true,
	"dc.date.issued":         true,
	"dcterms.issued":         true,
	"parsely-pub-date":       true,
	"sailthru.date":          true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// isBlock reports whether the content of the element named tag stands on
// lines of its own in the text: paragraphs, headings, list items, quotes,
// rows. Trafilatura's own element names (item, list, head, quote, row, lb)
// count as well as HTML's.
func isBlock(tag string) bool {
	switch tag {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
		"pre", "table", "tr", "br", "hr", "section", "article", "header", "footer", "figure", "figcaption", "body",
		"item", "list", "head", "quote", "row", "lb", "code":
		return true
	}
	return false
}

// isCell reports whether the element named tag is a table cell.
func isCell(tag string) bool { return tag == "td" || tag == "th" || tag == "cell" }

// blockText renders the text of n with a newline around every block
// element and a space between table cells, so paragraphs and list items
// (where list-format pledges live) keep their own lines.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch {
			case n.DataAtom == atom.Script || n.DataAtom == atom.Style:
				return
			case isBlock(n.Data):
				b.WriteByte('\n')
				defer b.WriteByte('\n')
			case isCell(n.Data):
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if n != nil {
		walk(n)
	}
	return b.String()
}

// cleanText trims every line, collapses runs of blanks inside lines and
// drops empty lines, so paragraphs are separated by single newlines.
// It makes one pass, writing the words as it finds them.
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inLine := false // a word of the current line was written
	blank := false  // blanks follow that word
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n':
			inLine, blank = false, false
		case unicode.IsSpace(r):
			blank = inLine
		default:
			if !inLine && b.Len() > 0 {
				b.WriteByte('\n')
			} else if blank {
				b.WriteByte(' ')
			}
			inLine, blank = true, false
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// minLanguageText is the shortest text (in bytes) whose guessed language
// is trusted; shorter ones give unreliable guesses.
const minLanguageText = 200

// detectLanguage returns a BCP 47 tag: from the markup (htmlLang) when it
// is valid, else trafilatura's guess from the text (textLang, made with
// whatlanggo) when the text is long enough, else "".
func detectLanguage(htmlLang, textLang, text string) string {
	if l := markupLanguage(htmlLang); l != "" {
		return l
	}
	if len(text) < minLanguageText || textLang == "" {
		return ""
	}
	if tag, err := language.Parse(textLang); err == nil {
		return tag.String()
	}
	return ""
}

// markupLanguage is the BCP 47 tag of the markup's lang attribute, or ""
// when it is missing or not a valid tag.
func markupLanguage(htmlLang string) string {
	if l := strings.TrimSpace(strings.ReplaceAll(htmlLang, "_", "-")); l != "" {
		if tag, err := language.Parse(l); err == nil {
			return tag.String()
		}
	}
	return ""
}
