package extractor

// The last-resort money frame: money in a sentence that names no actor
// goes to the committer of the money before, with the checks on what the
// sentence says of the money (more to follow, spending at home, an amount
// a country has rather than gives).

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTextDonor marks money given to the committer of the money before.
const ruleTextDonor = "frame.money-text-donor"

// textDonorFrame is the last resort for money in a sentence that names
// no actor but speaks of a commitment ("an additional 112 million kroner
// will be allocated in 2024 to finance donations"): the committer of the
// money just before, when that money was in the same currency. A guess
// from the text around: below review.
func (a *analysis) textDonorFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.currency == "" && len(q.candidates) == 0 {
		return frame{}, false
	}
	if len(a.actorsOf(s)) > 0 {
		return frame{}, false
	}
	if a.ownAmountPredicate(q, s) {
		return frame{}, false // "The aid budget was about €900 million"
	}
	// a total or an increase that no total frame took: "to reach $18.9bn"
	if p := q.start - 1; p >= s.start {
		switch a.lw(p) {
		case "to", "reach", "reaching", "by":
			return frame{}, false
		}
	}
	// the cue: a verb of commitment after the money, whose subject it is
	// ("112 million kroner will be allocated"), or, in a sentence with no
	// such verb, a commitment noun near it ("an SR1 billion donation")
	cue, verb := -1, false
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "need", "needs", "needed", "require", "requires", "required", "seek", "seeks", "sought", "appeal", "shortfall":
			return frame{}, false // money asked for, not given
		}
		if a.has(k, cTrigger, cDeliveryPast, cReceive) {
			verb = true
			if k >= q.end && cue < 0 {
				cue = k
			}
		}
	}
	if verb && cue < 0 {
		return frame{}, false // a verb with another subject: "the charity will give $18m"
	}
	if !verb {
		for k := max(s.start, q.start-5); k < min(s.end, q.end+5); k++ {
			if a.has(k, cTriggerNoun, cMoneyObject) {
				cue = k
				break
			}
		}
	}
	if !verb && cue < 0 {
		cue = a.moreToFollow(q, s)
	}
	if !verb && cue < 0 {
		cue = a.moneyGoesTo(q, s)
	}
	if cue < 0 || a.groupAgentAfter(cue, s) || a.groupSubjectBefore(q, cue, s) {
		return frame{}, false // "$100 billion a year promised by developed countries"
	}
	am, cur, ok := a.moneyBefore(q.sent, s.start)
	if !ok {
		// the country that announced aid in the sentence before, when the
		// money is in its own currency: "Norway will increase its support
		// to Ukraine. NOK 5 billion will go to air defence."
		// (an announcement that states money of its own is read by
		// moneyBefore or not at all)
		code := ""
		if q.sent > 0 && !a.holdsKind(q.sent-1, news.KindMoney) {
			code = a.announcerBefore(q.sent)
		}
		if code == "" && q.sent > 1 && len(a.actorsOf(a.sents[q.sent-1])) == 0 && !a.holdsKind(q.sent-2, news.KindMoney) {
			code = a.announcerBefore(q.sent - 1) // a sentence of money between
		}
		own := a.ownCurrency[code]
		if code != "" && a.inwardBefore(q.sent) {
			code = "" // "increase funding to its defence industry": spending at home
		}
		if code == "" || own == "" || q.currency != own && !(q.currency == "" && slices.Contains(q.candidates, own)) {
			return frame{}, false
		}
		am = actorMention{code: code, cls: cCountry, subject: true, sent: q.sent - 1}
		cur = q.currency
		if cur == "" {
			cur = own
		}
	}
	if cur != q.currency && !(q.currency == "" && slices.Contains(q.candidates, a.ownCurrency[am.code])) {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{cue, cue + 1}, rule: ruleTextDonor, window: span{s.start, min(s.end, q.end+3)}, conf: 0.45}, true
}

