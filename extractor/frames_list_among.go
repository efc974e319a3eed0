package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleAmongMembers names the line of a country listed after a fronted
// "Among" phrase that names a group of givers and what they give.
const ruleAmongMembers = "frame.among-members"

// ruleGroupInclude names the line of a country listed after a group of
// givers and "include": "The countries that have pledged troops include
// A, B and C".
const ruleGroupInclude = "frame.group-include"

// ruleAmongSubject names the line of a country said to be among a group
// of givers: "Spain is among the countries that have sent tanks".
const ruleAmongSubject = "frame.among-subject"

// amongMembersFrames reads the countries listed after a fronted "Among"
// phrase and a copula: "Among the nations considering the coalition are
// A, B and C", "Among the countries that have pledged troops were A and
// B", "Among the contributors to the mission are A and B". Each country
// gets one line of the kind the phrase names: troops (a troop noun, no
// number: the members' shares are not told), goods (an equipment noun,
// also a coalition named for materiel), participation in an operation,
// or a kind of support; the status comes from the phrase's cues
// ("considering" is considering, "have sent" delivered). The phrase must
// hold a verb of giving, joining, weighing or refusing, or name the
// members as contributors, donors or participants. No line when the
// phrase names another country (the members may be its recipients), a
// verb of receiving or asking, or a year (history), or when anything but
// a list of two or more countries follows the copula.
func (a *analysis) amongMembersFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if s.end-s.start < 7 || a.lw(s.start) != "among" {
			continue
		}
		v, members := a.amongList(s)
		if v < 0 {
			continue
		}
		q, ok := a.amongKind(si, span{s.start + 1, v})
		if !ok {
			continue
		}
		f := frame{actors: members, anchor: span{s.start, v + 1}, rule: ruleAmongMembers,
			window: span{s.start, v}, conf: 0.55, forced: a.phraseDelivered(span{s.start, v})}
		emit(f, q, q.item)
	}
}

// amongList returns the copula that ends the fronted phrase of sentence
// s and the countries listed after it up to the end of s, or -1.
func (a *analysis) amongList(s span) (int, []actorMention) {
	acts := a.actorsOf(s)
	first := -1
	for i, am := range acts {
		if am.start <= s.start+1 {
			continue
		}
		if am.cls == cGroup {
			continue // "the nations", "several allies": the phrase's head
		}
		if a.recipientMention(am) {
			continue // "the countries that sent tanks to Ukraine"
		}
		first = i
		break
	}
	if first < 0 {
		return -1, nil
	}
	v := acts[first].start - 1
	if a.lw(v) == "the" {
		v--
	}
	switch a.lw(v) {
	case "are", "were", "is", "was", "include", "included", "includes":
	default:
		return -1, nil // "Among the donors to Kenya are …": another country in the phrase
	}
	var out []actorMention
	k := v + 1
	for _, am := range acts[first:] {
		for k < am.start {
			if !a.isSeparator(k) && a.lw(k) != "the" {
				return -1, nil // more than a list of countries
			}
			k++
		}
		if len(am.code) != 2 || am.cls == cDemonym || am.cls == cGroup {
			return -1, nil
		}
		out = append(out, am)
		k = am.end
	}
	for ; k < s.end; k++ {
		if a.toks[k].kind != tPunct {
			return -1, nil
		}
	}
	if len(out) < 2 {
		return -1, nil
	}
	return v, out
}

// amongKind returns what the fronted phrase p of sentence si says its
// members give, or false when it names no kind, no verb of commitment,
// or a verb of receiving or asking.
func (a *analysis) amongKind(si int, p span) (quantity, bool) {
	verb, members := false, false
	var troop, goods, op, sup match
	var hasTroop, hasGoods, hasOp, hasSup bool
	for k := p.start; k < p.end; k++ {
		if a.has(k, cReceive) || askedWord(a.lw(k)) {
			return quantity{}, false // "Among the countries asked to send troops are …"
		}
		if a.has(k, cTrigger, cDeliveryPast, cConsidering, cDeclined, cJoinVerb, cSupportVerb, cDelivered) {
			verb = true
		}
		switch a.lw(k) {
		case "contributors", "contributing", "donors", "participants", "participating":
			verb = true
		case "members":
			// "the members of the coalition": members of an operation
			members = true
		}
		if m, ok := a.longest(k, p.end, cEquipNoun); ok && !hasGoods {
			goods, hasGoods = m, true
		} else if m, ok := a.longest(k, p.end, cTroopNoun); ok && !hasTroop {
			troop, hasTroop = m, true
		}
		if m, ok := a.longest(k, p.end, cOperationNoun); ok && !hasOp {
			op, hasOp = m, true
		}
		if m, ok := a.longest(k, p.end, cSupportNoun); ok && !hasSup {
			sup, hasSup = m, true
		}
	}
	if !verb && !(members && hasOp) {
		return quantity{}, false
	}
	text := func(m match) string { return a.text[a.toks[m.start].start:a.toks[m.end-1].end] }
	switch {
	case hasTroop:
		return quantity{span: span{troop.start, troop.end}, kind: news.KindTroops, sent: si}, true
	case hasGoods && (!hasOp || goods.end <= op.start):
		// "the drone coalition": a coalition named for materiel supplies it
		return quantity{span: span{goods.start, goods.end}, kind: news.KindEquipment, sent: si, item: text(goods)}, true
	case hasOp:
		if a.politicalCoalition(op, a.sents[si]) {
			return quantity{}, false // "the ruling coalition"
		}
		if w := a.lw(op.end - 1); w == "programme" || w == "program" || w == "programmes" || w == "programs" {
			return quantity{}, false // the members of a programme are served by it
		}
		return quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si, item: "participation in " + text(op)}, true
	case hasSup:
		return quantity{span: span{sup.start, sup.end}, kind: news.KindSupport, sent: si, item: text(sup)}, true
	}
	return quantity{}, false
}

