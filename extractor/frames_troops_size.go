package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The size of a country's troops told by a verb or a copula: a unit that
// comprises or consists of N troops, a contribution that "will be" or
// "stands at" N, troops whose head count a verb after them gives, and
// troops made available. Shared helpers read the words before a number
// and a border or front line.

// Rule ids of the frames on a unit's size and on troops made available.
const (
	ruleTroopsUnitSize  = "troops.unit-size"
	ruleTroopsAvailable = "troops.made-available"
)

// unitSizeFrame matches the size of a country's unit given by a verb of
// size: "Spain's contingent numbers 500 soldiers", "the Spanish
// contingent comprises 500 troops", "its battalion consists of 650
// members". The unit's country commits the troops; a unit that has a
// size is in place (delivered) unless a modal or hedge comes first.
func (a *analysis) unitSizeFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := a.beforeApprox(q, s)
	if k <= s.start {
		return frame{}, false
	}
	verb := k
	switch a.lw(k) {
	case "numbers", "numbered", "comprises", "comprised", "totals", "totalled", "totaled":
	case "of":
		if k-1 <= s.start || a.lw(k-1) != "consists" && a.lw(k-1) != "consisted" {
			return frame{}, false
		}
		verb = k - 1
	default:
		return frame{}, false
	}
	// the unit right before the verb: "contingent", "battalion", "force"
	u := verb - 1
	if u < s.start || !a.has(u, cTroopUnit) {
		return frame{}, false
	}
	// its country: a demonym before the unit or a possessive country
	var owner actorMention
	found := false
	for j := u - 1; j >= s.start && u-j <= 3 && !found; j-- {
		if m, ok := a.longest(j, u, cDemonym); ok && m.end == u && len(m.value) == 2 {
			owner, found = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}, true
			break
		}
		if n := a.actorEndingAt(j, s); n >= 0 && len(a.actors[n].code) == 2 {
			am := a.actors[n]
			if am.cls == cDemonym && am.end == u || am.end+1 < u && isApostropheText(a.tx(am.end)) {
				owner, found = am, true
			}
		}
		if a.tx(j) == "," || a.has(j, cClauseBreak) {
			break
		}
	}
	if !found {
		return frame{}, false
	}
	f := frame{actors: []actorMention{owner}, anchor: span{verb, k + 1}, rule: rulePresence, name: ruleTroopsUnitSize,
		window: span{owner.start, q.end}, conf: 0.6}
	if !a.irrealis(owner.end, verb) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// availableFrame matches troops made available: "Spain will make 500
// troops available to NATO", "has made 500 soldiers available for the
// mission". The subject of "make" commits them; "made" in the past or
// perfect is delivered.
func (a *analysis) availableFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.end >= s.end || a.lw(q.end) != "available" {
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "additional" || a.has(k, cQualifier)) {
		k--
	}
	if k < s.start {
		return frame{}, false
	}
	switch a.lw(k) {
	case "make", "makes", "made", "making":
	default:
		return frame{}, false
	}
	f, ok := a.verbSubjectFrame(k, q, s, verbSubject{name: ruleTroopsAvailable, after: 1})
	if ok && a.lw(k) == "made" && !a.irrealis(f.window.start, k) {
		f.forced = news.StatusDelivered
	}
	return f, ok
}

// ruleTroopsContribution names a frame on the size of a country's troop
// contribution told by a copula.
const ruleTroopsContribution = "troops.contribution-size"

