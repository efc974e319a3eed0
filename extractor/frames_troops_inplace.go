package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsInPlace names the fallback frame on a country's counted
// troops placed abroad by "in" or "at", whatever verb the clause has.
const ruleTroopsInPlace = "troops.in-place"

// troopsInPlaceFrame matches counted troops of no other frame that name
// their country (a possessive or a demonym: "Italy's 1,100 troops",
// "1,100 Italian soldiers", "Italy's contingent of 1,100 troops") and
// stand "in" or "at" another country or a mission right after their noun
// ("Italy's nearly 1,100 troops in Lebanon are among the largest
// contingents"), are "already" there ("will add to the roughly 900
// U.S. already in the country") or "are part of" a mission. The troops are in place (a presence frame: delivered,
// the status cues of the clause apply). It gives no frame for an owner
// in its own country, a place that is the owner, casualties or forces
// at war or in drills ("invasion", "fighting", "exercises") in the
// sentence.
func (a *analysis) troopsInPlaceFrame(q *quantity) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.prepped || q.num.value < 2 {
		return frame{}, false
	}
	s := a.sents[q.sent]
	owners := a.troopOwners(q, s)
	if len(owners) != 1 || len(owners[0].code) != 2 || q.end+1 >= s.end {
		return frame{}, false
	}
	own := owners[0]
	f := frame{actors: owners, anchor: span{q.end, q.end + 1}, rule: rulePresence, name: ruleTroopsInPlace,
		window: span{min(own.start, q.start), min(s.end, q.end+8)}, conf: 0.5}
	// "the roughly 900 U.S. already in the country": there before
	if a.alreadyThere(q.end, s) && !a.atWar(s) {
		return f, true
	}
	// "Ghana's 300 troops are part of a 12,000-strong mission"
	if k := q.end; k+3 < s.end && (a.lw(k) == "are" || a.lw(k) == "is" || a.lw(k) == "form") && a.lw(k+1) == "part" && a.lw(k+2) == "of" {
		for j := k + 3; j < s.end && j <= k+8; j++ {
			if a.has(j, cOperationNoun) && !a.atWar(s) {
				return f, true
			}
			if a.toks[j].kind == tPunct && a.tx(j) != "-" {
				break
			}
		}
		return frame{}, false
	}
	// "the 200-member Chinese contingent has been praised": a contingent
	// or peacekeepers serve abroad, with no place named
	if w := a.lw(q.end - 1); (w == "contingent" || w == "peacekeepers") && !a.atWar(s) && a.deployedUnitSubject(q, s) {
		f.name = ruleTroopsContingent
		return f, true
	}
	if a.lw(q.end) != "in" && a.lw(q.end) != "at" {
		return frame{}, false
	}
	// the place: another country or a mission within six words ("in
	// the African Union force in Somalia")
	placed := false
	for k := q.end + 1; k < s.end && k <= q.end+6 && !placed; k++ {
		if a.toks[k].kind == tPunct {
			break
		}
		if a.has(k, cOperationNoun) || a.lw(k) == "force" && a.unNamedBefore(k) {
			placed = true // "in the UN force", "in the United Nations Interim Force"
		}
		for _, m := range a.ann[k] {
			if m.class == cCountry && len(m.value) == 2 {
				if m.value == own.code {
					return frame{}, false // "Italy's 1,100 troops in Italy": at home
				}
				placed = true
			}
		}
	}
	if !placed || a.atWar(s) {
		return frame{}, false
	}
	return f, true
}

// atWar reports whether sentence s tells of casualties, of forces at
// war or of drills: then troops in a place are no commitment.
func (a *analysis) atWar(s span) bool {
	if a.spanHasCls(s, 1<<cCasualty) {
		return true
	}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "invasion", "invaded", "invade", "invading", "occupation", "occupying", "fighting", "fought",
			"attack", "attacked", "offensive", "massed", "massing", "captured", "enemy", "exercise", "exercises", "drills":
			return true
		}
	}
	return false
}

// ruleTroopsConjunct names the frame on a country's counted troops
// coordinated after another country's: the verb of the first governs both.
const ruleTroopsConjunct = "troops.conjunct"

