package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsMembers names a frame that gives the troops of a group of
// countries to the members a following sentence names.
const ruleTroopsMembers = "troops.group-members"

// ruleGroupMembers names a frame that gives the goods or support of a
// group of countries to the members a following sentence names ("Eight
// countries will supply tanks. This includes A, B and C.").
const ruleGroupMembers = "frame.group-members"

// groupMemberFrames reads a sentence that only names the members of a
// group whose troops one of the three sentences before commits:
// "Five countries have pledged personnel for the force. They are Kenya,
// Benin, Chad and Jamaica.", "… The remaining four are Chad, Benin and
// Jamaica.", "Eight countries will supply tanks. This includes A, B and
// C." Each member commits the group's troops, goods or support (never
// its money: a member's share is not told), with the status of the
// group's line. The members sentence opens with "they", "these",
// "those", "this" or "the", has a copula or "include" within five
// tokens, and after it holds only two or more countries and list
// separators.
func (a *analysis) groupMemberFrames(emit func(frame, quantity, string)) {
	for si := 1; si < len(a.sents); si++ {
		s := a.sents[si]
		members, ok := a.memberList(s)
		if !ok {
			continue
		}
		for back := si - 1; back >= 0 && back >= si-3; back-- {
			if a.groupTroops(back, members, s.start, emit) {
				break
			}
		}
	}
	// "The following countries provided equipment: A, B and C"
	for si, s := range a.sents {
		if c, members := a.colonMembers(s); c > 0 {
			a.groupTroops(si, members, c, emit)
		}
	}
	a.jointFromMembers(emit) // "270 troops from A, B and C"
}

// colonMembers returns the colon of sentence s after which a list of two
// or more countries runs ("…: Germany, Lithuania and Denmark", also when
// other partners that are no countries follow), and the countries; or 0.
// The colon must come after the sentence's first four tokens: a colon
// that opens a sentence names a list line.
func (a *analysis) colonMembers(s span) (int, []actorMention) {
	c := -1
	if si := a.sentOf(s); si >= 0 && !a.sentHasFunc(si, wordsOf(idColon)) {
		return 0, nil
	}
	for k := s.start + 4; k < s.end; k++ {
		if a.tx(k) == ":" {
			c = k
		}
	}
	if c < 0 {
		return 0, nil
	}
	var out []actorMention
	for _, am := range a.listAt(c+1, s) {
		if len(am.code) != 2 || am.cls == cDemonym || am.cls == cGroup {
			break
		}
		out = append(out, am)
	}
	if len(out) < 2 {
		return 0, nil
	}
	return c, out
}

// memberList returns the countries a members sentence s names (see
// groupMemberFrames), or false.
func (a *analysis) memberList(s span) ([]actorMention, bool) {
	switch a.lw(s.start) {
	case "they", "these", "those", "this", "the":
	default:
		return nil, false
	}
	acts := a.actorsOf(s)
	if len(acts) < 2 {
		return nil, false
	}
	v := -1
	for k := s.start + 1; k < s.end && k <= s.start+5; k++ {
		switch a.lw(k) {
		case "are", "were", "include", "included", "includes":
			v = k
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 || acts[0].start <= v {
		return nil, false
	}
	var out []actorMention
	k := v + 1
	for _, am := range acts {
		for k < am.start {
			if !a.isSeparator(k) && a.lw(k) != "the" {
				return nil, false // more than a list of countries
			}
			k++
		}
		if len(am.code) != 2 || am.cls == cDemonym {
			return nil, false
		}
		out = append(out, am)
		k = am.end
	}
	for ; k < s.end; k++ {
		if a.toks[k].kind != tPunct {
			return nil, false
		}
	}
	return out, len(out) >= 2
}

// groupTroops emits, for the members, the troops, goods or support of
// sentence si, before token lim, that a group commits ("Five countries
// are committed to providing personnel", "Eight countries will supply
// tanks"); money that values goods ("provided equipment worth €40
// million") gives the members the goods. It reports whether it found
// such a line.
func (a *analysis) groupTroops(si int, members []actorMention, lim int, emit func(frame, quantity, string)) bool {
	found := false
	for _, q := range a.quantsOf(si) {
		if q.sent != si || q.end > lim {
			continue
		}
		goods, valued := a.valuedGoods(q)
		if q.kind == news.KindMoney && !valued {
			continue // a member's share of the money is not told
		}
		f, ok := a.frameFor(&q)
		if !ok || len(f.actors) != 1 || f.actors[0].cls != cGroup {
			continue
		}
		if f, ok = a.settle(f, &q); !ok {
			continue
		}
		name := ruleTroopsMembers
		if q.kind != news.KindTroops {
			name = ruleGroupMembers
		}
		f, q = a.membersShare(f, q, members, name, goods, valued)
		emit(f, q, q.item)
		found = true
	}
	return found
}

// membersShare turns the group line f of quantity q into the line of its
// members, named name, with a confidence 0.1 lower: the group's number is
// the members' together and each member's own share is not told, so the
// members' quantity has none; money that values goods (valued: the noun
// at goods) gives them the goods.
func (a *analysis) membersShare(f frame, q quantity, members []actorMention, name string, goods span, valued bool) (frame, quantity) {
	f.actors, f.name = members, name
	f.conf -= 0.1
	q.num = nil
	if valued {
		q = quantity{span: goods, kind: news.KindEquipment, sent: q.sent, item: a.text[a.toks[goods.start].start:a.toks[goods.end-1].end]}
	}
	return f, q
}

// valuedGoods returns the equipment noun whose value money q gives:
// "equipment worth over €40 million", "€40 million worth of equipment".
func (a *analysis) valuedGoods(q quantity) (span, bool) {
	if q.kind != news.KindMoney {
		return span{}, false
	}
	s := a.sents[q.sent]
	// "equipment worth (over) €40 million"
	for k := q.start - 1; k > s.start && k >= q.start-3; k-- {
		if a.lw(k) != "worth" {
			continue
		}
		for j := max(s.start, k-4); j < k; j++ {
			if m, ok := a.longest(j, k, cEquipNoun); ok && m.end == k {
				return span{m.start, m.end}, true
			}
		}
		if goodsHeads[a.lw(k-1)] && a.lw(k-1) != "donations" && a.lw(k-1) != "deliveries" {
			return span{k - 1, k}, true // "equipment worth", "supplies worth"
		}
		return span{}, false
	}
	// "€40 million worth of equipment"
	if q.end+2 < s.end && a.lw(q.end) == "worth" && a.lw(q.end+1) == "of" {
		if m, ok := a.longest(q.end+2, s.end, cEquipNoun); ok {
			return span{m.start, m.end}, true
		}
		if w := a.lw(q.end + 2); goodsHeads[w] && w != "donations" && w != "deliveries" {
			return span{q.end + 2, q.end + 3}, true
		}
	}
	return span{}, false
}
