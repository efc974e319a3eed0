package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Guarding what another country owns (frame.guard-of): a verb of
// guarding with another country's security, airspace, coast, waters,
// borders or infrastructure as its object: "Britain will guarantee
// Ukraine's security", "Germany will protect Poland's airspace", "Italy
// will patrol Libya's coast", "pledged to help defend Moldova's skies".
// The subject gives one support line (a security guarantee, air or sea
// protection); the owner receives. Not one's own ("protect its
// airspace", "Britain will defend Britain's borders"), a participle of
// an adjunct ("proved itself when protecting Kyiv's infrastructure"), a
// "-provided" adjective, nor a subject with another line of the
// sentence.

// ruleGuardOf names the support line of a country that guards another
// country's security, airspace, coast or infrastructure.
const ruleGuardOf = "frame.guard-of"

// guardVerb reports whether w is a form of a verb of guarding: the words
// of word class wGuardVerb.
func guardVerb(w string) bool {
	switch w {
	case "guarantee", "guarantees", "guaranteed", "guaranteeing", "protect", "protects", "protected", "protecting",
		"defend", "defends", "defended", "defending", "patrol", "patrols", "patrolled", "patrolling",
		"police", "policing", "secure", "secures", "secured", "securing", "safeguard", "safeguards", "safeguarded", "safeguarding",
		"monitor", "monitors", "monitored", "monitoring":
		return true
	}
	return false
}

// guardedThing reports whether w names what a country owns and another
// may guard: its security, airspace, skies, coast, waters, borders,
// ports or grid.
func guardedThing(w string) bool {
	switch w {
	case "security", "airspace", "skies", "coast", "coastline", "waters", "border", "borders", "ports",
		"grid", "infrastructure", "shipping", "sea", "lanes", "cities":
		return true
	}
	return false
}

// guardOfFrames finds the guarding of another country's security,
// airspace or coast in the sentences that hold a verb of guarding.
// committed tells whether an actor has a line of the sentence that
// starts at a byte offset.
func (a *analysis) guardOfFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if !a.sentHas(si, wGuardVerb) {
			continue
		}
		for k := s.start + 1; k+3 < s.end; k++ {
			if !a.tokHas(k, wGuardVerb) {
				continue
			}
			// "when protecting Kyiv's infrastructure": a participle of an
			// adjunct, whose subject is often a thing ("the system proved
			// itself when protecting …"); only a progressive counts
			if strings.HasSuffix(a.lw(k), "ing") && !progressiveAux(a.lw(k-1)) && a.lw(k-1) != "been" {
				continue
			}
			owner, end, ok := a.guardedOf(k+1, s)
			if !ok {
				continue
			}
			verb := match{start: k, end: k + 1}
			if isHelp(a.lw(k - 1)) {
				verb.start = k - 1 // "will help defend"
			}
			f, ok := a.helpGiverFrame(k, verb, s)
			if !ok {
				// "Italian fighter jets have been policing the skies over …",
				// "Spanish ships will patrol …": the country of the subject
				prev := verb.start - 1
				if a.lw(prev) == "been" {
					prev--
				}
				am := a.equipmentOwner(prev, s)
				if am == nil {
					am = a.forcesOwner(prev, s)
				}
				if am == nil {
					continue
				}
				f = frame{actors: []actorMention{*am}, anchor: span{verb.start, verb.end}, rule: ruleActive,
					window: span{am.start, verb.end}, conf: 0.6}
			}
			var named []actorMention
			for _, am := range f.actors {
				if am.end < s.end && a.tx(am.end) == "-" {
					continue // "the Germany-provided system": an adjective
				}
				if len(am.code) == 2 && am.cls != cGroup && am.code != owner.code && !committed(am.code, a.toks[s.start].start) {
					named = append(named, am)
				}
			}
			if len(named) == 0 {
				continue
			}
			f.actors, f.rule, f.conf, f.to = named, ruleGuardOf, 0.55, owner.code
			f.window = span{f.window.start, end}
			if a.has(k-1, cPerfectAux) && strings.HasSuffix(a.lw(k), "ed") ||
				a.lw(k-1) == "been" && a.has(k-2, cPerfectAux) && strings.HasSuffix(a.lw(k), "ing") {
				f.forced = news.StatusDelivered // "has protected Poland's airspace", "has been policing …"
			}
			q := quantity{span: span{k, end}, kind: news.KindSupport, sent: si, item: a.text[a.toks[k].start:a.toks[end-1].end]}
			emit(f, q, q.item)
			k = end - 1
		}
	}
}

// guardedOf reads the object of a verb of guarding from token j: a
// country (or "the") with its possessive, up to two modifiers ("Poland's
// eastern border", "Ukraine's critical energy infrastructure") and a
// guarded thing. It returns the owner and the end of the object.
func (a *analysis) guardedOf(j int, s span) (actorMention, int, bool) {
	if j < s.end && a.lw(j) == "the" {
		j++
	}
	n := a.actorEndingAt(j, s)
	if n < 0 || a.actors[n].start != j || len(a.actors[n].code) != 2 || a.actors[n].cls == cGroup {
		return a.guardedOfNamed(j, s)
	}
	am := a.actors[n]
	p := am.end
	if p+1 >= s.end || !isApostropheText(a.tx(p)) || a.lw(p+1) != "s" {
		return a.guardedOfNamed(j, s)
	}
	for k := p + 2; k < s.end && k < p+5; k++ {
		if guardedThing(a.lw(k)) {
			return am, k + 1, true
		}
		if a.toks[k].kind != tWord || a.has(k, cStop) {
			break
		}
	}
	return actorMention{}, 0, false
}

// guardedOfNamed reads the other forms of the object of a verb of
// guarding from token j (past "the"): a demonym before the guarded thing
// ("Slovak airspace", "Slovak air space") or the thing with its owner
// after "over" or "of" ("the skies over Poland", "the airspace of the
// Baltic states": a group owner stays unnamed). Only the air and the sea
// are read so: "airspace", "air space", "skies", "waters", "coast".
func (a *analysis) guardedOfNamed(j int, s span) (actorMention, int, bool) {
	airOrSea := func(k int) int { // the end of an air or sea thing at k, or -1
		switch a.lw(k) {
		case "airspace", "skies", "waters", "coast", "coastline":
			return k + 1
		case "air":
			if k+1 < s.end && a.lw(k+1) == "space" {
				return k + 2
			}
		}
		return -1
	}
	if m, ok := a.longest(j, s.end, cDemonym); ok && len(m.value) == 2 && m.end < s.end {
		if end := airOrSea(m.end); end > 0 {
			return actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym}, end, true
		}
		return actorMention{}, 0, false
	}
	end := airOrSea(j)
	if end < 0 || end+1 >= s.end || a.lw(end) != "over" && a.lw(end) != "of" {
		return actorMention{}, 0, false
	}
	k := end + 1
	if a.lw(k) == "the" {
		k++
	}
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].start != k {
		return actorMention{}, 0, false
	}
	am := a.actors[n]
	if len(am.code) != 2 || am.cls == cGroup {
		am = actorMention{} // "the skies over the Baltic states"
	}
	return am, a.actors[n].end, true
}