// contributionSizeFrame matches a country's contribution whose size a
// copula gives: "Italy's troop contribution to the mission will be 300
// soldiers", "the Spanish contribution is about 600 troops", "Norway's
// commitment amounts to 150 soldiers", "its pledge stands at 200
// peacekeepers" (no pronoun owner here); a unit's growth: "Estonia's
// contingent in Mali will grow to 100 soldiers". The owner before the noun, a
// possessive country or a demonym, commits the troops; the status comes
// from the cues of the clause.
func (a *analysis) contributionSizeFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := a.beforeApprox(q, s)
	if k <= s.start {
		return frame{}, false
	}
	verb := k
	switch a.lw(k) {
	case "is", "was", "totals", "totalled", "totaled", "numbers":
	case "be":
		if !a.has(k-1, cIrrealis) {
			return frame{}, false
		}
		verb = k - 1
	case "to":
		// "amounts to"; growth: "will grow to", "will be increased to"
		switch a.lw(k - 1) {
		case "amounts", "amounted", "amount", "grow", "grows", "grew", "rise", "rises", "rose", "increase", "increases",
			"increased", "expand", "expands", "expanded", "swell", "swells", "swelled", "raised", "boosted":
		default:
			return frame{}, false
		}
		verb = k - 1
	case "at":
		if w := a.lw(k - 1); w != "stands" && w != "stood" {
			return frame{}, false
		}
		verb = k - 1
	default:
		return frame{}, false
	}
	// the noun of contribution, perhaps followed by "to the mission"
	noun := -1
	for j := verb - 1; j > s.start && verb-j <= 6; j-- {
		if a.tx(j) == "," || a.has(j, cClauseBreak) {
			break
		}
		switch a.lw(j) {
		case "contribution", "commitment", "pledge", "offer", "deployment", "presence", "contingent", "detachment":
			noun = j
		}
		if noun >= 0 {
			break
		}
	}
	if noun < 0 {
		return frame{}, false
	}
	// the owner: a demonym or a possessive country before the noun, over
	// "troop" or "military" ("Italy's troop contribution", "Norway's
	// military contribution", "the Spanish contribution")
	var owner actorMention
	found := false
	for o := noun - 1; o >= s.start && noun-o <= 4 && !found; o-- {
		n := a.actorEndingAt(o, s)
		if n < 0 || len(a.actors[n].code) != 2 {
			continue
		}
		am := a.actors[n]
		possessive := false
		for p := am.start; p < noun; p++ {
			if isApostropheText(a.tx(p)) {
				possessive = true
			}
		}
		if am.cls == cDemonym && am.end == noun || possessive {
			owner, found = am, true
		}
		break
	}
	if !found {
		return frame{}, false
	}
	return frame{actors: []actorMention{owner}, anchor: span{noun, noun + 1}, rule: ruleTroopOwner, name: ruleTroopsContribution,
		window: span{owner.start, q.end}, conf: 0.6}, true
}

// ruleTroopsNumber names a frame on troops whose size a verb after them
// gives.
const ruleTroopsNumber = "troops.number-after"

// numberAfterFrame matches troops that name their country and whose head
// count follows a verb of size (read into the quantity by itemAt):
// "Italian peacekeepers number about 1,100", "the Italian contingent
// totals 1,100". Troops whose size is told are in place (delivered)
// unless a modal or hedge comes first.
func (a *analysis) numberAfterFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.num.start <= q.start {
		return frame{}, false
	}
	verb := q.num.start - 1
	for verb > q.start && (a.lw(verb) == "some" || a.lw(verb) == "about" || a.lw(verb) == "around" || a.lw(verb) == "roughly" || a.lw(verb) == "nearly" || a.lw(verb) == "almost") {
		verb--
	}
	apposed := false // "Irish peacekeepers, numbering 340, are …" (appositionCount)
	switch a.lw(verb) {
	case "number", "numbers", "numbered", "total", "totals", "totalled", "totaled":
	case "numbering", "totalling", "totaling", "comprising", ",":
		apposed = true
	default:
		return frame{}, false
	}
	// "South Africa's total defence force numbers 73,000": an army's size
	for k := q.start; k < q.num.start; k++ {
		if w := a.lw(k); w == "total" || w == "army" || w == "armed" || (w == "defence" || w == "defense") && a.lw(k+1) != "forces" {
			return frame{}, false
		}
	}
	owners := a.troopOwners(q, s)
	if len(owners) == 0 {
		return frame{}, false
	}
	f := frame{actors: owners, anchor: span{verb, verb + 1}, rule: rulePresence, name: ruleTroopsNumber,
		window: span{q.start, q.end}, conf: 0.6}
	if apposed {
		// the verb after the apposition tells the status: "…, are
		// stationed", "…, will arrive"
		f.window = span{q.end, min(s.end, q.end+4)}
		if !a.irrealis(q.end, f.window.end) {
			f.forced = news.StatusDelivered
		}
		return f, true
	}
	if !a.irrealis(q.start, verb) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// ownFront reports whether the place at token k is a border or front
// line ("the border", "its frontier", "the front line"), where an army
// moves its own troops.
func (a *analysis) ownFront(k int, s span) bool {
	for j := k; j < s.end && j <= k+3; j++ {
		switch a.lw(j) {
		case "border", "borders", "frontier", "front", "frontline", "front-line":
			return true
		}
	}
	return false
}

// beforeApprox returns the token before quantity q, past the words that
// make its number approximate ("about", "some", "around", "roughly", a
// qualifier such as "up to"); s.start or before when none is left.
func (a *analysis) beforeApprox(q *quantity, s span) int {
	k := q.start - 1
	for k > s.start && (a.lw(k) == "about" || a.lw(k) == "some" || a.lw(k) == "around" || a.lw(k) == "roughly" || a.has(k, cQualifier)) {
		k--
	}
	return k
}
