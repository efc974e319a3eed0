package extractor

// armyHolder reports whether the subject before the verb of having at h
// is an armed force itself and the troops q stay at home: "Mali's army
// has 5,000 soldiers in the north", "the army of Mali has …", "the
// Malian military has …". The count is then the size of that force. Not
// when a country is named after the troops in their clause ("the French
// military has 3,000 troops in Chad") or they are peacekeepers: those serve abroad.
func (a *analysis) armyHolder(h int, q *quantity, s span) bool {
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
	default:
		return false
	}
	if a.peacekeeping(q) {
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
