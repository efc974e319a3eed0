package extractor

// commandTaken reports whether the join verb v is a command or lead
// already taken (past tense or perfect): "took command of", "has taken
// over command of", "assumed the lead for", "took over the rotation". A command taken is in place,
// so its line is delivered; "will take command of" and "assumes command
// of" are not.
func (a *analysis) commandTaken(v match) bool {
	switch a.lw(v.start) {
	case "took", "taken", "assumed":
	default:
		return false
	}
	if v.end == v.start+2 && a.lw(v.start+1) == "over" && a.lw(v.start) != "assumed" {
		return true // "took over the air policing rotation"
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

// leadsNow reports whether the join verb v of sentence s is a present
// simple of leading in body text ("Germany leads the battlegroup in
// Lithuania", "Spain commands the naval mission"): a lead in place. A
// modal, "to" or "not" before it ("will lead", "to lead") is no present.
func (a *analysis) leadsNow(v match, s span) bool {
	switch a.lw(v.start) {
	case "leads", "commands", "heads", "co-leads", "spearheads":
	default:
		return false
	}
	return v.start == s.start || !a.has(v.start-1, cIrrealis)
}
