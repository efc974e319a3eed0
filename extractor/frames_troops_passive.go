package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// passiveModal reports whether token k is a modal before a passive
// ("1,000 troops will be sent by Kenya", "are to be deployed by"): "will",
// "would", "could", "may", "might", "shall", "must", "can", or "to"
// followed by "be".
func (a *analysis) passiveModal(k int) bool {
	if k+1 >= len(a.toks) || !a.has(k, cIrrealis) || a.lw(k+1) != "be" {
		return false
	}
	switch a.lw(k) {
	case "will", "would", "could", "may", "might", "shall", "must", "can", "to":
		return true
	}
	return false
}

// agentAfterPlace returns where "by" and the agent of a passive start
// when a short phrase of place or purpose stands between the verb (ending
// at token k) and them: "sent to Haiti by Kenya", "deployed to the
// mission in Mali by Ghana", "stationed in Estonia by Britain". The phrase
// starts with "to", "in", "into", "at" or "for", holds at most six words
// and no punctuation or verb, and "by" must be followed by a country. It
// returns k when there is no such phrase.
func (a *analysis) agentAfterPlace(k int, s span) int {
	if k >= s.end {
		return k
	}
	switch a.lw(k) {
	case "to", "in", "into", "at", "for":
	default:
		return k
	}
	for j := k + 1; j < s.end && j <= k+6; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cTrigger, cDeliveryPast, cClauseBreak, cIrrealis) && a.lw(j) != "to" {
			return k
		}
		if a.lw(j) != "by" {
			continue
		}
		if len(a.listAt(j+1, s)) > 0 {
			return j
		}
		return k
	}
	return k
}

// leavingPhrase reports whether token j ends a phrase of bringing troops
// back that isWithdrawal does not list: "bring home", "draw down", "scale
// back", "pull back", or a form of "repatriate". Troops "from" a country
// after it leave that country ("will bring home 1,000 soldiers from
// Mali"); troops from a country before it are still its own.
func (a *analysis) leavingPhrase(j int) bool {
	w := a.lw(j)
	if strings.HasPrefix(w, "repatriat") {
		return true
	}
	if j == 0 {
		return false
	}
	prev := a.lw(j - 1)
	switch w {
	case "home":
		return strings.HasPrefix(prev, "bring") || prev == "brought" || strings.HasPrefix(prev, "return")
	case "down":
		return strings.HasPrefix(prev, "draw") || prev == "drew"
	case "back":
		return strings.HasPrefix(prev, "scal") || strings.HasPrefix(prev, "pull")
	}
	return false
}

// ruleTroopsReported names a frame.passive frame read from the reporter
// of an agentless passive of troops.
const ruleTroopsReported = "troops.reported-passive"

