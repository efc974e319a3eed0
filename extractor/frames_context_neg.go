package extractor

// Context guards of the generated near-miss table (neg_generated_test.go):
// a claim sourced to a third country's media, and history dated by an era
// rather than a year.

const (
	// guardForeignMedia stops a frame sourced to the media of a third
	// country: "According to Russian state media, Canada has sent 40
	// tanks to Ukraine" is a third party's unconfirmed claim.
	guardForeignMedia = "guard.foreign-media"
	// guardEra stops a frame dated by a past era: "During the Cold War,
	// Poland stationed 5,000 troops in the region", "in the 1990s".
	guardEra = "guard.era"
)

// foreignMedia reports a frame whose sentence opens its source with
// "according to" and a demonym or country of a third party before a word
// of media ("according to Russian state media", "according to Chinese
// television"): the source is neither an actor of the frame nor a country
// named after the anchor (the recipient's own media stay a source).
func (a *analysis) foreignMedia(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || len(f.actors) == 0 {
		return false
	}
	s := a.sents[si]
	for k := s.start; k+2 < s.end; k++ {
		if a.lw(k) != "according" || a.lw(k+1) != "to" {
			continue
		}
		j := k + 2
		if a.lw(j) == "the" {
			j++
		}
		src := ""
		if m, ok := a.countryAt(j, si); ok {
			src, j = m.code, m.end
		} else if m, ok := a.longest(j, s.end, cDemonym); ok && len(m.value) == 2 {
			src, j = m.value, m.end
		}
		if src == "" {
			continue
		}
		for ; j < s.end && j <= k+7; j++ {
			if mediaWord(a.lw(j)) {
				return a.thirdParty(src, f, s)
			}
		}
	}
	return false
}

// thirdParty reports whether country code src is none of f's actors and
// names no country after f's anchor in sentence s.
func (a *analysis) thirdParty(src string, f *frame, s span) bool {
	for _, am := range f.actors {
		if am.code == src {
			return false
		}
	}
	for k := f.anchor.end; k < s.end; k++ {
		if m, ok := a.countryAt(k, a.sentOfToken(k)); ok && m.code == src {
			return false
		}
		if m, ok := a.longest(k, s.end, cDemonym); ok && m.value == src {
			return false
		}
	}
	return true
}

// mediaWord reports a word naming news media as a source.
func mediaWord(w string) bool {
	switch w {
	case "media", "television", "tv", "outlets", "outlet", "propaganda", "newspapers", "newspaper",
		"bloggers", "channels", "broadcaster", "agency", "agencies", "press":
		return true
	}
	return false
}

// era reports a frame dated before its anchor by a past era: "during the
// Cold War", "in the 1990s", "after the Second World War", or "decades
// ago" anywhere in the sentence.
func (a *analysis) era(f *frame) bool {
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
		case len(n) == 5 && n[0] == '1' && n[4] == 's', // "the 1990s"
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
