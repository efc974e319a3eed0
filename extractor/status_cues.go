package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// futureAnchor reports whether a modal of the future or an infinitive
// "to" stands right before the verb at token anchor: "would provide … its
// largest package to date" promises, whatever "to date" says.
func (a *analysis) futureAnchor(anchor, from int) bool {
	k := anchor - 1
	for k > from && (a.lw(k) == "also" || strings.HasSuffix(a.lw(k), "ly")) {
		k--
	}
	if k < from || k < 0 {
		return false
	}
	switch a.lw(k) {
	case "will", "would", "'ll", "shall", "to":
		return true
	}
	return false
}

// sinceStart reports whether "since" at token k starts a time phrase of
// cumulative giving: a year within six tokens ("since 2022", "since the
// full-scale invasion in 2022") or the start of a war ("since the war
// began", "since the invasion").
func (a *analysis) sinceStart(k int) bool {
	for j := k + 1; j < len(a.toks) && j <= k+6; j++ {
		if a.isYear(j) {
			return true
		}
		if a.has(j, cClauseBreak) || a.tx(j) == "," || a.tx(j) == ";" {
			return false
		}
		switch a.lw(j) {
		case "war", "invasion", "conflict", "start", "beginning", "outbreak":
			return true
		}
	}
	return false
}

