package extractor

// The new size of a troop contribution, said without a numbered
// deployment before it: "will bring the total number of British
// personnel in Iraq to 1,100", "the number of soldiers deployed will
// increase from 1,100 to 1,400".

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsTotal names a frame on the new total of a country's troops.
const ruleTroopsTotal = "frame.troops-total"

// troopsTotalFrames finds the new total of a troop contribution after a
// verb of change and "to": "The extra platoon will bring Ireland's
// contribution to the mission up to 375 personnel", "This will boost
// Britain's military presence in Iraq to 12,000", "The number of Dutch
// soldiers in Lithuania will rise from 200 to 300" (the earlier level is
// not a line). What grows must be troops: a troop noun in the clause
// before the number, or the number's own noun; not an army of its own
// ("its armed forces", "the army", "reservists"). The committer is the
// owner named with the troops (a possessive or a demonym, in the object
// or in the subject of an intransitive verb), else the country subject of
// the verb, else the committer of the nearest troop line of the three
// sentences before (lastTroops), else the first country subject of the
// two sentences before. A total said after numbered troops of the same
// sentence ("sends 300 more, bringing its contingent to 1,100") is left to
// bringingTo, and a number some other frame reads is left to it. The
// total is pledged; with "could", "may" … considering; after a past verb
// without a modal ("rose to", "has increased to") it is in place,
// delivered. A negation gives no line.
func (a *analysis) troopsTotalFrames(emit func(frame, quantity, string), lastTroops func(si int) (actorMention, bool)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cTroopNoun) == 0 {
			continue // nothing that counts troops
		}
		for k := s.start + 1; k < s.end; k++ {
			if !a.has(k, cTotalVerb) && !riseVerb(a.lw(k)) {
				continue
			}
			q, to, ok := a.totalAfter(k, s, si)
			if !ok {
				continue
			}
			f, ok := a.totalLine(k, to, s, si, lastTroops)
			if !ok {
				continue
			}
			emit(f, q, q.item)
			k = q.end - 1
		}
	}
}

// riseVerb reports whether w is an intransitive verb of growth: "the
// contingent will rise to 700", "grew to".
func riseVerb(w string) bool {
	switch w {
	case "rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing",
		"expand", "expands", "expanded", "expanding", "climb", "climbs", "climbed", "swell", "swells", "swelled":
		return true
	}
	return false
}

// totalAfter reads the new total after the verb of change at token v, in
// its clause: "to" (or "up to"), a number that is no year, percentage or
// amount of money, and either a troop noun of its own or an end of
// phrase after it (levelTo, stopping at a comma). A troop noun must come
// between the clause start and the number, or be the number's noun. It
// returns the troops and the index of "to".
func (a *analysis) totalAfter(v int, s span, si int) (quantity, int, bool) {
	// what grows is troops: "the number of soldiers", "its military
	// presence", "to 1,000 soldiers"
	q, j, ok := a.levelTo(v, s, si, true, func(k int) bool { return a.has(k, cTroopNoun) })
	if !ok {
		return quantity{}, 0, false
	}
	// "sends 300 more soldiers, bringing its contingent to 1,100":
	// bringingTo reads the total with the troops before it
	for _, o := range a.quantsOf(si) {
		if o.sent == si && o.kind == news.KindTroops && o.num != nil && o.end <= v {
			return quantity{}, 0, false
		}
	}
	to := j
	if a.lw(j-1) == "up" {
		to = j - 1 // "bring … up to 375"
	}
	return q, to, true
}

// levelTo reads the level of troops a verb of change at token v brings
// them to, in v's clause: the first "to" followed by a troop number
// (troopsNumberAt), with a troop word (isTroop) between the clause start
// and the number's end, and no army of its own (ownArmy). The search
// reads at most 20 tokens and stops at a clause break, ";" or "." (and
// at "," when comma is set). It is shared by rises (totalAfter) and cuts
// (troopCutFrames: "cut … to 300 troops"). It returns the troops and the index
// of "to".
func (a *analysis) levelTo(v int, s span, si int, comma bool, isTroop func(k int) bool) (quantity, int, bool) {
	cs := a.clauseStart(v, s)
	for j := v + 1; j+1 < s.end && j <= v+20; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == ";" || a.tx(j) == "." || comma && a.tx(j) == "," {
			return quantity{}, 0, false
		}
		if measureWord(a.lw(j)) {
			return quantity{}, 0, false // "raised the age limit for soldiers to 60"
		}
		if a.lw(j) != "to" {
			continue
		}
		q, ok := a.troopsNumberAt(j+1, s, si)
		if !ok {
			continue
		}
		troops := false
		for k := cs; k < q.end && !troops; k++ {
			troops = isTroop(k)
		}
		if !troops || a.ownArmy(cs, j) || a.unForceBetween(v+1, j) {
			return quantity{}, 0, false
		}
		return q, j, true
	}
	return quantity{}, 0, false
}

