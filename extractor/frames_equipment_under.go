package extractor

// Goods given under a donor's programme: a reduced relative clause after
// the goods whose participle of giving is followed by "under", "through",
// "with" or "from" and a programme owned by a country: "the 13 boats
// provided under Japan's grant aid", "ambulances supplied through a
// Chinese assistance programme", "vehicles bought with German funds".

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleGivenUnder names equipment given under a country's programme of
// aid, read from the owner of the programme.
const ruleGivenUnder = "frame.given-under"

// aidMeansNoun reports whether w names a donor's means of giving after
// "under", "through", "with", "from": "grant aid", "assistance
// programme", "funds". It is wider than programmeNoun (the money frame's
// programmes) by the nouns of aid itself, and has no "fund" or "facility"
// (goods come from a country's funds, not from a common fund).
func aidMeansNoun(w string) bool {
	switch w {
	case "aid", "grant", "grants", "assistance", "programme", "program", "programmes", "programs", "project", "scheme",
		"funds", "funding", "financing", "loan", "initiative", "cooperation", "support", "donation", "package":
		return true
	}
	return false
}

// givenUnderFrame matches equipment q followed by a participle of giving
// (optionally after a comma) and "under", "through", "with" or "from" a
// programme owned by a country: a possessive ("under Japan's grant aid")
// or a demonym ("through a Chinese aid programme"). The owner gives the
// goods, unless the sentence puts another country forward before them
// (otherGiverBefore). It reports false when no programme noun ends the phrase within
// four words ("provided under the agreement with Japan" names no owner
// before the noun) or the owner is no country.
func (a *analysis) givenUnderFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	k := q.end
	if k < s.end && a.tx(k) == "," {
		k++
	}
	for n := 0; k < s.end && n < 3; n, k = n+1, k+1 { // "13 boats were (also) provided under …"
		if w := a.lw(k); w != "were" && w != "was" && w != "been" && w != "also" {
			break
		}
		if q.num == nil {
			return frame{}, false // ("The boats were supplied under …": goods told before)
		}
	}
	if k+2 >= s.end || !a.has(k, cDeliveryPast, cTrigger) && a.lw(k) != "granted" || a.toks[k].kind != tWord || !endsEd(a.lw(k)) {
		return frame{}, false
	}
	v := k
	switch a.lw(k + 1) {
	case "under", "through", "with", "from", "via":
	default:
		return frame{}, false
	}
	j := k + 2
	if w := a.lw(j); w == "the" || w == "a" || w == "an" {
		j++
	}
	var owner actorMention
	found := false
	// a possessive owner: "Japan's", "the United States'"; or a name
	// before the noun: "the US military assistance programme"
	if n := a.actorAt[j]; j < s.end && n >= 0 && a.actors[n].start == j && (len(a.actors[n].code) == 2 || a.actors[n].code == "EU") {
		e := a.actors[n].end
		switch {
		case e+1 < s.end && isApostropheText(a.tx(e)) && a.lw(e+1) == "s":
			owner, found, j = a.actors[n], true, e+2
		case e < s.end && isApostropheText(a.tx(e)):
			owner, found, j = a.actors[n], true, e+1
		default:
			owner, found, j = a.actors[n], true, e
		}
	}
	// a demonym: "a Chinese aid programme"
	if !found {
		if m, ok := a.longest(j, s.end, cDemonym); ok && len(m.value) == 2 {
			owner, found, j = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}, true, m.end
		}
	}
	if !found {
		return frame{}, false
	}
	// the programme noun within four words
	for n := 0; j < s.end && n < 4; n, j = n+1, j+1 {
		if aidMeansNoun(a.lw(j)) {
			if a.otherGiverBefore(q, owner.code) {
				return frame{}, false // "Russia seized 40 trucks delivered under US aid"
			}
			return frame{actors: []actorMention{owner}, anchor: span{v, v + 1}, rule: ruleGivenUnder,
				window: span{q.start, j + 1}, conf: 0.6}, true
		}
		if a.toks[j].kind != tWord || !a.isModifier(j) && !a.has(j, cTriggerNoun) {
			break
		}
	}
	return frame{}, false
}

// endsEd reports whether w is a participle in -ed or an irregular one of
// giving ("sent", "given", "lent").
func endsEd(w string) bool {
	switch w {
	case "sent", "given", "lent", "brought", "bought", "built":
		return true
	}
	return len(w) > 3 && w[len(w)-2:] == "ed"
}

