package extractor

import "strings"

// sayingVerb reports whether w is a verb of saying or announcing that may
// take a clause without "that": "announced the UK will donate …".
func sayingVerb(w string) bool {
	switch w {
	case "announced", "announces", "announce", "said", "says", "confirmed", "confirms", "declared", "declares",
		"revealed", "reveals", "stated", "states", "added", "noted", "insisted", "stressed",
		"believes", "expects", "hopes", "reported", "reports", "indicated", "indicates", "signalled", "signaled":
		return true
	}
	return false
}

// thatlessClause reports whether the actor mention that ends at token end,
// right after the verb at token p, is the subject of a clause after a verb
// of saying without "that": the actor is followed by a modal or an
// auxiliary of its own or a verb in the past ("announced the UK will
// donate …", "said Canada has sent …", "confirmed Japan delivered …"), not by the rest of the object ("announced Ukraine's
// needs").
func (a *analysis) thatlessClause(p, end int, s span) bool {
	if p < s.start || end >= s.end || !sayingVerb(a.lw(p)) {
		return false
	}
	// "announced the U.S. Army presented it with …": a verb in the past
	if w := a.lw(end); len(w) > 4 && strings.HasSuffix(w, "ed") && a.toks[end].kind == tWord && !a.upper(end) {
		return true
	}
	switch a.lw(end) {
	case "will", "would", "could", "may", "might", "can", "shall", "has", "had", "have", "is", "are", "was", "were",
		"plans", "intends", "must", "'ll":
		return true
	}
	return false
}

// groupBeforeThey returns the group mention that is the last actor named
// before the pronoun at token k in sentence s, or an actor that modifies a
// group noun there ("EU countries"), at most 8 tokens before it
// and not coordinated with a country before it ("Germany and other
// allies said they …" is the whole list, read by the reporter rule).
func (a *analysis) groupBeforeThey(k int, s span) (actorMention, bool) {
	acts := a.actorsOf(s)
	for n := len(acts) - 1; n >= 0; n-- {
		am := acts[n]
		if am.end > k {
			continue
		}
		// ("EU countries", "NATO members": an actor that modifies a group noun)
		if am.cls != cGroup && !a.has(am.end, cGroupNoun) || k-am.end > 8 || n > 0 && a.joined(acts[n-1].end, am.start) {
			return actorMention{}, false
		}
		// "France and the UK, which lead the coalition, said they …": a
		// country subject before the group is what "they" stands for
		for _, b := range acts[:n] {
			if b.subject && b.cls != cGroup {
				return actorMention{}, false
			}
		}
		return am, true
	}
	return actorMention{}, false
}

// listBeforeAllOf returns the countries coordinated right before a
// relative of a quantifier that stands before the pronoun at token k:
// "the US, the UK, and France, all of whom have said they …", "Spain and
// Italy, both of which said they …".
func (a *analysis) listBeforeAllOf(k int, s span) ([]actorMention, bool) {
	for j := k - 1; j-3 >= s.start && j >= k-8; j-- {
		if w := a.lw(j); w != "whom" && w != "which" {
			continue
		}
		if a.lw(j-1) != "of" || a.tx(j-3) != "," {
			return nil, false
		}
		switch a.lw(j - 2) {
		case "all", "both", "each", "most", "many", "some":
		default:
			return nil, false
		}
		n := a.actorEndingAt(j-4, s)
		if n < 0 || a.actors[n].end != j-3 || a.actors[n].cls == cGroup {
			return nil, false
		}
		list := []actorMention{a.actors[n]}
		for m := n - 1; m >= 0 && a.actors[m].start >= s.start && a.actors[m].cls != cGroup && a.joined(a.actors[m].end, list[0].start); m-- {
			list = append([]actorMention{a.actors[m]}, list...)
		}
		return list, true
	}
	return nil, false
}
