package extractor

import (
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Germany will send 40 Leopard 2 tanks and two Patriot batteries to Ukraine.",
	"Poland: 2,500 troops – border security",
	"Denmark, Sweden and Finland — EUR 10 million each",
	"Portugal has a long record.\nIt will send up to 200 troops.",
	"Norway increases support.\nThe Government will allocate NOK 400 million.",
	"the UK pledged £1.6 billion in missile exports plus earlier £2.2 billion in loans",
	"USD34.6 million", "$1 billion-plus", "5 000 troops", "between 5,000 and 10,000", "05,2025",
	"U.S.", "Trump’s pledge", "’s", "-", "a", "1.", ".1", "9999999999999999999999999999999999",
	"twenty-five hundred thousand million billion", "\xff\xfe", "Ukraine.A", "“hubs”.",
	// A guard that looks past the money for "from the <maker>" once read
	// beyond the last token of a text ending in "from the".
	"Denmark will give €5 million to buy drones from the", "Denmark allocated 5 million euros with the",
	// Texts cut mid-sentence, as pages often are.
	"Norway is sending soldiers to", "Chile will withdraw its 300 troops from the",
	"a force of 150 soldiers out of the", "Spain has a contingent of 90 Spanish", "made by the firm Acme.\n",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		cs := e.Extract(text)
		checkInvariants(t, text, cs)
		for _, m := range e.Mentions(text) {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v outside or unequal to the text", m)
			}
		}
	})
}

func FuzzParseNumeral(f *testing.F) {
	for _, s := range []string{"5,000", "1.6", "1.000.000", "1,234.5", "05,2025", "", ",", "1,5", "0.500"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, dot bool) {
		v, ok := parseNumeral(s, dot)
		if ok && (v < 0 || v != v) {
			t.Fatalf("parseNumeral(%q) = %v", s, v)
		}
	})
}

// FuzzNumberPhrase runs the number and money grammar (qualifiers, scale
// words, currencies, ranges) at every token of the text.
func FuzzNumberPhrase(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := tokenize(text)
		ann := e.trie.matchAll(d)
		for i := range d.toks {
			p, ok := parseNumberAt(d, ann, i, len(d.toks))
			if !ok {
				continue
			}
			if p.start != i || p.end <= p.start || p.end > len(d.toks) || p.value < 0 || p.value != p.value {
				t.Fatalf("parseNumberAt(%q, %d) = %+v", text, i, p)
			}
		}
		last := 0
		for k, tk := range d.toks {
			if tk.start < last || tk.end > len(text) || tk.start >= tk.end || text[tk.start:tk.end] != d.tx(k) {
				t.Fatalf("token %+v out of order or outside the text", tk)
			}
			if utf8.ValidString(text) && !utf8.ValidString(d.tx(k)) {
				t.Fatalf("token %q splits a rune", d.tx(k))
			}
			if tk.lstart < 0 || int(tk.lend) > len(d.lower) || tk.lstart > tk.lend {
				t.Fatalf("token %+v: lower form outside the lower text", tk)
			}
			if want := lowerToken(d.tx(k)); tk.kind == tWord && d.lw(k) != want {
				t.Fatalf("token %q: lower %q, want %q", d.tx(k), d.lw(k), want)
			}
			if r, _ := utf8.DecodeRuneInString(d.tx(k)); d.upper(k) != unicode.IsUpper(r) {
				t.Fatalf("token %q: upper %v, want %v", d.tx(k), d.upper(k), unicode.IsUpper(r))
			}
			last = tk.end
		}
	})
}

// BenchmarkExtract measures Extract over the seed corpus (MB/s).
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "seeds", "*.txt"))
	benchFiles(b, files, "../../shared/corpus/seeds not found (shared/ must sit beside the repository)")
}
