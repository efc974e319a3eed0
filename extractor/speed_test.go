package extractor

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestAllocationFreeHelpers checks the allocation-free helpers against
// the standard library calls they replace.
func TestAllocationFreeHelpers(t *testing.T) {
	words := []string{"", "KYIV", "Kyiv", "kyiv", "BRUSSELS", "ÉLYSÉE", "Élysée", "STRAẞE", "NATO's", "A1",
		"ИТАР", "Итар", "\xff\xfe", "ABC\xff", "U.S.", "ǅ", "İSTANBUL", "ﬀ"}
	for _, w := range words {
		if got, want := upperAlready(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperAlready(%q) = %v, want %v", w, got, want)
		}
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
	// genericAid as it was written first: lower-case, split, compare
	reference := func(item string) bool {
		ws := strings.Fields(strings.ToLower(item))
		if len(ws) == 0 {
			return false
		}
		pkg := false
		switch ws[len(ws)-1] {
		case "aid", "assistance", "support", "help", "backing":
		case "package", "packages":
			pkg = true
		default:
			return false
		}
		for _, w := range ws[:len(ws)-1] {
			switch w {
			case "aid", "assistance", "support", "joint":
				if !pkg {
					return false
				}
			case "military", "humanitarian", "financial", "economic", "security", "defence", "defense",
				"further", "additional", "more", "new", "continued", "vital", "much-needed", "development", "budget", "full":
			default:
				return false
			}
		}
		return true
	}
	items := []string{"", " ", "aid", "Aid", "AID ", "military aid", "Military  Aid", "humanitarian assistance",
		"further financial support", "air support", "technical assistance", "  new help  ", "help\tdesk",
		"much-needed backing", "Much-Needed BACKING", "support\u00a0", "\u00a0aid", "vital\u2003aid", "economic aid package", "joint aid", "Joint Military Aid Package", "aid packages", "tank package"}
	// civilProtection as it was written first
	protection := func(item string) bool {
		w := strings.Fields(strings.ToLower(item))
		if len(w) < 2 {
			return false
		}
		if last := w[len(w)-1]; last == "missions" || last == "mission" {
			switch w[len(w)-2] {
			case "diplomatic", "trade", "foreign", "permanent", "fact-finding", "economic":
				return true
			}
			return false
		}
		if w[len(w)-1] != "protection" {
			return false
		}
		switch w[len(w)-2] {
		case "temporary", "international", "subsidiary", "data", "consumer", "child", "social", "environmental", "civil", "climate", "flood":
			return true
		}
		return false
	}
	items = append(items, "protection", "temporary protection", "Data  Protection ", "air defence protection",
		"diplomatic missions", "Trade Mission", " economic missions ", "training missions", "civil	protection")
	for _, it := range items {
		if got, want := genericAid(it), reference(it); got != want {
			t.Errorf("genericAid(%q) = %v, want %v", it, got, want)
		}
		if got, want := civilProtection(it), protection(it); got != want {
			t.Errorf("civilProtection(%q) = %v, want %v", it, got, want)
		}
	}
}

// TestSentenceIndex checks the per-token sentence index and word masks
// against a search and a scan of every token, on the held-out articles.
func TestSentenceIndex(t *testing.T) {
	e := newTestExtractor(t)
	text, _ := longDoc(t, 1)
	for _, txt := range []string{text, "", "One.", "Two words. \n\n Then\n"} {
		a := e.analyze(txt)
		if len(a.tokSent) != len(a.toks) {
			t.Fatalf("%d token sentences for %d tokens", len(a.tokSent), len(a.toks))
		}
		for k := range a.toks {
			want := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > k })
			if got := a.sentAfter(k); got != want {
				t.Fatalf("sentAfter(%d) = %d, want %d", k, got, want)
			}
		}
		for si, s := range a.sents {
			var m uint32
			for k := s.start; k < s.end; k++ {
				for w, words := range wordClassWords {
					if slices.Contains(words, a.lw(k)) {
						m |= 1 << w
					}
				}
			}
			if a.sentWords[si] != m {
				t.Fatalf("sentence %d: words %b, want %b", si, a.sentWords[si], m)
			}
			if got := a.sentAt(a.toks[s.start].start); got != si {
				t.Fatalf("sentAt(%d) = %d, want sentence %d", a.toks[s.start].start, got, si)
			}
		}
		if got := a.sentAt(-1); got != -1 {
			t.Fatalf("sentAt(-1) = %d, want -1", got)
		}
		// sentsHave: a word of the class in a sentence that holds a token
		// of the range
		for from := 0; from < len(a.toks); from += 7 {
			to := min(len(a.toks), from+14)
			want := false
			for _, s := range a.sents {
				if s.end <= from || s.start >= to {
					continue
				}
				for k := s.start; k < s.end; k++ {
					want = want || slices.Contains(wordClassWords[wLeave], a.lw(k))
				}
			}
			if got := a.sentsHave(from, to, wLeave); got != want {
				t.Fatalf("sentsHave(%d, %d, wLeave) = %v, want %v", from, to, got, want)
			}
		}
		e.release(a)
	}
}

