package extractor

// commandTaken reports whether the join verb v is a command already taken
// (past tense or perfect): "took command of", "has taken over command of",
// "assumed command of". A command taken is in place, so its line is
// delivered; "will take command of" and "assumes command of" are not.
func (a *analysis) commandTaken(v match) bool {
	switch a.lw(v.start) {
	case "took", "taken", "assumed":
	default:
		return false
	}
	for k := v.start + 1; k < v.end; k++ {
		if a.lw(k) == "command" {
			return true
		}
	}
	return false
}
