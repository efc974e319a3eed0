package extractor

import (
	"strings"
	"testing"
)

// eraScanEach is era as it was written before sentMemo: a scan of the
// sentence for each frame, the reference of the memo.
func (a *analysis) eraScanEach(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		w := a.lw(k)
		if w == "decades" && k+1 < s.end && a.lw(k+1) == "ago" {
			return true
		}
		if k >= f.anchor.start || k+2 >= s.end {
			continue
		}
		switch w {
		case "during", "in", "after":
		default:
			continue
		}
		if a.lw(k+1) != "the" {
			continue
		}
		n := a.lw(k + 2)
		switch {
		case len(n) == 5 && n[0] == '1' && n[4] == 's',
			len(n) == 4 && n[0] == '1' && k+3 < s.end && a.lw(k+3) == "s",
			n == "cold" && k+3 < s.end && a.lw(k+3) == "war",
			n == "soviet" && k+3 < s.end && a.lw(k+3) == "era",
			n == "second" || n == "first":
			if n == "second" || n == "first" {
				if k+4 < s.end && a.lw(k+3) == "world" && a.lw(k+4) == "war" {
					return true
				}
				continue
			}
			return true
		}
	}
	return false
}

// lastCenturyScanEach is lastCentury as it was written before sentMemo.
func (a *analysis) lastCenturyScanEach(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	for k := s.start + 1; k < s.end; k++ {
		if !lastCenturyYear(a.lw(k)) {
			continue
		}
		switch a.lw(k - 1) {
		case "in", "by", "during":
		default:
			continue
		}
		if k < f.anchor.start || !a.laterClause(f.anchor.end, k) {
			return true
		}
	}
	return false
}

// TestHistoryMemoExact checks era and lastCentury, which read each
// sentence once (sentMemo), against a scan for each frame, with the
// anchor at every token of every sentence of the held-out, negative and
// seed texts and of sentences written for it, asked in both orders.
func TestHistoryMemoExact(t *testing.T) {
	e := newTestExtractor(t)
	texts := append(gateTexts(t), strings.Join([]string{
		"Canada pledged 500 troops on Monday, recalling that during the Cold War it had sent 6,000 soldiers.",
		"Decades ago Britain sent 3,000 troops; it will send 400 more, the ministry said.",
		"In 1995 NATO had deployed 60,000 troops, and in 2024 it pledged 2,000 more, its first deployment since the force was founded in 1949.",
		"After the Second World War, France sent 200 trucks, and in the 1990s it gave 40 more; after the first world war the army shrank.",
		"Japan will give $5 million, as it did in the 1980 s and during the Soviet era.",
	}, "\n"))
	checked, eras, years := 0, 0, 0
	for _, text := range texts {
		for _, backwards := range []bool{false, true} {
			a := e.analyze(text)
			n := len(a.toks)
			for i := range n {
				k := i
				if backwards {
					k = n - 1 - i
				}
				f := frame{anchor: span{k, k + 1}}
				got, want := a.era(&f), a.eraScanEach(&f)
				if got {
					eras++
				}
				if got != want {
					t.Fatalf("era at %q (token %d of %q) = %v, want %v", a.tx(k), k, a.text[a.toks[max(0, k-8)].start:a.toks[min(n-1, k+8)].end], got, want)
				}
				got, want = a.lastCentury(&f), a.lastCenturyScanEach(&f)
				if got {
					years++
				}
				if got != want {
					t.Fatalf("lastCentury at %q (token %d of %q) = %v, want %v", a.tx(k), k, a.text[a.toks[max(0, k-8)].start:a.toks[min(n-1, k+8)].end], got, want)
				}
				checked++
			}
			e.release(a)
		}
	}
	if checked == 0 || eras == 0 || years == 0 {
		t.Fatalf("%d anchors checked, %d dated by an era, %d by a year: the texts do not exercise the guards", checked, eras, years)
	}
	t.Logf("%d anchors checked, %d dated by an era, %d by a year", checked, eras, years)
}
