package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// presenceFrame matches troops that name their country and are followed
// by where they are or what they will do, with no committer before them:
// "Some 1,700 German soldiers are already stationed there", "An Italian
// contingent of 1,100 soldiers is already in Lebanon", "about 900 British
// troops will deploy to Estonia", "10,000 US troops stationed in Poland".
// "X has N troops in|stationed …" is handled as a frame on "has".
func (a *analysis) presenceFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	if f, ok := a.holdingFrame(q, s); ok {
		return f, true
	}
	owners := a.troopOwners(q, s)
	if len(owners) == 0 {
		return frame{}, false
	}
	k := a.skipPlace(q.end, s)
	// past adverbs and auxiliaries, not past a verb of leaving (also a
	// subject follower: "Sweden left the mission")
	for k < s.end && (a.has(k, cSubjectFollower) && !a.has(k, cPerfectAux, cPassiveAux, cIrrealis) && a.leaveVerbEnd(k, s) < 0 || strings.HasSuffix(a.lw(k), "ly") && a.toks[k].kind == tWord) {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	aside := false // the verb follows an aside between commas
	mk := func(anchor span, conf float64) (frame, bool) {
		if a.negatedBetween(q.end, anchor.start) && a.combatAfter(anchor.end, s) {
			return frame{}, false // "would not take part in combat operations": a limit on their role
		}
		f := frame{actors: owners, anchor: anchor, rule: rulePresence, window: span{q.start, anchor.end}, conf: conf}
		if aside {
			f.name = ruleTroopsAside
		}
		switch {
		case a.leaving(anchor.end, s):
			f.forced = news.StatusDeclined
		case a.staying(anchor) && a.negatedBetween(q.end, anchor.start):
			f.forced = news.StatusDeclined // "will not stay", "will no longer remain"
		}
		return f, true
	}
	// "Portugal's 200 troops, deployed there since 2015, patrol …": an
	// appositive participle of presence or sending after a comma
	if a.tx(k) == "," && k+1 < s.end {
		if m, ok := a.longest(k+1, s.end, cPresence, cDeliveryPast); ok && appositivePresence(a.lw(m.start)) {
			return mk(span{m.start, m.end}, 0.6)
		}
	}
	// "Some 400 Kenyan police, leading the mission, arrived last year":
	// past an aside between commas to the verb after it
	if e := a.asideEnd(k, s); e > k {
		k, aside = e, true
		for k < s.end && (a.has(k, cSubjectFollower) && !a.has(k, cPerfectAux, cPassiveAux, cIrrealis) && a.leaveVerbEnd(k, s) < 0 || strings.HasSuffix(a.lw(k), "ly") && a.toks[k].kind == tWord) {
			k++
		}
		if k >= s.end {
			return frame{}, false
		}
	}
	// "Japanese and Croatian soldiers who have left": a withdrawal
	if w := a.lw(k); (w == "who" || w == "that") && a.leaving(k+1, s) {
		f, ok := mk(span{k, k + 1}, 0.6)
		f.forced = news.StatusDeclined
		return f, ok
	}
	// "the 300 Estonian soldiers who deployed to Mali", "who were sent
	// there": a relative clause of sending or presence
	if w := a.lw(k); w == "who" || w == "that" {
		j := k + 1
		for j < s.end && j < k+4 && (a.has(j, cPerfectAux, cPassiveAux) || a.lw(j) == "already") {
			j++
		}
		if m, ok := a.longest(j, s.end, cDeliveryPast, cPresence); ok && (j > k+1 || a.has(m.start, cDeliveryPast) || strings.HasSuffix(a.lw(m.start), "ed")) {
			return mk(span{m.start, m.end}, 0.6)
		}
	}
	// "150 French troops left France for Lebanon": troops that leave
	// their own country for a place are sent, not withdrawn
	if m, ok := a.departHome(k, owners, s); ok {
		f, ok := mk(m, 0.6)
		f.forced = news.StatusDelivered
		if a.irrealis(q.end, m.start) {
			f.forced = news.StatusPledged // "will leave Germany for …"
			switch a.lw(m.start - 1) {
			case "may", "might", "could":
				f.forced = news.StatusConsidering
			}
		}
		return f, ok
	}
	// "The 300 Swedish soldiers in Latvia will leave next year"
	if a.leaving(k, s) {
		f, ok := mk(span{k, k + 1}, 0.6)
		f.forced = news.StatusDeclined
		return f, ok
	}
	// "stationed in", "based at", "serving with"; "operate" only where
	// ("operate in the Baltic", not "operate Leopard tanks")
	if m, ok := a.longest(k, s.end, cPresence); ok && (a.lw(m.start) != "operate" || a.has(m.end, cLocPrep)) {
		return mk(span{m.start, m.end}, 0.65)
	}
	// "will deploy", "are deployed", "have arrived", "is already in"
	j := k
	for j < s.end && j < k+5 && (a.has(j, cPerfectAux, cPassiveAux, cIrrealis, cSubjectFollower) || strings.HasSuffix(a.lw(j), "ly") ||
		a.lw(j) == "no" && j+1 < s.end && a.lw(j+1) == "longer" || a.lw(j) == "longer" && a.lw(j-1) == "no" ||
		scheduledTo(a.lw(j)) && j+1 < s.end && a.lw(j+1) == "to") {
		j++
	}
	// "have been supporting the operation", "are part of the UN force"
	if j < s.end {
		if f, ok := a.helpingFrame(q, owners, j, s); ok {
			return f, true
		}
	}
	if j == k || j >= s.end {
		return frame{}, false
	}
	if m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast, cPresence); ok {
		return mk(span{m.start, m.end}, 0.65)
	}
	// "is in Lebanon", "has been in Romania since 2017", "will be in
	// Estonia": a form of "be" right before the place
	be := j - 1
	for be > k && (strings.HasSuffix(a.lw(be), "ly") || a.lw(be) == "still" || a.lw(be) == "already" || a.lw(be) == "now") {
		be-- // "is currently in", "are still in"
	}
	if a.has(be, cPassiveAux) && (a.lw(j) == "in" || a.lw(j) == "at" || a.lw(j) == "with" || a.lw(j) == "on") {
		f, ok := mk(span{j - 1, j}, 0.6)
		f.window = span{q.start, j}
		return f, ok
	}
	// "is expected in May", "are due next week": troops to come
	if a.has(be, cPassiveAux) && (a.lw(j) == "expected" || a.lw(j) == "due") && j+1 < s.end {
		switch a.lw(j + 1) {
		case "in", "next", "by", "soon", "shortly", "later", "within", "early", "this":
			f, ok := mk(span{j, j + 1}, 0.6)
			f.forced = news.StatusPledged
			return f, ok
		}
	}
	return frame{}, false
}

