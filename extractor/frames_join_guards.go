package extractor

// Guards of the join and with-support frames: efforts of diplomacy are no
// operation, and support in a vote or a meeting is no help.

import "strings"

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

// meetingNoun reports whether w names a meeting or talks: "the
// reconstruction conference", "the training summit" name an event to
// attend, not help to give.
func meetingNoun(w string) bool {
	switch w {
	case "conference", "conferences", "summit", "summits", "talks", "meeting", "meetings", "forum", "negotiations", "dialogue", "ceremony", "debate", "vote":
		return true
	}
	return false
}

// ownMissionSince reports whether an organisation (NATO, the EU) leads or
// commands, at join verb v, an operation it has run since a year: "NATO
// has been leading the peacekeeping mission since 2004" tells of its own
// operation, not of help it commits. A country that leads one since a
// year ("Germany has led the battlegroup since 2017") stays: it is there.
func (a *analysis) ownMissionSince(actors []actorMention, v match, s span) bool {
	for _, am := range actors {
		if am.code != "NATO" && am.code != "EU" {
			return false
		}
	}
	switch w := a.lw(v.start); {
	case strings.HasPrefix(w, "lead"), w == "led", strings.HasPrefix(w, "command"), strings.HasPrefix(w, "head"):
	default:
		return false
	}
	for k := v.end; k+1 < s.end; k++ {
		if a.lw(k) == "since" && a.isYear(k+1) {
			return true
		}
	}
	return false
}

// unlessWishedOrDoubted wraps emit so that it drops a line whose actor
// another party wants, hopes or doubts will act, or that sits in a
// "whether" or "if" clause: "France wants the EU to lead the mission",
// "analysts doubt Germany can provide training", "it remains to be seen
// whether Spain will take part".
func (a *analysis) unlessWishedOrDoubted(emit func(frame, quantity, string)) func(frame, quantity, string) {
	return func(f frame, q quantity, item string) {
		if q.sent >= 0 && q.sent < len(a.sents) && len(f.actors) > 0 {
			s := a.sents[q.sent]
			if a.hypothetical(&f, s) || a.wishedBefore(f.actors[0].start, s) {
				return
			}
		}
		emit(f, q, item)
	}
}

// wishedBefore reports whether a verb of wishing, expecting or doubting
// stands in sentence s within five tokens before the actor that starts at
// token first, with no comma between: "France wants the EU to …",
// "analysts doubt Germany can …".
func (a *analysis) wishedBefore(first int, s span) bool {
	for j := first - 1; j >= s.start && j >= first-5; j-- {
		if a.tx(j) == "," {
			return false
		}
		if wishVerb(a.lw(j)) {
			return true
		}
	}
	return false
}

// wishVerb reports whether w is a verb of wishing, expecting or doubting
// another's act.
func wishVerb(w string) bool {
	switch w {
	case "wants", "want", "wanted", "hopes", "hope", "hoped", "expects", "expect", "doubt", "doubts", "doubted", "prefers", "prefer", "preferred":
		return true
	}
	return false
}

// politicalCoalition reports whether the operation noun m of sentence s
// is a coalition of parties, not of forces: "the ruling coalition", "the
// governing coalition", "a coalition government", "the coalition talks".
func (a *analysis) politicalCoalition(m match, s span) bool {
	if a.lw(m.end-1) != "coalition" {
		return false
	}
	for j := max(s.start, m.start-2); j < m.end; j++ {
		switch a.lw(j) {
		case "ruling", "governing", "government", "parliamentary", "electoral", "opposition", "centre-right", "centre-left", "center-right", "center-left", "three-party", "two-party":
			return true
		}
	}
	if m.end < s.end {
		switch a.lw(m.end) {
		case "government", "governments", "partner", "partners", "party", "parties", "talks", "agreement", "deal", "negotiations", "cabinet":
			return true
		}
	}
	return false
}
