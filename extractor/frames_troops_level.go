package extractor

// A new troop level: "takes the number of soldiers serving in the
// mission to 350". The conventions score a personnel total; the frame
// that gives its line is frames_troops_total.go, and the bare number
// after "to" is read as troops here (bareTroopLevel).

// changeVerb reports whether w is a verb of a change of level: "bring",
// "boost", "increase", "raise", "rise", "grow", "add", "take", "lift",
// or of a reduction: "reduce", "cut", "lower", "halve", "scale (down)".
func changeVerb(w string) bool {
	switch w {
	case "bring", "brings", "bringing", "brought", "boost", "boosts", "boosting", "boosted",
		"increase", "increases", "increasing", "increased", "raise", "raises", "raising", "raised",
		"rise", "rises", "rising", "rose", "risen", "grow", "grows", "growing", "grew", "grown",
		"add", "adds", "adding", "added", "take", "takes", "taking", "lift", "lifts", "lifting", "lifted",
		"expand", "expands", "expanding", "expanded", "double", "doubles", "doubling", "doubled",
		// a reduction: the status is declined by the verb itself
		"reduce", "reduces", "reducing", "reduced", "cut", "cuts", "cutting", "decrease", "decreases", "decreasing", "decreased",
		"lower", "lowers", "lowering", "lowered", "trim", "trims", "trimming", "trimmed",
		"halve", "halves", "halving", "halved", "shrink", "shrinks", "shrinking", "shrank", "scale", "scales", "scaling", "scaled":
		return true
	}
	return false
}

// bareTroopLevel reports whether the bare number at token i is the level
// a change brings troops to: "to" (and a qualifier) before it, and before
// that, in its clause, a verb of change followed by a troop noun ("takes
// the number of defence forces members serving in Kosovo to 350", "would
// raise its troops in the region to about 1,500"). Not in a sentence of
// casualties.
func (a *analysis) bareTroopLevel(i int, s span) bool {
	to := i - 1
	for to > s.start && a.lw(to) != "to" && a.has(to, cQualifier) {
		to--
	}
	if to <= s.start || a.lw(to) != "to" {
		return false
	}
	troop := false
	for k := to - 1; k >= s.start && to-k <= 16; k-- {
		if a.tx(k) == ";" || a.tx(k) == "," || a.has(k, cClauseBreak) {
			return false
		}
		if a.has(k, cTroopNoun, cTroopUnit) {
			troop = true
		}
		if measureWord(a.lw(k)) {
			return false // "raised the age limit for soldiers to 60": no head count
		}
		if changeVerb(a.lw(k)) {
			if !troop {
				return false
			}
			return !a.spanHasCls(s, 1<<cCasualty)
		}
	}
	return false
}