// troopsNumberAt returns the troops of the number that starts at token k
// (after a qualifier: "around 700"): the troop quantity there, or a bare
// number followed by the end of its phrase ("to 1,100.", "to 12,000,",
// "to 467 in …"). A year, a percentage, money, equipment, a number
// another frame reads as a commitment, and a number below ten are no
// total.
func (a *analysis) troopsNumberAt(k int, s span, si int) (quantity, bool) {
	for _, o := range a.quantsNear(k, k+3) {
		// (the quantity may hold the "up" of "up to 375 personnel")
		if o.sent != si || o.start < k-2 || o.start > k+3 || o.num == nil || o.num.start < k-2 || o.num.start > k+2 {
			continue
		}
		if o.kind != news.KindTroops || o.num.value < 10 || a.isYear(o.num.start) {
			return quantity{}, false
		}
		if f, framed := a.frameFor(&o); framed {
			if _, settled := a.settle(f, &o); settled {
				return quantity{}, false // "Germany will raise its contingent to 1,400 soldiers"
			}
		}
		return o, true
	}
	for _, p := range a.numbersNear(k, k+2) {
		if p.start < k || p.start > k+2 || p.value < 10 || a.isYear(p.start) || p.scaled {
			continue
		}
		// a qualifier may stand between "to" and the number: "to around 700"
		for j := k; j < p.start; j++ {
			if !a.has(j, cQualifier) && a.lw(j) != "some" && a.lw(j) != "about" && a.lw(j) != "around" {
				return quantity{}, false
			}
		}
		end := p.end
		if end < s.end {
			w := a.lw(end)
			bare := a.toks[end].kind == tPunct && w != "%" || a.has(end, cLocPrep) || a.has(end, cClauseBreak)
			switch w {
			case "by", "from", "beginning", "starting", "as", "which", "and", "next", "this", "when", "after", "before", "over", "within":
				bare = true
			}
			if !bare {
				return quantity{}, false
			}
		}
		return quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si}, true
	}
	return quantity{}, false
}

// ownArmy reports whether what grows between tokens from and to is a
// country's own army or a toll, not a contribution: "will increase its
// armed forces to 300,000 soldiers", "expand the army to", "reservists",
// "the death toll among soldiers rose to".
func (a *analysis) ownArmy(from, to int) bool {
	for k := from; k < to; k++ {
		if a.has(k, cCasualty) {
			return true
		}
		switch a.lw(k) {
		case "army", "armies", "reserve", "reserves", "reservists", "conscripts", "recruits", "recruitment",
			"headcount", "strength", "enemy", "border", "borders", "toll", "casualties":
			return true
		case "armed":
			if a.lw(k+1) == "forces" {
				return true
			}
		}
	}
	return false
}

// totalLine returns the frame of a new troop total reached at verb v,
// "to" at token to: its owner (totalOwnerFrame) with the total's status
// forced (totalStatus); false without an owner or after a negation. It
// serves rises (troopsTotalFrames) and subject totals (frame
// troops-subject-total).
func (a *analysis) totalLine(v, to int, s span, si int, lastTroops func(si int) (actorMention, bool)) (frame, bool) {
	f, ok := a.totalOwnerFrame(v, to, s, si, lastTroops)
	if !ok {
		return frame{}, false
	}
	f.forced = a.totalStatus(v, s)
	return f, f.forced != ""
}

// totalOwnerFrame finds whose total grows, for the verb of change at v and
// "to" at token to (see troopsTotalFrames).
func (a *analysis) totalOwnerFrame(v, to int, s span, si int, lastTroops func(si int) (actorMention, bool)) (frame, bool) {
	cs := a.clauseStart(v, s)
	f := frame{anchor: span{v, v + 1}, rule: ruleTroopsTotal, window: span{cs, to}, conf: 0.65}
	// in the object, then in the subject before the verb
	if am, ok := a.troopsOwnerIn(v+1, to, s, si); ok {
		f.actors = []actorMention{am}
		return f, true
	}
	if am, ok := a.troopsOwnerIn(cs, v, s, si); ok {
		f.actors = []actorMention{am}
		return f, true
	}
	if sub, ok := a.subjectFrame(match{start: v, end: v + 1}, s); ok && sub.rule == ruleActive && len(sub.actors) > 0 &&
		len(sub.actors[0].code) == 2 && !strings.HasPrefix(sub.actors[0].code, "group:") {
		f.actors, f.window.start = sub.actors, min(f.window.start, sub.window.start)
		return f, true
	}
	// one country before the number that is no place ("At the request
	// of the German government, the number of soldiers … will rise");
	// two or more leave the owner open
	var one []actorMention
	for _, am := range a.actorsOf(s) {
		if am.start < to && len(am.code) == 2 && !a.afterLocPrep(am.start, s) {
			one = append(one, am)
		}
	}
	if len(one) == 1 {
		f.actors, f.conf = one, 0.55
		return f, true
	}
	if len(one) > 1 {
		return frame{}, false
	}
	if am, ok := lastTroops(si); ok {
		f.actors, f.conf = []actorMention{am}, 0.55
		return f, true
	}
	// the first country subject of the two sentences before that is no place
	for b := si - 1; b >= 0 && b >= si-2; b-- {
		for _, am := range a.actorsOf(a.sents[b]) {
			if am.subject && len(am.code) == 2 && !a.afterLocPrep(am.start, a.sents[b]) {
				f.actors, f.conf = []actorMention{am}, 0.5
				return f, true
			}
		}
	}
	return frame{}, false
}

