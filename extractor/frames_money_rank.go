package extractor

// Money frames of donors ranked or compared ("followed by France with €8
// million", "the largest donor with €10 million") and the small word
// classes of the money frames (verbs that give "with", articles of more,
// the commitment noun after an amount).

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleFollowedBy marks money of a donor named after "followed by".
const ruleFollowedBy = "frame.money-followed-by"

// followedByFrame matches money of a donor ranked after another one:
// "Germany gave €10 million, followed by France with €8 million",
// "Germany leads the donors with €2 billion, ahead of France with €900
// million and Italy with €300 million",
// "followed by France (€8 million) and Italy (€6 million)". The actor
// right before "with" or the bracket, after "followed by", gave it.
func (a *analysis) followedByFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.start-2 < s.start {
		return frame{}, false
	}
	b := q.start - 1
	if a.lw(b) != "with" && a.tx(b) != "(" {
		return frame{}, false
	}
	n := a.actorEndingAt(b-1, s)
	if n < 0 || a.actors[n].end != b || len(a.actors[n].code) != 2 {
		return frame{}, false
	}
	// back over the list to ", followed by": "followed by France (€8m) and
	// Italy", after a donor or a verb of commitment
	k := a.actors[n].start - 1
	for steps := 0; k-2 > s.start && steps < 12; steps++ {
		if rankLink(a.lw(k-1), a.lw(k)) && a.tx(k-2) == "," && a.donorBefore(k-2, s) {
			am := a.actors[n]
			f := frame{actors: []actorMention{am}, anchor: span{k - 1, k + 1}, rule: ruleFollowedBy, window: span{k - 1, min(s.end, q.end+1)}, conf: 0.7}
			if a.headGiven(k-2, s) {
				f.forced = news.StatusDelivered // "Canada has provided the most, followed by"
			}
			return f, true
		}
		if a.has(k, cTrigger, cDeliveryPast, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		k--
	}
	return frame{}, false
}

// rankLink reports the two words that join a ranked donor to the one
// before it: "followed by", "trailed by", "ahead of", "well ahead of".
func rankLink(w1, w2 string) bool {
	switch w1 + " " + w2 {
	case "followed by", "trailed by", "ahead of", "then by":
		return true
	}
	return false
}

// donorBefore reports whether a verb of commitment or a donor noun
// stands in sentence s before token k.
func (a *analysis) donorBefore(k int, s span) bool {
	for j := s.start; j < k; j++ {
		if a.has(j, cTrigger, cDeliveryPast) {
			return true
		}
		switch a.lw(j) {
		case "donor", "donors", "contributor", "contributors":
			return true
		}
	}
	return false
}

// ruleDonorWith marks money of "X is the largest donor with €N".
const ruleDonorWith = "frame.money-donor-with"

// donorWithFrame matches money after a donor noun and "with" whose
// subject is the country before a link verb: "Germany was the largest
// donor with €10 million", "Japan remains the second-biggest contributor,
// with $50 million".
func (a *analysis) donorWithFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.start-3 < s.start || a.lw(q.start-1) != "with" {
		return frame{}, false
	}
	k := q.start - 2
	if a.tx(k) == "," {
		k--
	}
	if f, ok := a.rankedWith(q, k, s); ok {
		return f, true
	}
	if !donorNoun(a.lw(k)) {
		return frame{}, false
	}
	for j := k - 1; j > s.start && k-j <= 5; j-- {
		if isLinkVerb(a.lw(j)) {
			n := a.actorEndingAt(j-1, s)
			if n < 0 || a.actors[n].end != j || len(a.actors[n].code) != 2 {
				return frame{}, false
			}
			am := a.actors[n]
			return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleDonorWith, window: span{am.start, q.end}, conf: 0.7}, true
		}
	}
	return frame{}, false
}

