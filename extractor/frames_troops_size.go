package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

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
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok {
		return frame{}, false
	}
	f.name = ruleTroopsAvailable
	f.window = span{f.window.start, q.end + 1}
	if a.lw(k) == "made" && !a.irrealis(f.window.start, k) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// ruleTroopsOrdered names a frame on troops ordered to a place.
const ruleTroopsOrdered = "troops.ordered"

// orderedFrame matches troops ordered to a place: "Biden ordered 3,000
// more troops to Poland", "the Pentagon has ordered 3,000 troops to
// Europe"; "ordered its troops home" is a withdrawal (declined). "Order" alone is no verb of sending ("ordered 30 tanks" is a
// purchase): it needs troops and "to" or "into" after them. The subject
// commits them; an order is a decision (pledged), not the arrival.
func (a *analysis) orderedFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.end >= s.end || a.lw(q.end) != "to" && a.lw(q.end) != "into" && a.lw(q.end) != "home" && a.lw(q.end) != "in" {
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "additional" || a.lw(k) == "more" || a.has(k, cQualifier) ||
		a.lw(q.end) == "home" && (a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "all")) {
		k--
	}
	if k < s.start {
		return frame{}, false
	}
	if a.lw(q.end) == "in" {
		// "will field 1,000 officers in Haiti": a force put in the field
		switch a.lw(k) {
		case "field", "fields", "fielded", "fielding":
			// only in a country: "fielded 50,000 troops in the battle" is war
			n := a.actorEndingAt(q.end+1, s)
			if n < 0 || a.actors[n].start != q.end+1 || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym {
				return frame{}, false
			}
		default:
			return frame{}, false
		}
	}
	switch a.lw(k) {
	case "order", "orders", "ordered", "ordering", "field", "fields", "fielded", "fielding":
	// verbs that send only with troops and a destination: "will move
	// 1,000 troops to Haiti", "post", "assign", "shift"; a move to its
	// own border or front is no commitment
	case "move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting",
		"post", "posts", "posted", "posting", "assign", "assigns", "assigned", "assigning":
		if a.lw(q.end) == "home" || a.ownFront(q.end+1, s) {
			return frame{}, false
		}
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok {
		return frame{}, false
	}
	f.name = ruleTroopsOrdered
	f.window = span{f.window.start, q.end}
	if a.lw(q.end) == "home" {
		f.forced = news.StatusDeclined // "ordered its 2,400 soldiers home": a withdrawal
	}
	return f, true
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

// ruleTroopsEnd names a frame on a country ending its own troop presence.
const ruleTroopsEnd = "troops.end-presence"

// endPresenceFrame matches a country that ends its own troops' presence
// or mission: "Belgium will end its military presence in Mali", "Sweden
// ended its troop deployment", "the country is ending its contribution of
// 200 soldiers". Only the subject's own troops ("its", "their") count;
// the line is declined.
func (a *analysis) endPresenceFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	k := q.start - 1
	own := false
	for k > s.start && q.start-k <= 4 {
		w := a.lw(k)
		if w == "its" || w == "their" {
			own = true
		} else if !(w == "entire" || w == "whole" || w == "remaining" || w == "contribution" || w == "of" || a.has(k, cQualifier)) {
			break
		}
		k--
	}
	if !own || k < s.start {
		return frame{}, false
	}
	switch a.lw(k) {
	case "end", "ends", "ended", "ending", "terminate", "terminates", "terminated", "terminating", "wind", "winds", "wound":
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok || f.rule != ruleActive {
		return frame{}, false
	}
	f.name = ruleTroopsEnd
	f.window = span{f.window.start, q.end}
	f.forced = news.StatusDeclined
	return f, true
}

// ruleTroopsStandby names a frame on troops held ready.
const ruleTroopsStandby = "troops.standby"

// standbyFrame matches troops a country holds ready, a readiness that is
// no decision yet (considering): "Poland has put 1,000 soldiers on
// standby for the mission", "placed 500 troops on high alert", "has
// 1,000 soldiers ready to deploy", "keeps 300 troops on standby". The
// subject of the verb before the troops holds them.
func (a *analysis) standbyFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.end >= s.end {
		return frame{}, false
	}
	ready := false
	// "1,000 British personnel are at readiness if needed": troops that
	// name their country and are held ready, with no verb before them
	if f, ok := a.readyOwnersFrame(q, s); ok {
		return f, true
	}
	switch a.lw(q.end) {
	case "at":
		ready = a.readinessEnd(q.end, s) > 0
	case "on":
		j := q.end + 1
		if j < s.end && a.lw(j) == "high" {
			j++
		}
		// a purpose must follow ("on standby for the mission", "to
		// deploy"): an army on alert at home commits nothing
		ready = j+1 < s.end && (a.lw(j) == "standby" || a.lw(j) == "stand-by" || a.lw(j) == "alert") &&
			(a.lw(j+1) == "for" || a.lw(j+1) == "to")
	case "ready":
		ready = q.end+1 < s.end && (a.lw(q.end+1) == "to" || a.lw(q.end+1) == "for")
	}
	if !ready {
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
	case "put", "puts", "putting", "place", "places", "placed", "placing", "has", "have", "had", "keep", "keeps", "kept", "keeping":
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok || f.rule != ruleActive {
		return frame{}, false
	}
	f.name = ruleTroopsStandby
	f.window = span{f.window.start, q.end + 2}
	f.forced = news.StatusConsidering
	return f, true
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
