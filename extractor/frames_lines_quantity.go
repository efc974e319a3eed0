package extractor

// The first stages of commitments (frames.go): the quantities made
// complete, then the frame of each quantity (frameFor) and the further
// lines that frame gives (parts, changes, totals, co-donors).

import "github.com/pledgewatch/pledgewatch/internal/news"

// completeMentions adds the quantities and modifiers that need the other
// mentions: civilian teams and counts ("139 rescue personnel, Austria
// 105"), units of equipment ("one company of tanks") and the modifiers of
// equipment. It runs before any frame is looked for.
func (b *lineBuilder) completeMentions() {
	a := b.a
	a.civilianTeams()
	// "139 rescue personnel, Austria 105": rescuers too
	a.civilianCounts()
	a.equipmentUnits() // "one company of tanks"
	a.equipmentModifiers()
}

// quantityLines looks, for each quantity of the text but support, for the
// frame that commits it: the object of a relative clause
// (objectRelativeFrame), else frameFor and its settle checks, which give
// framedLines. A quantity that is no commitment (a conversion, a share of
// another line's value, goods of others …) is skipped; one of no frame
// goes to b.unframed; a receiver frame with no donor to b.receivers.
func (b *lineBuilder) quantityLines() {
	a := b.a
	for _, q := range a.quants {
		if q.kind == news.KindSupport {
			continue
		}
		rel, relOK := a.objectRelativeFrame(&q)
		if (q.prepped && q.num == nil && !a.troopContributor(&q) && !a.comesWith(&q) && !a.troopsComeFrom(&q) && !a.definiteOwnTroops(&q) || q.conversion || a.sharesLine(&q) || a.summarisedGoods(&q) || a.goodsForOthers(&q) || a.peopleFighters(&q) || a.numberOfGoods(&q)) && !relOK {
			continue
		}
		if relOK {
			b.emit(rel, q, q.item)
		} else if f, ok := a.frameFor(&q); ok {
			if f.name == "" && a.definiteOwnTroops(&q) {
				f.name = ruleTroopsDefinite // "The Italian contingent arrived"
			}
			b.framedLines(f, q)
		} else {
			b.unframed = append(b.unframed, q)
		}
	}
}

// framedLines emits the lines of quantity q, whose frame frameFor found
// as f: the frame of a main verb before it, then f once settled, split
// into the parts of "respectively", a part and its whole, a change of a
// troop level, and the lines f implies (gapped clauses, joint members,
// co-donors, a country's share, the new total of "bringing … to", the
// earlier level of "up from").
func (b *lineBuilder) framedLines(f frame, q quantity) {
	a, emit := b.a, b.emit
	// "has offered to replace the 370 troops that Austria is
	// withdrawing": the verb before commits them too
	if g, ok := a.mainVerbFrame(&q, f); ok {
		if g, ok = a.settle(g, &q); ok {
			emit(g, q, q.item)
		}
	}
	f, ok := a.settle(f, &q)
	if !ok {
		return
	}
	if f.name == ruleReceiverNoDonor {
		b.receivers = append(b.receivers, pendingFrame{f, q}) // the text's donor may give it
		return
	}
	if parts := a.respectively(&f, &q); parts != nil {
		for _, p := range parts {
			emit(p.f, p.q, q.item) // "pledged 17 and 10 million dollars, respectively"
		}
		return
	}
	// "has delivered 20 of the 30 tanks it promised": the part is
	// delivered, the whole pledged
	if p, whole, ok := a.partOf(&q); ok {
		part, g := q, f
		part.num, part.span = newNum(p), span{p.start, q.end}
		g.name = ruleEquipPart
		emit(g, part, q.item)
		if !whole {
			return // "12 of its 18 howitzers": its own stock
		}
		f.forced = news.StatusPledged
		f.conf -= 0.1
	} else if p, ok := a.troopsPartOf(&q); ok {
		// "33,000 of 100,000 American troops will leave": the
		// part is what the verb says, the whole is in place
		part, g := q, f
		part.num, part.span = newNum(p), span{p.start, q.end}
		g.name = ruleTroopsPart
		emit(g, part, q.item)
		f.forced = news.StatusDelivered
		f.conf -= 0.1
	}
	// "boost its contingent by 150 to 650 troops": the increase
	// too; "reduced from 750 to 150": the size of the cut alone
	if !a.troopChangeLines(f, &q, emit) {
		return
	}
	emit(f, q, q.item)
	a.troopGapped(f, &q, emit) // "…, Britain 800 to Estonia and the US 1,000 to Poland"
	// "270 troops from A, B and C": each country too
	a.jointMembers(f, &q, emit)
	// "… field hospitals in cooperation with Germany and Norway": each partner too
	a.equipCoDonors(f, &q, emit)
	// "3,000 troops – half from the United States": that country's share
	a.shareFromCountry(f, &q, emit)
	// "…, bringing its contingent to about 300": the new total
	if total, ok := a.bringingTo(&q); ok {
		emit(a.bringingToFrame(f, &q, &total), total, q.item)
	}
	// "to 2,200 troops, up from about 1,900 today": the earlier
	// level was delivered (not the earlier ceiling of "raising the
	// limit to 600, from 450")
	if p, ok := a.upFrom(&q); ok && f.name != ruleTroopsCeiling {
		was := q
		was.num, was.span = newNum(p), span{p.start, p.end}
		f.forced = news.StatusDelivered
		f.conf -= 0.1
		emit(f, was, q.item)
	}
}

// bringingToFrame returns the frame of the new total of "…, bringing its
// contingent to about 300" (total), from the frame f of the increase q:
// pledged, unless troops sent ("has sent 100 more, bringing …") are in
// place or money given so far is summed with the new; a lower confidence.
func (a *analysis) bringingToFrame(f frame, q, total *quantity) frame {
	g := f
	g.forced = news.StatusPledged
	if q.kind == news.KindTroops && f.forced == "" && a.has(f.anchor.start, cDeliveryPast) {
		// "has sent 100 more, bringing its contingent to 900": in
		// place; not a total with troops in place before ("200
		// are already there, bringing the total to 400")
		if st, _ := a.status(&f); st == news.StatusDelivered {
			g.forced = news.StatusDelivered
		}
	}
	if q.kind == news.KindMoney && !a.sumOfParts(total) && !a.promisedTotal(q.end, total.start) {
		g.forced = news.StatusDelivered // money given so far, with the new
	} else if q.kind == news.KindMoney && !a.sumOfParts(total) {
		g.forced = news.StatusPledged // "takes our commitment to $165 million": a sum of promises
	} else if q.kind == news.KindMoney {
		g.forced = f.forced // "…, for a total of €500 million": the sum of what is said
	}
	g.conf -= 0.1
	return g
}