// recipientMention reports whether the country am follows "to" or "for"
// (with "the" between): the receiver of what the phrase gives.
func (a *analysis) recipientMention(am actorMention) bool {
	p := am.start - 1
	if a.lw(p) == "the" {
		p--
	}
	return a.lw(p) == "to" || a.lw(p) == "for"
}

// groupIncludeFrames reads the members of a group of givers listed after
// "include" or a copula, the group opening the sentence: "The countries
// that have pledged troops include A, B and C", "Troop contributors
// include A and B". One line each of the kind the group's phrase names
// (amongKind); none when the phrase names an operation (frame.members
// reads "the coalition includes …"; "the members of the coalition are"
// and "the mission's participants include" are read here) or when the
// sentence opens with no noun of a group of givers.
func (a *analysis) groupIncludeFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if s.end-s.start < 6 {
			continue
		}
		head := false
		for k := s.start; k < s.end && k < s.start+4; k++ {
			// (four tokens: "Troop-contributing countries" is four)
			if a.has(k, cGroupNoun) || a.lw(k) == "contributors" {
				head = true
			}
		}
		if !head {
			continue
		}
		v, members := a.amongList(s)
		if v < 0 {
			continue
		}
		p := span{s.start, v}
		op, memberWord := false, false
		for k := p.start; k < p.end; k++ {
			if a.has(k, cOperationNoun) {
				op = true
			}
			if w := a.lw(k); w == "members" || w == "participants" {
				memberWord = true
			}
		}
		if op && !memberWord {
			continue // "the coalition includes A and B": frame.members
		}
		q, ok := a.amongKind(si, p)
		if !ok {
			continue
		}
		st := a.phraseDelivered(p)
		if st == "" && q.kind == news.KindTroops && a.troopContributorsBefore(v, s) && !a.modalBefore(s.start, v+1) {
			st = news.StatusDelivered // "Troop-contributing countries include …": in place
		}
		emit(frame{actors: members, anchor: span{v, v + 1}, rule: ruleGroupInclude, window: p, conf: 0.55, forced: st}, q, q.item)
	}
}

// amongAfterFrames reads countries said to be among a group of givers:
// "Spain and Portugal are (also) among the countries that have sent
// tanks", "Spain is among the nations weighing the mission". The
// subject's countries open the sentence; one line each of the kind the
// phrase after "among" names (amongKind).
func (a *analysis) amongAfterFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if s.end-s.start < 6 {
			continue
		}
		members := a.listAt(s.start, s)
		if len(members) == 0 {
			continue
		}
		for _, am := range members {
			if len(am.code) != 2 || am.cls == cDemonym || am.cls == cGroup {
				members = nil
				break
			}
		}
		if len(members) == 0 {
			continue
		}
		k := members[len(members)-1].end
		switch a.lw(k) {
		case "is", "are", "was", "were":
		default:
			continue
		}
		k++
		for k < s.end && (a.lw(k) == "also" || a.lw(k) == "now" || a.lw(k) == "already" || a.lw(k) == "still") {
			k++
		}
		if k >= s.end || a.lw(k) != "among" {
			continue
		}
		p := span{k + 1, s.end}
		other := false
		for _, am := range a.actorsOf(s) {
			if am.start >= p.start && am.cls != cGroup && !a.recipientMention(am) {
				other = true // "among the countries Germany armed"
			}
		}
		if other {
			continue
		}
		q, ok := a.amongKind(si, p)
		if !ok {
			continue
		}
		emit(frame{actors: members, anchor: span{k, k + 1}, rule: ruleAmongSubject, window: span{s.start, s.end}, conf: 0.55, forced: a.phraseDelivered(p)}, q, q.item)
	}
}

// phraseDelivered returns delivered when the phrase p holds a past verb
// of handing over ("that have sent", "which delivered") and no hedge,
// refusal or future; else "" (the status cues decide).
func (a *analysis) phraseDelivered(p span) news.Status {
	past := false
	for k := p.start; k < p.end; k++ {
		if a.has(k, cConsidering, cDeclined) {
			return ""
		}
		switch a.lw(k) {
		case "will", "would", "can", "should", "shall", "plan", "plans", "not":
			return ""
		}
		if a.has(k, cDeliveryPast) {
			past = true
		}
	}
	if past {
		return news.StatusDelivered
	}
	return ""
}

// askedWord reports whether w is a verb of asking or inviting: the
// countries asked to give have not committed anything.
func askedWord(w string) bool {
	switch w {
	case "asked", "invited", "urged", "pressed", "requested", "approached", "called":
		return true
	}
	return false
}

// modalBefore reports whether a modal or a hedge stands in [from, to)
// ("will", "could", "may", "considering"); the "to" of an infinitive or of
// a destination is none.
func (a *analysis) modalBefore(from, to int) bool {
	for k := max(0, from); k < to; k++ {
		if a.has(k, cIrrealis, cConsidering, cDeclined) && a.lw(k) != "to" {
			return true
		}
	}
	return false
}
