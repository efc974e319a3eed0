package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The grammar of leading as support: a country that leads or commands a
// multinational force or operation, takes the lead, holds the command
// ("under Norwegian command") or is the agent of "led by" gives a support
// line, whatever troops it also sends. The word lists of joining are in
// frames_join*.go; these frames read what they leave: a force led (the
// troop frames read "force" as troops), a lead with no operation after
// it, a command named by its owner, and "led by" after a comma or a
// relative pronoun.

// Rule ids of the frames of leading.
const (
	// ruleLeadForce: "Kenya has offered to lead the force", "was ready to
	// take the lead of a multinational force", "assumed command of the
	// EU's naval operation" (also beside a troops line of the leader).
	ruleLeadForce = "support.lead-force"
	// ruleTakeLead: "will not take the lead role", "with the US taking
	// the lead" (an operation or a kind of help named near).
	ruleTakeLead = "support.take-lead"
	// ruleUnderCommand: "under Norwegian command", "under US leadership",
	// "under the command of a Greek commodore".
	ruleUnderCommand = "support.under-command"
	// ruleCommanderRole: "will take a deputy commander role in the
	// force", "has accepted the position of deputy commander".
	ruleCommanderRole = "support.commander-role"
	// ruleLedBy: "a drone coalition, led by Latvia and Britain", "the
	// taskforce, which will be led by the US".
	ruleLedBy = "support.led-by"
)

// leadFrames finds the leaders of an operation that the join frames leave
// (see the file comment), one support line each. A country that already
// has a support line in the sentence (committed) gets none; a question, a
// past lead with a year, one another party wants or doubts ("France
// wants the EU to lead the mission") and a force of the leader's own
// ("leads its own forces", "Ukraine's forces") give none.
func (a *analysis) leadFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessQuestion(a.unlessSupported(a.unlessWishedOrDoubted(emit), committed))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cJoinVerb) == 0 && !a.sentHas(si, wLeadership) && !a.sentHas(si, wCommander) {
			continue // none of "lead", "led", "command", "leadership", "under", "creation" …
		}
		for k := s.start; k < s.end; k++ {
			switch a.lw(k) {
			case "under":
				a.underCommand(si, k, emit)
			case "led", "headed", "commanded":
				a.ledByAfterComma(si, k, emit)
			case "commander":
				a.commanderRole(si, k, emit)
			case "lead", "leads", "leading", "leadership", "command", "creation", "formation", "establishment":
				if !a.leadObject(si, k, emit) {
					a.takeLead(si, k, emit)
				}
			}
		}
	}
}

// unlessSupported wraps emit so that actors with a support line in the
// sentence already (committed) are left out.
func (a *analysis) unlessSupported(emit func(frame, quantity, string), committed func(actor string, start int) bool) func(frame, quantity, string) {
	return func(f frame, q quantity, item string) {
		start := a.toks[a.sents[q.sent].start].start
		var actors []actorMention
		for _, am := range f.actors {
			if !committed(am.code, start) && !slices.ContainsFunc(actors, func(b actorMention) bool { return b.code == am.code }) {
				actors = append(actors, am)
			}
		}
		if len(actors) > 0 {
			f.actors = actors
			emit(f, q, item)
		}
	}
}

// leadVerbAt returns the verb of leading whose head is token k: the verb
// itself ("lead", "leads", "leading"), or the verb of taking before a noun
// of leading ("take the lead", "assumed command", "accept the leadership",
// "take overall command"). It reports false for a noun with no such verb
// and for the "led" of a "-led" adjective.
func (a *analysis) leadVerbAt(k int, s span) (match, bool) {
	w := a.lw(k)
	if a.toks[k].glued && k > s.start && a.tx(k-1) == "-" {
		return match{}, false // "a Kenya-led force"
	}
	if w == "leads" || w == "leading" || w == "lead" && !a.nounBefore(k, s) ||
		w == "command" && k > s.start && (a.has(k-1, cIrrealis) || a.lw(k-1) == "to") {
		return match{start: k, end: k + 1}, true
	}
	if creationNoun(w) {
		// "announced (earlier this week) the creation of": the verb up to
		// five words back, no punctuation between
		for j := k - 1; j >= s.start && k-j <= 6 && a.toks[j].kind == tWord; j-- {
			switch a.lw(j) {
			case "announce", "announces", "announced", "announcing", "propose", "proposes", "proposed", "proposing":
				return match{start: j, end: k + 1}, true
			}
		}
		return match{}, false
	}
	j := k - 1
	for j > s.start && k-j <= 2 {
		switch a.lw(j) {
		case "the", "a", "overall", "naval", "military", "operational", "joint", "full":
			j--
			continue
		}
		break
	}
	if j < s.start {
		return match{}, false
	}
	switch a.lw(j) {
	case "take", "takes", "took", "taking", "taken", "assume", "assumes", "assumed", "assuming",
		"accept", "accepts", "accepted", "accepting", "retain", "retains", "retained", "have", "has":
		return match{start: j, end: k + 1}, true
	}
	return match{}, false
}

