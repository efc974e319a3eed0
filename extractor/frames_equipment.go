package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the equipment family.
const (
	// rulePackage: what a package named as a subject holds, for the
	// donor named in it or before it.
	rulePackage = "frame.package"
	// ruleSale: a seller government's approval of an arms sale.
	ruleSale = "frame.sale"
	// ruleGoodsHead: goods named as the subject hold what follows, for the
	// giver of the sentences before: "The vehicles included 403 Humvees".
	ruleGoodsHead = "equipment.goods-head"
)

// packageHeads are the nouns of a package whose contents follow a link
// verb: "the new package includes 60 boats", "the possible sale also
// includes 12 recovery vehicles".
var packageHeads = map[string]bool{"package": true, "packages": true, "tranche": true, "tranches": true, "contribution": true,
	"contributions": true, "donation": true, "donations": true, "sale": true, "shipment": true, "shipments": true,
	"consignment": true, "delivery": true, "deliveries": true, "aid": true, "assistance": true, "pledge": true,
	"gift": true, "batch": true, "transfer": true, "offer": true, "commitment": true,
	"pledges": true, "commitments": true, "gifts": true, "offers": true, "batches": true, "deal": true, "list": true}

// packageFrame matches the contents of a package that is the subject of a
// link verb: "The new package includes 60 boats, more than 1,600 missiles
// and …", "The possible sale also includes 12 recovery vehicles". The
// donor is a country named in the subject ("What Britain calls the largest
// package includes …", "The package from Norway contains …"); else, for a
// definite subject ("the package", "this donation") or "it", the last
// country named as a subject in the sentences before, a guess below the
// review threshold. Quantities coordinated after the first share the frame.
func (a *analysis) packageFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	// back over the coordinated items before q to the link verb
	k := a.enumStart(q) - 1
	for k > s.start && (a.tx(k) == "," || a.lw(k) == "and" || a.lw(k) == "also" || a.lw(k) == "as" || a.lw(k) == "well" || a.has(k, cQualifier)) {
		k--
	}
	// "The package includes: 155mm rounds; …": a colon after the link verb
	if k-1 > s.start && a.tx(k) == ":" && packageLink(a.lw(k-1)) {
		k--
	}
	// "includes urgently needed supplies such as tents": examples of a
	// noun of goods after the link verb
	if k-2 > s.start && a.lw(k) == "such" && goodsHeads[a.lw(k-1)] {
		j := k - 2
		for n := 0; n < 4 && j > s.start && !packageLink(a.lw(j)) && (a.isModifier(j) || a.has(j, cEquipNoun)); n++ {
			j--
		}
		if packageLink(a.lw(j)) {
			k = j
		}
	}
	for j := k; j > s.start && j > k-12; j-- {
		// (not the goods that are the subject: "The vehicles included …")
		if o, ok := a.quantityEndingAt(j, q.sent); ok && o.kind == news.KindEquipment && o.start < q.start && !(o.end == k && packageLink(a.lw(k))) {
			k = o.start - 1
			for k > s.start && (a.tx(k) == "," || a.lw(k) == "and" || a.lw(k) == "also" || a.has(k, cQualifier)) {
				k--
			}
			j = k + 1
		}
	}
	link := k
	if link <= s.start {
		return frame{}, false
	}
	switch a.lw(link) {
	case "includes", "include", "included", "contains", "contained", "contain", "comprises", "comprised", "comprise",
		"features", "featured", "feature", "covers", "covered":
	case "with":
		// "the donation comes with spare parts"
		switch {
		case link-1 > s.start && (a.lw(link-1) == "comes" || a.lw(link-1) == "come" || a.lw(link-1) == "came"):
			link--
		default:
			return frame{}, false
		}
	case "of":
		// "consists of", "is made up of"
		switch {
		case link-1 > s.start && (a.lw(link-1) == "consists" || a.lw(link-1) == "consisted" || a.lw(link-1) == "consist"):
			link--
		case link-2 > s.start && a.lw(link-1) == "up" && a.lw(link-2) == "made":
			link -= 2
			if a.has(link-1, cPassiveAux) {
				link--
			}
		default:
			return frame{}, false
		}
	default:
		return frame{}, false
	}
	// the auxiliaries before the verb: "will also include"
	subjEnd := link
	for subjEnd > s.start && (a.lw(subjEnd-1) == "also" || a.lw(subjEnd-1) == "will" || a.lw(subjEnd-1) == "would") {
		subjEnd--
	}
	if subjEnd-s.start > 14 {
		return frame{}, false
	}
	head := -1
	goods := false // "the vehicles included …", "items donated include …"
	for j := s.start; j < subjEnd; j++ {
		// ("items donated include": a participle of giving after a goods head)
		if a.has(j, cTrigger, cDeliveryPast, cClauseBreak) && !a.has(j, cTriggerNoun) && !(goods && j == head+1 && a.has(j, cDeliveryPast)) {
			return frame{}, false // a verb of its own: the other frames read it
		}
		if packageHeads[a.lw(j)] {
			head, goods = j, false
		} else if goodsHeads[a.lw(j)] && j+1 == subjEnd || goodsHeads[a.lw(j)] && j+2 == subjEnd && a.has(j+1, cDeliveryPast) {
			head, goods = j, true
		}
	}
	// "the possible sale also includes …": the seller of the sale approved before
	// (and "the deal": only a sale approved before gives it)
	if head >= 0 && (strings.HasPrefix(a.lw(head), "sale") || a.lw(head) == "deal") {
		return a.sellerBefore(q, span{link, link + 1}, span{link, min(s.end, q.end+3)})
	}
	w := a.lw(s.start)
	if head < 0 && !(w == "it" && subjEnd == s.start+1) {
		return frame{}, false
	}
	anchor := span{link, link + 1}
	// the cues of the subject count: "the package may include …"
	win := span{s.start, min(s.end, q.end+3)}
	for _, am := range a.actorsOf(s) {
		// (not the recipient: "the package for Ukraine includes …")
		if am.end <= subjEnd && len(am.code) == 2 && am.cls != cDemonym && !(a.afterPrep(am.start) && a.lw(am.start-1) != "from") {
			f := frame{actors: []actorMention{am}, anchor: anchor, rule: rulePackage, window: win, conf: 0.7}
			if !goods && a.shipmentDelivered(head, q.sent, s.start, link) {
				f.forced, f.name = news.StatusDelivered, ruleShipmentDelivered
			}
			return f, true
		}
	}
	if w != "the" && w != "this" && w != "it" && w != "these" && !(goods && head == s.start) {
		return frame{}, false
	}
	am, ok := a.giverAntecedent(q.sent-1, farBack)
	if goods {
		am, ok = a.goodsGiverBefore(q.sent)
	}
	if w := a.lw(link); w == "comes" || w == "came" || w == "come" {
		// "the donation comes with …": only the giver of goods told just
		// before, or the source of what was received
		if am, ok = a.goodsGiverBefore(q.sent); !ok {
			if am, ok = a.receivedFromBefore(q.sent); !ok {
				return frame{}, false
			}
		}
	}
	if !ok || len(am.code) != 2 {
		// "the Swedish support package …", "a package from Sweden" before
		if am, ok = a.packageOwnerBefore(q.sent); !ok {
			// "The AU force received 19 vehicles from the US. The
			// donation comes with spare parts"
			if am, ok = a.receivedFromBefore(q.sent); !ok {
				return frame{}, false
			}
		}
	}
	if q.sent == 0 || a.otherOwner(span{s.start, subjEnd}, am.code) || goods && am.sent >= 0 && a.otherGiverIn(am) {
		return frame{}, false // (two givers of the goods before: no way to choose)
	}
	f := frame{actors: []actorMention{am}, anchor: anchor, rule: rulePackage, window: win, conf: 0.55,
		anaphor: span{s.start, subjEnd}}
	if !goods && a.shipmentDelivered(head, q.sent, s.start, link) {
		f.forced, f.name = news.StatusDelivered, ruleShipmentDelivered
	}
	if goods {
		// "The vehicles included …" are the goods of a gift told before
		// (goodsGiverBefore); a link in the past tells goods handed over
		f.name = ruleGoodsHead
		// uncounted items of the list share the first one's line
		if q.num == nil {
			for _, o := range a.quantsNear(link, q.start) {
				if o.sent == q.sent && o.kind == news.KindEquipment && o.num == nil && o.start > link && o.end <= q.start {
					return frame{}, false
				}
			}
		}
		// (the list details the gift: "Items donated also include …")
		if a.stats.sentCls[am.sent]&(1<<cDeliveryPast) != 0 && !a.irrealis(s.start, link+1) {
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// otherOwner reports whether the subject sp names a country other than
// code, not as a recipient after "for" or "to": "The package of Danish
// officials includes …" is not the package of the donor named before.
func (a *analysis) otherOwner(sp span, code string) bool {
	for _, am := range a.actorsNear(sp.start, sp.end) {
		if am.start < sp.start || am.end > sp.end || len(am.code) != 2 || am.code == code {
			continue
		}
		if am.start > 0 && (a.lw(am.start-1) == "for" || a.lw(am.start-1) == "to") {
			continue
		}
		return true
	}
	// "The Russian aid to Syria includes …": a demonym names the owner too
	for j := sp.start; j < sp.end; j++ {
		if m, ok := a.longest(j, sp.end, cDemonym); ok && m.value != code && len(m.value) == 2 && !(j > 0 && (a.lw(j-1) == "for" || a.lw(j-1) == "to")) {
			return true
		}
	}
	return false
}

// packageOwnerBefore finds the owner of the nearest package named in
// sentence si or the sentences before it: a demonym before the noun
// ("Swedish support packages") or a country after "from" ("the package
// … from Sweden").
func (a *analysis) packageOwnerBefore(si int) (actorMention, bool) {
	for sj := si; sj >= 0 && sj > si-farBack; sj-- {
		s := a.sents[sj]
		for k := s.end - 1; k >= s.start; k-- {
			if !packageHeads[a.lw(k)] {
				continue
			}
			for j := k - 1; j >= s.start && j >= k-3; j-- {
				for _, m := range a.ann[j] {
					if m.class == cDemonym && m.end == j+1 && len(m.value) == 2 {
						return actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: sj}, true
					}
				}
				if a.toks[j].kind != tWord || a.has(j, cStop) {
					break
				}
			}
			for j := k + 1; j+1 < s.end && j <= k+6; j++ {
				if a.lw(j) != "from" {
					continue
				}
				if n := a.actorEndingAt(j+1, s); n >= 0 && a.actors[n].start == j+1 && len(a.actors[n].code) == 2 {
					return a.actors[n], true
				}
			}
		}
	}
	return actorMention{}, false
}

// quantityEndingAt returns the quantity of sentence si that ends at token j.
func (a *analysis) quantityEndingAt(j, si int) (quantity, bool) {
	for _, o := range a.quantsOf(si) {
		if o.sent == si && o.end == j+1 {
			return o, true
		}
	}
	return quantity{}, false
}

// sharesLine reports whether q is uncounted equipment coordinated right
// after another uncounted item of the same clause ("tanks, howitzers and
// air defence systems", "Patriot systems and guided rockets"): by the
// annotation conventions such items share the first one's line. A single
// item after "a", "an" or "one" counts one and has a line of its own
// ("three planes, a naval unit and 500 personnel").
func (a *analysis) sharesLine(q *quantity) bool {
	if q.kind != news.KindEquipment || q.num != nil || a.singleItem(q) {
		return false
	}
	qs := a.quantsOf(q.sent)
	at := q.start // the start of the items after o: q, or a counted item between
	for i := len(qs) - 1; i >= 0; i-- {
		o := qs[i]
		if o.sent != q.sent || o.end > at {
			continue
		}
		// "14 armoured personnel carriers (APCs)": a name in brackets restates the item
		if o.kind == news.KindEquipment && at == q.start && o.end+1 == q.start && a.tx(o.end) == "(" && q.end < len(a.toks) && a.tx(q.end) == ")" {
			return true
		}
		// "air defence systems, all-terrain vehicles, 15,000 rounds, anti-ship
		// missiles": a counted item between uncounted ones of the clause has
		// its own line; the uncounted share the first one's
		if o.kind == news.KindEquipment && o.num != nil && a.onlySeparators(o.end, at) {
			at = o.start
			continue
		}
		if o.kind != news.KindEquipment || o.num != nil || o.prepped != q.prepped || a.singleItem(&o) {
			return false // ("a frigate, a helicopter": one each, as counted items)
		}
		for k := o.end; k < at; k++ {
			if a.tx(k) == "-" && a.toks[k].glued || a.toks[k].glued && a.tx(k-1) == "-" || a.toks[k+1].glued && a.tx(k+1) == "-" {
				continue // a model code before the next name: "and Mi-17 helicopters"
			}
			// a plain noun of the list the lexicon does not know: "night
			// vision goggles, uniforms, equipment, medical supplies,
			// facilities and ammunition" (after the verb: a list before a
			// passive "…, and ammunition donated by Canada" gives the
			// verb's line to its last item only)
			if n := a.listNoun(k, at); n > 0 && a.verbBefore(o.start, q.sent) && !a.passiveListEnd(q) {
				k += n - 1
				continue
			}
			switch a.lw(k) {
			case ",", "and", "or", "as", "well", "plus", "also", "other", "“", "”", "\"":
				continue
			}
			return false
		}
		return true
	}
	return false
}

// packageSubject reads a definite package as the subject of a verb of
// giving, for the donor named before: "The new package will provide
// funding for ammunition, drones and technical assistance" (the last
// country named as a subject in the sentences before; below review).
func (a *analysis) packageSubject(t match, q *quantity, s span) (frame, bool) {
	si := q.sent
	if si == 0 || t.start-s.start > 7 {
		return frame{}, false
	}
	if w := a.lw(s.start); w != "the" && w != "this" {
		return frame{}, false
	}
	head := -1
	for k := s.start + 1; k < t.start; k++ {
		if a.actorAt[k] >= 0 || a.toks[k].kind == tPunct {
			return frame{}, false
		}
		if packageHeads[a.lw(k)] {
			head = k
		}
	}
	if head < 0 {
		return frame{}, false
	}
	am, ok := a.antecedent(si-1, farBack)
	if !ok || len(am.code) != 2 {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: rulePackage,
		window: span{s.start, min(s.end, q.end+3)}, conf: 0.5, anaphor: span{s.start, head + 1}}, true
}
