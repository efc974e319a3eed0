package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsDemonymUnits names the frame on units named by their
// countries' demonyms inside a mission, with no number.
const ruleTroopsDemonymUnits = "troops.demonym-units"

// demonymUnitsFrame matches troops without a number named by one or more
// demonyms and a unit noun, read as units already serving in a mission
// (delivered) when a preposition puts them in the scene or the mission
// follows them:
//   - "received treatment from the French, Indian and Italian battalions",
//     "working alongside Egyptian, Qatari, and Emirati troops";
//   - "the Irish and Polish battalions of the UN force", "the Nepalese
//     contingent in the peacekeeping mission".
//
// A single demonym needs a unit that serves in missions (battalion,
// contingent, peacekeepers); plain troops or forces need a list of two
// or more, or "as part of" a mission right after them ("Kenyan forces as
// part of the support mission have deployed to Haiti": the status cues
// of the clause apply). Sentences of fighting or casualties give no line ("clashes
// between Russian and Ukrainian troops").
func (a *analysis) demonymUnitsFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num != nil || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	missionUnit := false
	switch a.lw(q.end - 1) {
	case "battalion", "battalions", "contingent", "contingents", "peacekeepers", "helmets":
		missionUnit = true
	case "troops", "forces", "soldiers":
	default:
		return frame{}, false
	}
	// the demonyms: the first opens q, the rest are listed before it
	var owners []actorMention
	first := -1
	for _, m := range a.ann[q.start] {
		if m.class == cDemonym && len(m.value) == 2 && m.end < q.end {
			first = m.end
			owners = append(owners, actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent})
			break
		}
	}
	if first < 0 {
		return frame{}, false
	}
	k := q.start // the first token of the list
	for k-2 >= s.start && (a.lw(k-1) == "and" || a.tx(k-1) == ",") {
		j := k - 1
		if a.lw(j) == "and" && a.tx(j-1) == "," {
			j-- // "Egyptian, Qatari, and Emirati troops"
		}
		m, ok := a.longestEndingAt(j, s, cDemonym)
		if !ok {
			break
		}
		owners = append(owners, actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent})
		k = m.start
	}
	partOf := a.asPartOfMission(q.end, s)
	if len(owners) < 2 && !missionUnit && !partOf {
		return frame{}, false
	}
	if a.fightingSentence(s) {
		return frame{}, false
	}
	p := k - 1
	for p >= s.start && (a.lw(p) == "the" || a.lw(p) == "both") {
		p--
	}
	before := p >= s.start && demonymUnitsPrep(a.lw(p))
	if partOf && !before {
		// "Kenyan forces as part of the mission have deployed to Haiti":
		// the verb after the mission gives the status
		f := frame{actors: owners, anchor: span{q.end, q.end + 1}, rule: rulePresence, name: ruleTroopsDemonymUnits,
			window: span{k, min(s.end, q.end+14)}, conf: 0.5}
		for j := q.end; j+1 < f.window.end; j++ {
			if a.has(j, cIrrealis) {
				break
			}
			if a.has(j, cPerfectAux) && a.has(j+1, cTrigger, cDeliveryPast, cPresence) {
				f.forced = news.StatusDelivered // "have deployed"
				break
			}
		}
		return f, true
	}
	if !before && !a.missionAfter(q.end, s) {
		return frame{}, false
	}
	anchor := span{q.end - 1, q.end}
	if before {
		anchor = span{p, p + 1}
	}
	return frame{actors: owners, anchor: anchor, rule: rulePresence, name: ruleTroopsDemonymUnits,
		window: span{min(anchor.start, k), q.end}, conf: 0.55, forced: news.StatusDelivered}, true
}

// demonymUnitsPrep reports whether w, right before a list of demonym
// units, puts the units in the scene: "from", "alongside", "among" (not
// "with" or "by": "talks with Russian forces", "trained by British
// troops").
func demonymUnitsPrep(w string) bool {
	switch w {
	case "from", "alongside", "among":
		return true
	}
	return false
}

// missionAfter reports whether a mission follows the unit ending at k:
// "of", "in" or "with", then within five tokens an operation noun
// ("mission", "peacekeeping force") or the UN, NATO or the EU.
func (a *analysis) missionAfter(k int, s span) bool {
	if k >= s.end {
		return false
	}
	switch a.lw(k) {
	case "of", "in", "with":
	default:
		return false
	}
	for j := k + 1; j < s.end && j <= k+5; j++ {
		if a.has(j, cOperationNoun) {
			return true
		}
		switch a.tx(j) {
		case "UN", "NATO", "EU", "U.N.":
			return true
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// fightingSentence reports whether sentence s tells of fighting or
// casualties: a casualty word or a word of combat.
func (a *analysis) fightingSentence(s span) bool {
	for k := s.start; k < s.end; k++ {
		if a.has(k, cCasualty) {
			return true
		}
		w := a.lw(k)
		switch {
		case strings.HasPrefix(w, "fight"), strings.HasPrefix(w, "clash"), strings.HasPrefix(w, "attack"),
			strings.HasPrefix(w, "invad"), strings.HasPrefix(w, "invasion"), strings.HasPrefix(w, "shell"),
			strings.HasPrefix(w, "battle"), strings.HasPrefix(w, "enem"), strings.HasPrefix(w, "combat"),
			strings.HasPrefix(w, "war"), strings.HasPrefix(w, "offensive"), strings.HasPrefix(w, "occup"),
			w == "fire", w == "against", w == "front", w == "frontline", w == "captured", w == "advance", w == "advancing":
			return true
		}
	}
	return false
}

// asPartOfMission reports whether "as part of" and then, within five
// tokens, a mission (missionAfter's nouns) follow token k.
func (a *analysis) asPartOfMission(k int, s span) bool {
	if k+3 >= s.end || a.lw(k) != "as" || a.lw(k+1) != "part" {
		return false
	}
	return a.missionAfter(k+2, s)
}
