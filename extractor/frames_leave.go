package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleLeave marks a country that leaves a multinational operation or
// coalition: its participation, declined.
const ruleLeave = "frame.leave"

// leaveVerbEnd returns the end of a verb of leaving that starts at token
// k ("pulled out of", "withdrew from", "left", "quit", "exits"), or -1.
func (a *analysis) leaveVerbEnd(k int, s span) int {
	w := a.lw(k)
	next := ""
	if k+1 < s.end {
		next = a.lw(k + 1)
	}
	switch w {
	case "pull", "pulls", "pulled", "pulling":
		if next == "out" && k+2 < s.end && a.lw(k+2) == "of" {
			return k + 3
		}
	case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing":
		if next == "from" {
			return k + 2
		}
	case "leave", "leaves", "left", "leaving", "quit", "quits", "quitting", "exit", "exits", "exited", "exiting", "abandon", "abandons", "abandoned":
		return k + 1
	}
	return -1
}

// leaveFrames finds countries that leave a multinational operation, one
// line each, declined: troops without a number for a force, mission or
// operation, support for a coalition or initiative: "France pulled out of the naval mission",
// "Italy withdrew from the coalition", "Poland will leave the coalition".
// The operation noun must follow the verb; a departure told with a year
// ("left the mission in 2019") is history and is skipped, as for joining.
func (a *analysis) leaveFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		hasOp := a.stats.sentCls[si]&(1<<cOperationNoun) != 0
		if !hasOp && !a.troopsAround(si) {
			continue // no operation to leave, no troops to take home
		}
		for k := s.start + 1; k < s.end; k++ {
			end := a.leaveVerbEnd(k, s)
			if end < 0 || end >= s.end {
				continue
			}
			op, ok := span{}, false
			if hasOp {
				op, ok = a.operationAfter(end, s)
			}
			host := false
			if !ok {
				if op, ok = a.hostLeftAfter(end, s); !ok {
					continue
				}
				host = true
			}
			v := match{start: k, end: end}
			f, ok := a.subjectFrame(v, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun || a.history(v, s) || a.leftInYear(k, s) {
				continue
			}
			if host && !a.countriesLeave(f, op, k, si, s) {
				continue
			}
			// "soldiers who have left the mission": the troops leave, read by their frames
			if last := f.actors[len(f.actors)-1].end; a.quantityIn(span{last, v.start}, si) {
				continue
			}
			f.rule = ruleLeave
			f.conf = min(f.conf, 0.7)
			if host {
				// "Sweden decided to leave the country": its troops go home
				f.name = ruleLeaveCountry
				f.forced = news.StatusDeclined
				f.window = span{f.window.start, op.end}
				emit(f, quantity{span: span{k, op.end}, kind: news.KindTroops, sent: si, item: "troops"}, "troops")
				k = op.end - 1
				continue
			}
			f.forced = news.StatusDeclined
			f.window = span{f.window.start, op.end}
			q := quantity{span: span{k, op.end}, kind: news.KindSupport, sent: si,
				item: "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]}
			// leaving a force or a military mission withdraws troops (the
			// conventions: a withdrawal is troops, declined)
			if militaryOperation(a.lw(op.end - 1)) {
				q.kind, q.item = news.KindTroops, "troops"
			}
			emit(f, q, q.item)
			k = op.end - 1
		}
	}
}

// militaryOperation reports whether the head noun of an operation names a
// deployment of troops ("task force", "mission", "operation").
func militaryOperation(head string) bool {
	switch head {
	case "force", "forces", "mission", "missions", "operation", "operations":
		return true
	}
	if troopUnitHead(head) {
		return true
	}
	return false
}

// leftInYear reports whether the verb of leaving at k is an irregular past
// ("left", "quit", "withdrew") in a sentence with a year: "Chile left the
// mission in 2019" is history (see history for the regular past).
func (a *analysis) leftInYear(k int, s span) bool {
	switch a.lw(k) {
	case "left", "quit", "withdrew", "withdrawn":
	default:
		return false
	}
	for j := s.start; j < s.end; j++ {
		if a.isYear(j) {
			return true
		}
	}
	return false
}
