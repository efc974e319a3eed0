package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

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
	if si < 0 || len(f.actors) == 0 || !a.sentHas(si, wAccording) {
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
	at := a.eraAt(si) // (read once per sentence: frames_context_memo.go)
	return at == memoAlways || at < f.anchor.start
}

// eraScan computes eraAt for sentence s.
func (a *analysis) eraScan(s span) int {
	first := memoNone
	for k := s.start; k < s.end; k++ {
		w := a.lw(k)
		if w == "decades" && k+1 < s.end && a.lw(k+1) == "ago" {
			return memoAlways
		}
		if first != memoNone || k+2 >= s.end {
			continue // (only the first era counts; "decades ago" may follow)
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
			n == "soviet" && k+3 < s.end && a.lw(k+3) == "era":
			first = k
		case n == "second" || n == "first":
			if k+4 < s.end && a.lw(k+3) == "world" && a.lw(k+4) == "war" {
				first = k
			}
		}
	}
	return first
}

const (
	// guardDeniedClaim stops a frame whose actor denies having done it:
	// "Poland denies sending 40 tanks", "Japan rejects claims it sent
	// troops". A refused request ("rejected requests for tanks") stays a
	// declined line.
	guardDeniedClaim = "guard.denied-claim"
	// guardInStorage stops equipment kept "in storage", "in stock", "in
	// reserve" or "in its arsenal": an own stock, not a gift ("from its
	// stocks" is where a gift comes from, and stays).
	guardInStorage = "guard.in-storage"
)

// deniedClaim reports a verb of denial before the anchor followed by a
// word of claims (at most three tokens after it: "rejects Russian claims",
// with no own clause after: "… claims and said it would send" stays) or,
// for "deny", by the anchor itself as a gerund ("denies sending").
func (a *analysis) deniedClaim(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || !a.sentHas(si, wDenyClaim) {
		return false
	}
	s := a.sents[si]
	for k := s.start; k < f.anchor.start; k++ {
		switch a.lw(k) {
		case "denied", "denies", "deny", "denying", "rejects", "rejected", "reject", "rejecting", "dismisses", "dismissed":
		default:
			continue
		}
		// "denies sending" (not "rejected sending": a refusal)
		if k+1 == f.anchor.start && strings.HasPrefix(a.lw(k), "den") && strings.HasSuffix(a.lw(k+1), "ing") {
			return true
		}
		for j := k + 1; j < f.anchor.start && j <= k+3; j++ {
			switch a.lw(j) {
			case "claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "suggestions", "rumours", "rumors":
				return !a.ownStatementAfter(j, f.anchor.start)
			}
		}
	}
	return false
}

// inStorage reports equipment followed (within three tokens) by "in" and
// a word of stock: "keeps 40 tanks in storage", "has 40 tanks in reserve".
func (a *analysis) inStorage(q *quantity) bool {
	if q.kind != news.KindEquipment || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k+1 < s.end && k < q.end+3; k++ {
		if a.lw(k) != "in" {
			continue
		}
		j := k + 1
		if a.lw(j) == "its" || a.lw(j) == "their" || a.lw(j) == "the" {
			j++
		}
		switch a.lw(min(j, s.end-1)) {
		case "storage", "stock", "stocks", "reserve", "reserves", "arsenal", "inventory", "stockpile", "stockpiles":
			return j < s.end
		}
	}
	return false
}

// ownStatementAfter reports a clause of the actor's own between tokens
// from and to: "rejected Russian claims and said it would send …".
func (a *analysis) ownStatementAfter(from, to int) bool {
	for j := from; j < to; j++ {
		switch a.lw(j) {
		case "and", "but", ",", ";":
			return true
		}
	}
	return false
}
