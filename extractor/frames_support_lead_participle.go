package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// leaderBeforeComma reads the leader of a participle of leading set off
// by a comma after a country's forces: "Some 400 Kenyan police, leading
// a UN-backed mission, …", "Spanish troops, leading the battlegroup's
// patrols, …". The noun phrase before the comma must hold a demonym or
// a country and end in a noun of forces or police within six words; the
// country is the leader, delivered (the participle tells what the forces
// do now). What is led must be a mission, force or coalition (a police
// "operation" or "raid" is mostly at home). It reports false for any
// other shape.
func (a *analysis) leaderBeforeComma(v match, s span) (frame, bool) {
	if a.lw(v.start) != "leading" || v.start-2 < s.start || a.tx(v.start-1) != "," {
		return frame{}, false
	}
	head := v.start - 2
	if !a.forcesNoun(head) && !policeNoun(a.lw(head)) || !a.ledMissionAfter(v.end, s) {
		return frame{}, false
	}
	for j := head - 1; j >= s.start && j >= head-5; j-- {
		if a.toks[j].kind == tPunct {
			return frame{}, false
		}
		var am actorMention
		if n := a.actorAt[j]; n >= 0 {
			am = a.actors[n]
		} else if m, ok := a.demonymAt(j); ok {
			// the demonym read as the owner of the forces ("Kenyan police")
			am = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: a.sentOf(s)}
		} else {
			continue
		}
		if len(am.code) != 2 || am.cls == cGroup {
			return frame{}, false
		}
		return frame{actors: []actorMention{am}, anchor: span{v.start, v.end}, rule: ruleActive,
			window: span{am.start, v.end}, forced: news.StatusDelivered}, true
	}
	return frame{}, false
}

// policeNoun reports whether w names police or gendarmes sent abroad.
func policeNoun(w string) bool {
	switch w {
	case "police", "policemen", "officers", "gendarmes", "peacekeepers", "marines", "soldiers":
		return true
	}
	return false
}

// demonymAt returns the demonym of a country that starts at token j.
func (a *analysis) demonymAt(j int) (match, bool) {
	for _, m := range a.ann[j] {
		if m.class == cDemonym && len(m.value) == 2 && m.start == j {
			return m, true
		}
	}
	return match{}, false
}

// ledMissionAfter reports whether a mission, force or coalition is named in
// the six words from token j, before any punctuation but a hyphen.
func (a *analysis) ledMissionAfter(j int, s span) bool {
	for k := j; k < s.end && k < j+6; k++ {
		if a.toks[k].kind == tPunct && a.tx(k) != "-" {
			return false
		}
		switch a.lw(k) {
		case "mission", "missions", "force", "coalition":
			return true
		}
	}
	return false
}
