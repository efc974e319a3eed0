package extractor

// cleftActor returns the actor focused by a cleft sentence whose "that"
// or "who" stands at k: "It was Germany that supplied the tanks", "it is
// Norway who pays". The actor ends right before k and "it was", "it
// is", "it has been" or "it will be" stands right before the actor. It
// returns -1 when there is none.
func (a *analysis) cleftActor(k int, s span) int {
	if k-1 <= s.start || a.lw(k) != "that" && a.lw(k) != "who" {
		return -1
	}
	idx := a.actorEndingAt(k-1, s)
	if idx < 0 || a.actors[idx].cls == cGroup {
		return -1
	}
	j := a.actors[idx].start - 1
	if j-1 < s.start {
		return -1
	}
	switch a.lw(j) {
	case "was", "is":
		if a.lw(j-1) == "it" {
			return idx
		}
	case "been", "be":
		if j-2 >= s.start && a.lw(j-2) == "it" && (a.lw(j-1) == "has" || a.lw(j-1) == "will") {
			return idx
		}
	}
	return -1
}
