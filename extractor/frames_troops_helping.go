package extractor

// Troops that name their country and help an operation: "Nearly 11,000
// British troops have been supporting the operation", "About 300 Irish
// soldiers are part of the UN force".

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsHelping names a presence frame on troops that help or belong
// to an operation.
const ruleTroopsHelping = "troops.helping"

// helpingAt matches a verb of helping or belonging at token j, right
// after troops q and their auxiliaries ("have been supporting", "currently
// help", "are part of", "will reinforce"), whose object is an operation,
// a force or troops, or a country: it returns the verb's span. "support
// the idea", "help their families" and the subject's "own" forces are
// no such object.
func (a *analysis) helpingAt(j int, s span) (span, bool) {
	end := -1
	switch w := a.lw(j); w {
	case "support", "supports", "supporting", "supported", "help", "helps", "helping", "helped",
		"assist", "assists", "assisting", "assisted", "reinforce", "reinforces", "reinforcing", "reinforced",
		"bolster", "bolsters", "bolstering", "bolstered", "back", "backing":
		end = j + 1
	case "part", "form", "forms", "formed", "forming", "make", "makes", "making":
		// "are part of", "form part of", "make up"
		if j+1 < s.end && (a.lw(j+1) == "of" && w == "part" || a.lw(j+1) == "part" && j+2 < s.end && a.lw(j+2) == "of" || a.lw(j+1) == "up") {
			end = j + 2
			if a.lw(j+1) == "part" {
				end = j + 3
			}
		}
	}
	if end < 0 || end >= s.end {
		return span{}, false
	}
	// the object: an operation, a force or troops, or a country, within
	// four words ("the US-led occupation", "the UN force", "Kenya's mission")
	for k := end; k < s.end && k < end+5; k++ {
		if a.has(k, cClauseBreak) || a.toks[k].kind == tPunct && a.tx(k) != "-" {
			break
		}
		w := a.lw(k)
		if w == "own" {
			break // "help to train their own reservists": the subject's own forces
		}
		if a.has(k, cOperationNoun, cTroopNoun) || w == "occupation" || w == "efforts" || w == "effort" || w == "deployment" ||
			strings.HasSuffix(w, "mission") {
			return span{j, end}, true
		}
		if n := a.actorEndingAt(k, s); n >= 0 && a.actors[n].start == k && len(a.actors[n].code) == 2 {
			return span{j, end}, true
		}
	}
	return span{}, false
}

// helpingFrame is the presence frame of troops q with owners whose verb
// of helping is at j (helpingAt): in place (delivered) unless a modal or
// hedge comes between the troops and the verb (then the status cues
// decide). Definite troops without a number ("the Danish contingent")
// are troops told of before and give no line here.
func (a *analysis) helpingFrame(q *quantity, owners []actorMention, j int, s span) (frame, bool) {
	v, ok := a.helpingAt(j, s)
	if !ok || a.negatedBetween(q.end, v.start) {
		return frame{}, false
	}
	// "The Rwandan contingent will support …": a definite unit without a
	// count names troops told of before
	if q.num == nil && (a.lw(q.start) == "the" || q.start > s.start && a.lw(q.start-1) == "the") {
		return frame{}, false
	}
	f := frame{actors: owners, anchor: v, rule: rulePresence, name: ruleTroopsHelping, window: span{q.start, v.end}, conf: 0.6}
	if !a.irrealis(q.end, v.start) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// ruleTroopsPart names the part of a troop count before "of" and the
// whole: "33,000 of 100,000 American troops will leave".
const ruleTroopsPart = "troops.part"

// troopsPartOf returns the number N of "N of M troops" with no word
// between "of" and M (partOf reads "of the", "of its"): the part that
// leaves, stays or is sent; M is the force in place. N must be smaller
// than M, not a year, and at least two ("one of 300 soldiers" is a person).
func (a *analysis) troopsPartOf(q *quantity) (numPhrase, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return numPhrase{}, false
	}
	s := a.sents[q.sent]
	k := q.num.start - 1
	if k-1 < s.start || a.lw(k) != "of" {
		return numPhrase{}, false
	}
	for _, p := range a.numbersNear(k, k) {
		if p.end == k && p.value >= 2 && p.value < q.num.value && !a.isYear(p.start) {
			return p, true
		}
	}
	return numPhrase{}, false
}

// ruleTroopsHeldVague names a presence frame on troops held abroad
// without a number: "Canada has a few soldiers in Latvia".
const ruleTroopsHeldVague = "troops.held-vague"

