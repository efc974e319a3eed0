package extractor

// Troops or ships that leave their home for a mission are on their way:
// "163 peacekeepers from China left the capital on Tuesday for South
// Sudan", "two ships from Norway departed the port for the exercise".
// A verb of leaving with "for" and a destination after it in its clause
// is a departure toward the mission (delivered), not a withdrawal; one
// "for home" or "for good" still leaves the mission.

// departureFor reports whether the verb of leaving at token k ("left",
// "leave", "leaving", "departed", "departs") has "for" and a destination
// after it within eight tokens of its clause (no comma, semicolon or
// clause break between): "left for Lebanon", "left the capital on
// Tuesday for South Sudan". Not "for home", "for good", "for their home
// country", nor a "for" that opens a time ("for two years", "for a
// year") or a reason ("for security reasons").
func (a *analysis) departureFor(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	switch a.lw(k) {
	case "left", "leave", "leaves", "leaving", "departed", "depart", "departs", "departing":
	default:
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+8; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
			return false
		}
		if a.lw(j) != "for" {
			continue
		}
		if j+1 >= len(a.toks) || a.toks[j+1].kind != tWord {
			return false // "for 2 years", "for 2024"
		}
		switch a.lw(j + 1) {
		case "home", "good", "ever", "security", "two", "three", "four", "six", "several", "many", "reasons":
			return false
		case "a", "an", "some", "their", "its", "his", "her":
			if j+2 < len(a.toks) {
				switch a.lw(j + 2) {
				case "year", "month", "week", "day", "while", "time", "home", "country", "reason", "few":
					return false // "for a year", "for their home country"
				}
			}
		}
		return true
	}
	return false
}
