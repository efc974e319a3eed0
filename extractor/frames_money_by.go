package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Money by which a loan or an aid grows: "The Indian credit line was
// extended by $200 million", "Sri Lanka extends credit line with India by
// $200 million". The amount after "by" is the new money; its giver is
// the owner of the loan, not the subject that asked for it.

// ruleGrownBy marks money by which a country's loan or aid grows.
const ruleGrownBy = "frame.money-grown-by"

// growVerb reports whether w is a verb by which a loan or aid grows:
// "extended", "increased", "expanded", "boosted" (not "raised": money
// raised is collected, not given).
func growVerb(w string) bool {
	switch w {
	case "extend", "extends", "extended", "extending", "increase", "increases", "increased", "increasing",
		"expand", "expands", "expanded", "expanding",
		"boost", "boosts", "boosted", "boosting", "enhance", "enhanced", "enhances", "enhancing":
		return true
	}
	return false
}

// grownByFrame matches money q after "by" (over "an additional", "a
// further") that a verb of growth before it applies to a loan or a
// credit line: "The Indian credit line was extended by $200 million"
// (the adjective of nationality or the possessive before the noun
// owns it), "Sri Lanka extended the credit line with India by $200
// million" (the country after "with" lends). The subject of an active
// verb is the borrower: it gets the recipient.
func (a *analysis) grownByFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	by := q.start - 1
	for by > s.start && (a.lw(by) == "additional" || a.lw(by) == "further" || a.lw(by) == "an" || a.lw(by) == "a" || a.lw(by) == "another") {
		by--
	}
	if by <= s.start || a.lw(by) != "by" {
		return frame{}, false
	}
	// "… credit line with India by": the lender after "with"
	if n := a.actorEndingAt(by-1, s); n >= 0 && a.actors[n].end == by && len(a.actors[n].code) == 2 {
		w := a.actors[n].start - 1
		if w > s.start && a.lw(w) == "with" && lendNoun(a.lw(w-1)) {
			v := w - 1
			for v > s.start && v >= w-5 && !growVerb(a.lw(v)) {
				v--
			}
			if !growVerb(a.lw(v)) {
				return frame{}, false
			}
			lender := a.actors[n]
			to := ""
			for _, am := range a.actorsOf(s) {
				if am.start < v && am.code != lender.code && len(am.code) == 2 {
					to = am.code
				}
			}
			return frame{actors: []actorMention{lender}, anchor: span{v, v + 1}, rule: ruleActive, name: ruleGrownBy,
				window: span{max(s.start, v-3), q.end}, conf: 0.6, to: to}, true
		}
	}
	// "The Indian credit line was extended by": a passive verb of growth
	v := by - 1
	if v <= s.start || !growVerb(a.lw(v)) {
		return frame{}, false
	}
	k := v - 1
	for k > s.start && (a.has(k, cPassiveAux, cPerfectAux) || a.isAdverb(k)) {
		k--
	}
	if k == v-1 || !lendNoun(a.lw(k)) {
		return frame{}, false // no auxiliary, or no loan before it
	}
	for k > s.start && lendNoun(a.lw(k-1)) {
		k-- // "credit line"
	}
	j := k - 1
	if j < s.start {
		return frame{}, false
	}
	var owner actorMention
	if d, ok := a.longest(j, k, cDemonym); ok && d.end == k && len(d.value) == 2 {
		owner = actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
	} else if n := a.actorEndingAt(j, s); n >= 0 && len(a.actors[n].code) == 2 {
		owner = a.actors[n]
	} else {
		return frame{}, false
	}
	// new money promised, whatever the past participle says
	return frame{actors: []actorMention{owner}, anchor: span{v, v + 1}, rule: rulePassive, name: ruleGrownBy,
		window: span{owner.start, q.end}, conf: 0.6, forced: news.StatusPledged}, true
}
