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
		"police", "policing", "secure", "secures", "secured", "securing", "safeguard", "safeguards", "safeguarded", "safeguarding":
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
				continue
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
			if a.has(k-1, cPerfectAux) && strings.HasSuffix(a.lw(k), "ed") {
				f.forced = news.StatusDelivered // "has protected Poland's airspace"
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
		return actorMention{}, 0, false
	}
	am := a.actors[n]
	p := am.end
	if p+1 >= s.end || !isApostropheText(a.tx(p)) || a.lw(p+1) != "s" {
		return actorMention{}, 0, false
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
