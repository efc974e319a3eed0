package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// settleTroops checks the frame f of troops q: it reports false for
// troops that are not committed (forces at home, trainees, a call on
// another country, an open question, an estimate, a part of a total
// before them, the size of an existing force, troops that guard their
// own ground, troops of another country, a first deployment in a past
// year), and otherwise returns
// f with one group for a joint total, the countries that follow suit, and
// "delivered" for a simple present of holding.
func (a *analysis) settleTroops(f frame, q *quantity) (frame, bool) {
	// (troops held ready wait at home for a purpose abroad: the place
	// named is not where they go)
	if f.rule != ruleFrom && f.name != ruleTroopsStandby && (a.domestic(&f, q) || a.ownForces(&f, q)) || a.trainees(q) || a.uncommitted(&f) || a.hostsForeign(&f, q) ||
		q.num != nil && ((a.partOfTotal(q) || a.troopBreakdown(q)) && !a.shareFrom(&f) || a.sizeOfExisting(q) || a.levelBeforeChange(q)) || a.ownGround(q) || a.othersTroops(&f, q) || a.firstSentIn(&f, q) ||
		a.troopsNotGiven(&f, q) || a.troopsServed(&f, q) || a.vagueTroopsNotCommitted(&f, q) || a.missionHost(&f) || a.destinationForce(q) || a.civilianTeamNear(q) ||
		a.troopsRecipient(&f, q) || a.armyAtHome(&f, q) || q.num != nil && (a.totalOutOf(q) || a.ledForceSize(q)) || q.num != nil && a.unForceLevel(q) || q.num == nil && a.unForceBetween(q.start, q.end) {
		return f, false
	}
	if o, second, ok := a.totalOfPair(q); ok {
		if second {
			return f, false // counted in the total of the first count
		}
		// "a total of 170 soldiers and 30 police officers": one total
		n := *q.num
		n.value += o.num.value
		q.num, q.end = &n, o.end
		f.name = ruleTroopsTotalOf
	}
	if g, ok := a.pairedTroops(&f, q); ok {
		f = g // "A and B will send 800 and 600 soldiers": one count each, in order
	} else {
		f = a.followedBy(a.jointTroops(f, q), q)
	}
	// "The UN mission has 10,000 peacekeepers, including 800 from Ghana":
	// a share of a force that is there
	if f.forced == "" && q.num != nil && a.shareFrom(&f) && (a.partOfTotal(q) || a.troopBreakdown(q)) && a.heldTotalBefore(q) {
		f.forced = news.StatusDelivered
	}
	if f.forced == "" && a.ongoing(&f) {
		f.forced = news.StatusDelivered
	}
	// "Ireland currently deploys 340 troops", "has been contributing
	// troops since 1978": troops in place
	if f.forced == "" && a.inPlaceNow(&f) {
		f.forced = news.StatusDelivered
	}
	// "to join the 400 already in Haiti": troops in place, whatever the verb before
	if q.num != nil && a.alreadyThere(q.end, a.sents[q.sent]) {
		f.forced = news.StatusDelivered
	}
	// "No British troops will be sent to Ukraine": none is a refusal
	if q.start > 0 && a.lw(q.start-1) == "no" {
		f.forced = news.StatusDeclined
	}
	// "announced the drawdown of 2,500 troops": a noun of withdrawal
	if a.withdrawalOf(q) {
		f.forced = news.StatusDeclined
	}
	// "reduce its contingent of 5,000": the force in place
	if a.existingForce(&f, q) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// trainees reports whether troops q are trained rather than sent: the
// object of a verb or noun of training ("trained 500 soldiers", "provided
// training to 24 service members") or sent to study ("28 officers will
// be sent to China to study"). They are not a commitment of troops.
func (a *analysis) trainees(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	for k > s.start && (a.lw(k) == "a" || a.lw(k) == "the" || a.lw(k) == "some") {
		k--
	}
	// "training to deployed officers"
	if k > s.start && strings.HasSuffix(a.lw(k), "ed") && a.has(k, cTrigger, cDeliveryPast, cPresence) {
		k--
	}
	if k >= s.start && strings.HasPrefix(a.lw(k), "train") {
		return true
	}
	if k >= s.start && (a.lw(k) == "to" || a.lw(k) == "for") {
		for j := k - 1; j >= s.start && k-j <= 4; j-- {
			if strings.HasPrefix(a.lw(j), "train") {
				return true
			}
			if a.has(j, cClauseBreak) || a.tx(j) == "," {
				break
			}
		}
		return false
	}
	for j := q.end; j+1 < s.end && j < q.end+10; j++ {
		if a.lw(j) != "to" {
			continue
		}
		switch a.lw(j + 1) {
		case "study", "learn", "attend":
			return true
		}
	}
	return false
}

// uncommitted reports whether the subject of frame f calls on another country
// to act: "the United States calls on Serbia to withdraw its forces" is
// neither's commitment; nor is an open question ("did not say if it
// would deploy more forces") or a third party's estimate ("is estimated
// to have sent 11,000 troops").
func (a *analysis) uncommitted(f *frame) bool {
	// "did not say if it would deploy more forces": an open question
	if f.rule == rulePronoun && f.anaphor.start > 0 && (a.lw(f.anaphor.start-1) == "if" || a.lw(f.anaphor.start-1) == "whether") {
		return true
	}
	// "Canada denied it would send troops", "denies reports that it
	// sent troops": a denial in the clause is no commitment
	for k := f.anchor.start - 1; k >= 0 && k >= f.anchor.start-8; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == "," || a.tx(k) == "." || a.tx(k) == ";" {
			break
		}
		switch a.lw(k) {
		case "denied", "denies", "deny", "denying":
			return true
		}
	}
	if len(f.actors) == 0 || f.rule != ruleActive {
		return false
	}
	// "If Germany sent 5,000 troops, Russia would respond": a condition
	if p := f.actors[0].start - 1; p >= 0 {
		if a.lw(p) == "the" && p > 0 {
			p--
		}
		switch a.lw(p) {
		case "if", "unless":
			return true // not "whether": "asked whether Japan would send" is answered after
		}
	}
	from := f.actors[len(f.actors)-1].end
	// "Pyongyang is estimated to have sent 11,000 troops": a third
	// party's estimate, not the country's commitment
	for k := from; k+1 < f.anchor.start && k < from+3; k++ {
		switch a.lw(k + 1) {
		case "estimated", "believed", "thought", "alleged", "suspected", "rumoured", "rumored":
			if a.has(k, cPassiveAux) {
				return true
			}
		}
	}
	for k := from; k+1 < f.anchor.start && k < from+4; k++ {
		switch a.lw(k) {
		case "calls", "called", "call", "urges", "urged", "urge", "asks", "asked", "demands", "demanded", "pressed", "presses":
		default:
			continue
		}
		j := k + 1
		if a.lw(j) == "on" || a.lw(j) == "upon" {
			j++
		}
		for n := j; n < f.anchor.start; n++ {
			if a.actorAt[n] >= 0 {
				return true
			}
		}
	}
	return false
}

