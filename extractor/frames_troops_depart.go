package extractor

// Troops that leave their own country for a mission, and limits on the
// role of troops that are no refusal.

// departHome matches a verb of leaving at k (past auxiliaries and a modal
// before it allowed) whose object is a country of owners and that a
// "for" follows within three tokens: "left France for Lebanon", "will
// depart Germany for Lithuania on Monday". It returns the verb's span.
// A country left that is not the troops' own ("left Mali for France") is
// a withdrawal and does not match.
func (a *analysis) departHome(k int, owners []actorMention, s span) (span, bool) {
	j := k
	for j < s.end && j < k+3 && a.has(j, cPerfectAux, cPassiveAux, cIrrealis) {
		j++
	}
	if j+1 >= s.end {
		return span{}, false
	}
	switch a.lw(j) {
	case "left", "leave", "leaves", "leaving", "departed", "depart", "departs", "departing":
	default:
		return span{}, false
	}
	n := a.actorEndingAt(j+1, s)
	if n < 0 && a.lw(j+1) == "the" {
		n = a.actorEndingAt(j+2, s) // "left the Netherlands for …"
	}
	if n < 0 || a.actors[n].start > j+2 {
		return span{}, false
	}
	home := false
	for _, o := range owners {
		home = home || o.code == a.actors[n].code
	}
	if !home {
		return span{}, false
	}
	for f := a.actors[n].end; f < s.end && f <= a.actors[n].end+3; f++ {
		if a.lw(f) == "for" {
			return span{j, j + 1}, f+1 < s.end && a.lw(f+1) != "home"
		}
	}
	return span{}, false
}

// combatAfter reports whether a word of fighting follows token k within
// four tokens: "take part in combat operations", "participate in the
// fighting", "go to the front line". Troops that will not do that are
// limited in their role, not withdrawn or refused.
func (a *analysis) combatAfter(k int, s span) bool {
	for j := k; j < s.end && j < k+4; j++ {
		switch a.lw(j) {
		case "combat", "fighting", "hostilities", "offensive", "offensives", "front", "frontline", "front-line", "frontlines":
			return true
		}
	}
	return false
}
