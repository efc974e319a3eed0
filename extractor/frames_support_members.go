package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleMembers names the support of a country listed as a member of a
// coalition, mission or initiative: "the coalition includes 23 countries:
// A, B, C …".
const ruleMembers = "frame.members"

// membersInclude reads the members listed after an operation noun and a
// verb of including at token k: "the Demining Coalition includes 23
// countries: A, B and C", "the mission comprises Britain, France and
// Italy", "the initiative brings together Canada, Japan and Norway",
// "the coalition, led by France, is made up of A and B". Each country
// named gets one support line, pledged; when a leader is named too
// (leaderBeforeMembers, ledAdjective) the operation runs and the members
// and the leader are delivered, unless the make-up is future ("will
// include"). It reports whether it read a list.
func (a *analysis) membersInclude(si int, s span, k int, emit func(frame, quantity, string)) bool {
	m, ok := a.longest(k, s.end, cOperationNoun)
	if !ok {
		return false
	}
	// "the programme includes Moldova and Georgia": the countries a
	// programme serves are its beneficiaries, not givers
	switch a.lw(m.end - 1) {
	case "programme", "program", "programmes", "programs":
		return false
	}
	// "the coalition, led by France, includes …", "the US-led mission comprises …"
	name := a.operationNameEnd(m, s)
	j, leaders := a.leaderBeforeMembers(name, s)
	if am := a.ledAdjective(m.start, s); am != nil {
		leaders = append(leaders, *am)
	}
	j, future := a.makeUpVerb(j, s)
	if j < 0 {
		return false
	}
	// an operation that has a lead and members named runs now: its
	// members and lead are in place, unless the make-up is to come
	st := news.StatusPledged
	if len(leaders) > 0 && !future {
		st = news.StatusDelivered
	}
	// "23 countries:", "the following nations:": the group that announces the list
	if n := a.actorEndingAtOrAfter(j, s); n > j {
		j = n
	}
	for j < s.end && (a.tx(j) == ":" || a.tx(j) == "-" || a.tx(j) == "–") {
		j++
	}
	var named []actorMention
	for _, am := range a.listAt(j, s) {
		if len(am.code) == 2 && am.cls != cGroup && am.cls != cDemonym {
			named = append(named, am)
		}
	}
	if len(named) < 2 {
		return false // one name is no member list: "the mission includes Kenya's police"
	}
	named = a.withoutHelped(named)
	anchor := span{m.start, j}
	f := frame{actors: named, anchor: anchor, rule: ruleMembers, window: span{m.start, named[len(named)-1].end}, conf: 0.55, forced: st}
	q := quantity{span: anchor, kind: news.KindSupport, sent: si, item: "member of " + a.text[a.toks[m.start].start:a.toks[name-1].end]}
	// "the drone coalition includes …": a coalition named for materiel supplies it
	// ("The Coalition includes …" after "the drone coalition": materielOperation)
	if item, ok := a.materielOperation(m); ok {
		q.kind, q.item = news.KindEquipment, item
	} else if a.troopContributorsBefore(m.start, s) {
		// "Troop-contributing countries to the mission include A, B and C"
		q.kind, q.item = news.KindTroops, ""
		f.name = ruleTroopsContributorMembers
		if !future {
			f.forced = news.StatusDelivered
		}
	}
	emit(f, q, q.item)
	a.emitLeaders(si, leaders, m, name, st, emit)
	return true
}

// actorEndingAtOrAfter returns the end of a group mention ("23
// countries", "the following nations") that starts at token j in s, or j.
func (a *analysis) actorEndingAtOrAfter(j int, s span) int {
	for _, am := range a.actorsOf(s) {
		if am.start == j && am.cls == cGroup {
			return am.end
		}
		if am.start == j+1 && a.lw(j) == "the" && am.cls == cGroup {
			return am.end
		}
	}
	return j
}

// dropRecipientMembers drops a member line (ruleMembers) whose actor is
// the recipient of other lines of the text: the country a coalition
// helps is often listed among its members ("the coalition for Ukraine
// includes Ukraine, Belgium, …"), but it gives nothing.
func dropRecipientMembers(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	var received map[string]int
	for _, c := range cs {
		if c.Recipient != "" && !slices.Contains(c.Rules, ruleMembers) {
			if received == nil {
				received = map[string]int{}
			}
			received[c.Recipient]++
		}
	}
	if received == nil {
		return cs, order
	}
	n := 0
	for i, c := range cs {
		if received[c.Actor] > 0 && slices.Contains(c.Rules, ruleMembers) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// withoutHelped drops from a member list the country the text is about:
// the one named (or its demonym used) at least three times and at least
// twice as often as any other member. A coalition for a country lists it
// among its members, but it gives nothing. It counts the mentions of the
// text once.
func (a *analysis) withoutHelped(named []actorMention) []actorMention {
	count := make(map[string]int, len(named))
	for _, am := range named {
		count[am.code] = 0
	}
	for _, am := range a.actors {
		if _, ok := count[am.code]; ok {
			count[am.code]++
		}
	}
	best, top, second := "", 0, 0
	for code, n := range count {
		switch {
		case n > top:
			best, top, second = code, n, top
		case n > second:
			second = n
		}
	}
	if top < 3 || top < 2*second {
		return named
	}
	out := named[:0:0]
	for _, am := range named {
		if am.code != best {
			out = append(out, am)
		}
	}
	return out
}
