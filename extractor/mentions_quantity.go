package extractor

// Quantities led by a number: money, troops, equipment counts and
// numbered groups. Bare counts whose noun repeats the item before
// ("Germany will send 14 tanks, Poland 10") are read in
// mentions_elided_item.go.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func (a *analysis) claim(from, to int) {
	for k := from; k < to && k < len(a.claimed); k++ {
		a.claimed[k] = true
	}
}

// numberLed recognises phrases that start with a number (or a currency
// before one) at token i: money, troops, equipment counts, numbered
// groups ("26 allied countries"), else a bare number. It returns the index
// after the phrase, or i.
func (e *Extractor) numberLed(a *analysis, si int, s span, i int) int {
	toks := a.toks
	const numeric = 1<<cQualifier | 1<<cCurPrefix | 1<<cCurCode | 1<<cCurAmbiguous | 1<<cNumWord // a.has(i, …) of these
	if toks[i].kind != tNum && a.cls[i]&numeric == 0 && !(a.lw(i) == "thousand" && i > 0 && additionWord(a.lw(i-1))) {
		return i // fast path: nothing numeric starts here
	}
	// "handed over 30 drones": the verb's particle, not "more than"
	if a.verbParticle(i) {
		return i
	}
	// a model code, not a count: "MiG-29", "Mi-17", "COVID-19"
	if toks[i].kind == tNum && toks[i].glued && i >= 2 && a.tx(i-1) == "-" && toks[i-1].glued && toks[i-2].kind == tWord {
		return i
	}
	// a calibre, not a count: "155mm shells", "155-mm", "120 mm"
	if a.calibre(i) {
		return i
	}
	// money with the currency first: "$1 billion", "up to €5bn", "EUR 500m", "USD34.6 million"
	j, qual := i, ""
	if q, ok := a.longest(i, s.end, cQualifier); ok {
		j, qual = q.end, q.value
	}
	if cur, ok := a.longest(j, s.end, cCurPrefix, cCurCode, cCurAmbiguous); ok && cur.end < s.end {
		// "Japanese Yen (JPY) 232 billion": a code in brackets before the number
		if cur.class == cCurCode && cur.start > s.start && a.tx(cur.start-1) == "(" && cur.end+1 < s.end && a.tx(cur.end) == ")" && toks[cur.end+1].kind == tNum {
			cur.end++
		}
		if cur.class == cCurPrefix && a.letterSymbolOK(cur) || cur.class != cCurPrefix && e.codeBeforeNumber(a, cur, s.end) {
			if p, ok := parseNumberQ(&a.doc, a.ann, cur.end, s.end, qual); ok && (p.scaled || !a.scaledOnlySymbol(cur)) {
				p.start = i
				q := quantity{span: span{i, p.end}, kind: news.KindMoney, currency: cur.value, sent: si}
				if cur.class == cCurAmbiguous {
					// "Rs 100 million": a word shared by several currencies
					q.currency, q.candidates, q.fallback = "", strings.Split(cur.value, "|"), cur.fallback
				}
				// an explicit code after a symbol wins: "$500 million CAD"
				if code, ok := a.longest(p.end, s.end, cCurCode, cCurSuffix); ok {
					q.currency, q.end, p.end = code.value, code.end, code.end
				} else if end, code := a.bracketCode(p.end, s.end); code != "" {
					q.currency, q.end, p.end = code, end, end // "$5 million (CAD)"
				}
				q.num = a.keepNum(p)
				if q.currency == "USD" {
					if a.tx(cur.start) == "$" && cur.end == cur.start+1 {
						q.bareDollar = true
					} else {
						a.usdContext = true
					}
				}
				q.conversion = a.isConversion(q.start, si, q.currency)
				a.quants = append(a.quants, q)
				a.claim(i, p.end)
				return p.end
			}
		}
	}
	p, ok := parseNumberAt(&a.doc, a.ann, i, s.end)
	if !ok {
		return i
	}
	end := p.end
	// money with the currency after: "500 million euros", "2bn Norwegian kroner", "10 million EUR",
	// "a 2.5-billion-euro package"
	curAt := end
	if curAt+1 < s.end && a.isJoiner(curAt) && p.scaled {
		curAt++
	}
	// the dot of an abbreviated scale: "1,5 Mrd. Euro", "250 Mio. Euro"
	if curAt+1 < s.end && p.scaled && a.tx(curAt) == "." && toks[curAt].glued && toks[curAt-1].kind == tWord {
		curAt++
	}
	cur, ok := a.longest(curAt, s.end, cCurSuffix, cCurCode, cCurAmbiguous)
	if !ok {
		// a symbol after the number, in the French style: "10 M€", "1,5 Md$", "500 €"
		if sym, sok := a.longest(end, s.end, cCurPrefix); sok && toks[end].kind != tWord && (sym.end >= s.end || toks[sym.end].kind != tNum) && !a.letterSymbol(sym) {
			cur, ok = sym, true
		}
	}
	if ok {
		q := quantity{span: span{i, cur.end}, kind: news.KindMoney, num: a.keepNum(p), sent: si}
		if cur.class == cCurAmbiguous {
			q.candidates, q.fallback = strings.Split(cur.value, "|"), cur.fallback
		} else {
			q.currency = cur.value
			if q.currency == "USD" {
				// "$5 million", "5 million dollars": a dollar the text does not name
				if cur.class == cCurPrefix && a.tx(cur.start) == "$" && cur.end == cur.start+1 ||
					cur.class == cCurSuffix && cur.end == cur.start+1 && (a.lw(cur.start) == "dollars" || a.lw(cur.start) == "dollar") {
					q.bareDollar = true
				} else {
					a.usdContext = true
				}
			}
		}
		q.conversion = a.isConversion(q.start, si, q.currency)
		a.quants = append(a.quants, q)
		a.claim(i, cur.end)
		return cur.end
	}
	// a numbered group: "26 allied countries", "nineteen nations"
	k := end
	for k < s.end && a.has(k, cGroupAdj) {
		k++
	}
	if g, ok := a.longest(k, s.end, cGroupNoun); ok && !(headWord(a.lw(k)) && a.troopsAfterOf(k+1, s) >= 0) {
		// "a coalition of 31 countries" is one group
		if i-2 >= s.start && a.lw(i-1) == "of" && a.has(i-2, cCollective) && !a.claimed[i-2] {
			i -= 2
		}
		a.actors = append(a.actors, actorMention{span: span{i, g.end}, code: "group:" + a.text[toks[i].start:toks[g.end-1].end], cls: cGroup, sent: si})
		a.claim(i, g.end)
		return g.end
	}
	// troops: "5,000 troops", "600 British soldiers", "a 300-strong contingent"
	k = end
	// "a 300-strong contingent", "a 216-member team", "a 40-man unit":
	// the number counts people, whatever the noun
	sized := false
	if k+1 < s.end && (a.tx(k) == "-" || a.tx(k) == "–") && personCount(a.lw(k+1)) {
		k += 2
		sized = true
	}
	// "the 900 membered contingent", "a 1,500 strong force": the same
	// head count written without its hyphen
	if !sized && k+1 < s.end && (a.lw(k) == "membered" || a.lw(k) == "strong") && a.toks[k+1].kind == tWord {
		k++
		sized = true
	}
	// "a 1,000-plus contingent": a head count that the number parser read
	// with its "-plus"
	if k-2 > i && a.lw(k-1) == "plus" && a.tx(k-2) == "-" && p.qualifier == "more than" {
		sized = true
	}
	superlative := a.superlativeOf(k, s) // "one of the largest troop deployments"
	k = a.partitiveOf(k, s)
	head := k // the first word after the number
	for n := 0; n < 3 && k < s.end; n++ {
		if a.has(k, cTroopNoun) || sized && sizedUnit(a.lw(k)) {
			break
		}
		// "10,000 U.S. troops", "500 South Korean soldiers"
		// (one word after a size: "the 3,100-member American contingent")
		if m, ok := a.longest(k, s.end, cCountry, cDemonym); ok && (m.end > k+1 || sized) {
			k = m.end
			// "2,000 U.S.-based troops": a hyphenated participle after the country
			if k+1 < s.end && a.tx(k) == "-" && a.toks[k].glued && a.toks[k+1].glued && a.toks[k+1].kind == tWord {
				k += 2
			}
			continue
		}
		if !a.isModifier(k) && a.lw(k) != "more" {
			break
		}
		k++
		if k < s.end && a.isJoiner(k) {
			k++
		}
	}
	t, ok := a.longest(k, s.end, cTroopNoun)
	// "will send 60 staff to the mission": people a deployment counts
	if !ok && a.deployedStaff(i, head, s) {
		t, ok = match{start: head, end: head + 1}, true
	}
	// "60 members of its Self-Defense Forces", "200 men of the French
	// Foreign Legion": the head word counts the troops named after "of"
	if !ok && end < s.end && headWord(a.lw(end)) {
		if j := a.troopsAfterOf(end+1, s); j >= 0 {
			t, ok = match{start: j, end: j + 1}, true
			if m, found := a.longest(j, s.end, cTroopNoun); found {
				t = m
			}
		}
	}
	// a longer name of materiel that starts with the troop noun wins:
	// "200 personnel carriers", "30 infantry fighting vehicles"
	if eq, isEq := a.longest(t.start, s.end, cEquipNoun); ok && isEq && eq.end > t.end {
		ok = false
	}
	// a troop noun before the name of materiel modifies it: "six infantry
	// trucks", "40 police vehicles"
	if ok && t.end < s.end && a.has(t.end, cEquipNoun) {
		ok = false
	}
	if !ok && sized && k < s.end && sizedUnit(a.lw(k)) {
		t, ok = match{start: k, end: k + 1}, true // "a 300-strong detachment"
	}
	// "in March 2019 when troops were sent": a year with words between
	// it and the troop noun is a date
	if ok && t.start > end && a.isYear(p.start) && !p.words {
		ok = false
	}
	if ok && !superlative && !a.casualtyNear(i, t.end, s) {
		t.end = a.extendTroops(t.end, s.end)
		q := quantity{span: span{i, t.end}, kind: news.KindTroops, num: a.keepNum(p), sent: si,
			item: a.text[toks[t.start].start:toks[t.end-1].end]}
		if !sized && a.unitCount(t) {
			q.num = nil // "two battalions", "at least one battalion": units, not people
		}
		a.quants = append(a.quants, q)
		a.claim(i, t.end)
		return t.end
	}
	// equipment: "40 Leopard 2 tanks", "two Patriot batteries", "12 F-16s"
	k = end
	// "60 of its T-72 tanks", "14 of their own helicopters": a part of a stock
	itemStart := end
	// ("30 of the Bushmaster vehicles": a part of goods named before)
	// (not "5 of the 10 jets": a part of a counted whole, see partOf)
	if k+2 < s.end && a.lw(k) == "of" && (a.lw(k+1) == "its" || a.lw(k+1) == "their" || a.lw(k+1) == "his" || a.lw(k+1) == "her" || a.lw(k+1) == "our" ||
		a.lw(k+1) == "the" && !a.numberAt(k+2, s)) {
		k += 2
		if a.lw(k) == "own" {
			k++
		}
		itemStart = k
	}
	// "40 units of armoured vehicles", "5,000 pairs of goggles": a noun
	// that only counts pieces; the count is of the item after "of"
	if k+2 < s.end && pieceNoun(a.lw(k)) && a.lw(k+1) == "of" {
		j := k + 2
		// "20 examples of such vehicles", "300 boxes of the new masks"
		if w := a.lw(j); (w == "such" || w == "the" || w == "these") && j+1 < s.end {
			j++
		}
		if a.has(j, cEquipNoun) || j+1 < s.end && a.has(j+1, cEquipNoun) {
			k = j
			itemStart = k
		}
	}
	for n := 0; k < s.end && (n < 4 || n < 7 && isUpperASCII(a.text[toks[k].start])); n++ {
		if a.has(k, cEquipNoun) {
			break
		}
		// (a model's capitalised name may be longer: "26 M1152A1 High
		// Mobility Multi-Purpose Wheeled Vehicles")
		// two modifiers of one head: "1,600 offensive and defensive missiles"
		if k > itemStart && (a.lw(k) == "and" || a.lw(k) == "or") && k+1 < s.end && toks[k+1].kind == tWord && a.isModifier(k+1) && !a.has(k+1, cEquipNoun) {
			k++
		}
		// a calibre is one modifier: "10,000 155-mm shells", "300 120 mm rounds"
		if a.calibre(k) {
			k += 2
			if a.tx(k-1) == "-" {
				k++
			}
			continue
		}
		// a model number after a name: "two ASC 890 aircraft", "six CV 90 vehicles"
		modelNum := toks[k].kind == tNum && k > end && toks[k-1].kind == tWord && isUpperASCII(a.text[toks[k-1].start])
		// a hyphenated model code whose name is also a word: "30 AS-90 guns"
		modelNum = modelNum || toks[k].kind == tWord && k+2 < s.end && a.tx(k+1) == "-" && toks[k+1].glued && toks[k+2].glued && isUpperASCII(a.text[toks[k].start])
		// a model code glued to its number, whose letters are also a word: "30 AS90 guns"
		modelNum = modelNum || toks[k].kind == tWord && k+1 < s.end && toks[k+1].kind == tNum && toks[k+1].glued && isUpperASCII(a.text[toks[k].start])
		if !a.isModifier(k) && !(toks[k].kind == tNum && toks[k].glued) && !modelNum && a.lw(k) != "more" {
			break
		}
		k++
		// a model code is one modifier: "12 M88A2 recovery vehicles"
		for k < s.end && k < end+8 && toks[k].glued && (toks[k].kind != tPunct || a.tx(k) == "-" && k+1 < s.end && toks[k+1].glued) {
			k++
		}
		if k < s.end && a.isJoiner(k) {
			k++
		}
	}
	if eq, ok := a.longest(k, s.end, cEquipNoun); ok && !a.casualtyNear(i, eq.end, s) {
		itemEnd := a.extendEquipment(eq.end, s.end)
		q := quantity{span: span{i, itemEnd}, kind: news.KindEquipment, num: a.keepNum(p), sent: si,
			item: a.text[toks[itemStart].start:toks[itemEnd-1].end]}
		a.quants = append(a.quants, q)
		a.claim(i, itemEnd)
		return itemEnd
	}
	// "10 million in direct aid": the currency of the text's last amount;
	// "17 and 10 million dollars": the scale and currency of the next
	q, ok := a.implicitMoney(p, si, s)
	if !ok {
		q, ok = a.coordinatedAmount(p, si, s)
	}
	if !ok {
		q, ok = a.parenCount(p, si, s) // "Serbia (48), Australia (15)"
	}
	if !ok {
		q, ok = a.headerMoney(p, si, s) // "(in million euros):" then "Germany 500"
	}
	if !ok {
		q, ok = a.troopRowCount(p, si, s) // "Troop contributions: Italy 2,450, Spain 1,100"
	}
	if !ok {
		q, ok = a.troopsAtCount(p, si, s) // "the largest number of troops at 4,500"
	}
	if ok {
		a.quants = append(a.quants, q)
		a.claim(i, end)
		return end
	}
	// "Germany will send 14 tanks and Poland 10": the item of the count before
	if q, ok := a.elidedItem(p, si, s); ok {
		a.quants = append(a.quants, q)
		a.claim(i, end)
		return end
	}
	// "… after four were delivered in February": the subject of a passive of giving
	if q, ok := a.elidedSubjectCount(p, si, s); ok {
		a.quants = append(a.quants, q)
		a.claim(i, end)
		return end
	}
	a.numbers = append(a.numbers, p)
	a.claim(i, end)
	return end
}

// pieceNoun reports whether w only counts pieces of what follows "of"
// ("units of", "sets of", "pairs of", "pieces of", "items of") or is a
// container of goods ("bags of", "pallets of", "boxes of").
func pieceNoun(w string) bool {
	switch w {
	case "unit", "units", "set", "sets", "pair", "pairs", "piece", "pieces", "item", "items":
		return true
	// containers of goods: "40 bags of rice", "60 pallets of medical
	// supplies", "200 boxes of medicines"
	case "bag", "bags", "sack", "sacks", "box", "boxes", "carton", "cartons", "pack", "packs", "packet", "packets",
		"bottle", "bottles", "pallet", "pallets", "crate", "crates", "truckload", "truckloads", "can", "cans", "tin", "tins",
		"example", "examples", "copies":
		return true
	}
	return false
}
