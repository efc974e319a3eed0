package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsDefinite names a line of a definite or named troop unit of a
// named country (definiteOwnTroops).
const ruleTroopsDefinite = "troops.definite-unit"

// definiteOwnTroops reports whether troops q without a number, read as a
// definite or named unit (prepped: "the Italian contingent", "Australian
// Special Forces"), still name a commitment: their country is a demonym
// inside the phrase, the phrase opens its clause and a verb of presence
// or sending follows it (past auxiliaries and adverbs): "The Italian
// contingent arrived in Lebanon", "Australian Special Forces will also
// deploy to Iraq". presenceFrame then reads them. Not after a verb or a
// preposition ("lead the Italian contingent"), nor for a unit of no
// named country ("the force will deploy"), nor when the same country's
// troops were named before (countedTroopsBefore): the definite phrase
// then names them again.
func (a *analysis) definiteOwnTroops(q *quantity) bool {
	if q.kind != news.KindTroops || q.num != nil || !q.prepped || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	switch a.lw(q.end - 1) {
	case "team", "teams", "company", "companies", "force", "division", "crew", "crews", "staff", "officers", "observers":
		return false // "The French team arrived": a team of any kind
	}
	s := a.sents[q.sent]
	k := q.start - 1
	if a.actorAt[max(k, 0)] >= 0 && a.actors[a.actorAt[max(k, 0)]].cls == cDemonym {
		k-- // "Australian Special Forces": the demonym before the named unit
	}
	if a.lw(k) == "the" {
		k--
	}
	if k >= s.start && a.tx(k) != "," && a.tx(k) != "“" && a.tx(k) != "\"" {
		return false // "lead the Italian contingent": an object
	}
	code := ""
	for _, am := range a.troopOwners(q, s) {
		if am.cls == cDemonym && am.start >= q.start-1 && len(am.code) == 2 {
			code = am.code
		}
	}
	if code == "" || a.countedTroopsBefore(q, code) {
		return false
	}
	j := q.end
	for j < s.end && j < q.end+4 && (a.has(j, cPerfectAux, cPassiveAux, cIrrealis) || a.lw(j) == "also" || a.lw(j) == "already" || hasLySuffix(a.lw(j))) {
		j++
	}
	switch a.lw(j) {
	case "deploy", "deploys", "deploying":
		return true // "will deploy to Iraq": intransitive
	}
	return j < s.end && a.has(j, cPresence, cDeliveryPast) && !a.has(j, cCasualty)
}

// countedTroopsBefore reports whether a sentence from farBack sentences
// before q up to q's own holds, before q, troops (counted or not) and a
// mention of country code: "Italy sent 300 soldiers to Lebanon. The
// Italian contingent arrived on Monday" names the 300 again, "Egyptian
// forces will join … The Egyptian troops will take part …" the forces.
func (a *analysis) countedTroopsBefore(q *quantity, code string) bool {
	for si := max(0, q.sent-farBack); si <= q.sent; si++ {
		counted := false
		for _, o := range a.quantsOf(si) {
			if o.sent == si && o.kind == news.KindTroops && o.start < q.start {
				counted = true
			}
		}
		if !counted {
			continue
		}
		for _, am := range a.actorsOf(a.sents[si]) {
			if am.code == code {
				return true
			}
		}
		for _, o := range a.quantsOf(si) {
			if o.sent != si || o.kind != news.KindTroops || o.start >= q.start {
				continue
			}
			for _, am := range a.troopOwners(&o, a.sents[si]) {
				if am.code == code {
					return true
				}
			}
		}
	}
	return false
}

// ruleTroopsAside names a presence frame whose verb follows an aside
// between commas after the troops (asideEnd).
const ruleTroopsAside = "troops.aside"

// asideEnd returns the token after an aside between commas that starts
// at the comma k ("400 Kenyan police, leading the mission, arrived"): at
// most twelve tokens, with no clause break, quote, number or verb of
// presence or sending inside (those are the troops' own predicate); or
// k when there is none.
func (a *analysis) asideEnd(k int, s span) int {
	if k >= s.end || a.tx(k) != "," {
		return k
	}
	for j := k + 1; j < s.end && j <= k+12; j++ {
		switch {
		case a.tx(j) == ",":
			if j == k+1 || j+1 >= s.end {
				return k
			}
			return j + 1
		case a.has(j, cClauseBreak, cPresence, cDeliveryPast, cCasualty) || a.toks[j].kind == tNum || a.tx(j) == "“" || a.tx(j) == "\"" || a.tx(j) == ";":
			return k
		}
	}
	return k
}