// relativeFrame matches a quantity followed by a relative clause whose
// subject commits it: "the $12bn it has already disbursed", "the €3.5bn
// the Dutch cabinet has reserved for Ukraine", "the 40 tanks that Germany
// sent".
func (a *analysis) relativeFrame(q *quantity, s span) (frame, bool) {
	k := q.end
	if k < s.end && (a.lw(k) == "that" || a.lw(k) == "which") {
		k++
	}
	if k < s.end && a.lw(k) == "the" {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	var subj int
	if n := a.actorEndingAt(k, s); n >= 0 && a.actors[n].start == k {
		subj = a.actors[n].end
	} else if a.has(k, cPronoun) {
		subj = k + 1
	} else {
		return frame{}, false
	}
	j := subj
	for j < s.end && j < subj+4 && (a.has(j, cPerfectAux, cSubjectFollower, cIrrealis) || strings.HasSuffix(a.lw(j), "ly")) {
		j++
	}
	t, ok := a.longest(j, s.end, cTrigger, cDeliveryPast)
	if !ok && q.kind == news.KindTroops && q.num != nil {
		// "the 340 troops Ireland has in Lebanon": troops held abroad
		if h, ok := a.heldAt(subj, j, s); ok {
			n := a.actorEndingAt(k, s)
			if n < 0 || len(a.actors[n].code) != 2 || a.actors[n].cls == cGroup {
				return frame{}, false
			}
			return frame{actors: []actorMention{a.actors[n]}, anchor: span{h, h + 1}, rule: rulePresence, name: ruleTroopsHeldRelative,
				window: span{q.start, h + 1}, conf: 0.6, forced: news.StatusDelivered}, true
		}
	}
	if !ok || j == subj && a.toks[j].kind != tWord {
		return frame{}, false
	}
	f, ok := a.subjectFrame(t, s)
	if !ok || f.rule == ruleActive && f.actors[len(f.actors)-1].start != k {
		return frame{}, false
	}
	f.window = span{q.start, t.end}
	f.conf = min(f.conf, 0.7)
	return f, true
}

// holdingFrame matches "X has N troops in …", "X, which has about 1,000
// soldiers in UNIFIL", "France already has 1,000 troops stationed at
// Cincu": troops held abroad, delivered.
func (a *analysis) holdingFrame(q *quantity, s span) (frame, bool) {
	h := q.start - 1
	// "Ireland has a contingent of 340 soldiers in Lebanon": the unit
	// before "of" belongs to the count
	if h-2 > s.start && a.lw(h) == "of" && a.has(h-1, cTroopUnit) && (a.lw(h-2) == "a" || a.lw(h-2) == "an") {
		h -= 3
	} else if h > s.start && (a.lw(h) == "a" || a.lw(h) == "an") && a.has(q.start, cTroopUnit) {
		h-- // the unit opens the quantity: "a contingent of 340 soldiers"
	} else if h > s.start && (a.lw(h) == "a" || a.lw(h) == "an") && q.num != nil {
		h-- // the count modifies the unit: "has a 900-strong contingent in Estonia"
	}
	for h > s.start && (a.has(h, cSubjectFollower) && !a.has(h, cPerfectAux) || a.lw(h) == "now") {
		h--
	}
	if q.num == nil {
		// "the UK already has a small number of personnel in the
		// country", "Canada has a few soldiers in Latvia": no count,
		// only with a place after them
		if h = a.vagueHolding(q, s); h < 0 {
			return frame{}, false
		}
	}
	if h <= s.start {
		return frame{}, false
	}
	// "France has a naval base in the UAE and 1,500 troops in Djibouti"
	if a.lw(h) == "and" {
		for j := h - 1; j > s.start && h-j <= 10; j-- {
			if a.has(j, cPerfectAux) {
				h = j
				break
			}
			// "has 2,500 troops in Iraq and 900 in Syria": past the
			// troops of the first place
			if o := a.troopsAt(j, q); o >= 0 {
				j = o
				continue
			}
			if a.toks[j].kind == tPunct || a.toks[j].kind == tNum || a.has(j, cTrigger, cDeliveryPast, cClauseBreak) {
				break
			}
		}
	}
	// "Ethiopia is second with 6,662 peacekeepers": a ranking of contributors
	if a.lw(h) == "with" && h == q.start-1 && (a.peacekeeping(q) || a.followedByBefore(h, s)) {
		return a.rankedFrame(h, q, s)
	}
	if !a.has(h, cPerfectAux) || a.heldAtHome(h, q, s) {
		return frame{}, false // "Mali's army has 5,000 soldiers", "has 1,200 police officers in the capital"
	}
	k := q.end
	present := false
	if m, ok := a.longest(k, s.end, cPresence); ok {
		k, present = m.end, true
	}
	// "Nepal has 4,300 peacekeepers": peacekeepers serve abroad
	bare := k >= s.end || a.toks[k].kind == tPunct || a.lw(k) == "and"
	// "has 340 personnel deployed to the mission"
	toPlace := present && k+1 < s.end && a.lw(k) == "to" && !a.ownFront(k+1, s)
	engaged := !present && !toPlace && a.engagedAbroad(h, k, s)
	switch {
	case toPlace, engaged:
	case bare:
		// "…, where France has 3,000 troops": "where" names the place
		if q.num == nil || !a.peacekeeping(q) && !a.whereBefore(h, s) {
			return frame{}, false
		}
	default:
		switch a.lw(k) {
		case "in", "at", "with", "on", "across", "throughout", "inside":
			if a.lw(k) == "across" && (a.lw(k+1) == "the" && a.lw(k+2) == "border" || a.lw(k+1) == "border") {
				return frame{}, false // "100,000 troops across the border": massed, no contribution
			}
			if k+1 < s.end && (a.lw(k+1) == "its" || a.lw(k+1) == "their" || a.lw(k+1) == "our") {
				return frame{}, false // "20,000 soldiers in its army": its own forces
			}
			if k+1 < s.end && (a.lw(k+1) == "readiness" || a.lw(k+1) == "high" || a.lw(k+1) == "alert" || a.lw(k+1) == "standby" || a.lw(k+1) == "short") {
				return frame{}, false // "30,000 troops at high readiness": no place (standbyFrame)
			}
		case "there", "abroad", "overseas": // "it has 120 soldiers there"
		default:
			return frame{}, false
		}
	}
	f, ok := a.subjectFrame(match{start: h, end: h + 1}, s)
	if n := a.actorEndingAt(h-1, s); bare && n >= 0 && len(a.actors[n].code) == 2 && a.actors[n].cls != cDemonym {
		// "… with Nepal has 4,300 peacekeepers": the country right before "has"
		am := a.actors[n]
		f, ok = frame{actors: []actorMention{am}, anchor: span{h, h + 1}, rule: ruleActive, window: span{am.start, h + 1}}, true
	}
	// "It has 120 soldiers there": a pronoun for the country, when a place follows
	// ("It had 12,000 troops on the ground in …" may be a mission's)
	pronoun := ok && f.rule == rulePronoun && !bare && f.anaphor.end == h && (a.lw(k) == "there" || a.lw(k) == "abroad" || a.lw(k) == "overseas")
	// "“We have 300 soldiers in Latvia,” the Spanish minister said": the speaker's country
	if ok && f.rule == rulePronoun && !bare && f.anaphor.end == h && a.lw(f.anaphor.start) == "we" && len(f.actors) == 1 && (f.actors[0].reporter || f.actors[0].start > q.end) {
		pronoun = true
	}
	if !ok || f.rule != ruleActive && !pronoun || bare && f.actors[len(f.actors)-1].end < h-1 {
		return frame{}, false // a bare count needs its subject right before "has"
	}
	f.rule = rulePresence
	f.conf = 0.7
	f.window = span{f.window.start, q.end}
	if q.num == nil {
		f.name, f.conf = ruleTroopsHeldVague, 0.6
	} else if engaged {
		f.name = ruleTroopsEngaged
	}
	return f, true
}

// peacekeeping reports whether troops q are peacekeepers, by their noun
// or by their sentence ("… 6,322 troops" in a ranking of peacekeepers,
// "the largest troop contributor with 1,200 troops"):
// such troops serve abroad, so holding them is contributing them.
func (a *analysis) peacekeeping(q *quantity) bool {
	has := func(t string) bool {
		t = strings.ToLower(t)
		return strings.Contains(t, "peacekeep") || strings.Contains(t, "blue helmet") || strings.Contains(t, "contributor")
	}
	if has(q.item) {
		return true
	}
	s := a.sents[q.sent]
	return has(a.text[a.toks[s.start].start:a.toks[s.end-1].end])
}

// rankedFrame reads the contributor before "with" (at token h) in a
// ranking: "Ethiopia is in the second position with 6,662 peacekeepers",
// "followed by Rwanda with 6,322 troops". The contributor is the nearest
// country before "with", at most ten tokens back, with no verb of
// commitment between.
func (a *analysis) rankedFrame(h int, q *quantity, s span) (frame, bool) {
	for k := h - 1; k >= s.start && h-k <= 10; k-- {
		if a.has(k, cTrigger, cDeliveryPast, cClauseBreak) || a.tx(k) == ";" {
			return frame{}, false
		}
		n := a.actorEndingAt(k, s)
		if n < 0 {
			continue
		}
		am := a.actors[n]
		if len(am.code) != 2 || am.cls == cDemonym || a.locatedAt(am.start, s) && !a.afterBy(am.start) {
			return frame{}, false // "the mission in Mali, with 11,700 troops": a place
		}
		return frame{actors: []actorMention{am}, anchor: span{h, h + 1}, rule: rulePresence,
			window: span{am.start, q.end}, conf: 0.6, name: ruleTroopsRanked}, true
	}
	return frame{}, false
}
