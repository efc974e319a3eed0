package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Two money frames from the probe battery (money_probe_more_test.go): a
// country's aid noun sized with "of" ("India's support of over $900
// million to Sri Lanka") and the parts an aid is made of ("The aid,
// comprised of a $1bn grant and a $2bn deposit, …").

// Rule ids of the frames of this file.
const (
	rulePossessiveOf = "frame.money-possessive-of"
	ruleMadeOf       = "frame.money-made-of"
)

// possessiveAidNoun reports whether w is a noun of aid that an owner's
// possessive and "of" an amount size: "support", "assistance", "aid".
func possessiveAidNoun(w string) bool {
	switch w {
	case "support", "assistance", "aid", "help", "funding", "financing", "contribution", "contributions",
		"pledge", "pledges", "donation", "donations", "grant", "grants", "loan", "loans", "package", "commitment",
		"allocation", "disbursement", "gift", "deposit":
		return true
	}
	return false
}

// possessiveOfFrame matches money q after "of" that sizes an aid noun
// owned by a country: "India's support of over $900 million to Sri
// Lanka", "Germany's recent financial assistance of €200 million",
// "the EU's contribution of €50 million". At most three modifiers sit
// between the possessive and the noun; the owner gives. A recipient after
// the noun that is the owner itself ("Ukraine's aid of …") is no gift.
func (a *analysis) possessiveOfFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.currency == "" {
		return frame{}, false
	}
	of := q.start - 1
	if of <= s.start || a.lw(of) != "of" || !possessiveAidNoun(a.lw(of-1)) {
		return frame{}, false
	}
	noun := of - 1
	k := noun - 1
	for k > s.start && noun-k <= 3 && a.isModifier(k) && !isApostropheText(a.tx(k)) && a.lw(k) != "s" {
		k-- // "recent foreign exchange", "financial"
	}
	// k is the "s" of "'s" (or the apostrophe of "States'")
	p := k
	switch {
	case a.lw(p) == "s" && p-1 > s.start && isApostropheText(a.tx(p-1)):
		p -= 2
	case isApostropheText(a.tx(p)):
		p--
	default:
		return frame{}, false
	}
	n := a.actorEndingAt(p, s)
	if n < 0 || a.actors[n].end != p+1 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
		return frame{}, false
	}
	am := a.actors[n]
	if a.namesRecipient(am.code, q.end, min(s.end, q.end+4), s) {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{noun, noun + 1}, rule: ruleNoun, name: rulePossessiveOf,
		window: span{am.start, min(s.end, q.end+6)}, conf: 0.65}, true
}

// madeOfFrame matches money q listed as a part of an aid after a made-of
// phrase (madeOfPhrase: "comprised of", "made up of", "split into" …, but
// not "including", which lists examples):
// "The aid from the UAE, comprised of a $1bn grant and a $2bn deposit,
// arrived in April". Later parts joined by "and" or a comma follow the
// first. The giver is madeOfGiver's (the country after "from" before the
// phrase first).
func (a *analysis) madeOfFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	// back over the parts before q: "a $1bn grant and a"
	k := q.start
	marker, ok := a.madeOfBefore(k, s)
	for k > s.start && q.start-k <= 12 && !ok {
		w := a.lw(k - 1)
		part := a.has(k-1, cMoneyObject, cTriggerNoun) // "grant", "deposit", "loan"
		if a.tx(k-1) == "." || a.tx(k-1) == ";" || !part && a.has(k-1, cTrigger) || a.actorAt[k-1] >= 0 {
			return frame{}, false
		}
		if w != "and" && w != "," && w != "a" && w != "an" && !part && !a.isModifier(k-1) && !a.inMoney(k-1, q.sent) {
			return frame{}, false
		}
		k--
		marker, ok = a.madeOfBefore(k, s)
	}
	if !ok || a.lw(marker.start) == "including" {
		return frame{}, false // "deals, including a $10 billion refinery": examples, not the parts of an aid
	}
	am, _, ok := a.madeOfGiver(q, s, marker, nil)
	if !ok {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{marker.start, marker.start + 1}, rule: ruleNoun, name: ruleMadeOf,
		window: span{s.start, s.end}, conf: 0.6}, true
}

// inMoney reports whether token k lies inside a money quantity of
// sentence si.
func (a *analysis) inMoney(k, si int) bool {
	for _, o := range a.quantsOf(si) {
		if o.kind == news.KindMoney && o.start <= k && k < o.end {
			return true
		}
	}
	return false
}

// receivedOwnedFrame matches money received that a country owns, right
// after the verb of receiving: "the central bank had received the UAE's
// $3bn in aid". The owner gave it (possessiveFrame marks it delivered);
// the receiver frame would wait for a donor elsewhere in the text.
func (a *analysis) receivedOwnedFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	f, ok := a.possessiveFrame(q, s)
	if !ok || len(f.actors) != 1 || !a.receivedOwnerBefore(f.actors[0].start, s) {
		return frame{}, false
	}
	return f, true
}
