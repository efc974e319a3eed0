package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleFrom marks a quantity whose giver follows "from": "$150 million
// from Saudi Arabia", "$200m each from Kuwait and the UAE", "troops from
// Senegal and Chad".
const ruleFrom = "frame.from"

// fromFrame reads the giver after the quantity: "Initial pledges included
// $150 million from Saudi Arabia", "it received $300mn from the US",
// "$200m each from Kuwait and the UAE" (one line each), "troops from
// Senegal, Burkina Faso and Chad will withdraw". Not a place left or
// moved from ("withdraw 500 troops from Mali", "evacuated from Kabul"),
// and only in a sentence about giving (a verb or noun of commitment, a
// verb of receiving, aid, a grant, a loan).
func (a *analysis) fromFrame(q *quantity, s span) (frame, bool) {
	if q.kind == news.KindSupport || q.num == nil && q.kind != news.KindTroops && !a.receivedGoods(q, s) {
		return frame{}, false
	}
	k := q.end
	if k < s.end && (a.lw(k) == "each" || a.lw(k) == "apiece") {
		k++
	}
	k = a.skipConversion(q, k, s)
	// "$18 million in contributions from Canada, France and the US"
	if k+1 < s.end && a.lw(k) == "in" {
		j := k + 1
		for j < s.end && j < k+4 && a.lw(j) != "from" && (a.isModifier(j) || a.has(j, cTriggerNoun, cMoneyNoun)) {
			j++
		}
		if j < s.end && a.lw(j) == "from" && j > k+1 {
			k = j
		}
	}
	// "the last €3 billion (…) of the agreed €4 billion support package
	// from the EU": the giver of the package
	if j, ok := a.packageFrom(q, k, s); ok {
		k = j
	}
	// "These personnel will come from Austria and Slovakia", "troops drawn from"
	for n := 0; n < 3 && k < s.end && q.kind == news.KindTroops; n++ {
		switch a.lw(k) {
		case "will", "would", "be", "are", "is", "were", "was", "come", "comes", "came", "coming", "drawn",
			"mainly", "mostly", "largely", "all":
			k++
			continue
		}
		break
	}
	if k >= s.end || a.lw(k) != "from" || a.bracketCountAfter(q, k+1, s) {
		return frame{}, false
	}
	actors := a.listAt(k+1, s)
	if len(actors) == 0 {
		// "from the Netherlands and Denmark": "the" inside the name
		if n := a.actorEndingAt(k+1, s); n >= 0 && a.actors[n].start == k+1 {
			actors = append([]actorMention{a.actors[n]}, a.joinedAfter(n, s)...)
		}
	}
	if len(actors) == 0 {
		return frame{}, false
	}
	actors = a.openListTail(actors) // "…from Japan, the Kenyan government will build"
	for _, am := range actors {
		if am.cls == cGroup || am.person && am.cls == cLeader {
			return frame{}, false
		}
	}
	// "from EU nations", "from Sri Lanka's Navy": a modifier of another noun
	if last := actors[len(actors)-1]; last.end < s.end {
		if _, own := a.isPossessive(last.end, s.end); own || a.has(last.end, cGroupNoun, cGroupAdj) {
			return frame{}, false
		}
	}
	// "Romania requested 200 troops from Portugal": asked for, not given;
	// "withholds $95 million in aid from Egypt": held back from it
	if a.requestedFrom(q, s) || a.withheldFrom(q, s) {
		return frame{}, false
	}
	// "provided training to a team from …": trainees, not a contingent
	for j := q.start - 1; j >= s.start && j >= q.start-3; j-- {
		if a.lw(j) == "for" && j > s.start && awaitsGoods(a, j-1) {
			break // "waiting for tanks from Germany": the goods awaited
		}
		if a.lw(j) == "to" || a.lw(j) == "for" {
			return frame{}, false
		}
	}
	giving := false
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) || a.leavingPhrase(j) {
			// "troops from Senegal will withdraw" are Senegal's; "withdraw
			// troops from Mali" leave Mali; hostile words say nothing is given
			if q.kind != news.KindTroops || j < q.start || !isWithdrawal(a.lw(j)) && !a.leavingPhrase(j) {
				return frame{}, false
			}
		}
		switch a.lw(j) {
		case "aid", "assistance", "grant", "grants", "loan", "loans", "pledges", "donations", "received", "receive", "receives",
			"contributions", "funding", "support", "includes", "included", "including", "include",
			"delivery", "deliveries", "shipment", "shipments", "consignment", "handover", "transfer", "donated":
			giving = true
		}
		if a.has(j, cTrigger, cDeliveryPast, cTriggerNoun, cMoneyNoun) {
			giving = true
		}
		if a.has(j, cCasualty) {
			return frame{}, false // "rebels killed three peacekeepers from Burundi"
		}
	}
	giving = giving || a.receivedGoods(q, s)
	// troops "from" countries are theirs in any sentence about the force
	if !giving && q.kind != news.KindTroops {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	f := frame{actors: actors, anchor: span{k, k + 1}, rule: ruleFrom, conf: 0.75,
		window: span{max(s.start, q.start-16), min(s.end, last.end+4)}}
	if q.kind == news.KindTroops {
		// "Troops from Senegal and Chad – the largest contributors – will
		// withdraw": the verb after an apposition
		f.window.end = s.end
	}
	if q.kind == news.KindMoney {
		// "$18 million in contributions from Canada, France and the US"
		// is their sum; "$200m each from Kuwait and the UAE" is not
		f = a.joint(f, q)
	}
	return f, true
}

