package extractor

// Changes to a troop contribution and the words around them: "bringing its contingent to", "up from", a domestic deployment, "by" after a number, "before" after a deployment, scheduled and appositive presence words.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// bringingTo returns the total after "bringing its contingent to" (also
// "brings", "taking", "raising" … "to") that follows quantity q in its
// sentence: "will send 50 more soldiers, bringing its contingent to about
// 300". The total includes the new pledge.
func (a *analysis) bringingTo(q *quantity) (quantity, bool) {
	s := a.sents[q.sent]
	if q.num == nil {
		return quantity{}, false
	}
	for k := q.end; k < s.end && k < q.end+14; k++ {
		switch a.lw(k) {
		case "bringing", "brings", "taking", "takes", "raising", "raises", "lifting", "lifts",
			"increasing", "doubling", "boosting", "pushing", "making", "for":
		default:
			if a.has(k, cClauseBreak) {
				return quantity{}, false
			}
			continue
		}
		for j := k + 1; j+1 < s.end && j < k+10; j++ {
			if a.has(j, cClauseBreak) || a.tx(j) == "," {
				return quantity{}, false
			}
			// "for a total of 1,800", "making a total of 1,800"
			if a.lw(j) == "of" && a.lw(j-1) == "total" {
				// read as "to"
			} else if a.lw(j) != "to" || a.lw(k) == "for" || a.lw(k) == "making" {
				continue
			}
			for _, o := range a.quantsNear(j+1, j+1) {
				if o.start == j+1 && o.kind == q.kind && o.num != nil && o.num.value > q.num.value && o.currency == q.currency {
					return o, true
				}
			}
			if q.kind == news.KindTroops {
				for _, p := range a.numbersNear(j+1, j+1) {
					// "to 1,800.", "to 1,800 in Estonia"; not "a total of 180 days"
					bare := p.end >= s.end || a.toks[p.end].kind == tPunct || a.has(p.end, cLocPrep)
					if p.start == j+1 && p.value > q.num.value && !a.isYear(p.start) && bare {
						t := *q
						t.num, t.span = newNum(p), span{p.start, p.end}
						return t, true
					}
				}
			}
			return quantity{}, false
		}
		return quantity{}, false
	}
	return quantity{}, false
}

// domestic reports whether troops q of frame f go to the committer's own
// country: the first place named after the troops, in the same clause, is
// of the committer's country ("Germany will deploy 2,000 police officers to secure the summit
// in Berlin"). A country's forces at home are not a commitment.
func (a *analysis) domestic(f *frame, q *quantity) bool {
	if len(f.actors) != 1 || len(f.actors[0].code) != 2 || f.rule == ruleTroopsFrom {
		return false
	}
	s := a.sents[q.sent]
	from := max(f.anchor.end, q.end)
	for _, am := range a.actorsOf(s) {
		if am.start < from || am.cls == cDemonym || len(am.code) != 2 || a.afterBy(am.start) {
			continue // "sent by Kenya to Haiti": the agent is no place
		}
		for k := from; k < am.start; k++ {
			if a.has(k, cReporting, cClauseBreak) || a.tx(k) == ";" {
				return false // another clause: "…, the minister said in Rome"
			}
		}
		if a.locatedAt(am.start, s) {
			// the first place named is where the troops go
			return am.code == f.actors[0].code && am.start-q.end <= 12
		}
	}
	return false
}

// upFrom returns the number after "up from", "down from" or "compared
// with" that follows quantity q ("to 2,200 troops, up from about 1,900"):
// the level before the commitment; a bare "from" only with a word of the
// present after the number ("to 1,800 troops from 900 today"), not "to
// 120 from 94" (the real gold gives the level before a change no line).
func (a *analysis) upFrom(q *quantity) (numPhrase, bool) {
	s := a.sents[q.sent]
	if q.num == nil {
		return numPhrase{}, false
	}
	// "…, up from", "… by 2026, up from", "compared with 900 now",
	// "to 1,800 troops from 900 currently", "down from 1,800"
	at, bare := -1, false
	for k := q.end; k+1 < s.end && k < q.end+5 && at < 0; k++ {
		switch {
		case (a.lw(k) == "up" || a.lw(k) == "down") && a.lw(k+1) == "from",
			q.kind == news.KindTroops && a.lw(k) == "compared" && (a.lw(k+1) == "with" || a.lw(k+1) == "to"):
			at = k + 2
		case q.kind == news.KindTroops && a.lw(k) == "from" && (k == q.end || a.tx(k-1) == ","):
			at, bare = k+1, true
		case a.has(k, cClauseBreak, cTrigger):
			return numPhrase{}, false
		}
	}
	if at < 0 || at >= s.end || a.ceilingBefore(q.start, s) {
		return numPhrase{}, false // "raise the ceiling to 500, from 350": no troops then
	}
	for _, p := range a.numbersNear(at, at) {
		if p.start != at || p.value <= 0 || p.value >= q.num.value*10 || a.isYear(p.start) {
			continue
		}
		// a bare "from" says the level then only with a word of the
		// present: "from 900 today"; "to 120 from 94." is a change
		if bare && (p.end >= s.end || !presentWord(a.lw(p.end))) {
			return numPhrase{}, false
		}
		// the level then: "900.", "900 now", "900 in 2023"; not "from 30 countries"
		if p.end < s.end && a.toks[p.end].kind != tPunct {
			switch a.lw(p.end) {
			case "now", "today", "currently", "previously", "before", "earlier", "at", "in", "last", "this":
			default:
				return numPhrase{}, false
			}
		}
		return p, true
	}
	return numPhrase{}, false
}

// afterBy reports whether the mention starting at token k follows "by"
// ("followed by Rwanda"): an agent, not a place.
func (a *analysis) afterBy(k int) bool {
	if k > 0 && a.lw(k-1) == "the" {
		k--
	}
	return k > 0 && a.lw(k-1) == "by"
}

// followedByBefore reports whether "followed by" or a word of rank comes
// shortly before token h in s: "…, followed by Jamaica with 200", "Kenya
// is first with 1,000 officers" rank contributors.
func (a *analysis) followedByBefore(h int, s span) bool {
	for k := h - 1; k > s.start && h-k <= 6; k-- {
		if a.lw(k) == "by" && a.lw(k-1) == "followed" {
			return true
		}
		switch a.lw(k) {
		case "first", "second", "third", "fourth", "fifth", "largest", "biggest", "top":
			return h-k <= 2
		}
	}
	return false
}

// scheduledTo reports whether w, before "to", puts a verb in the future:
// "are due to arrive", "are expected to deploy", "set to leave".
func scheduledTo(w string) bool {
	switch w {
	case "due", "expected", "set", "scheduled", "slated", "poised", "planned", "going":
		return true
	}
	return false
}

// appositivePresence reports whether w, a participle right after a comma
// that follows troops ("500 troops, stationed in …,"), says the troops are
// in place: "stationed", "deployed", "based", "sent", "serving".
func appositivePresence(w string) bool {
	switch w {
	case "stationed", "deployed", "based", "garrisoned", "posted", "serving", "sent", "dispatched", "despatched", "rotated":
		return true
	}
	return false
}