// conditional reports whether the frame's sentence opens with a
// condition and the anchor stands after its comma ("If finalized, it
// would be the first time Washington sends …") or inside it ("If
// Germany sent tanks, Russia would respond"); or whether a condition
// follows the verb of a future commitment (see trailingCondition).
func (a *analysis) conditional(f *frame) bool {
	if f.anchor.start >= len(a.toks) || f.anchor.start <= 0 {
		return false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	if a.trailingCondition(f.anchor, s) {
		return true
	}
	k := s.start
	for k < s.end && a.toks[k].kind == tPunct {
		k++
	}
	if k >= s.end || a.lw(k) != "if" && a.lw(k) != "unless" {
		return false
	}
	for j := k + 1; j < f.anchor.start; j++ {
		if a.tx(j) == "," {
			return true
		}
	}
	// "If Germany sent 14 tanks, Russia would respond": the anchor inside
	// the condition is a hypothetical too, when the condition ends in a
	// comma after it
	for j := f.anchor.end; j < s.end; j++ {
		if a.tx(j) == "," {
			return true
		}
	}
	return false
}

// sentOfToken returns the index of the sentence that holds token k, or -1.
func (a *analysis) sentOfToken(k int) int {
	i := a.sentAfter(k)
	if i < len(a.sents) && a.sents[i].start <= k {
		return i
	}
	return -1
}

// deliveredNow reports handing over in the present that the gold files
// count as delivered: a progressive of an activity ("is training", "is
// patrolling", "is doubling"; one of handing over, "is sending", only in
// a headline: in body text it is pledged, handingOverProgressive),
// troops a country "contributes", "is
// contributing" or, in body text, "provides" or "furnishes" (they serve
// now: "France furnishes the largest contingent with about 30
// gendarmes"), a country that "leads", "heads" or "commands" a force
// of troops with a number (in place now), and a headline in the present
// ("Australia donates 49 tanks to Ukraine", "Kenya deploys 400 police
// officers", "X sending tanks", "X handing over tanks"); "provides" in a
// headline announces, it is pledged.
func (a *analysis) deliveredNow(f *frame) (string, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || len(f.actors) == 0 || k >= len(a.toks) || a.irrealis(f.window.start, k) {
		return "", false
	}
	w := a.lw(k)
	prev := k - 1
	for prev > f.window.start && (a.lw(prev) == "also" || a.lw(prev) == "now" || a.lw(prev) == "already") {
		prev--
	}
	be := prev >= 0 && (a.lw(prev) == "is" || a.lw(prev) == "are")
	switch {
	case (w == "sending" || w == "deploying" || w == "doubling" || w == "delivering" || w == "shipping" || w == "transferring" ||
		w == "dispatching" || w == "despatching" || w == "airlifting" || w == "rushing" || w == "handing" || w == "training" || w == "patrolling") && be && !a.reportedProgressive(prev) &&
		(a.headline(k) || !handingOverProgressive(w)):
		return "is " + w, true
	case (w == "contributes" || w == "contributing" && be || (w == "furnishes" || w == "provides" || w == "supplies") && !a.headline(k)) && a.troopsIn(f):
		return w, true
	case (w == "leads" || w == "heads" || w == "commands") && !a.headline(k) && a.troopsIn(f):
		// "Canada leads a NATO battlegroup of 2,000 soldiers in Latvia": in place
		return w, true
	}
	// the verb right after its subject: not "lawmakers back sending troops"
	if a.headline(k) && (prev >= 0 && a.actorAt[prev] >= 0 || prev+1 < k && a.actorAt[prev+1] >= 0) {
		switch w {
		case "sends", "sending", "donates", "delivers", "ships", "dispatches", "hands", "deploys", "deploying", "doubling",
			"giving", "delivering", "shipping", "supplying", "handing", "donating", "dispatching", "turns", "transfers", "gifts", "airlifts",
			"gives", "presents", "presenting":
			return "headline " + w, true
		}
	}
	return "", false
}

// troopsIn reports whether the frame's window reaches troops with a number.
func (a *analysis) troopsIn(f *frame) bool {
	for _, q := range a.quantsNear(f.anchor.end, f.window.end) {
		if q.kind == news.KindTroops && q.num != nil && q.start >= f.anchor.end && q.start <= f.window.end {
			return true
		}
	}
	return false
}

// headline reports whether token k is in a headline: a line of its own,
// without a final full stop.
func (a *analysis) headline(k int) bool {
	si := a.sentOfToken(k)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	if s.start > 0 && !a.toks[s.start].nl {
		return false
	}
	if s.end < len(a.toks) && !a.toks[s.end].nl {
		return false
	}
	return s.end-s.start <= 30 && a.tx(s.end-1) != "." && a.tx(s.end-1) != ":"
}

// troopsLeave reports a withdrawal of which the troops are the subject, in
// the clause after them: "the 1,500 French troops stationed in Niger will
// start withdrawing", "its last troops in Mali had withdrawn".
func (a *analysis) troopsLeave(f *frame) (string, bool) {
	for _, q := range a.quantsNear(f.window.start, f.window.end) {
		if q.kind != news.KindTroops || q.start < f.window.start || q.start > f.window.end ||
			!a.sentsHave(q.end, min(len(a.toks), q.end+14), wLeave) {
			continue
		}
		for k := q.end; k < len(a.toks) && k < q.end+14; k++ {
			if a.has(k, cClauseBreak) || a.tx(k) == "," || a.tx(k) == ";" || a.tx(k) == "." || a.otherSubject(k) {
				break
			}
			switch a.lw(k) {
			case "home":
				// "will bring its 200 soldiers home": the verb before the troops
				if k == q.end && f.anchor.end == f.anchor.start+1 && f.anchor.end <= q.start {
					switch a.lw(f.anchor.start) {
					case "bring", "brings", "brought", "bringing":
						return "home", true
					}
				}
			case "withdraw", "withdrawing", "withdrawn", "withdrew", "leave", "leaving", "left":
				if a.departureFor(k) {
					continue // "left for Lebanon", "left the capital for Mali": they go out to the mission
				}
				if a.negationRightBefore(k) {
					return "", false // "the 900 troops will not be withdrawn": they stay
				}
				if k > 0 && a.lw(k-1) == "to" && !a.has(k-2, cTrigger) && a.lw(k-2) != "start" && a.lw(k-2) != "begin" {
					return "", false // "asked the troops to withdraw"
				}
				return a.tx(k), true
			}
		}
	}
	return "", false
}

// exemplified reports whether the noun phrase that ends at token k gives
// examples of a kind ("tools include shipments such as missiles supplied
// by …"): a "such as" or "include" within six tokens before it.
func (a *analysis) exemplified(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch a.lw(j) {
		case "include", "includes", "including", "like":
			return true
		case "as":
			if j > 0 && a.lw(j-1) == "such" {
				return true
			}
		}
	}
	return false
}

// otherSubject reports whether token k starts another clause or names
// another subject: "after several countries withdrew", "the 370 troops
// that Austria is withdrawing" (Austria withdraws them, not the giver).
func (a *analysis) otherSubject(k int) bool {
	switch a.lw(k) {
	case "after", "before", "because", "when", "until", "since", "if", "as", "that", "which", "to", "replace", "replacing", "relieve":
		return true // "… 170 troops this month to replace soldiers who have left"
	}
	if n := a.actorAt[k]; n >= 0 {
		return a.actors[n].subject || a.actors[n].reporter
	}
	return a.has(k, cGroupNoun)
}