// closesCountedList reports whether uncounted equipment q follows a
// counted item of its sentence with only separators between ("39 support
// vehicles, and anti-tank weapons"): the last item of a long list after
// one verb, which by the conventions has a line of its own.
//
// from is the end of the verb of the list: an uncounted item of the list
// after it, before q, already has the line its uncounted items share.
func (a *analysis) closesCountedList(q *quantity, from int) bool {
	if q.kind != news.KindEquipment || q.num != nil {
		return false
	}
	qs := a.quantsOf(q.sent)
	for i := len(qs) - 1; i >= 0; i-- {
		o := qs[i]
		if o.sent != q.sent || o.end > q.start {
			continue
		}
		if o.kind != news.KindEquipment || o.num == nil || !a.listGap(o.end, q.start) {
			return false
		}
		// uncounted goods earlier in the list have the line the
		// uncounted items of the clause share ("…, 155mm ammunition, on
		// top of 20 vehicles, 14 systems, anti-armour weapons")
		for j := i - 1; j >= 0; j-- {
			p := qs[j]
			if p.sent != q.sent || p.kind != news.KindEquipment || p.num != nil || p.prepped || from > p.start || p.end <= p.start {
				continue
			}
			// (not one item, nor the goods the list details: "a great deal
			// of military materiel, including 20 trucks, …")
			if h := a.lw(p.end - 1); !a.singleItem(&p) && !a.namedSingle(&p) && !goodsHeads[h] && !genericGoods[h] {
				return false
			}
		}
		return true
	}
	return false
}

// listGap reports whether the tokens [i, j) only join two items of a list
// and open the second: separators, an article, and the capitalised or
// hyphen-glued words of a name the item was not read with ("…, a National
// Advanced Surface-to-Air Missile System").
func (a *analysis) listGap(i, j int) bool {
	if i >= j || j-i > 10 {
		return false
	}
	for k := i; k < j; k++ {
		switch a.lw(k) {
		case ",", "and", "as", "well", "plus", "also", "a", "an", "the":
			continue
		}
		t := a.toks[k]
		if a.tx(k) == "-" && t.glued || t.kind == tWord && (a.upper(k) || t.glued && k+1 < len(a.toks) && a.toks[k+1].glued) {
			continue
		}
		return false
	}
	return a.onlySeparators(i, i+1)
}

// namedSingle reports whether uncounted equipment q is one item named
// after "a" or "an" with capitalised or hyphen-glued words the item was
// not read with between: "a National Advanced Surface-to-Air Missile
// System".
func (a *analysis) namedSingle(q *quantity) bool {
	k := q.start - 1
	for n := 0; k > 0 && n < 8; n, k = n+1, k-1 {
		t := a.toks[k]
		if a.tx(k) == "-" && t.glued || t.kind == tWord && (a.upper(k) || t.glued && a.toks[k+1].glued) && a.lw(k) != "a" && a.lw(k) != "an" {
			continue
		}
		break
	}
	return k >= 0 && k < q.start-1 && (a.lw(k) == "a" || a.lw(k) == "an")
}

// ruleShipmentDelivered marks the contents of a shipment or donation told
// as handed over in the sentences before: delivered.
const ruleShipmentDelivered = "equipment.shipment-delivered"

// shipmentDelivered reports whether the package noun at token head names
// goods already handed over: a noun of a shipment or donation ("the
// shipment includes 50 Humvees", "the donation also included 30
// ventilators") in a sentence whose subject [from, link) says nothing
// unreal, after a sentence of the three before that tells a handing over
// in the past ("The US delivered a ship full of equipment") and is not
// itself unreal. A package that is only announced stays pledged.
func (a *analysis) shipmentDelivered(head, si, from, link int) bool {
	if head < 0 || si <= 0 || a.irrealis(from, link) {
		return false
	}
	switch a.lw(head) {
	case "shipment", "shipments", "consignment", "delivery", "deliveries", "batch", "batches", "donation", "donations", "gift":
	default:
		return false
	}
	if a.lw(link) != "included" && a.lw(link) != "includes" && a.lw(link) != "contained" && a.lw(link) != "contains" &&
		a.lw(link) != "comprised" && a.lw(link) != "comprises" && a.lw(link) != "comes" && a.lw(link) != "came" {
		return false
	}
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		p := a.sents[sj]
		if a.stats.sentCls[sj]&(1<<cDeliveryPast) == 0 && !(a.stats.sentCls[sj]&(1<<cReceive) != 0 && a.sentHasWord(p, "received")) {
			continue // (nor "The force received 19 vehicles from the US")
		}
		for k := p.start; k < p.end; k++ {
			if a.has(k, cIrrealis, cConsidering) && a.lw(k) != "to" { // ("sent 20 ambulances to Nepal")
				return false
			}
		}
		return true
	}
	return false
}

// sentHasWord reports whether the sentence s holds the word w (lower
// case).
func (a *analysis) sentHasWord(s span, w string) bool {
	for k := s.start; k < s.end; k++ {
		if a.lw(k) == w {
			return true
		}
	}
	return false
}