// moreToFollow returns the verb of "A further 100 million kronor will
// follow in 2025", "Another $5 million is to come", "A further $50
// million is planned for next year": money of more whose verb says it
// comes after the money before; -1 when q is not such.
func (a *analysis) moreToFollow(q *quantity, s span) int {
	if p := q.start - 1; p < s.start || a.lw(p) != "further" && a.lw(p) != "additional" && a.lw(p) != "another" && a.lw(p) != "extra" {
		return -1
	}
	for j := q.end; j < s.end && j <= q.end+3; j++ {
		switch a.lw(j) {
		case "follow", "follows", "come", "comes", "planned", "scheduled", "due", "foreseen", "envisaged":
			return j
		}
	}
	return -1
}

// inwardBefore reports whether the one or two sentences before si speak
// of spending at home: "its own", "domestic", "its defence industry".
func (a *analysis) inwardBefore(si int) bool {
	for sj := max(0, si-2); sj < si; sj++ {
		s := a.sents[sj]
		for k := s.start; k < s.end; k++ {
			switch a.lw(k) {
			case "domestic", "own", "industry", "industries", "national":
				return true
			}
		}
	}
	return false
}

// moneyGoesTo returns the verb of an allocation whose subject is money
// q: "NOK 5 billion will go to air defence", "€100 million goes to
// ammunition"; -1 when q is not such.
func (a *analysis) moneyGoesTo(q *quantity, s span) int {
	for j := q.end; j+1 < s.end && j <= q.end+2; j++ {
		switch a.lw(j) {
		case "go", "goes", "going":
			if w := a.lw(j + 1); w == "to" || w == "towards" || w == "toward" {
				return j
			}
			return -1
		}
	}
	// gapped: "€100 million goes to ammunition and €50 million to drones"
	if p := q.start - 1; p > s.start && (a.lw(p) == "and" || a.lw(p) == ",") && q.end < s.end {
		if w := a.lw(q.end); w != "to" && w != "towards" && w != "toward" && w != "for" {
			return -1
		}
		for j := p - 1; j > s.start; j-- {
			if w := a.lw(j); (w == "go" || w == "goes" || w == "going") && j+1 < p && a.lw(j+1) == "to" {
				return j
			}
		}
	}
	return -1
}

// ownAmountPredicate reports money that is the predicate of a link verb
// whose subject is a budget, a cost or another sum a country has rather
// than gives: "The aid budget was about €900 million", "the cost stood at
// $2 billion".
func (a *analysis) ownAmountPredicate(q *quantity, s span) bool {
	k := q.start - 1
	for k > s.start && q.start-k <= 3 {
		switch a.lw(k) {
		case "about", "around", "nearly", "some", "roughly", "approximately", "almost", "over", "at", "to", "just":
			k--
			continue
		}
		break
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "is", "was", "are", "were", "stood", "stands", "totalled", "totaled", "totals", "amounted", "amounts", "reached":
	default:
		return false
	}
	for j := k - 1; j >= s.start && k-j <= 3; j-- {
		switch a.lw(j) {
		case "budget", "budgets", "cost", "costs", "spending", "expenditure", "deficit", "revenue", "revenues",
			"reserves", "debt", "gdp", "price", "bill", "turnover":
			return true
		}
	}
	return false
}

// groupAgentAfter reports whether the verb at cue is a passive whose
// agent after "by" is a group of givers, not one country: "promised by
// developed countries", "pledged by donors", "raised by other members".
// The givers are named there, so the money is not the committer's of the
// money before. "allocated by the government" is not such a group.
func (a *analysis) groupAgentAfter(cue int, s span) bool {
	k := cue + 1
	if k >= s.end || a.lw(k) != "by" {
		return false
	}
	for j := k + 1; j < s.end && j <= k+4; j++ {
		switch a.lw(j) {
		case "countries", "nations", "donors", "states", "members", "economies", "partners", "governments", "others", "allies", "lenders":
			return true
		}
		if !a.isModifier(j) && !isDeterminer(a.lw(j)) && a.lw(j) != "other" && a.lw(j) != "developed" && a.lw(j) != "rich" && a.lw(j) != "richer" {
			return false
		}
	}
	return false
}
