package extractor

// Working with a partner before a verb of help: "Canada is working with
// Moldova to help defend against cyber-attacks", "Spain will continue to
// work with the Moldovan government to train pilots". The verb of
// working stands for the verb of help, as "continue to" does; the
// subject of "work" gives the help.

// workVerb reports whether w is a form of "work" or "cooperate".
func workVerb(w string) bool {
	switch w {
	case "work", "works", "working", "worked", "cooperate", "cooperates", "cooperating", "co-operate", "co-operating", "partner", "partnering":
		return true
	}
	return false
}

// workWithBefore reads back from the "to" at token to over "work with
// <partner>" ("working with Moldova to", "work closely with the Moldovan
// government to"): a form of work, an optional adverb, "with" and at
// most six words of the partner with no punctuation or clause break. It
// returns the token before the form of work and its adverbs (the place
// of its auxiliary), or to when no such phrase stands before it.
func (a *analysis) workWithBefore(to int, s span) int {
	for p := to - 1; p > s.start && p >= to-9; p-- {
		if a.toks[p].kind == tPunct || a.has(p, cClauseBreak) {
			return to
		}
		if a.lw(p) != "with" {
			continue
		}
		if p == to-1 {
			return to // "work with to": no partner
		}
		w := p - 1
		if w > s.start && (a.lw(w) == "closely" || a.lw(w) == "together" || a.lw(w) == "also") {
			w--
		}
		if !workVerb(a.lw(w)) {
			return to
		}
		r := w - 1 // "is also working with": past the adverbs to the auxiliary
		for r > s.start && (a.lw(r) == "also" || a.lw(r) == "already" || a.lw(r) == "now" || a.lw(r) == "still") {
			r--
		}
		return r
	}
	return to
}
