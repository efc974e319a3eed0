package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The command of an operation named by its owner ("under Norwegian
// command"), a role of commander taken and the agents of "led by" after
// a comma or a relative pronoun: the readings of leadFrames
// (frames_support_lead.go) that start from a word other than the verb of
// leading.

// underCommand reads "under" at token k followed by a country's command
// or leadership: "under Norwegian command", "under US leadership", "under
// the command of a Greek commodore", "under the leadership of France".
// The country gets a support line, in place (delivered) unless a future
// or a hedge comes right before ("will be under French command"). It
// gives none for forces of a country named before it ("Ukrainian troops
// under Ukrainian command", "Norway's troops under Spanish command") nor in a sentence that names no
// operation, force, unit, ships or kind of support ("under Chinese
// leadership, the economy grew").
func (a *analysis) underCommand(si, k int, emit func(frame, quantity, string)) {
	s := a.sents[si]
	j := k + 1
	var am *actorMention
	end := -1
	switch {
	case j+2 < s.end && a.lw(j) == "the" && (a.lw(j+1) == "command" || a.lw(j+1) == "leadership") && a.lw(j+2) == "of":
		// "under the command of a Greek commodore"
		p := j + 3
		if p < s.end && (a.lw(p) == "a" || a.lw(p) == "an" || a.lw(p) == "the") {
			p++
		}
		if p < s.end {
			am = a.officerCountryAt(p, s)
		}
		if am == nil || am.start != p || a.has(am.end, cOperationNoun) {
			return // "under the command of the EU mission": the mission commands
		}
		end = am.end
	default:
		// "under (the) Norwegian (naval) command", "under US leadership"
		if j < s.end && a.lw(j) == "the" {
			j++
		}
		if j >= s.end {
			return
		}
		am = a.officerCountryAt(j, s)
		if am == nil || am.start != j {
			return
		}
		p := am.end
		if p < s.end && (a.lw(p) == "naval" || a.lw(p) == "military" || a.lw(p) == "overall" || a.lw(p) == "operational") {
			p++
		}
		switch {
		case p < s.end && (a.lw(p) == "command" || a.lw(p) == "leadership"):
		case p < s.end && am.cls == cDemonym && (militaryRank(a.lw(p)) || a.has(p, cTitle)):
			// "under Italian Rear Admiral …": an officer of the country
		default:
			return
		}
		end = p + 1
	}
	if !a.commandedThingNear(si) || a.ownForcesBefore(k, s) || a.spanHasCls(s, 1<<cCasualty) {
		return // (nor in a sentence of casualties: "two soldiers under French command were killed")
	}
	if k > s.start {
		switch a.lw(k - 1) {
		case "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "keep", "keeps", "kept":
			return // "its ships would stay under French command": its own forces
		}
	}
	f := frame{actors: []actorMention{*am}, anchor: span{k, end}, rule: ruleUnderCommand, conf: 0.55,
		window: span{k, end}, forced: news.StatusDelivered}
	if k-2 >= s.start && a.lw(k-1) == "be" && a.has(k-2, cIrrealis) {
		f.forced, f.window = news.StatusPledged, span{k - 2, end} // "will be under French command"
	}
	q := quantity{span: span{k, end}, kind: news.KindSupport, sent: si, item: "command: " + a.text[a.toks[k].start:a.toks[end-1].end]}
	emit(f, q, q.item)
}

// commandedThingNear reports whether sentence si names something a
// country commands for others: an operation, troops, a unit, ships or
// other equipment, or a kind of support.
func (a *analysis) commandedThingNear(si int) bool {
	const things = 1<<cOperationNoun | 1<<cTroopNoun | 1<<cTroopUnit | 1<<cEquipNoun
	if a.stats.sentCls[si]&things != 0 {
		return true
	}
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindSupport {
			return true
		}
	}
	return false
}

// ownForcesBefore reports whether a country is named in the six tokens
// before token k of sentence s: "Ukrainian troops under Ukrainian
// command" are the country's own, and "Norway's troops under the command
// of a Spanish general" are Norway's, whoever commands them.
func (a *analysis) ownForcesBefore(k int, s span) bool {
	for p := max(s.start, k-6); p < k; p++ {
		if n := a.actorEndingAt(p, s); n >= 0 && len(a.actors[n].code) == 2 && !a.placeAt(a.actors[n].start, s) {
			return true
		}
		if m, ok := a.longest(p, k, cDemonym); ok && len(m.value) == 2 {
			return true
		}
	}
	return false
}