// creationNoun reports whether w names the making of something:
// "creation", "formation", "establishment".
func creationNoun(w string) bool {
	return w == "creation" || w == "formation" || w == "establishment"
}

// nounBefore reports whether the "lead" at token k is a noun: after an
// article or a possessive ("the lead", "its lead").
func (a *analysis) nounBefore(k int, s span) bool {
	if k == s.start {
		return false
	}
	switch a.lw(k - 1) {
	case "the", "a", "its", "their", "his", "her", "overall", "s":
		return true
	}
	return false
}

// leadObject reads a verb of leading at token k with a force or an
// operation after it ("lead the multinational force", "take the lead of a
// force", "assumed command of NATO's mine countermeasures group") and
// emits a support line for its subject. It reports whether it found such
// an object.
func (a *analysis) leadObject(si, k int, emit func(frame, quantity, string)) bool {
	s := a.sents[si]
	v, ok := a.leadVerbAt(k, s)
	if !ok {
		return false
	}
	j := k + 1
	if v.end-v.start > 1 || a.lw(k) == "leadership" || creationNoun(a.lw(k)) {
		// a noun of leading names what is led after "of", "in", "for"
		if j >= s.end || a.lw(j) != "of" && a.lw(j) != "in" && a.lw(j) != "for" && a.lw(j) != "over" {
			return false
		}
		j++
	}
	start := j
	head := -1
	for limit := j + 5; j < s.end && j < limit; j++ {
		if isApostropheText(a.tx(j)) {
			limit += 2 // "NATO's mine countermeasures group"
			continue
		}
		if w := a.lw(j); w == "force" || w == "forces" || w == "taskforce" || a.namedGroup(j, s) {
			head = j
			break
		}
		if a.has(j, cTroopUnit) {
			return false // "the battalion", "the battlegroup": frame.lead-unit
		}
		if m, ok := a.longest(j, s.end, cOperationNoun); ok {
			if a.has(m.end-1, cTroopUnit) && a.lw(m.end-1) != "force" {
				return false // "the multinational battlegroup": frame.lead-unit
			}
			if _, owns := a.isPossessive(m.end, s.end); owns {
				return false // "leads the mission's staffing efforts": the mission owns the object
			}
			head = m.end - 1
			break
		}
		if a.lw(j) == "own" || a.toks[j].kind == tPunct && a.tx(j) != "-" ||
			a.has(j, cTrigger, cLocPrep, cClauseBreak) {
			return false // "its own forces", "the battalion" (frame.lead-unit), a clause ends
		}
		if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].code != "EU" && a.actors[n].code != "NATO" {
			return false // "the Haitian force", "Ukraine's forces": a country's own
		}
	}
	if head < 0 {
		return false
	}
	if a.history(v, s) || a.sinceYear(s) || a.pastBeforeWithYear(v.start, s) {
		return true // "France led the operation in 2013", "has been leading it since 1999", "declined to lead it in 2023"
	}
	f, ok := a.leaderSubject(v, s)
	if !ok {
		return true
	}
	if a.ownForcesSubject(f.actors[0], v.start) {
		return true // "Ukraine's army will lead the force"
	}
	f.rule, f.conf = ruleLeadForce, 0.6
	f.window = span{f.window.start, head + 1}
	switch {
	case a.leadsNow(v, s):
		f.forced = news.StatusDelivered
	case a.lw(v.start) == "assumed" || a.lw(v.start) == "took" || a.lw(v.start) == "taken":
		f.forced = news.StatusDelivered
	}
	what := "leadership of "
	if creationNoun(a.lw(k)) {
		what = "creation of "
	}
	q := quantity{span: span{start, head + 1}, kind: news.KindSupport, sent: si,
		item: what + a.text[a.toks[start].start:a.toks[head].end]}
	emit(f, q, q.item)
	return true
}

