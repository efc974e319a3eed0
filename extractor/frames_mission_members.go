package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The leader of an operation named in the grammar of its member list:
// "the coalition, led by France, includes A, B and C", "the US-led
// mission comprises A and B", "the operation is led by Britain and
// includes A and B". The members are read by membersInclude; this file
// reads the leader phrase between the operation noun and the verb of
// make-up, and the verbs of make-up with an auxiliary ("is made up of",
// "will include").

// ruleMembersLeader names the support of a country that leads an
// operation whose members are listed: "the A-led coalition includes …",
// "the coalition, led by A, includes …".
const ruleMembersLeader = "frame.members-leader"

// leaderBeforeMembers reads a leader phrase that starts at token j, right
// after an operation noun, and returns the token after it and the
// leaders it names:
//   - ", (which is) led|headed|commanded by A," returns A;
//   - "is (currently) led|lead|headed|commanded by A and" returns A.
//
// It returns j and nil when no such phrase starts at j.
func (a *analysis) leaderBeforeMembers(j int, s span) (int, []actorMention) {
	k := j
	comma := k < s.end && a.tx(k) == ","
	if comma {
		k++
		if k+1 < s.end && a.lw(k) == "which" && (a.lw(k+1) == "is" || a.lw(k+1) == "are") {
			k += 2
		}
	} else if k < s.end && (a.lw(k) == "is" || a.lw(k) == "are") {
		k++
	} else {
		return j, nil
	}
	if k < s.end && (a.lw(k) == "currently" || a.lw(k) == "now" || a.lw(k) == "jointly") {
		k++
	}
	if k+1 >= s.end || a.lw(k+1) != "by" {
		return j, nil
	}
	switch a.lw(k) {
	case "led", "lead", "headed", "commanded", "co-led":
	default:
		return j, nil
	}
	var leaders []actorMention
	for _, am := range a.listAt(k+2, s) {
		if len(am.code) == 2 || am.code == "EU" || am.code == "NATO" {
			leaders = append(leaders, am)
		}
	}
	if len(leaders) == 0 {
		if am := a.demonymAgent(k+2, s); am != nil {
			leaders = append(leaders, *am) // "led by a French admiral"
		}
	}
	if len(leaders) == 0 {
		return j, nil
	}
	end := leaders[len(leaders)-1].end
	if !comma {
		// "is led by A and includes …"
		if end < s.end && a.lw(end) == "and" {
			return end + 1, leaders
		}
		return j, nil
	}
	if end < s.end && a.tx(end) == "," {
		return end + 1, leaders
	}
	return j, nil
}

// ledAdjective returns the country of a "-led" adjective right before
// the operation noun that starts at token m: "the US-led coalition", "a
// French-led mission" (the tokens country, "-", "led"), or nil.
func (a *analysis) ledAdjective(m int, s span) *actorMention {
	if m-3 < s.start || a.lw(m-1) != "led" || a.tx(m-2) != "-" {
		return nil
	}
	for d := max(s.start, m-4); d <= m-3; d++ {
		if am := a.officerCountryAt(d, s); am != nil && am.end == m-2 {
			return am
		}
	}
	return nil
}

// makeUpVerb reads a verb of make-up with its auxiliaries at token j
// ("includes", "comprises", "consists of", "brings together", "is made
// up of", "is composed of", "will include", "will be made up of") and
// returns the token after it, or -1, and whether it is future ("will
// include").
func (a *analysis) makeUpVerb(j int, s span) (int, bool) {
	if j < s.end && a.lw(j) == "also" {
		j++
	}
	aux, future := false, false
	for j < s.end && (a.lw(j) == "will" || a.lw(j) == "is" || a.lw(j) == "are" || a.lw(j) == "be") {
		future = future || a.lw(j) == "will"
		j++
		aux = true
	}
	end := a.makeUpVerbAt(j, aux, s)
	return end, future
}

// makeUpVerbAt reads the verb of make-up itself at token j, after an
// auxiliary when aux is set, and returns the token after it, or -1.
func (a *analysis) makeUpVerbAt(j int, aux bool, s span) int {
	if j < s.end && a.lw(j) == "also" {
		j++
	}
	w := a.lw(j)
	switch {
	case j >= s.end:
		return -1
	case !aux && w == "includes", !aux && w == "comprises", !aux && w == "included", !aux && w == "comprised":
		return j + 1
	case w == "include" || w == "comprise":
		return j + 1
	case !aux && (w == "consists" || w == "consisted") && j+1 < s.end && a.lw(j+1) == "of":
		return j + 2
	case !aux && (w == "brings" || w == "brought") && j+1 < s.end && a.lw(j+1) == "together":
		return j + 2
	case aux && w == "made" && j+2 < s.end && a.lw(j+1) == "up" && a.lw(j+2) == "of":
		return j + 3
	case aux && w == "composed" && j+1 < s.end && a.lw(j+1) == "of":
		return j + 2
	}
	return -1
}

// emitLeaders emits one support line of status st for each leader of
// the operation m whose members are listed; its name ends before token
// name.
func (a *analysis) emitLeaders(si int, leaders []actorMention, m match, name int, st news.Status, emit func(frame, quantity, string)) {
	if len(leaders) == 0 {
		return
	}
	anchor := span{m.start, m.end}
	win := span{min(m.start, leaders[0].start), max(m.end, leaders[len(leaders)-1].end)}
	item := "leading " + a.text[a.toks[m.start].start:a.toks[name-1].end]
	f := frame{actors: leaders, anchor: anchor, rule: ruleMembersLeader, window: win, conf: 0.55, forced: st}
	q := quantity{span: anchor, kind: news.KindSupport, sent: si, item: item}
	emit(f, q, item)
}

// operationNameEnd returns the token after the proper name that follows
// a capitalised operation noun ending at token end ("Operation Blue
// Gate", "Task Force Harbour"): up to three capitalised words that name
// no actor. It returns end when none follows.
func (a *analysis) operationNameEnd(m match, s span) int {
	if !a.upper(m.start) {
		return m.end
	}
	j := m.end
	for j < s.end && j < m.end+3 && a.toks[j].kind != tPunct && a.upper(j) && a.actorEndingAt(j, s) < 0 {
		j++
	}
	return j
}
