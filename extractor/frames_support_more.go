package extractor

// Helpers of the support frames: support received "from" a country and
// the verbs before a main verb of support ("help train", "to end").

// supportFrom reads the giver of support received "from" a country:
// "Ukraine will receive training from Britain", "Kyiv has received
// intelligence support from Washington". A verb of receiving (not
// negated) must come before the support, the countries right after it.
func (a *analysis) supportFrom(q quantity, s span) (frame, bool) {
	if q.end+1 >= s.end || a.lw(q.end) != "from" {
		return frame{}, false
	}
	received := false
	for j := s.start; j < q.start; j++ {
		if a.has(j, cReceive) && !a.notBefore(j, s) {
			received = true
		}
	}
	if !received {
		return frame{}, false
	}
	var actors []actorMention
	for _, am := range a.listAt(q.end+1, s) {
		if len(am.code) == 2 || am.code == "EU" || am.code == "NATO" {
			actors = append(actors, am)
		}
	}
	if len(actors) == 0 {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	return frame{actors: actors, anchor: span{q.end, q.end + 1}, rule: ruleFrom, conf: 0.65,
		window: span{max(s.start, q.start-16), min(s.end, last.end+4)}}, true
}

// isHelp reports whether w is a form of "help", which may stand before a
// bare verb of support: "will help train pilots".
func isHelp(w string) bool {
	return w == "help" || w == "helps" || w == "helped" || w == "helping"
}

// stopVerb reports whether w is a verb of support main verbs that ends
// support rather than gives it ("end", "halt", "suspend").
func stopVerb(w string) bool {
	switch w {
	case "end", "ends", "ended", "halt", "halts", "halted", "suspend", "suspends", "suspended":
		return true
	}
	return false
}
