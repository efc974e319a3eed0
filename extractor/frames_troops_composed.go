package extractor

import (
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// pastPlace returns the token after a short place phrase at k ("in
// Lebanon", "in the region"), or k when none stands there. The place
// is a country or a capitalised name, or "the" and one word.
func (a *analysis) pastPlace(k int, s span) int {
	if k+1 >= s.end || a.lw(k) != "in" {
		return k
	}
	j := k + 1
	if m, ok := a.longest(j, s.end, cCountry); ok {
		return m.end
	}
	if a.lw(j) == "the" && j+1 < s.end && a.toks[j+1].kind == tWord {
		return j + 2
	}
	if a.upper(j) && a.toks[j].kind == tWord {
		return j + 1
	}
	return k
}

// ruleTroopsAt names a frame on a head count after "at" that sizes the
// unit before it.
const ruleTroopsAt = "troops.at-count"

// atCountFrame matches a head count after ", at" that sizes a unit named
// just before it: "The Italian contingent is the largest, at 1,100
// soldiers", "Italy has the largest contingent, at 1,100 soldiers". The
// unit's country (its demonym, or the frame of the unit) holds the
// troops; a simple present tells they are in place.
func (a *analysis) atCountFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := a.beforeApprox(q, s)
	if k-1 <= s.start || a.lw(k) != "at" || a.tx(k-1) != "," {
		return frame{}, false
	}
	i := sort.Search(len(a.quants), func(i int) bool { return a.quants[i].start >= q.start }) - 1
	if i < 0 {
		return frame{}, false
	}
	o := a.quants[i]
	if o.sent != q.sent || o.kind != news.KindTroops || o.num != nil || o.end > k-1 || k-1-o.end > 4 {
		return frame{}, false
	}
	f := frame{anchor: span{k, k + 1}, rule: rulePresence, name: ruleTroopsAt, window: span{o.start, q.end}, conf: 0.55}
	if owners := a.troopOwners(&o, s); len(owners) > 0 {
		f.actors = owners
		return f, true
	}
	g, ok := a.selectFrame(&o, false)
	if !ok {
		// "Italy has the largest contingent": the subject of "has"
		j := o.start - 1
		for j > s.start && o.start-j <= 3 && (a.lw(j) == "the" || a.lw(j) == "a" || a.lw(j) == "its" || a.isModifier(j)) && !a.has(j, cPerfectAux) {
			j--
		}
		if j > s.start && a.has(j, cPerfectAux) {
			g, ok = a.subjectFrame(match{start: j, end: j + 1}, s)
			ok = ok && g.rule == ruleActive
		}
	}
	if !ok || len(g.actors) == 0 {
		return frame{}, false
	}
	f.actors, f.anaphor = g.actors, g.anaphor
	f.window.start = min(f.window.start, g.window.start)
	return f, true
}

// ruleTroopsAreDemonym names a frame on troops whose country a predicate gives.
const ruleTroopsAreDemonym = "troops.are-demonym"

// areDemonymFrame matches troops whose country a predicate adjective
// gives: "Some 1,100 of the troops are Italian", "300 of the peacekeepers
// were Irish", "100 observers, of whom up to 15 will be German" (the
// bare number after "of whom" is troops, ofWhomShare). They are in place
// (delivered) unless a modal comes first.
func (a *analysis) areDemonymFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.end+1 >= s.end {
		return frame{}, false
	}
	be := q.end + 1
	switch a.lw(q.end) {
	case "are", "were":
	case "will", "would":
		if a.lw(q.end+1) != "be" {
			return frame{}, false
		}
		be++ // "of whom up to 15 will be German"
	default:
		return frame{}, false
	}
	if be >= s.end {
		return frame{}, false
	}
	m, ok := a.longest(be, s.end, cDemonym)
	if !ok || len(m.value) != 2 || m.end < s.end && a.toks[m.end].kind != tPunct && a.lw(m.end) != "and" {
		return frame{}, false
	}
	am := actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}
	return frame{actors: []actorMention{am}, anchor: span{q.end, q.end + 1}, rule: rulePresence, name: ruleTroopsAreDemonym,
		window: span{q.start, m.end}, conf: 0.55}, true
}

// ruleTroopsComposed names a frame on troops that make up a country's unit
// or contribution.
const ruleTroopsComposed = "troops.composed-of"

// composedFrame matches troops that make up a unit or a contribution
// named with its country before the verb: "The Spanish contingent will be
// made up of 300 marines", "Spain's contribution to the mission consists
// of 300 troops", "The Spanish deployment includes 300 soldiers". A unit
// that is ("consists of") is in place; a contribution or one to come
// ("will be made up of") is pledged.
func (a *analysis) composedFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	v := a.beforeApprox(q, s)
	if v-1 <= s.start {
		return frame{}, false
	}
	switch {
	case a.lw(v) == "of" && (a.lw(v-1) == "consist" || a.lw(v-1) == "consists" || a.lw(v-1) == "composed" || a.lw(v-1) == "comprised" || a.lw(v-1) == "up" && a.has(v-2, cMakeVerb)):
		v--
		if a.lw(v) == "up" {
			v--
		}
	case a.lw(v) == "includes" || a.lw(v) == "include" || a.lw(v) == "included" || a.lw(v) == "comprises" || a.lw(v) == "comprise":
	default:
		return frame{}, false
	}
	// the subject: past auxiliaries, a head noun of a unit or a
	// contribution, its owner before it (not "force": "the Russian force
	// includes 30,000 soldiers" is an army)
	j := v - 1
	for j > s.start && (a.has(j, cPassiveAux, cIrrealis) || strings.HasSuffix(a.lw(j), "ly")) {
		j--
	}
	head := -1
	var owner actorMention
	found := false
	for k := j; k >= s.start && k >= j-8 && !found; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		switch a.lw(k) {
		case "deployment", "contribution", "contingent", "mission", "battalion", "brigade", "unit", "team", "package", "battlegroup", "regiment", "detachment":
			if head < 0 {
				head = k
			}
			continue
		}
		if head < 0 || k >= head {
			continue
		}
		for _, m := range a.ann[k] {
			if (m.class == cDemonym || m.class == cCountry || m.class == cMetonym) && len(m.value) == 2 && m.end <= head+1 {
				owner = actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent}
				found = true
				break
			}
		}
	}
	actors := []actorMention{owner}
	if !found {
		// "The reserve battalion consists of 600 German troops": a unit
		// with no owner of its own made up of troops that name theirs
		if head < 0 || a.lw(head) == "mission" || a.lw(head) == "package" {
			return frame{}, false
		}
		if actors = a.troopOwners(q, s); len(actors) == 0 || actors[0].start < q.start {
			return frame{}, false
		}
		owner = actors[0]
		owner.start = head
	}
	f := frame{actors: actors, anchor: span{v, v + 1}, rule: ruleNoun, name: ruleTroopsComposed,
		window: span{owner.start, q.end}, conf: 0.55}
	switch a.lw(head) {
	case "contingent", "battalion", "brigade", "unit", "team", "battlegroup", "regiment", "detachment":
		f.rule = rulePresence // "consists of": in place, unless a modal comes first
	}
	return f, true
}
