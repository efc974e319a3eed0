package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rosters: the members of an operation or coalition named as the
// predicate of a group noun, not as subjects of a join verb. One support
// line per country named (frame.roster):
//   - "The countries taking part in the mission are A, B and C", "The
//     members of the coalition are A and B";
//   - "Among the nations (reportedly) considering the coalition are A, B
//     and C" (a fronted "among" phrase);
//   - "A, B and C are among the countries that have joined the
//     coalition", "A is one of the nations taking part in the mission".
//
// The group phrase must name an operation (mission, coalition, task
// force …; not a diplomatic initiative nor a ruling coalition) and a
// word of taking part ("taking part in", "joining", "members of") or of
// weighing it ("considering", "weighing"). A hedge in the phrase makes
// the lines considering, a refusal declined; else they are pledged. A
// past roster with a year ("the countries that took part in the 2003
// operation were …") is history and gives none.

// ruleRoster names the support line of a country named in a roster of an
// operation's members.
const ruleRoster = "frame.roster"

// rosterFrames finds the rosters of sentences that hold a group noun and
// an operation noun (per sentence only). committed tells whether an
// actor already has a line of the sentence that starts at a byte offset:
// such a country's part is said by that line.
func (a *analysis) rosterFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessQuestion(a.unlessWishedOrDoubted(emit))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cGroupNoun) == 0 || a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !a.has(k, cGroupNoun) {
				continue
			}
			ph, ok := a.rosterPhrase(k, s)
			if !ok {
				continue
			}
			var actors []actorMention
			var anchor span
			if j, ok := a.rosterCopula(ph.end, s); ok && !a.rosterListBefore(k, s) {
				// "The countries taking part … are A, B and C"; a plain
				// "… include" is the members frame's (frames_support_members.go)
				if a.rosterBe(j-1, s) || ph.hedged || ph.declined {
					actors, anchor = a.rosterList(j, s), span{k, j}
				}
			} else if cop, ok := a.amongCopula(k, s); ok {
				// "A, B and C are among the countries …"
				actors, anchor = a.listEndingAt(cop, s), span{cop, ph.end}
			}
			var named []actorMention
			for _, am := range actors {
				if len(am.code) == 2 && am.cls != cGroup && !committed(am.code, a.toks[s.start].start) {
					named = append(named, am)
				}
			}
			if len(named) == 0 {
				break
			}
			st := news.StatusPledged
			switch {
			case ph.declined:
				st = news.StatusDeclined
			case ph.hedged:
				st = news.StatusConsidering
			}
			f := frame{actors: named, anchor: anchor, rule: ruleRoster, window: anchor, conf: 0.55, forced: st}
			q := quantity{span: anchor, kind: news.KindSupport, sent: si,
				item: "participation in " + a.text[a.toks[ph.op.start].start:a.toks[ph.op.end-1].end]}
			emit(f, q, q.item)
			break
		}
	}
}

// rosterPhrase is the group phrase of a roster: where it ends, the
// operation it names and its hedge or refusal.
type rosterPhrase struct {
	end      int  // the first token after the operation noun
	op       span // the operation noun
	hedged   bool // "considering", "weighing", "may join"
	declined bool // "refused to join", "declined to take part in"
}

// rosterPhrase reads the phrase after the group noun at token k: up to
// ten words with a word of taking part or weighing, then an operation
// noun ("countries taking part in the naval mission", "nations
// reportedly considering this coalition", "members of the task force",
// "countries that have refused to join the coalition").
func (a *analysis) rosterPhrase(k int, s span) (rosterPhrase, bool) {
	var ph rosterPhrase
	taking := false
	if k+1 < s.end && a.lw(k+1) == "of" {
		switch a.lw(k) {
		case "members", "partners", "participants":
			taking = true // "the members of the coalition"
		}
	}
	for j := k + 1; j < s.end && j < k+11; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
			return ph, false
		}
		switch a.lw(j) {
		case "are", "is", "were", "include", "includes", "included":
			return ph, false // the predicate before any operation
		case "taking", "participating", "involved", "contributing", "joining", "joined", "join":
			taking = true
		case "considering", "weighing", "mulling", "interested", "discussing":
			taking, ph.hedged = true, true
		}
		if a.has(j, cJoinVerb) {
			taking = true
		}
		if a.has(j, cConsidering) {
			ph.hedged = true
		}
		if a.has(j, cDeclined) {
			ph.declined = true
		}
		m, ok := a.longest(j, s.end, cOperationNoun)
		if !ok {
			continue
		}
		if !taking || a.diplomaticEffort(k, m) || a.politicalCoalition(m, s) {
			return ph, false
		}
		switch a.lw(m.end - 1) {
		case "programme", "program", "programmes", "programs":
			return ph, false // a programme's members are its beneficiaries
		}
		ph.op, ph.end = span{m.start, m.end}, m.end
		// "the mission in Haiti", "the coalition to escort ships": the
		// operation's own words before the predicate
		for ph.end < s.end && ph.end < m.end+8 && a.toks[ph.end].kind != tPunct && !a.rosterVerb(ph.end) {
			ph.end++
		}
		return ph, true
	}
	return ph, false
}

