package extractor

// Bare counts whose noun is left out because it repeats the item counted
// before in the sentence ("Germany will send 14 tanks, Poland 10",
// "…; Poland will send 10."): elidedItem, which numberLed asks when a
// number leads no noun of its own, and countedBefore, its search back for
// the counted item, which elidedSubjectCount shares.

import "github.com/pledgewatch/pledgewatch/internal/news"

// elidedItem reads a bare count whose noun is left out because it repeats
// the counted item before it in the sentence: after a country in a gapped
// list ("Germany will send 14 tanks, Poland 10 and Norway 8") or after a
// verb of giving ("…; Poland will send 10."), or before "from" and a giver
// ("14 tanks from Germany and 10 from Poland"), or "more" after a verb
// ("…, whose troops serve there, will send 300 more"), or a new troop
// level after "to" ("takes the number of its soldiers there to 350":
// bareTroopLevel). The count must end its clause; a year is no
// count.
func (a *analysis) elidedItem(p numPhrase, si int, s span) (quantity, bool) {
	i, end := p.start, p.end
	if a.isYear(i) || p.scaled {
		return quantity{}, false
	}
	// "14 tanks from Germany and 10 from Poland": the giver follows
	from := end+1 < s.end && a.lw(end) == "from" && i-1 > s.start && (a.lw(i-1) == "and" || a.tx(i-1) == ",")
	// "… whose troops have served there, will send 300 more."
	more := end < s.end && a.lw(end) == "more" && (end+1 >= s.end || a.toks[end+1].kind == tPunct || a.lw(end+1) == "to" || a.furtherFollower(end+1, s))
	if more {
		end++
	}
	// "Of the mission's 10,000 troops, 1,100 are Italian": a share of
	// the force named at the start of the sentence
	share := a.shareOfForce(i, end, s)
	// "and another 200 in June", "with 800 more expected next month":
	// a further count of the troops before it, then a time or a place
	// (only where the count does not end its clause)
	again := false
	if end < s.end && !from && !share {
		switch a.lw(end) {
		case ",", ".", ";", "and", "each", "apiece", ")", ":", "–", "—":
		default:
			again = a.furtherCount(i, end, more, s)
			if !again {
				return quantity{}, false
			}
		}
	}
	gapped := from || share || again
	if n := len(a.actors); n > 0 {
		am := a.actors[n-1]
		b := am.start - 1
		if b > s.start && a.lw(b) == "the" {
			b-- // "and the Czech Republic 200"
		}
		if am.sent == si && am.end == i && am.cls != cGroup && b > s.start {
			switch a.lw(b) {
			case ",", "and", ";", "while", "whereas":
				gapped = true
			}
		}
	}
	after := false
	// "… but has sent only 100.": past a word that limits the count
	v := i
	for v-1 > s.start && v > i-2 && (a.lw(v-1) == "only" || a.lw(v-1) == "just" || a.lw(v-1) == "another" || a.lw(v-1) == "further") {
		v--
	}
	if v-1 > s.start {
		if m, ok := a.longest(v-1, s.end, cTrigger, cDeliveryPast); ok && m.end == v {
			after = true
		}
	}
	if !gapped && !after {
		// "takes the number of its soldiers there to 350.": a new level
		if !from && !share && !more && a.bareTroopLevel(i, s) {
			return quantity{span: span{i, end}, kind: news.KindTroops, num: a.keepNum(p), sent: si}, true
		}
		return quantity{}, false
	}
	o, ok := a.countedBefore(si, 0, func(o *quantity) bool {
		return share && o.num == nil // "Of the 4,500 peacekeepers in the force, 850 …"
	})
	if !ok {
		return quantity{}, false
	}
	if again && !from && !share && (o.kind != news.KindTroops || o.num == nil) {
		return quantity{}, false // a further count repeats counted troops only
	}
	// (a count right after a verb may repeat troops named without one:
	// "have pledged troops, with Italy sending 300")
	if o.num == nil && !more && !(after && o.kind == news.KindTroops) || o.kind != news.KindEquipment && o.kind != news.KindTroops {
		return quantity{}, false
	}
	return quantity{span: span{i, end}, kind: o.kind, num: a.keepNum(p), sent: si, item: o.item}, true
}

// countedBefore returns the last quantity read so far that lies in
// sentence si or the back sentences before it and that skip (nil: none)
// does not pass over: the counted item a bare count repeats (elidedItem,
// elidedSubjectCount). It is for use while the mentions are read, when
// a.quants holds the quantities of sentence si and those before, in text
// order; ok is false when there is none.
func (a *analysis) countedBefore(si, back int, skip func(o *quantity) bool) (quantity, bool) {
	for k := len(a.quants) - 1; k >= 0; k-- {
		o := &a.quants[k]
		if o.sent < si-back {
			break
		}
		if skip != nil && skip(o) {
			continue
		}
		return *o, true
	}
	return quantity{}, false
}