// rankedWith reads the other orders of a ranking before "with" at
// k+1: a verb of leading ("Germany leads with €2 billion"), the donor noun first and the country after the link verb ("The
// biggest donor was the United States with $900 million"), or a rank
// verb and an ordinal after the country ("Canada ranks third with C$1.1
// billion", "Japan came second, with $50 million").
func (a *analysis) rankedWith(q *quantity, k int, s span) (frame, bool) {
	if n := a.actorEndingAt(k, s); n >= 0 && len(a.actors[n].code) == 2 {
		am := a.actors[n]
		j := am.start - 1
		if a.lw(j) == "the" {
			j--
		}
		if j > s.start && isLinkVerb(a.lw(j)) {
			for i := j - 1; i >= s.start && j-i <= 4; i-- {
				if donorNoun(a.lw(i)) {
					return frame{actors: []actorMention{am}, anchor: span{i, i + 1}, rule: ruleDonorWith, window: span{i, q.end}, conf: 0.7}, true
				}
			}
		}
		return frame{}, false
	}
	switch a.lw(k) {
	case "leads", "led", "tops", "topped", "heads", "headed":
		// "Germany leads with €2 billion"
		if n := a.actorEndingAt(k-1, s); n >= 0 && a.actors[n].end == k && len(a.actors[n].code) == 2 && !a.recipientSentence(s) {
			am := a.actors[n]
			return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleDonorWith, window: span{am.start, q.end}, conf: 0.7}, true
		}
		return frame{}, false
	}
	if !isOrdinal(a.lw(k)) || k-2 < s.start || a.recipientSentence(s) {
		return frame{}, false
	}
	v := k - 1
	switch a.lw(v) {
	case "ranks", "ranked", "ranking", "came", "comes", "placed", "finished", "is", "was", "remains", "remained", "stands", "stood":
	default:
		return frame{}, false
	}
	n := a.actorEndingAt(v-1, s)
	if n < 0 || a.actors[n].end != v || len(a.actors[n].code) != 2 {
		return frame{}, false
	}
	am := a.actors[n]
	return frame{actors: []actorMention{am}, anchor: span{v, k + 1}, rule: ruleDonorWith, window: span{am.start, q.end}, conf: 0.7}, true
}

// donorNoun reports a noun of a giver in a ranking: "donor",
// "contributor", "backer", "funder".
func donorNoun(w string) bool {
	switch w {
	case "donor", "contributor", "backer", "funder":
		return true
	}
	return false
}

// isLinkVerb reports a form of a link verb of a ranking: "is", "was",
// "remains", "became".
func isLinkVerb(w string) bool {
	switch w {
	case "is", "was", "remains", "remained", "became", "becomes":
		return true
	}
	return false
}

// isOrdinal reports an ordinal of a ranking: "first" … "tenth", "top".
func isOrdinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top", "next", "1st", "2nd", "3rd", "4th", "5th":
		return true
	}
	return false
}

// withVerb reports the inflected verbs of support and of stepping in
// that give money "with": "is supporting Kenya with $5 million", "stepped
// in with $5 million", "responded with $5 million".
func withVerb(w string) bool {
	switch w {
	case "supports", "supported", "supporting", "helps", "helped", "helping", "assists", "assisted", "assisting",
		"backing", "stepped", "steps", "stepping", "responded", "responds", "responding":
		return true
	}
	return false
}

// isArticleOrMore reports an article or a word of more before an amount
// or its noun: "a", "the", "a further", "an additional".
func isArticleOrMore(w string) bool {
	switch w {
	case "a", "an", "the", "further", "additional", "another", "extra", "new", "fresh":
		return true
	}
	return false
}

// nounAfterAmount returns the commitment noun right after money q and at
// most two modifiers: "$10 million (humanitarian) donation".
func (a *analysis) nounAfterAmount(q *quantity, s span) (match, bool) {
	for j := q.end; j < s.end && j <= q.end+2; j++ {
		if m, ok := a.longest(j, s.end, cTriggerNoun); ok {
			return m, true
		}
		if !a.isModifier(j) {
			break
		}
	}
	return match{}, false
}

// headGiven reports whether the last verb of commitment of sentence s
// before token k is a past of handing over after a perfect auxiliary, with
// no modal or hedge before it: "Canada has provided the most ($8
// million), followed by France ($3 million)". A ranked donor after it
// gave too: delivered. "has pledged the most" or "would have given" is
// not.
func (a *analysis) headGiven(k int, s span) bool {
	for j := k - 1; j > s.start; j-- {
		if !a.has(j, cTrigger, cDeliveryPast) {
			continue
		}
		if !a.has(j, cDeliveryPast) || !a.has(j-1, cPerfectAux) {
			return false
		}
		return !a.irrealis(s.start, j)
	}
	return false
}