// TestTriggerBeforeNear checks the reading of selectFrame: the verb that
// triggerBefore finds within 20 tokens of a quantity tells whether it
// finds one within 8, on the held-out articles.
func TestTriggerBeforeNear(t *testing.T) {
	e := newTestExtractor(t)
	text, _ := longDoc(t, 1)
	a := e.analyze(text)
	defer e.release(a)
	nears := 0
	for _, q := range a.quants {
		s := a.sents[q.sent]
		far, ok := a.triggerBefore(q.start, s, 20)
		_, near := a.triggerBefore(q.start, s, 8)
		if got := ok && q.start-far.start <= 8; got != near {
			t.Fatalf("quantity %q: near %v from the 20-token reading, %v from the 8-token one", a.text[a.toks[q.start].start:a.toks[q.end-1].end], got, near)
		}
		if near {
			nears++
		}
	}
	if nears == 0 || nears == len(a.quants) {
		t.Fatalf("%d of %d quantities with a verb near: the articles test nothing", nears, len(a.quants))
	}
}

// TestMergeClauseSupportWindow checks mergeClauseSupport, which reads
// for each line only the lines whose evidence may overlap it, against
// the reading of every pair of an actor's lines, on random lines.
func TestMergeClauseSupportWindow(t *testing.T) {
	reference := func(cs []news.Commitment) []news.Commitment {
		drop := map[int]bool{}
		for i := range cs {
			for j := range cs {
				x, y := cs[i], cs[j]
				if x.Kind != news.KindSupport || y.Kind != news.KindSupport || x.Actor != y.Actor {
					continue
				}
				if i == j || drop[j] || x.Status != y.Status || x.Start >= y.End || y.Start >= x.End {
					continue
				}
				if y.Confidence > x.Confidence || y.Confidence == x.Confidence && j < i {
					drop[i] = true
					break
				}
			}
		}
		var out []news.Commitment
		for i, c := range cs {
			if !drop[i] {
				out = append(out, c)
			}
		}
		return out
	}
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []news.Kind{news.KindSupport, news.KindSupport, news.KindTroops}
	statuses := []news.Status{news.StatusPledged, news.StatusDelivered}
	for round := 0; round < 500; round++ {
		n := rng.IntN(40)
		var cs []news.Commitment
		for i := 0; i < n; i++ {
			start := rng.IntN(300)
			cs = append(cs, news.Commitment{
				Actor: []string{"FR", "DE", "PL"}[rng.IntN(3)], Kind: kinds[rng.IntN(len(kinds))],
				Status: statuses[rng.IntN(len(statuses))], Start: start, End: start + rng.IntN(80),
				Confidence: float64(rng.IntN(3)) / 4, Evidence: strconv.Itoa(i),
			})
		}
		want := reference(slices.Clone(cs))
		order := make([]int, len(cs))
		got, _ := mergeClauseSupport(slices.Clone(cs), order)
		if !slices.EqualFunc(got, want, func(x, y news.Commitment) bool { return x.Evidence == y.Evidence }) {
			t.Fatalf("round %d: %d lines kept, want %d", round, len(got), len(want))
		}
	}
}