// ledByAfterComma reads "led by", "headed by" or "commanded by" at token
// k whose operation stands before a comma or a relative pronoun: "a drone
// coalition, led by Latvia and Britain,", "the taskforce, which will be
// led by the US". The countries after "by" get a support line each (the
// join frames read the passive right after the operation). A past lead
// with a year gives none; a present passive is in place (delivered).
func (a *analysis) ledByAfterComma(si, k int, emit func(frame, quantity, string)) {
	s := a.sents[si]
	if k+1 >= s.end || a.lw(k+1) != "by" || a.toks[k].glued && k > s.start && a.tx(k-1) == "-" {
		return
	}
	p := k - 1
	for p > s.start && k-p <= 4 && (a.has(p, cPassiveAux, cPerfectAux, cIrrealis) || a.lw(p) == "also" || a.lw(p) == "being") {
		p--
	}
	if p > s.start && (a.lw(p) == "which" || a.lw(p) == "that") {
		p--
	} else if a.tx(p) != "," {
		return // "the mission led by Kenya": the join frames' passive
	}
	if a.tx(p) == "," {
		p--
	}
	op, ok := a.ledOperationEndingAt(p+1, s)
	if !ok || a.has(op.end-1, cTroopUnit) && a.lw(op.end-1) != "force" && a.lw(op.end-1) != "taskforce" {
		return // "NATO battlegroups, led by …": a unit led is troops (frame.lead-unit)
	}
	var actors []actorMention
	for _, am := range a.listAt(k+2, s) {
		if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && am.cls != cGroup && !a.modifiesGroup(am, s) {
			actors = append(actors, am)
		}
	}
	if len(actors) == 0 {
		return
	}
	if (a.lw(k-1) == "was" || a.lw(k-1) == "were") && a.yearIn(s) {
		return // "the operation, which was led by France in 2013"
	}
	f := frame{actors: actors, anchor: span{k, k + 2}, rule: ruleLedBy, conf: 0.55,
		window: span{op.start, actors[len(actors)-1].end}, forced: a.presentPassive(k, s)}
	q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si,
		item: "leadership of " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]}
	emit(f, q, q.item)
}

// ledOperationEndingAt finds the operation noun (operationEndingAt) or
// the "force" or "taskforce" that ends right before token end of
// sentence s.
func (a *analysis) ledOperationEndingAt(end int, s span) (span, bool) {
	if end-1 < s.start {
		return span{}, false
	}
	if w := a.lw(end - 1); w == "force" || w == "taskforce" {
		return span{end - 1, end}, true
	}
	m, ok := a.operationEndingAt(end, s)
	return span{m.start, m.end}, ok
}

// placeAt reports whether the actor starting at token k is a place: a
// locative preposition in the three tokens before it ("a base in central
// Greece", "a command centre in Larissa, Greece").
func (a *analysis) placeAt(k int, s span) bool {
	for p := max(s.start, k-3); p < k; p++ {
		if a.has(p, cLocPrep) {
			return true
		}
	}
	return false
}

// commanderRole reads a role of command taken at the token k
// "commander": "will take a deputy commander role in the force", "has
// accepted the position of deputy commander for the force", "assumed the
// post of force commander". The subject of the verb of taking (a named
// country or a pronoun for one) gets a support line when the sentence or
// the one before names an operation or the sentence a force.
func (a *analysis) commanderRole(si, k int, emit func(frame, quantity, string)) {
	s := a.sents[si]
	p := k - 1
	for p > s.start && (a.lw(p) == "deputy" || a.lw(p) == "force" || a.lw(p) == "mission" || a.lw(p) == "overall") {
		p--
	}
	end := k + 1
	switch {
	case p-1 > s.start && a.lw(p) == "of" && postNoun(a.lw(p-1)):
		p -= 2 // "the position of deputy commander"
	case end < s.end && postNoun(a.lw(end)):
		end++ // "a deputy commander role"
	default:
		return
	}
	if p > s.start && (a.lw(p) == "the" || a.lw(p) == "a") {
		p--
	}
	if p < s.start {
		return
	}
	switch a.lw(p) {
	case "take", "takes", "took", "taking", "taken", "accept", "accepts", "accepted", "accepting",
		"assume", "assumes", "assumed", "assuming", "hold", "holds", "held":
	default:
		return
	}
	if !a.operationNear(si) && !a.sentHasWord(s, "force") {
		return
	}
	v := match{start: p, end: end}
	f, ok := a.leaderSubject(v, s)
	if !ok || a.ownForcesSubject(f.actors[0], p) {
		return
	}
	f.rule, f.conf = ruleCommanderRole, 0.55
	f.window = span{f.window.start, end}
	q := quantity{span: span{p + 1, end}, kind: news.KindSupport, sent: si, item: "command: " + a.text[a.toks[p+1].start:a.toks[end-1].end]}
	emit(f, q, q.item)
}

// postNoun reports whether w names a post: "role", "position", "post".
func postNoun(w string) bool {
	return w == "role" || w == "position" || w == "post"
}
