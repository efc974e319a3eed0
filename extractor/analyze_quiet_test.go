package extractor

import "testing"

// TestQuietTokensStartNothing checks on the held-out, negative and seed
// corpora, and on edge cases, that every token analyze skips as quiet
// (quietToken) is one where each mention reader of its token loop
// returns at once, and that the test does skip most tokens.
func TestQuietTokensStartNothing(t *testing.T) {
	e := newTestExtractor(t)
	texts := append(gateTexts(t),
		"", "thousand", "Two thousand troops.", "twenty-five thousand soldiers arrived",
		"It sent the frigates Tromp (Netherlands) and Hessen (Germany).", "Frigates hessen (germany).",
		"€5m, £3bn and 40 tanks; A$12 million.")
	quiet, all := 0, 0
	for _, text := range texts {
		a := e.analyze(text)
		for si, s := range a.sents {
			for i := s.start; i < s.end; i++ {
				all++
				if !a.quietToken(i) {
					continue
				}
				quiet++
				for _, r := range []struct {
					name string
					read func(si int, s span, i int) int
				}{
					{"numberLed", func(si int, s span, i int) int { return e.numberLed(a, si, s, i) }},
					{"vesselAt", a.vesselAt},
					{"bracketNamedAt", a.bracketNamedAt},
					{"actorMentionAt", a.actorMentionAt},
					{"itemAt", a.itemAt},
				} {
					if n := r.read(si, s, i); n != i {
						t.Fatalf("%s read %q from quiet token %d %q of %q: quietToken must not skip it",
							r.name, a.text[a.toks[i].start:a.toks[n-1].end], i, a.tx(i), a.text[a.toks[s.start].start:a.toks[s.end-1].end])
					}
				}
			}
		}
		e.release(a)
	}
	if quiet*10 < all*6 {
		t.Errorf("%d of %d tokens quiet, want at least 60%%", quiet, all)
	}
}
