package extractor

// commandTaken reports whether the join verb v is a command or lead
// already taken (past tense or perfect): "took command of", "has taken
// over command of", "assumed the lead for". A command taken is in place,
// so its line is delivered; "will take command of" and "assumes command
// of" are not.
func (a *analysis) commandTaken(v match) bool {
	switch a.lw(v.start) {
	case "took", "taken", "assumed":
	default:
		return false
	}
	for k := v.start + 1; k < v.end; k++ {
		if a.lw(k) == "command" || a.lw(k) == "lead" {
			return true
		}
	}
	return false
}

// memberNow reports whether the join verb v states a membership in place:
// "is a member of", "are also members of", "became a member of" (a
// delivered line); "will become a member of" is a pledge.
func (a *analysis) memberNow(v match) bool {
	switch a.lw(v.start) {
	case "is", "are", "remains", "remain", "became":
	default:
		return false
	}
	for k := v.start + 1; k < v.end; k++ {
		if a.lw(k) == "member" || a.lw(k) == "members" {
			return true
		}
	}
	return false
}
