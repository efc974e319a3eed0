package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleCommand names the support of a country whose officer commands a
// multinational operation: "The Force Commander will be Italy's Rear
// Admiral …", "Commodore … of the Hellenic Navy became commander of the
// task force".
const ruleCommand = "frame.command"

// commandFrames finds the command of an operation given to a country's
// officer, one support line for the country:
//   - the role as subject of a copula, the officer after it: "The
//     Operation Commander will be Greece's Commodore …", "the commander of
//     the naval mission will be a French vice admiral";
//   - the officer as subject, the role after the copula: "Spain's General
//     … will be the mission commander", "Commodore … from the Czech Navy
//     became commander of the task force";
//   - the role as the object of a verb of giving: "Italy will provide the
//     force commander".
//
// The role must name an operation, mission or (task) force that no
// country owns ("the commander of the Russian forces", "Ukraine's army
// commander" are no line); a former commander, a past command with a year
// ("was … in 2010") and a role still to be chosen ("will be chosen by")
// give nothing. "will be" leaves the status to the cues (pledged); "is",
// "has been", "became" are delivered. An operation "under" a country's
// command is support.under-command's (frames_support_under.go).
func (a *analysis) commandFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.sentHas(si, wCommander) {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !a.tokHas(k, wCommander) {
				continue
			}
			rs, re, ok := a.operationRole(k, s)
			if !ok {
				continue
			}
			var am *actorMention
			var anchor span
			status := news.Status("")
			if ce, st, ok := a.copulaAt(re, s); ok {
				// "The Force Commander will be Italy's Rear Admiral …"
				am = a.officerAfter(ce, s)
				anchor, status = span{re, ce}, st
			} else if cs, st, ok := a.copulaBefore(rs, s); ok {
				// "Spain's General … will be the mission commander"
				am = a.officerBefore(cs, s)
				anchor, status = span{cs, rs}, st
			}
			if am == nil {
				// "Italy will provide the force commander": the role given
				if t, ok := a.triggerEndingAt(rs, s); ok {
					if f, ok := a.subjectFrame(t, s); ok {
						f.rule, f.conf = ruleCommand, 0.6
						f.window = span{f.window.start, re}
						q := quantity{span: span{rs, re}, kind: news.KindSupport, sent: si,
							item: "command: " + a.text[a.toks[rs].start:a.toks[re-1].end]}
						emit(f, q, q.item)
						k = re
					}
				}
				continue
			}
			if (a.lw(anchor.start) == "was" || a.lw(anchor.start) == "were") && a.yearIn(s) {
				continue // "The force commander was a Greek admiral in 2010": history
			}
			f := frame{actors: []actorMention{*am}, anchor: anchor, rule: ruleCommand, conf: 0.6,
				window: span{min(am.start, rs), max(am.end, re)}, forced: status}
			q := quantity{span: span{rs, re}, kind: news.KindSupport, sent: si,
				item: "command: " + a.text[a.toks[rs].start:a.toks[re-1].end]}
			emit(f, q, q.item)
			k = re
		}
	}
}

// operationRole reads the role of commander at token k ("commander") as
// the command of an operation: "force commander", "Operation Commander",
// "the mission's commander", "commander of the naval mission", "commander
// of Task Force 150". It returns the role's token range [start, end)
// (with its article) and whether it names such an operation. A former
// commander, an air force and a role owned by a country ("Ukraine's army
// commander", "commander of the Russian forces") are not.
func (a *analysis) operationRole(k int, s span) (start, end int, ok bool) {
	start, end = k, k+1
	j := k - 1
	if j > s.start && a.lw(j) == "deputy" {
		j--
	}
	switch {
	case j >= s.start && (a.lw(j) == "force" || a.lw(j) == "operation" || a.lw(j) == "mission"):
		if j > s.start && a.lw(j-1) == "air" {
			return 0, 0, false // "air force commander": a country's own
		}
		start, ok = j, true
		if j > s.start && a.lw(j-1) == "task" {
			start--
		}
	case j-2 >= s.start && a.lw(j) == "s" && isApostropheText(a.tx(j-1)) && a.has(j-2, cOperationNoun):
		start, ok = j-2, true // "the mission's commander"
	}
	if !ok && end+1 < s.end && a.lw(end) == "of" {
		// "commander of the (new) naval mission", "commander of Task Force 150"
		for p := end + 1; p < s.end && p <= end+4; p++ {
			if a.actorEndingAt(p, s) >= 0 && !strings.EqualFold(a.tx(p), "EU") {
				break // "commander of the Russian forces"
			}
			if m, found := a.longest(p, s.end, cOperationNoun); found && a.lw(m.start) != "effort" {
				end, ok = m.end, true
				for end < s.end && a.toks[end].kind == tNum {
					end++ // "Task Force 150"
				}
				break
			}
			if a.toks[p].kind == tPunct {
				break
			}
		}
	}
	if !ok {
		return 0, 0, false
	}
	// a country's own role: "Ukraine's force commander", "the Italian force commander"
	if a.actorEndingAt(start-1, s) >= 0 || start-2 >= s.start && a.lw(start-1) == "s" && a.actorEndingAt(start-3, s) >= 0 {
		return 0, 0, false
	}
	if start > s.start && (a.lw(start-1) == "the" || a.lw(start-1) == "its" || a.lw(start-1) == "a") {
		start--
	}
	for p := max(s.start, start-2); p < k; p++ {
		switch a.lw(p) {
		case "former", "previous", "outgoing", "ex", "late":
			return 0, 0, false
		}
	}
	return start, end, true
}