// joinedAfter returns the actors coordinated after a.actors[n] in s:
// "the Netherlands and Denmark".
func (a *analysis) joinedAfter(n int, s span) []actorMention {
	var out []actorMention
	last := a.actors[n]
	for m := n + 1; m < len(a.actors) && a.actors[m].end <= s.end && a.joined(last.end, a.actors[m].start); m++ {
		out = append(out, a.actors[m])
		last = a.actors[m]
	}
	return out
}

// notGivenFrom reports whether w, anywhere in a sentence, says that what
// comes "from" a country is not given by it: trade and purchases
// ("imported $40 million from"), departures, seizures and hostilities.
func notGivenFrom(w string) bool {
	switch w {
	case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "withdrawal", "pull", "pulls", "pulled", "pulling", "evacuate",
		"recall", "recalls", "recalled", "recalling",
		"evacuated", "evacuating", "return", "returned", "returning", "redeploy", "redeployed", "imports", "imported",
		"exports", "trade", "bought", "buy", "buys", "purchase", "purchased", "stolen", "seized",
		"departure", "exit", "pullout", "drawdown", "evacuation", "expelled", "expulsion",
		"attack", "attacked", "attacks", "attacking", "ambush", "ambushed", "clash", "clashed", "clashes",
		"fought", "fighting", "repelled", "accused", "arrested":
		return true
	}
	return false
}

// isWithdrawal reports whether w is a verb or noun of leaving: the troops
// "from" a country that withdraw are still its troops.
func isWithdrawal(w string) bool {
	switch w {
	case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "withdrawal", "pull", "pulls", "pulled", "pulling",
		"return", "returns", "returned", "returning", "redeploy", "redeploys", "redeployed",
		"recall", "recalls", "recalled", "recalling":
		return true
	}
	return false
}

// receivedGoods reports whether uncounted equipment q is received or
// arrives in s, or is awaited (awaitsGoods; not "has not received"), so
// that the country "from" which it comes is the giver:
// "Ukraine has received its first F-16 jets from Denmark", "Kyiv took
// delivery of Leopard tanks from Germany", "the first tanks from Germany
// arrived". A verb of receiving must come before the goods; one of
// arriving may come anywhere.
func (a *analysis) receivedGoods(q *quantity, s span) bool {
	if q.kind != news.KindEquipment {
		return false
	}
	for j := s.start; j < s.end; j++ {
		switch w := a.lw(j); {
		case j < q.start && (a.has(j, cReceive) && !a.notBefore(j, s) || w == "delivery" && j > s.start && (a.lw(j-1) == "took" || a.lw(j-1) == "take" || a.lw(j-1) == "takes" || a.lw(j-1) == "taken" || a.lw(j-1) == "taking")):
			return true
		case j >= q.end && (w == "arrived" || w == "arrive" || w == "arrives" || w == "arriving"):
			return true
		case j < q.start && q.start-j <= 8 && awaitsGoods(a, j) && !a.notBefore(j, s):
			return true
		}
	}
	return false
}

// awaitsGoods reports whether token j is a verb of waiting for goods:
// "is waiting for", "awaits", "is expecting" ("Kyiv is waiting for IRIS-T
// systems from Germany": the country the goods come from will give them).
func awaitsGoods(a *analysis, j int) bool {
	switch a.lw(j) {
	case "awaiting", "awaits", "await", "awaited", "expecting", "expects":
		return true
	case "waiting", "wait", "waits", "waited":
		return j+1 < len(a.toks) && a.lw(j+1) == "for"
	}
	return false
}

// notBefore reports whether a negation sits right before token j, after
// at most one auxiliary: "has not received", "never got", "did n't get".
func (a *analysis) notBefore(j int, s span) bool {
	for k := j - 1; k >= s.start && k >= j-3; k-- {
		switch a.lw(k) {
		case "not", "n't", "never", "no":
			return true
		}
	}
	return false
}

// packageFrom returns the "from" after money q (its text ending at k)
// when "of" and a noun phrase headed by a noun of commitment lie between:
// "the last €3 billion ($3.3 billion) of the agreed €4 billion support
// package from the European Union", "$200 million of the loan from
// Japan", "a €4 billion support package from the EU";
// false otherwise ("$2 billion of imports from
// China" is no gift).
func (a *analysis) packageFrom(q *quantity, k int, s span) (int, bool) {
	if q.kind != news.KindMoney {
		return 0, false
	}
	if k < s.end && a.tx(k) == "(" { // a conversion in brackets
		for j := k + 1; j < s.end && j <= k+8; j++ {
			if a.tx(j) == ")" {
				k = j + 1
				break
			}
		}
	}
	if k >= s.end {
		return 0, false
	}
	if a.lw(k) != "of" {
		// "€4 billion support package from the EU": nouns only
		j := k
		for j < s.end && j < k+4 && a.packageWord(j, q.sent, q) {
			j++
		}
		if j > k && j < s.end && a.lw(j) == "from" && (commitmentHead(a, j-1) || paymentHead(a.lw(j-1))) {
			return j, true
		}
		return 0, false
	}
	for j := k + 1; j < s.end && j <= k+14; j++ {
		if a.lw(j) == "from" {
			if j > k+1 && (commitmentHead(a, j-1) || paymentHead(a.lw(j-1))) {
				return j, true
			}
			return 0, false
		}
		if a.tx(j) == "," || a.tx(j) == "(" || a.has(j, cClauseBreak, cReporting) || a.actorAt[j] >= 0 {
			return 0, false
		}
	}
	return 0, false
}