// troopsOwnerIn returns the country that owns the troops named between
// tokens from and lim: a possessive ("Ireland's contribution", "Britain's
// military presence") or a demonym before a troop noun or a noun of
// contribution ("British personnel", "the Irish contribution"); not a
// place after a preposition ("in Iraq").
func (a *analysis) troopsOwnerIn(from, lim int, s span, si int) (actorMention, bool) {
	for _, am := range a.actorsNear(from, lim) {
		if am.start < from || am.end > lim || am.sent != si || len(am.code) != 2 && am.code != "NATO" || a.afterLocPrep(am.start, s) {
			continue
		}
		if _, ok := a.isPossessive(am.end, lim); ok || am.end < lim && (a.has(am.end, cTroopNoun, cTriggerNoun, cPresence) || a.lw(am.end) == "presence") {
			return am, true
		}
	}
	for k := from; k < lim; k++ {
		d, ok := a.longest(k, lim, cDemonym)
		if !ok || a.afterLocPrep(k, s) {
			continue
		}
		// "British personnel", "the Irish contribution", "Indonesian
		// peace keeping troops": a troop noun within three words
		for j := d.end; j < lim && j <= d.end+3; j++ {
			if a.has(j, cTroopNoun, cTriggerNoun) {
				return actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: si}, true
			}
		}
	}
	return actorMention{}, false
}

// afterLocPrep reports whether the mention at token k follows a
// preposition of place, past "the" and an adjective: "in Iraq", "in
// southern Iraq", "to the Lebanese capital", "in Gao, Mali".
func (a *analysis) afterLocPrep(k int, s span) bool {
	// "in Gao, Mali": a country after a town names the place too
	if k-3 >= s.start && a.tx(k-1) == "," && a.upper(k-2) && a.has(k-3, cLocPrep) {
		return true
	}
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		if a.has(j, cLocPrep) && a.lw(j) != "of" && a.lw(j) != "for" {
			return true // (not "the number of Dutch troops")
		}
		if a.lw(j) != "the" && a.upper(j) {
			return false // "in Britain's": the owner's own word
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// totalStatus returns the status of a new total whose verb is at v:
// pledged; considering after a hedge; delivered after a past verb without
// a modal; "" after a negation (no line).
func (a *analysis) totalStatus(v int, s span) news.Status {
	cs := a.clauseStart(v, s)
	modal := false
	for k := max(cs, v-4); k < v; k++ {
		if a.has(k, cDeclined) || a.lw(k) == "not" || a.lw(k) == "never" {
			return ""
		}
		if a.has(k, cConsidering) {
			return news.StatusConsidering
		}
		switch a.lw(k) {
		case "will", "would", "shall", "to", "is", "are", "set", "plans", "plan", "decided", "agreed", "approved":
			modal = true
		}
	}
	w := a.lw(v)
	if !modal && (strings.HasSuffix(w, "ed") || w == "brought" || w == "took" || w == "rose" || w == "grew" || w == "risen" || w == "grown") {
		return news.StatusDelivered
	}
	return news.StatusPledged
}

// lastTroopsActor returns the actor of the nearest troop line of cs,
// the lines so far, whose evidence starts in one of the three sentences
// before sentence si: the committer whose contribution a later sentence
// totals ("More than 100 Irish troops are being deployed. This will bring
// the number … to 467"). Its span is empty: the actor is named elsewhere.
func (a *analysis) lastTroopsActor(cs []news.Commitment, si int) (actorMention, bool) {
	if si <= 0 {
		return actorMention{}, false
	}
	lo := a.toks[a.sents[max(0, si-3)].start].start
	hi := a.toks[a.sents[si].start].start
	best := -1
	for i, c := range cs {
		if c.Kind == news.KindTroops && c.Start >= lo && c.Start < hi && len(c.Actor) == 2 && (best < 0 || c.Start >= cs[best].Start) {
			best = i
		}
	}
	if best < 0 {
		return actorMention{}, false
	}
	return actorMention{code: cs[best].Actor, cls: cCountry, subject: true, far: true, sent: si}, true
}