// copulaAt reads a copula that starts at token k: "will be", "is", "has
// been", "became", "is to be" … It returns the token after it and the
// status it says: delivered for a present or past one, empty (the cues
// decide) for a future or a hedge.
func (a *analysis) copulaAt(k int, s span) (end int, st news.Status, ok bool) {
	if k >= s.end {
		return 0, "", false
	}
	switch a.lw(k) {
	case "is", "are", "was", "were", "became", "becomes":
		if k+2 < s.end && a.lw(k+1) == "to" && a.lw(k+2) == "be" {
			return k + 3, "", true // "is to be"
		}
		return k + 1, news.StatusDelivered, true
	case "has", "have":
		if k+1 < s.end && a.lw(k+1) == "been" || k+1 < s.end && a.lw(k+1) == "become" {
			return k + 2, news.StatusDelivered, true
		}
	case "will", "would", "shall", "could", "may", "might":
		if k+1 < s.end && a.lw(k+1) == "be" {
			return k + 2, "", true
		}
		if k+1 < s.end && a.lw(k+1) == "become" {
			return k + 2, "", true
		}
	}
	return 0, "", false
}

// copulaBefore reads a copula that ends right before the role starting at
// token rs ("… will be the mission commander", "… became commander of").
func (a *analysis) copulaBefore(rs int, s span) (start int, st news.Status, ok bool) {
	for c := rs - 1; c >= s.start && c >= rs-3; c-- {
		// ("became afloat commander": one word may qualify the role)
		if end, st, ok := a.copulaAt(c, s); ok && (end == rs || end == rs-1 && a.toks[end].kind == tWord && !a.upper(end) && a.actorAt[end] < 0) {
			return c, st, true
		}
	}
	return 0, "", false
}

// officerAfter returns the country of the officer named right after a
// copula that ends at token k: "Greece's Commodore …", "an Italian rear
// admiral", "Commodore … of the Hellenic Navy". A participle right after
// the copula ("will be chosen by") and a place ("will be in Rome") name no
// officer.
func (a *analysis) officerAfter(k int, s span) *actorMention {
	if k >= s.end || a.actorEndingAt(k, s) < 0 && (strings.HasSuffix(a.lw(k), "ed") || strings.HasSuffix(a.lw(k), "en")) {
		return nil
	}
	for p := k; p < s.end && p < k+7; p++ {
		if a.toks[p].kind == tPunct && !isApostropheText(a.tx(p)) || a.lw(p) == "and" || a.has(p, cClauseBreak) {
			return nil
		}
		// "will be in Rome on Monday": a place, not the officer's country
		if a.has(p, cLocPrep) && a.lw(p) != "of" && a.lw(p) != "from" {
			return nil
		}
		if am := a.officerCountryAt(p, s); am != nil {
			return am
		}
	}
	return nil
}

// officerCountryAt returns the country named at token k: an actor mention, or a
// demonym that the actor finder leaves when no title follows ("an Italian
// rear admiral", "the Czech Navy").
func (a *analysis) officerCountryAt(k int, s span) *actorMention {
	if n := a.actorEndingAt(k, s); n >= 0 && len(a.actors[n].code) == 2 && a.actors[n].cls != cGroup {
		am := a.actors[n]
		return &am
	}
	if m, ok := a.longest(k, s.end, cDemonym); ok && len(m.value) == 2 {
		return &actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: a.sentAfter(k)}
	}
	return nil
}

// officerBefore returns the country of the officer that is the subject of
// a copula starting at token c: "Spain's General …", "Commodore … from the
// Czech Navy" (the nearest country within eight tokens, in the same
// clause).
func (a *analysis) officerBefore(c int, s span) *actorMention {
	for p := c - 1; p >= s.start && p >= c-8; p-- {
		if a.toks[p].kind == tPunct && !isApostropheText(a.tx(p)) || a.has(p, cClauseBreak, cTrigger) {
			return nil
		}
		if am := a.officerCountryAt(p, s); am != nil {
			return am
		}
	}
	return nil
}

// yearIn reports whether sentence s names a year.
func (a *analysis) yearIn(s span) bool {
	for k := s.start; k < s.end; k++ {
		if a.isYear(k) {
			return true
		}
	}
	return false
}

// demonymAgent returns the country of an agent written as an officer of a
// country: "by a Dutch commodore", "by an Italian admiral" (k is the token
// after "by"), or nil.
func (a *analysis) demonymAgent(k int, s span) *actorMention {
	if k+2 >= s.end || a.lw(k) != "a" && a.lw(k) != "an" {
		return nil
	}
	am := a.officerCountryAt(k+1, s)
	if am == nil || am.start != k+1 || am.cls != cDemonym {
		return nil
	}
	if am.end >= s.end || !a.has(am.end, cTitle) && !militaryRank(a.lw(am.end)) {
		return nil
	}
	return am
}