// troopsConjunctFrame matches counted troops of no other frame that name
// their own country ("1,100 Italian troops") coordinated by "and" or a
// comma with a neighbouring count of troops that names its own country
// and has a frame: "The mission includes 1,200 Indonesian peacekeepers
// and 1,100 Italian troops", "About 300 French and 200 German soldiers
// arrived". The neighbour's frame, with q's country, gives the line. It
// gives no frame when the neighbour's actor is not named inside it
// ("Kenya will send 1,000 soldiers and 200 Ugandan police": the
// subject's verb is not the Ugandans' commitment).
func (a *analysis) troopsConjunctFrame(q *quantity) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.prepped {
		return frame{}, false
	}
	s := a.sents[q.sent]
	owners := a.troopOwners(q, s)
	if len(owners) != 1 || len(owners[0].code) != 2 || owners[0].start < q.start {
		return frame{}, false
	}
	// the neighbour's edge: the end of the count before "and", or the
	// start of the count after it
	before, after := -1, -1
	if j := q.start - 1; j-1 > s.start && (a.lw(j) == "and" || a.tx(j) == ",") {
		if a.lw(j) == "and" && a.tx(j-1) == "," {
			j-- // "…, and 1,100 Italian troops"
		}
		before = j
	}
	if j := q.end; j+1 < s.end && (a.lw(j) == "and" || a.tx(j) == ",") {
		if a.tx(j) == "," && a.lw(j+1) == "and" {
			j++
		}
		after = j + 1
	}
	for _, p := range a.quantsOf(q.sent) {
		if p.end != before && p.start != after || p.kind != news.KindTroops || p.num == nil || p.prepped {
			continue
		}
		f, ok := a.frameFor(&p)
		if !ok || len(f.actors) != 1 || f.actors[0].start < p.start || f.actors[0].end > p.end || f.actors[0].code == owners[0].code {
			continue
		}
		f.actors = owners
		f.name = ruleTroopsConjunct
		f.window = span{min(f.window.start, q.start), max(f.window.end, q.end)}
		f.conf = min(f.conf, 0.55)
		return f, true
	}
	return frame{}, false
}

