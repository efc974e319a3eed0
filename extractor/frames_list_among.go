package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleAmongMembers names the line of a country listed after a fronted
// "Among" phrase that names a group of givers and what they give.
const ruleAmongMembers = "frame.among-members"

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
// verb of receiving or asking, or when anything but a list of two or
// more countries follows the copula.
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
			window: span{s.start, v}, conf: 0.55}
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
	case "are", "were", "is", "was", "include", "included":
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
	verb := false
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
	if !verb {
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
		return quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si, item: "participation in " + text(op)}, true
	case hasSup:
		return quantity{span: span{sup.start, sup.end}, kind: news.KindSupport, sent: si, item: text(sup)}, true
	}
	return quantity{}, false
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