// reportedPassiveFrame matches troops in an agentless passive reported by
// a country: "Canada's defence minister said 1,000 additional troops will
// be deployed", "Britain announced that 300 soldiers would be sent to
// Estonia", "Paris said 200 troops had been dispatched". The country
// saying it commits them, unless the troops name their own ("Ukraine said
// 3,000 Russian troops were deployed": frame.presence).
func (a *analysis) reportedPassiveFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || len(a.troopOwners(q, s)) > 0 {
		return frame{}, false
	}
	k, passive, perfect := q.end, false, false
	for k < s.end && k < q.end+4 && (a.has(k, cPassiveAux, cPerfectAux) || a.passiveModal(k) || a.lw(k) == "also" || a.lw(k) == "already") {
		passive = passive || a.has(k, cPassiveAux)
		perfect = perfect || a.has(k, cPerfectAux)
		k++
	}
	// "The Pentagon said 1,500 troops would deploy to Poland": a modal
	// and a verb of moving that the troops do themselves
	moving := !passive && !perfect && k+1 < s.end && (a.lw(k) == "will" || a.lw(k) == "would") && troopsMoveVerb(a.lw(k+1))
	if moving {
		k++
	}
	m, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
	if !ok && (perfect || moving) {
		// "confirmed that 500 troops had arrived in Latvia": in place
		m, ok = a.longest(k, s.end, cPresence)
	}
	if moving && !ok {
		m, ok = match{start: k, end: k + 1}, true
	}
	if !passive && !perfect && !moving || !ok {
		return frame{}, false
	}
	// "300 troops will be deployed, the Spanish defence ministry said":
	// the sayer after the clause
	if am, ok := a.trailingSayer(m.end, s); ok {
		f := frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: rulePassive, name: ruleTroopsReported,
			window: span{q.start, m.end}, conf: 0.55}
		if m.class == cPresence && !moving {
			f.forced = news.StatusDelivered
		}
		return f, true
	}
	j := q.start - 1
	for j > s.start && (a.lw(j) == "that" || a.has(j, cQualifier) || a.lw(j) == "the" || a.lw(j) == "some") {
		j--
	}
	// "said on Tuesday that", "said Tuesday that"
	if j > s.start && isWeekday(a.lw(j)) {
		j--
		if j > s.start && a.lw(j) == "on" {
			j--
		}
	}
	// "According to the Estonian defence ministry, 300 soldiers will be
	// deployed": the source opens the sentence
	if j > s.start+2 && a.tx(j) == "," && a.lw(s.start) == "according" && a.lw(s.start+1) == "to" {
		k := s.start + 2
		if a.lw(k) == "the" {
			k++
		}
		n := a.actorEndingAt(k, s)
		if n >= 0 && a.actors[n].start == k && a.actors[n].end == j && len(a.actors[n].code) == 2 &&
			(a.actors[n].cls != cDemonym || a.institutionAfter(k+1, j)) {
			return frame{actors: []actorMention{a.actors[n]}, anchor: span{m.start, m.end}, rule: rulePassive,
				name: ruleTroopsReported, window: span{q.start, m.end}, conf: 0.55}, true
		}
		return frame{}, false
	}
	if j <= s.start || !a.has(j, cReporting) {
		return frame{}, false
	}
	// "Its defence minister said 300 troops would be sent": the country
	// of the sentences before (a possessive pronoun opens the sentence)
	if si := q.sent; si > 0 && (a.lw(s.start) == "its" || a.lw(s.start) == "the") && j-s.start <= 4 && a.institutionAfter(s.start+1, j) && a.actorEndingAt(j-1, s) < 0 {
		if am, ok := a.institutionActor(si); ok && len(am.code) == 2 {
			return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: rulePronoun, name: ruleTroopsReported,
				window: span{q.start, m.end}, conf: 0.5, anaphor: span{s.start, j}}, true
		}
	}
	// the sayer: a country right before the verb of saying, or one whose
	// official or ministry says ("Canada's defence minister said")
	for p := j - 1; p >= s.start && j-p <= 5; p-- {
		if a.toks[p].kind == tPunct && !isApostropheText(a.tx(p)) {
			break
		}
		n := a.actorEndingAt(p, s)
		if n < 0 {
			continue
		}
		am := a.actors[n]
		// a demonym only before an institution: "the Estonian defence ministry said"
		if len(am.code) != 2 || am.cls == cDemonym && !a.institutionAfter(am.start+1, j) || am.start != s.start && a.lw(am.start-1) != "the" {
			return frame{}, false
		}
		f := frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: rulePassive, name: ruleTroopsReported,
			window: span{q.start, m.end}, conf: 0.6}
		if m.class == cPresence && !moving {
			f.forced = news.StatusDelivered
		}
		return f, true
	}
	return frame{}, false
}

// trailingSayer returns the country that says the clause before it at
// the end of sentence s, after the last comma from token from on: ", the
// Spanish defence ministry said", ", Spain's government said", ", said
// the Spanish defence minister". A demonym needs an institution after it;
// nothing but the sayer and the verb of saying may follow the comma.
func (a *analysis) trailingSayer(from int, s span) (actorMention, bool) {
	c := -1
	for k := from; k < s.end; k++ {
		if a.tx(k) == "," {
			c = k
		}
	}
	if c < 0 {
		return actorMention{}, false
	}
	said := -1
	for k := c + 1; k < s.end; k++ {
		if a.has(k, cReporting) && a.lw(k) != "according" {
			said = k
			break
		}
	}
	if said < 0 || said-c > 7 || s.end-said > 8 {
		return actorMention{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.start <= c {
			continue
		}
		p := am.start - 1
		if len(am.code) != 2 || p != c && a.lw(p) != "the" && p != said || am.cls == cDemonym && !a.institutionAfter(am.start+1, min(s.end, am.end+3)) {
			return actorMention{}, false
		}
		// the sayer ends the sentence or comes right before "said"
		if am.end == said || am.start == said+1 || am.start == said+2 && a.lw(said+1) == "the" || a.institutionAfter(am.end, min(s.end, am.end+4)) {
			return am, true
		}
		return actorMention{}, false
	}
	return actorMention{}, false
}

// isQuote reports whether t is a closing or opening quotation mark.
func isQuote(t string) bool {
	switch t {
	case "\"", "”", "“", "'", "’", "‘", "»", "«":
		return true
	}
	return false
}

// institutionAfter reports whether a word of government or of the armed
// forces stands in [k, to): "(the Estonian) defence ministry",
// "government", "army".
func (a *analysis) institutionAfter(k, to int) bool {
	for ; k < to; k++ {
		if a.has(k, cInstitution) {
			return true
		}
		switch a.lw(k) {
		case "ministry", "minister", "government", "army", "military", "navy", "spokesman", "spokeswoman", "spokesperson", "officials":
			return true
		}
	}
	return false
}

// troopsMoveVerb reports a verb of moving that troops do themselves after
// "will" or "would": "deploy", "arrive", "go", "head", "move", "travel",
// "rotate", "join".
func troopsMoveVerb(w string) bool {
	switch w {
	case "deploy", "redeploy", "arrive", "go", "head", "move", "travel", "rotate", "join":
		return true
	}
	return false
}
