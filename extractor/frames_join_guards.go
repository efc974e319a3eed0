package extractor

// Guards of the join and with-support frames: efforts of diplomacy are no
// operation, and support in a vote or a meeting is no help.

// diplomaticEffort reports whether the operation noun m (an initiative or
// an effort) is one of diplomacy: a word of peace-making or mediation
// between k and it, "a peace initiative", "a mediation effort".
func (a *analysis) diplomaticEffort(k int, m match) bool {
	switch a.lw(m.end - 1) {
	case "initiative", "effort", "efforts":
	default:
		return false
	}
	for j := max(k, m.start-3); j < m.end; j++ {
		switch a.lw(j) {
		case "peace", "mediation", "diplomatic", "political", "diplomacy", "negotiation", "dialogue":
			return true
		}
	}
	// "led the effort to draft the resolution": its purpose is political
	if m.end+1 < len(a.toks) && a.lw(m.end) == "to" {
		for j := m.end + 1; j < len(a.toks) && j < m.end+6 && a.toks[j].kind != tPunct; j++ {
			if politicalWord(a.lw(j)) {
				return true
			}
		}
	}
	return false
}

// politicalBefore reports whether the words of sentence s before token p
// name a vote, an election or a diplomatic event: "the resolution passed
// with the support of …", "was elected with …", "the talks were held with …".
func (a *analysis) politicalBefore(s span, p int) bool {
	// only the clause of "with": "said in a joint statement that the two
	// countries are delivering the jets with the support of X" is help
	from := s.start
	for j := p - 1; j > s.start; j-- {
		if a.lw(j) == "that" || a.tx(j) == ";" || a.has(j, cClauseBreak) {
			from = j + 1
			break
		}
	}
	for j := from; j < p; j++ {
		switch w := a.lw(j); w {
		case "elected", "re-elected", "voted", "vote", "passed", "adopted", "conference", "meeting", "summit", "election":
			return true
		default:
			if politicalWord(w) {
				return true
			}
		}
	}
	return false
}

// recipientProgramme reports whether the operation op is a programme of
// help that a country joins to receive it: "join the training
// programme", "joined the assistance program". A programme named with
// whom it serves ("the training programme for Ukrainian pilots") is one
// its members give to, so it is not.
func (a *analysis) recipientProgramme(op span, s span) bool {
	last := a.lw(op.end - 1)
	if last != "programme" && last != "program" && last != "programmes" && last != "programs" {
		return false
	}
	help := false
	for k := op.start; k < op.end-1; k++ {
		switch a.lw(k) {
		case "training", "assistance", "aid", "support", "scholarship", "exchange", "mentoring", "education":
			help = true
		}
	}
	if !help {
		return false
	}
	return op.end >= s.end || a.lw(op.end) != "for" && a.lw(op.end) != "of"
}