// missionHost reports whether the only actor of troop frame f is the
// host of a mission, named after "in" right behind a mission or force
// noun ("The UN mission in Lebanon has 10,000 peacekeepers", "the UN
// mission in Cyprus (150)"): the country where the troops serve, not the
// one that sends them.
func (a *analysis) missionHost(f *frame) bool {
	if len(f.actors) != 1 || f.anaphor.end > f.anaphor.start {
		return false
	}
	k := f.actors[0].start
	if k < 2 || a.lw(k-1) != "in" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-3; j-- {
		if a.has(j, cOperationNoun) || a.lw(j) == "force" {
			return true
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// unitOwnerBefore returns the owner named right before troops q that
// start with a unit noun ("a NATO battlegroup of 1,000 troops", "a
// German-led NATO multinational battlegroup of …"): the alliance or union
// when one is named within five tokens, else a country named without a
// hyphen after it ("a German-led battlegroup" names its leader, not its
// owner). It returns nil when there is none.
func (a *analysis) unitOwnerBefore(q *quantity, s span) []actorMention {
	if !a.has(q.start, cTroopUnit) && (q.start+1 >= q.end || !a.has(q.start+1, cTroopUnit)) {
		return nil // (also "a NATO multinational battlegroup")
	}
	var country []actorMention
	for k := q.start - 1; k >= s.start && k >= q.start-5; k-- {
		if a.toks[k].kind != tWord && a.tx(k) != "-" {
			break
		}
		for _, m := range a.ann[k] {
			if m.class != cDemonym && m.class != cCountry && m.class != cMetonym || m.end > q.start {
				continue
			}
			am := actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent}
			switch {
			case m.value == "NATO" || m.value == "EU":
				return []actorMention{am}
			case len(m.value) == 2 && country == nil && !a.hyphenAfter(m.end, q.start):
				country = []actorMention{am}
			}
		}
	}
	return country
}

// destinationForce reports whether counted troops q are the force that
// other counted troops before them in the sentence go to: "will
// contribute 300 soldiers to the UN force of 10,000", "send 200 troops
// into a mission of 12,000". The whole force is the mission's size, not
// the country's commitment.
func (a *analysis) destinationForce(q *quantity) bool {
	if q.num == nil || !a.has(q.start, cTroopUnit) && !a.has(q.start, cOperationNoun) {
		return false
	}
	s := a.sents[q.sent]
	k := q.start - 1
	// back over the article and the force's name: "the UN", "the African
	// Union", "a multinational"
	for n := 0; k > s.start && n < 4 && a.lw(k) != "to" && a.lw(k) != "into"; n++ {
		if a.toks[k].kind != tWord || a.has(k, cTroopNoun) {
			return false
		}
		k--
	}
	if a.lw(k) != "to" && a.lw(k) != "into" {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.end <= k && o.start >= s.start && o.kind == news.KindTroops && o.num != nil {
			return true
		}
	}
	return false
}

// civilianTeamNear reports whether troops q are a bare team or crew ("a
// team", "two teams"; no number, no military word) in a passage that
// names civilian personnel within two sentences ("rescuers", "search and
// rescue", "aid workers"): the team is rescuers or aid workers, no troops.
func (a *analysis) civilianTeamNear(q *quantity) bool {
	if q.num != nil {
		return false
	}
	switch a.lw(q.end - 1) {
	case "team", "teams", "crew", "crews":
	default:
		return false
	}
	// the words around the team too: "a military team", "a team of soldiers"
	for k := max(0, q.start-2); k < q.end+3 && k < len(a.toks); k++ {
		if k == q.end-1 {
			continue
		}
		if a.has(k, cTroopNoun, cTroopUnit) {
			return false // "a military team", "an army team"
		}
		switch a.lw(k) {
		case "military", "army", "naval", "navy", "defence", "defense", "combat", "special":
			return false
		}
	}
	for si := max(0, q.sent-2); si <= q.sent+2 && si < len(a.sents); si++ {
		if a.stats.sentCls[si]&(1<<cCivilian) != 0 {
			return true
		}
	}
	return false
}

// ruleTroopsWhichHas names the frame on a bare troop count in a relative
// clause of a country: "after Indonesia, which has about 1,200".
const ruleTroopsWhichHas = "troops.which-has"

// whichHasFrame matches a bare count that stands for troops (troopEllipsis
// made it one: the sentence counts troops by their noun) right after
// "COUNTRY, which has", in a sentence about contributions to a mission:
// the country's troops in place (delivered). An army's size ("Mali's
// army has 5,000 soldiers, unlike Niger, which has 1,200") gives none.
func (a *analysis) whichHasFrame(q *quantity) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || !a.bareCount(q) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	k := q.start - 1
	if k-3 < s.start || a.lw(k) != "has" && a.lw(k) != "have" && a.lw(k) != "had" || a.lw(k-1) != "which" || a.tx(k-2) != "," {
		return frame{}, false
	}
	n := a.actorEndingAt(k-3, s)
	if n < 0 || a.actors[n].end != k-2 || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym || !a.contributionTalk(s) {
		return frame{}, false
	}
	return frame{actors: []actorMention{a.actors[n]}, anchor: span{k, k + 1}, rule: rulePresence, name: ruleTroopsWhichHas,
		window: span{a.actors[n].start, q.end}, conf: 0.5}, true
}

// contributionTalk reports whether sentence s speaks of contributions to
// a mission: a mission or operation noun, a contingent, contributors or
// peacekeepers.
func (a *analysis) contributionTalk(s span) bool {
	if a.spanHasCls(s, 1<<cOperationNoun) {
		return true
	}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "contingent", "contingents", "contributor", "contributors", "peacekeepers", "peacekeeping":
			return true
		}
	}
	return false
}

// skipAux returns the first token from k on that is no form of "be" or
// "have" ("are", "were", "have been"), within two tokens.
func (a *analysis) skipAux(k int, s span) int {
	for n := 0; n < 2 && k < s.end; n++ {
		switch a.lw(k) {
		case "are", "were", "is", "was", "have", "has", "had", "been":
			k++
		default:
			return k
		}
	}
	return k
}

// ownerThenAlready returns the end of a country or demonym at token k
// that "already" or "previously" and a place or participle follow ("900
// U.S. already in the country"), or k.
func (a *analysis) ownerThenAlready(k int, s span) int {
	if k >= s.end {
		return k
	}
	if m, ok := a.longest(k, s.end, cDemonym, cCountry); ok && len(m.value) == 2 && a.alreadyThere(m.end, s) {
		return m.end
	}
	return k
}
