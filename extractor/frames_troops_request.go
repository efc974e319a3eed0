package extractor

// askVerbBefore reports a verb of asking at k or before the actor that
// ends at k: "asked for", "asked Norway for".
func (a *analysis) askVerbBefore(k int, s span) bool {
	if a.actorAt[k] >= 0 {
		k = a.actors[a.actorAt[k]].start - 1
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "ask", "asks", "asked", "asking", "appealed", "appeals", "appeal", "pressed", "pressing", "called", "calls", "lobbied", "lobbying":
		return true
	}
	return false
}

// requestWord reports a word of asking for or needing something.
func requestWord(w string) bool {
	switch w {
	case "requested", "requests", "request", "requesting", "sought", "seeks", "seek", "seeking",
		"demanded", "demands", "demand", "demanding", "needs", "needed", "need":
		return true
	}
	return false
}
