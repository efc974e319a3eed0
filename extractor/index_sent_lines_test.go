package extractor

import (
	"slices"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestLinesInSents checks sentOfByte and linesInSents against a scan of
// every line: the lines whose evidence starts from the first byte of a
// sentence up to the first byte of the sentence after a range are among
// those linesInSents visits, each once, as lines are added.
func TestLinesInSents(t *testing.T) {
	e := newTestExtractor(t)
	texts := []string{
		"Germany pledged €50 million. Of the total, €20 million is for demining. France will send 40 trucks.\n\nThe aid arrives soon.",
		"  Norway gave NOK 10 million.   It is for food. Sweden gave SEK 5 million. Of this, SEK 2 million is for water.",
		"One sentence only",
	}
	for _, text := range texts {
		a := e.analyze(text)
		a.lineIx.reset()
		if a.sentStartByte = a.sentStartByte[:0]; len(a.sents) > 0 {
			a.fillSentWords(e.trie) // (sets sentStartByte)
		}
		for _, fromTable := range []bool{true, false} {
			if !fromTable {
				a.sentStartByte = nil // the search over the tokens
			}
			for b := range len(text) + 2 {
				want := -1
				for si, s := range a.sents {
					if a.toks[s.start].start <= b {
						want = si
					}
				}
				if got := a.sentOfByte(b); got != want {
					t.Fatalf("%q: sentOfByte(%d) = %d, want %d", text, b, got, want)
				}
			}
		}
		var lines []news.Commitment
		for b := 0; b < len(text); b += 3 {
			lines = append(lines, news.Commitment{Start: b})
			a.lineIx.reset() // a longer prefix after a reset, and one line more at once
			for from := -1; from < len(a.sents); from++ {
				for to := from - 1; to < len(a.sents); to++ {
					var got []int
					a.linesInSents(lines, from, to, func(i int) { got = append(got, i) })
					// (from -1 stands for 0, as in partSentenceFrame)
					lo, hi := a.toks[a.sents[max(from, 0)].start].start, len(text)+1
					if to+1 < len(a.sents) {
						hi = a.toks[a.sents[max(to+1, 0)].start].start
					}
					slices.Sort(got)
					if len(slices.Compact(slices.Clone(got))) != len(got) {
						t.Fatalf("%q: lines %v of sentences %d to %d: one twice", text, got, from, to)
					}
					for i, c := range lines {
						if c.Start >= lo && c.Start < hi && to >= max(from, 0) && !slices.Contains(got, i) {
							t.Fatalf("%q: line %d (start %d) is in sentences %d to %d, not among %v", text, i, c.Start, from, to, got)
						}
					}
				}
			}
		}
		e.release(a)
	}
}