// rosterVerb reports whether token j starts the predicate of a roster:
// a form of "be" or of "include", or "will" before one.
func (a *analysis) rosterVerb(j int) bool {
	switch a.lw(j) {
	case "are", "is", "were", "was", "include", "includes", "included":
		return true
	case "will":
		return j+1 < len(a.toks) && (a.lw(j+1) == "be" || a.lw(j+1) == "include")
	}
	return false
}

// rosterCopula finds the predicate of a roster at token j (after
// "reportedly", "also", "now") and returns where the list after it
// starts; "will include" and "will be" too.
func (a *analysis) rosterCopula(j int, s span) (int, bool) {
	for n := 0; j < s.end && n < 2; n++ {
		switch a.lw(j) {
		case "reportedly", "also", "now", "currently":
			j++
			continue
		}
		break
	}
	if j >= s.end || !a.rosterVerb(j) {
		return 0, false
	}
	if a.lw(j) == "will" {
		j++
	}
	j++
	for j < s.end && (a.tx(j) == ":" || a.lw(j) == "reportedly" || a.lw(j) == "also") {
		j++
	}
	return j, true
}

// rosterBe reports whether the predicate that ends before token j+1 is
// a form of "be" (after a colon or "reportedly" that rosterCopula skipped).
func (a *analysis) rosterBe(j int, s span) bool {
	for j > s.start && !a.rosterVerb(j) && a.lw(j) != "be" {
		j--
	}
	switch a.lw(j) {
	case "are", "is", "were", "was", "be":
		return true
	}
	return false
}

// rosterList reads the countries listed from token j: "A, B and C".
// A year in the sentence with a past copula before j is history.
func (a *analysis) rosterList(j int, s span) []actorMention {
	if j-1 > s.start && (a.lw(j-1) == "were" || a.lw(j-1) == "was") && a.yearIn(s) {
		return nil
	}
	return a.listAt(j, s)
}

// rosterListBefore reports whether the group noun at token k stands in
// "… are among the countries": the roster's list is before it.
func (a *analysis) rosterListBefore(k int, s span) bool {
	_, ok := a.amongCopula(k, s)
	return ok
}

// amongCopula finds "are (also) among (the)" or "is one of (the)" right
// before the group noun at token k (an adjective or a number may stand
// between: "among the seven European nations") and returns the copula's
// token.
func (a *analysis) amongCopula(k int, s span) (int, bool) {
	for j := k - 1; j > s.start && j >= k-5; j-- {
		c := j - 1
		switch {
		case a.lw(j) == "among":
		case a.lw(j) == "of" && c > s.start && (a.lw(c) == "one" || a.lw(c) == "some" || a.lw(c) == "two" || a.lw(c) == "three"):
			c-- // "is one of the countries", "are two of the nations"
		default:
			if a.toks[j].kind == tPunct {
				return 0, false
			}
			continue
		}
		if c > s.start && a.lw(c) == "also" {
			c--
		}
		switch a.lw(c) {
		case "are", "were", "is", "was":
			return c, true
		}
		return 0, false
	}
	return 0, false
}

// listEndingAt returns the list of actors of sentence s that ends right
// before token c ("Britain, France and Japan are …"), the longest one.
func (a *analysis) listEndingAt(c int, s span) []actorMention {
	for _, am := range a.actorsOf(s) {
		if am.start >= c {
			break
		}
		l := a.listAt(am.start, s)
		if len(l) > 0 && l[len(l)-1].end == c {
			return l
		}
	}
	return nil
}