// relativeBetween reports whether a non-restrictive relative clause
// (", which", ", who") starts in [from, to): a quantity after it belongs
// to the clause, not to the verb before it ("are withdrawing their troops
// from the mission, which has 12,000 soldiers").
func (a *analysis) relativeBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if a.tx(k) == "," && (a.lw(k+1) == "which" || a.lw(k+1) == "who") {
			return true
		}
		// ", where France has 3,000 troops": a clause with its own subject
		if a.tx(k) == "," && (a.lw(k+1) == "where" || a.lw(k+1) == "whose") {
			for j := k + 2; j < to; j++ {
				if a.actorAt[j] >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// jointTroops turns a frame of coordinated countries and one number of
// troops into one group: "Kenya, Uganda and Burundi contributed 22,000
// soldiers" is their total, not 22,000 each. "Each" or "respectively"
// in the sentence, or "all" between the givers and the verb
// (allAfterGivers), keeps one commitment per country.
func (a *analysis) jointTroops(f frame, q *quantity) frame {
	if len(f.actors) < 2 || q.num == nil || f.rule == ruleList {
		return f
	}
	s := a.sents[q.sent]
	for k := s.start; k < s.end; k++ {
		if w := a.lw(k); w == "each" || w == "respectively" || w == "apiece" {
			return f
		}
	}
	if a.allAfterGivers(f) {
		return f // "Chad, Niger and Togo all pledged 500 troops": 500 each
	}
	// the owners of "Spanish and Italian troops" come last first
	first, last := f.actors[0], f.actors[len(f.actors)-1]
	if last.start < first.start {
		first, last = last, first
	}
	g := actorMention{span: span{first.start, last.end}, cls: cGroup, subject: true, sent: first.sent,
		code: "group:" + a.text[a.toks[first.start].start:a.toks[last.end-1].end]}
	f.actors = []actorMention{g}
	f.name = ruleTroopsJoint
	return f
}

// leaving reports whether the clause after token k says that troops in
// place leave: "1,500 French troops stationed in Niger will start
// withdrawing", "460 soldiers serving in the mission have left the
// country". It stops at a comma or a clause break.
func (a *analysis) leaving(k int, s span) bool {
	for j := k; j < s.end && j < k+12; j++ {
		if a.tx(j) == "," || a.has(j, cClauseBreak) || a.tx(j) == ";" {
			return false
		}
		w := a.lw(j)
		if strings.HasPrefix(w, "withdr") || w == "pull" || w == "pulling" || a.leavingPhrase(j) {
			return true
		}
		if (w == "left" || w == "leave" || w == "leaving") && j > k && a.has(j-1, cPerfectAux, cPassiveAux, cIrrealis) {
			return true
		}
		// "the last US soldiers left Afghanistan": a past verb right
		// after the troops, before the place
		if w == "left" && j == k && j+1 < s.end && (a.lw(j+1) == "the" || a.actorEndingAt(j+1, s) >= 0 && a.actors[a.actorEndingAt(j+1, s)].start == j+1) {
			return true
		}
	}
	return false
}

// ongoing reports whether the anchor of a troops frame is a simple
// present of holding ("Britain contributes 272 soldiers", "Rwanda
// maintains two battalions", "keeps 1,000 troops in", "stations") or units led by their countries
// ("battlegroups, led by the United States and Germany"): the troops are
// in place.
func (a *analysis) ongoing(f *frame) bool {
	if f.anchor.end != f.anchor.start+1 {
		return false
	}
	switch w := a.lw(f.anchor.start); {
	case f.rule == ruleActive && (w == "contributes" || w == "maintains" || w == "keeps" || w == "stations"),
		f.rule == rulePassive && w == "led": // "battlegroups, led by the United States"
		return !a.irrealis(f.window.start, f.anchor.start)
	}
	return false
}

// ownForces reports whether troops q of frame f are the committer's own
// forces at home or their size, not a commitment to someone else: raised
// or called up ("plans to mobilise 500,000 troops", "will recruit 20,000
// soldiers"), sent to its own border ("will deploy 10,000 troops to its
// border with Belarus", "along their borders") or the size of its army
// ("increase its armed forces to 203,000 soldiers").
func (a *analysis) ownForces(f *frame, q *quantity) bool {
	if f.anchor.end <= f.anchor.start {
		return false
	}
	switch w := a.lw(f.anchor.start); {
	case strings.HasPrefix(w, "mobilis"), strings.HasPrefix(w, "mobiliz"):
		return !a.mobiliseAbroad(q) // not "mobilise 5,000 troops as a contribution to the force"
	case strings.HasPrefix(w, "recruit"), strings.HasPrefix(w, "conscript"):
		return true
	}
	s := a.sents[q.sent]
	own := func(k int) bool {
		return k < s.end && (a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "own")
	}
	// "its army", "its armed forces" between the verb and the troops
	for k := f.anchor.end; k+1 < q.start; k++ {
		if !own(k) {
			continue
		}
		j := k + 1
		if a.lw(j) == "own" && j+1 < q.start {
			j++
		}
		switch a.lw(j) {
		case "army", "armed", "military":
			return true
		}
	}
	// "to its border", "along their own borders", "on its territory";
	// not "outside its borders" ("would not send troops outside its
	// borders" is a refusal)
	for k := q.end; k+1 < s.end && k < q.end+4; k++ {
		switch a.lw(k) {
		case "to", "along", "on", "at", "near", "towards", "toward", "in", "within":
		default:
			if a.tx(k) == "," || a.has(k, cClauseBreak) {
				return false
			}
			continue
		}
		j := k + 1
		for j < s.end && own(j) {
			j++
		}
		if j == k+1 || j >= s.end {
			continue
		}
		switch a.lw(j) {
		case "border", "borders", "frontier", "frontiers", "territory", "soil":
			return true
		}
	}
	return false
}

// withdrawalOf reports whether troops q follow a noun of withdrawal and
// "of": "the drawdown of 2,500 troops", "a pullout of the last 300
// soldiers". ("Drawdown powers" send arms: only troops are withdrawn.)
func (a *analysis) withdrawalOf(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	for k > s.start && q.start-k <= 3 && (a.lw(k) == "the" || a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "last" || a.lw(k) == "remaining" || a.has(k, cQualifier)) {
		k--
	}
	if k <= s.start || a.lw(k) != "of" {
		return false
	}
	switch a.lw(k - 1) {
	case "withdrawal", "pullout", "pull-out", "drawdown", "draw-down", "departure", "exit", "repatriation", "reduction":
		return true
	}
	return false
}

// inPlaceNow reports whether the verb of frame f says troops are in place
// now: "currently" before it ("Ireland currently deploys 340 troops") or
// a present perfect progressive ("has been contributing troops since
// 1978"), with no modal or hedge before it.
func (a *analysis) inPlaceNow(f *frame) bool {
	if f.rule != ruleActive || len(f.actors) == 0 || f.anchor.end <= f.anchor.start {
		return false
	}
	from := f.actors[len(f.actors)-1].end
	if from > f.anchor.start || f.anchor.start-from > 4 || a.irrealis(from, f.anchor.start) {
		return false
	}
	for k := from; k < f.anchor.start; k++ {
		if a.lw(k) == "currently" {
			return true
		}
	}
	k := f.anchor.start
	return strings.HasSuffix(a.lw(k), "ing") && k >= 2 && a.lw(k-1) == "been" && (a.lw(k-2) == "has" || a.lw(k-2) == "have")
}

// requestedFrom reports whether quantity q is the object of a request,
// right after its verb (past articles and qualifiers): "Romania requested
// 200 troops from Portugal", "the UN is seeking 2,000 more peacekeepers
// from", "demanded $1 billion from". What is asked of a country after
// "from" is not its commitment.
func (a *analysis) requestedFrom(q *quantity, s span) bool {
	// (a participle the mention took in: "requested military observers")
	if q.start < q.end && requestWord(a.lw(q.start)) {
		return true
	}
	for j := q.start - 1; j >= s.start && j >= q.start-3; j-- {
		switch a.lw(j) {
		case "requested", "requests", "request", "requesting", "sought", "seeks", "seek", "seeking",
			"demanded", "demands", "demand", "demanding", "needs", "needed", "need":
			return true // (requestWord lists the same words)
		case "the", "a", "an", "another", "additional", "more", "extra", "further":
			continue
		case "for":
			// "asked Norway for 40 tanks", "has asked for observers from Chad"
			return j > s.start && a.askVerbBefore(j-1, s)
		}
		// "requested military observers from": a lower-case modifier
		if !a.has(j, cQualifier) && !(a.isModifier(j) && !a.upper(j) && a.actorAt[j] < 0) {
			return false
		}
	}
	return false
}
