package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// heldAtHome reports whether the troops q that a subject "has" (the verb
// at h) stay at home: the subject is an armed force itself ("Mali's army
// has 5,000 soldiers", "the army of Mali has …", "the Malian military
// has …": the size of that force) or the place is a part of the own
// country ("Kenya has 1,200 police officers in the capital", "… in the
// north"). Not when a country is named after the troops in their clause
// ("the French military has 3,000 troops in Chad", "in the north of
// Mali") or they are peacekeepers: those serve abroad.
func (a *analysis) heldAtHome(h int, q *quantity, s span) bool {
	if !a.armyHolder(h, s) && !a.homePlace(q.end, s) || a.peacekeeping(q) {
		return false
	}
	end := q.end // the troops' clause: a sayer after a comma is no place
	for end < s.end && a.tx(end) != "," && !a.has(end, cClauseBreak) {
		end++
	}
	for _, am := range a.actorsOf(s) {
		if am.start >= q.end && am.end <= end && len(am.code) == 2 {
			return false
		}
	}
	return true
}

// armyHolder reports whether the subject before the verb at h is an
// armed force: "the army", "the army of Mali", "the military".
func (a *analysis) armyHolder(h int, s span) bool {
	j := h - 1
	// "the army of Mali has": the country after "of"
	if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start-2 >= s.start && a.lw(a.actors[n].start-1) == "of" {
		j = a.actors[n].start - 2
	}
	if j < s.start {
		return false
	}
	switch a.lw(j) {
	case "army", "military", "navy", "forces", "force":
		return true
	}
	return false
}

// homePlace reports whether a place of the own country follows at k:
// "in the capital", "in the north", "at home".
func (a *analysis) homePlace(k int, s span) bool {
	if k+1 < s.end && (a.lw(k) == "at" || a.lw(k) == "in") && a.lw(k+1) == "home" {
		return true
	}
	if k+2 >= s.end || a.lw(k) != "in" || a.lw(k+1) != "the" {
		return false
	}
	switch a.lw(k + 2) {
	case "capital", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west", "interior", "countryside":
		return true
	}
	return false
}

// drillTaking reports troops q whose verb takes them to a drill, not to
// a mission: "5,000 soldiers will take part in the exercise", "will
// join the drills", "will train with the German army". The verb is the
// frame's anchor or follows the troops within their clause; the drill
// noun follows it within four words.
func (a *analysis) drillTaking(f *frame, q *quantity) bool {
	if q.kind != news.KindTroops || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	v := f.anchor.start
	if v < q.end {
		v = q.end
	}
	for k := v; k < s.end && k <= v+4; k++ {
		if a.tx(k) == "," || a.has(k, cClauseBreak) {
			return false
		}
		// "will train with the army of …": soldiers who are trained
		if (a.lw(k) == "train" || a.lw(k) == "training") && k+1 < s.end && a.lw(k+1) == "with" {
			return true
		}
		end, ok := a.joinVerbAt(k, s.end)
		if !ok {
			continue
		}
		for j := end; j < s.end && j <= end+4; j++ {
			if drillWord(a.lw(j)) {
				return true
			}
		}
		return false
	}
	return false
}