// takeLead reads "take the lead" with no operation after it at the noun
// "lead" at token k ("will not take the lead role", "As Kenya takes the
// lead", "with the USA taking the lead"): a support line for the subject
// when the sentence or the one before names an operation or the sentence
// a kind of support. A lead in talks, a vote or a race gives none.
func (a *analysis) takeLead(si, k int, emit func(frame, quantity, string)) {
	s := a.sents[si]
	if a.lw(k) != "lead" || k-2 < s.start || a.lw(k-1) != "the" && a.lw(k-1) != "a" {
		return
	}
	switch a.lw(k - 2) {
	case "take", "takes", "took", "taking", "taken":
	default:
		return
	}
	end := k + 1
	if end < s.end && a.lw(end) == "role" {
		end++
	}
	for p := end; p < s.end && p <= end+3; p++ {
		if meetingNoun(a.lw(p)) || a.lw(p) == "diplomatic" || a.lw(p) == "race" || a.lw(p) == "polls" || a.lw(p) == "market" {
			return
		}
	}
	if !a.leadContextNear(si) {
		return
	}
	v := match{start: k - 2, end: end}
	f, ok := a.leaderSubject(v, s)
	if !ok {
		// "with the USA taking the lead": an absolute clause
		n := a.actorEndingAt(k-3, s)
		if a.lw(k-2) != "taking" || n < 0 || a.actors[n].start <= s.start || a.lw(a.actors[n].start-1) != "with" && a.lw(a.actors[n].start-1) != "the" {
			return
		}
		f = frame{actors: []actorMention{a.actors[n]}, anchor: span{v.start, v.end}, window: span{a.actors[n].start, end}}
		f.forced = news.StatusDelivered
	}
	if f.actors[0].cls == cGroup {
		return
	}
	f.rule, f.conf = ruleTakeLead, 0.55
	f.window = span{f.window.start, end}
	q := quantity{span: span{k - 1, end}, kind: news.KindSupport, sent: si, item: "leadership"}
	emit(f, q, q.item)
}

// leadContextNear reports whether sentence si or the one before names an
// operation (operationNear), or sentence si a kind of support.
func (a *analysis) leadContextNear(si int) bool {
	if a.operationNear(si) {
		return true
	}
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindSupport {
			return true
		}
	}
	return false
}

// namedGroup reports whether the "group" at token k names a naval or
// task group: written with a capital ("Mine Countermeasures Group") or
// after "naval", "task", "maritime" or "carrier".
func (a *analysis) namedGroup(k int, s span) bool {
	if a.lw(k) != "group" {
		return false
	}
	if strings.HasPrefix(a.tx(k), "G") {
		return true
	}
	if k > s.start {
		switch a.lw(k - 1) {
		case "naval", "task", "maritime", "carrier", "strike":
			return true
		}
	}
	return false
}

// dropLedForceTroops drops a troops line with no number of the sentence
// of a support.lead-force line of the same actor:
// "Kenya has offered to lead the force" is the lead, not troops of no
// number. Counted troops stay ("to lead the force by sending 1,000
// police").
func dropLedForceTroops(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	var led []news.Commitment
	for _, c := range cs {
		if c.Kind == news.KindSupport && slices.Contains(c.Rules, ruleLeadForce) {
			led = append(led, c)
		}
	}
	if len(led) == 0 {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool {
		c := cs[i]
		if c.Kind != news.KindTroops || c.Troops != nil {
			return false
		}
		return slices.ContainsFunc(led, func(l news.Commitment) bool {
			return l.Actor == c.Actor && l.Start == c.Start
		})
	})
}

// leaderSubject returns the frame of the subject of the verb of leading v
// (subjectFrame): a named country or a personal pronoun that stands for
// one ("it was ready to take the lead"); not a group, nor a definite
// description ("the country likely to lead the force" may be another).
func (a *analysis) leaderSubject(v match, s span) (frame, bool) {
	f, ok := a.subjectFrame(v, s)
	if !ok || f.rule != ruleActive && f.rule != rulePronoun || f.actors[0].cls == cGroup {
		return a.leaderBeforeComma(v, s) // "400 Kenyan police, leading a mission"
	}
	if f.anaphor.end > f.anaphor.start {
		switch a.lw(f.anaphor.start) {
		case "it", "they", "we":
		default:
			return frame{}, false
		}
	}
	return f, true
}

// sinceYear reports whether sentence s holds "since" before a year: a
// lead that has run for years ("has been leading the operation since
// 1999") is background, not news.
func (a *analysis) sinceYear(s span) bool {
	for k := s.start; k+1 < s.end; k++ {
		if a.lw(k) == "since" && a.isYear(k+1) {
			return true
		}
	}
	return false
}

// pastBeforeWithYear reports whether a verb in the past tense stands in
// the three tokens before token v of a sentence that names a year: the
// verb of leading is its infinitive ("declined to lead the force in
// 2023", "agreed in 2019 to lead it").
func (a *analysis) pastBeforeWithYear(v int, s span) bool {
	past := false
	for p := max(s.start, v-3); p < v; p++ {
		w := a.lw(p)
		if strings.HasSuffix(w, "ed") || w == "took" || w == "was" || w == "were" {
			past = true
		}
	}
	return past && a.yearIn(s)
}