// militaryRank reports whether w is a military rank that names an
// officer: "general", "admiral", "commodore" ….
func militaryRank(w string) bool {
	switch w {
	case "general", "admiral", "commodore", "colonel", "brigadier", "major", "captain", "commander", "officer", "rear", "vice", "lieutenant":
		return true
	}
	return false
}

// forOtherSubject reports whether an infinitive with its own subject ("for
// any country to", "for other nations to") lies between an actor ending
// at token from and a verb at token v: the actor is not the one who
// joins ("The EU has no preference for any country to be part of the
// mission"), or a group noun stands right before the verb ("expect any
// country participating in the mission").
func (a *analysis) forOtherSubject(from, v int, s span) bool {
	// "we expect any country participating in the mission": the countries are the subject
	for j := max(from, v-2); j < v; j++ {
		if a.has(j, cGroupNoun) || a.lw(j) == "country" || a.lw(j) == "nation" {
			return true
		}
	}
	for j := max(from, s.start); j+2 < v && j < s.end; j++ {
		if a.lw(j) != "for" {
			continue
		}
		for p := j + 1; p < v && p <= j+4; p++ {
			if a.lw(p) == "to" {
				return p > j+1
			}
		}
	}
	return false
}

// presentPassive returns delivered when the participle at token v follows
// a present or perfect passive ("is led by", "are being joined by", "has
// been commanded by"): the operation runs now. It returns the empty
// status for a future or hedged one ("will be led by") and without one.
func (a *analysis) presentPassive(v int, s span) news.Status {
	st := news.Status("")
	for p := v - 1; p >= s.start && p >= v-4; p-- {
		switch a.lw(p) {
		case "is", "are", "being", "been":
			if st == "" {
				st = news.StatusDelivered
			}
		case "will", "would", "could", "may", "might", "shall", "to":
			return ""
		default:
			if !strings.HasSuffix(a.lw(p), "ly") && a.lw(p) != "also" && a.lw(p) != "has" && a.lw(p) != "have" {
				return st
			}
		}
	}
	return st
}

// includedMember reports whether the actor starting at token k is named
// after "including" right behind a group noun: "Other nations including
// Chile, Peru and Belize have pledged" names members of the subject, not
// a place or an object.
func (a *analysis) includedMember(k int, s span) bool {
	p := k - 1
	if p > s.start && a.lw(p) == "the" {
		p--
	}
	if p <= s.start || a.lw(p) != "including" {
		return false
	}
	return a.has(p-1, cGroupNoun) || p-2 >= s.start && a.tx(p-1) == "," && a.has(p-2, cGroupNoun)
}

// ownEffortObject reports whether the support verb at token k has a
// country's own effort as its object: "assist Vietnam's drive to …",
// "support Kenya's efforts to …", "help Ukraine's push for …". Such help
// names no concrete kind of support.
func (a *analysis) ownEffortObject(k int, s span) bool {
	j := k + 1
	n := a.actorEndingAt(j, s)
	if n < 0 || a.actors[n].start != j {
		return false
	}
	p, ok := a.isPossessive(a.actors[n].end, s.end)
	if !ok {
		return false
	}
	for e := p; e < s.end && e <= p+1; e++ {
		switch a.lw(e) {
		case "drive", "effort", "efforts", "push", "bid", "quest", "ambition", "ambitions", "plan", "plans", "attempt", "attempts", "campaign":
			return true
		}
	}
	return false
}

// officerSubject returns the country of an officer who is the subject of
// the verb at token v: "A French general will take command of …", "an
// Italian admiral leads …" (an article, a demonym and a rank open the
// sentence, then the modals and adverbs before the verb), or nil.
func (a *analysis) officerSubject(v int, s span) *actorMention {
	p := v - 1
	for p > s.start && (a.has(p, cIrrealis, cPerfectAux, cPassiveAux) || a.lw(p) == "also" || strings.HasSuffix(a.lw(p), "ly")) {
		p--
	}
	if !militaryRank(a.lw(p)) || p-1 < s.start {
		return nil
	}
	for d := p - 1; d >= s.start && d >= p-2; d-- {
		if am := a.officerCountryAt(d, s); am != nil && am.cls == cDemonym && am.end == d+1 {
			if am.start-1 == s.start && (a.lw(s.start) == "a" || a.lw(s.start) == "an" || a.lw(s.start) == "the") || am.start == s.start {
				return am
			}
			return nil
		}
	}
	return nil
}

// triggerEndingAt returns a verb of giving (class trigger) that ends right
// before token end: "will provide | the force commander".
func (a *analysis) triggerEndingAt(end int, s span) (match, bool) {
	for k := max(s.start, end-3); k < end; k++ {
		if m, ok := a.longest(k, end, cTrigger); ok && m.end == end {
			return m, true
		}
	}
	return match{}, false
}