// offersNumber reports whether the anchor is "offer" with a numbered
// quantity of troops, money or equipment right after it ("offered more
// than 500 troops", "has offered a further 100 million yuan").
func (a *analysis) offersNumber(f *frame) bool {
	if a.lw(f.anchor.start) != "offered" {
		return false // "Berlin's offer of 5,000 helmets" is a noun: pledged
	}
	for _, q := range a.quantsNear(f.anchor.end, f.anchor.end+2) {
		if q.num != nil && q.start >= f.anchor.end && q.start <= f.anchor.end+2 {
			return true
		}
	}
	return false
}

// pastBy reports a gerund of giving after "by" whose main verb, right
// before "by" and its object, is in the past: "Slovakia actively supported
// Kyiv by providing howitzers", "Japan helped by sending engineers".
func (a *analysis) pastBy(f *frame) (string, bool) {
	k := f.anchor.start
	if k < 2 || a.lw(k-1) != "by" || !strings.HasSuffix(a.lw(k), "ing") {
		return "", false
	}
	for j := k - 2; j >= f.window.start && j >= k-7; j-- {
		w := a.lw(j)
		if a.toks[j].kind != tWord || a.upper(j) {
			continue
		}
		if strings.HasSuffix(w, "ed") || a.has(j, cDeliveryPast) {
			if a.irrealis(max(f.window.start, j-3), j) {
				return "", false
			}
			return a.tx(j) + " by", true
		}
		if a.has(j, cIrrealis, cTrigger, cSupportVerb) {
			return "", false
		}
	}
	return "", false
}

// ownSpending reports money that is a country's own defence spending or
// budget ("Tokyo has doubled its own defence spending plan to ¥43
// trillion"): no commitment to anyone else.
func (a *analysis) ownSpending(q *quantity) bool {
	if q.kind != news.KindMoney || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.start - 1; k >= s.start && k >= q.start-8; k-- {
		if a.tx(k) == "," || a.tx(k) == ";" {
			return false
		}
		switch a.lw(k) {
		case "spending", "budget", "expenditure", "expenditures":
			if k > s.start {
				switch a.lw(k - 1) {
				case "defence", "defense", "military", "own":
					return true
				}
			}
		}
	}
	return false
}

// scheduledArrival reports whether the hedge m is "expected to" before a
// verb of arrival: "the tanks are expected to arrive in March", "are
// expected to be delivered by June", "are expected to be in Ukraine in
// the coming weeks", "deliveries are expected to begin in May". A
// delivery on its way is promised,
// not weighed. (Goods only: troops expected to arrive stay a hedge, as
// the troops family reads them.)
func (a *analysis) scheduledArrival(m match, f *frame) bool {
	if m.end-m.start != 2 || a.lw(m.start) != "expected" || m.end >= len(a.toks) {
		return false
	}
	for _, q := range a.quantsNear(min(f.window.start, f.window.end), max(f.window.start, f.window.end)) {
		if q.kind == news.KindTroops && q.start < f.window.end && q.end > f.window.start {
			return false
		}
	}
	k := m.end
	if a.lw(k) == "be" && k+1 < len(a.toks) {
		k++
		// "are expected to be in Ukraine in the coming weeks": there by then
		if (a.lw(k) == "in" || a.lw(k) == "at") && k+1 < len(a.toks) && (a.actorAt[k+1] >= 0 || a.upper(k+1)) {
			return true
		}
	}
	switch a.lw(k) {
	case "arrive", "reach", "land", "begin", "start", "commence", "delivered", "handed", "shipped", "transferred", "sent", "provided", "supplied", "dispatched", "received":
		return true
	}
	return false
}

// handingOverProgressive reports whether w is the progressive of a verb
// that moves goods or troops to the recipient ("sending", "delivering",
// "transferring"). In body text the news tells with it what a country
// is doing now, not a confirmed handing over: pledged (a headline in the
// progressive, "X sending tanks", is delivered).
func handingOverProgressive(w string) bool {
	switch w {
	case "sending", "deploying", "delivering", "shipping", "transferring", "dispatching", "despatching", "airlifting", "rushing", "handing":
		return true
	}
	return false
}