// vagueHolding returns the token of "has" (or "have", "had") before
// troops q without a number, past a vague count ("a small number of",
// "a few", "some", "several") and adverbs ("already", "still"); -1 when
// none comes first or a negation comes before it ("does not have
// troops there"). "has troops" alone counts too.
func (a *analysis) vagueHolding(q *quantity, s span) int {
	h := q.start - 1
	for n := 0; h > s.start && n < 5; n++ {
		switch a.lw(h) {
		case "a", "an", "few", "small", "number", "of", "some", "several", "limited", "handful":
			h--
			continue
		}
		break
	}
	for h > s.start && (a.lw(h) == "already" || a.lw(h) == "still" || a.lw(h) == "now" || a.lw(h) == "currently" || a.lw(h) == "also") {
		h--
	}
	if h <= s.start || !a.has(h, cPerfectAux) || a.lw(h+1) == "been" {
		return -1
	}
	// "does not have troops deployed": no troops, no line
	for j := h - 1; j >= s.start && j >= h-3; j-- {
		if w := a.lw(j); w == "not" || w == "never" || w == "no" || a.has(j, cDeclined) {
			return -1
		}
	}
	return h
}

// commaOnly reports whether the tokens between from and to are a single
// comma.
func (a *analysis) commaOnly(from, to int) bool {
	return to == from+1 && a.tx(from) == ","
}

// joinsForce reports whether the operation op that a country joins by
// verb v, in sentence si, is a force of troops: its head is "force" or
// "forces" ("the regional force", "the stabilisation force") or it names
// peacekeeping or stabilisation ("the peacekeeping mission"). Joining a
// naval operation or a coalition stays support, and so does leading or
// commanding a force, and contributing to one (money or troops: v is
// "join", "take part in" or "participate in"). A battlegroup is troops
// whatever the verb: joined, led or commanded.
func (a *analysis) joinsForce(v match, op span, si int) bool {
	// "leads the multinational battlegroup", "will join the battle
	// group": a force of troops, joined or led
	if last := a.lw(op.end - 1); last == "battlegroup" || last == "battlegroups" || op.end-op.start > 1 && a.lw(op.end-2) == "battle" {
		return true
	}
	switch w := a.lw(v.start); {
	case strings.HasPrefix(w, "contribut") && a.lw(v.start+1) == "to":
		// "declined to contribute to the multinational force": a force
		// of troops (not the money or goods of the sentence)
		// a force only ("contribute to the peacekeeping mission" stays
		// participation)
		for _, o := range a.quantsOf(si) {
			if o.sent == si && (o.kind == news.KindMoney || o.kind == news.KindEquipment) {
				return false
			}
		}
		if l := a.lw(op.end - 1); l != "force" && l != "forces" && !troopUnitHead(l) {
			return false
		}
	case strings.HasPrefix(w, "join"), strings.HasPrefix(w, "particip"),
		w == "take" || w == "takes" || w == "took" || w == "taking":
		if a.lw(v.start+1) != "part" && a.lw(v.start+1) != "in" && !strings.HasPrefix(w, "join") {
			return false // "take command of", "take charge of"
		}
	default:
		return false
	}
	first := a.lw(op.start)
	switch a.lw(op.end - 1) {
	case "force", "forces":
		return !a.has(op.start, cEquipNoun) && first != "naval" && first != "maritime" && first != "air"
	}
	if troopUnitHead(a.lw(op.end - 1)) {
		return true // "the multinational brigade": a unit of troops
	}
	for k := max(a.sents[si].start, op.start-2); k < op.end; k++ {
		if w := a.lw(k); strings.HasPrefix(w, "peacekeep") || strings.HasPrefix(w, "stabili") {
			return true
		}
	}
	// "declined to participate in the mission": the bare definite mission
	// is the operation named before; a stabilisation or peacekeeping force
	// there makes it troops
	if op.end == op.start+1 && op.start > a.sents[si].start && a.lw(op.start-1) == "the" {
		return a.forceNamedBefore(op.start, si)
	}
	return false
}

// forceNamedBefore reports whether the nearest operation noun before
// token k (not a plural: operations in general), in sentence si or the
// eight sentences before it, names a stabilisation or peacekeeping force: "… the International
// Stabilization Force (ISF) to be deployed. … declined to participate in
// the mission".
func (a *analysis) forceNamedBefore(k, si int) bool {
	for sj := si; sj >= 0 && sj >= si-8; sj-- {
		if a.stats.sentCls[sj]&(1<<cOperationNoun) == 0 {
			continue
		}
		s := a.sents[sj]
		end := s.end
		if sj == si {
			end = k
		}
		for j := end - 1; j >= s.start; j-- {
			if !a.has(j, cOperationNoun) || a.lw(j) == "operations" || a.lw(j) == "missions" {
				continue // (plurals are operations in general: "take part in military operations")
			}
			for p := max(s.start, j-3); p <= j; p++ {
				if w := a.lw(p); strings.HasPrefix(w, "peacekeep") || strings.HasPrefix(w, "stabili") {
					return true
				}
			}
			return false // the nearest operation decides
		}
	}
	return false
}
