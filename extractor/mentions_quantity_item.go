package extractor

// The item a number counts: equipment, units and containers after it.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// itemAt recognises a quantity without a number at token i: equipment
// ("long-range missiles"), troops ("ground troops"), a unit with a number
// after it ("a contingent of 300"), or a kind of support ("air support").
func (a *analysis) itemAt(si int, s span, i int) int {
	const itemCls = 1<<cEquipNoun | 1<<cTroopNoun | 1<<cSupportNoun
	if i >= 0 && i < len(a.cls) && a.cls[i]&itemCls == 0 {
		return a.helpNounAt(si, s, i) // fast path: no item of the lexicon starts here
	}
	m, ok := a.longest(i, s.end, cEquipNoun, cTroopNoun, cSupportNoun)
	if !ok {
		return a.helpNounAt(si, s, i)
	}
	if a.claimed[i] {
		return i
	}
	// "infantry trucks", "police vehicles": the troop noun modifies the
	// materiel after it, the item starts there
	if m.class == cTroopNoun && m.end < s.end && a.has(m.end, cEquipNoun) {
		return i
	}
	// "instructors", "trainers" without a number are support; with one
	// (numberLed, "a team of 40 instructors") they are troops
	if m.class == cTroopNoun {
		if sm, ok := a.longest(i, s.end, cSupportNoun); ok && sm.end >= m.end {
			m = sm
		}
	}
	toks := a.toks
	q := quantity{sent: si}
	end := m.end
	switch m.class {
	case cEquipNoun:
		// "the World Food Programme", "the Food and Agriculture
		// Organization": a capitalised "Food" inside a sentence is a name
		if i > s.start && a.lw(i) == "food" && isUpperASCII(a.text[toks[i].start]) {
			return i
		}
		// "food prices", "the food agency", "food security": "food" alone
		// names goods only as the head of its phrase
		if m.end == i+1 && a.lw(i) == "food" && !a.foodHeadEnds(m.end, s) {
			return i
		}
		q.kind = news.KindEquipment
		end = a.extendEquipment(end, s.end)
		// "its Leopard 2 tanks, eight in total, …": a count in apposition
		if p, ok := a.appositionCount(end, s); ok && (a.lw(p.end-1) == "total" || a.lw(p.end-1) == "all") {
			q.num = a.keepNum(p)
			a.claim(p.start, p.end)
		}
	case cTroopNoun:
		q.kind = news.KindTroops
		end = a.extendTroops(end, s.end)
		// "a contingent of 300 (soldiers)", "a brigade of about 4,000",
		// "a battalion consisting of between 500 and 650 members"
		if a.has(i, cTroopUnit) {
			if n := a.unitSizeAt(end, s.end); n > end {
				if p, ok := parseNumberAt(&a.doc, a.ann, n, s.end); ok {
					q.num = a.keepNum(p)
					end = p.end
					// "a contingent of 400 Kenyan police officers": the
					// country of the troops before their noun
					if d, ok := a.longest(end, s.end, cDemonym, cCountry); ok && a.has(d.end, cTroopNoun) {
						end = d.end
					}
					if t, ok := a.longest(end, s.end, cTroopNoun); ok {
						end = a.extendTroops(t.end, s.end)
					} else if end < s.end && headWord(a.lw(end)) {
						end++
					}
					if a.tx(n-1) == "(" && end < s.end && a.tx(end) == ")" {
						end++ // "the Danish battalion (105 soldiers)"
					}
				}
			}
		}
		// "a force 1,500 strong", "a contingent some 300 strong": the
		// head count after the unit
		if a.has(i, cTroopUnit) && q.num == nil && end < s.end {
			n := end
			if a.lw(n) == "some" || a.lw(n) == "about" || a.lw(n) == "around" {
				n++
			}
			if p, ok := parseNumberAt(&a.doc, a.ann, n, s.end); ok && p.end < s.end && a.lw(p.end) == "strong" {
				q.num = a.keepNum(p)
				end = p.end + 1
			}
		}
		// "Italian peacekeepers number about 1,100", "the Italian
		// contingent totals 1,100": a verb of size and a bare number
		// (also past a place: "Irish troops in Lebanon number some 340")
		v := a.pastPlace(end, s)
		if v+1 < s.end && (a.lw(v) == "currently" || a.lw(v) == "now" || a.lw(v) == "still") {
			v++ // "NATO's force in Kosovo currently numbers nearly 6,000"
		}
		if q.num == nil && v+1 < s.end {
			switch a.lw(v) {
			case "number", "numbers", "numbered", "total", "totals", "totalled", "totaled":
				n := v + 1
				if a.lw(n) == "some" || a.lw(n) == "about" || a.lw(n) == "around" || a.lw(n) == "roughly" {
					n++
				}
				if p, ok := parseNumberAt(&a.doc, a.ann, n, s.end); ok && !p.scaled && !a.isYear(p.start) &&
					(p.end >= s.end || a.toks[p.end].kind == tPunct || a.lw(p.end) == "in" || a.lw(p.end) == "and") {
					q.num = a.keepNum(p)
					if v == end {
						end = p.end
					} else {
						a.claim(p.start, p.end)
					}
				}
			}
		}
		// "Irish peacekeepers, numbering 340, …", "troops from Austria,
		// 150 in all, …": a head count in apposition
		if q.num == nil {
			if p, ok := a.appositionCount(end, s); ok {
				q.num = a.keepNum(p)
				if a.tx(end) == "," {
					end = p.end // the count right after the noun
				}
				a.claim(p.start, p.end)
			}
		}
		// "reduce its troops in Mali by 200": the size of the cut
		if q.num == nil {
			if p, ok := a.reductionBy(i, end, s); ok {
				q.num = a.keepNum(p)
				a.claim(p.start, p.end)
			}
		}
		// "gendarmerie trainers": a head that is also support, without a number
		if sm, ok := a.longest(end-1, s.end, cSupportNoun); ok && q.num == nil && sm.end == end && end-1 > i {
			q.kind = news.KindSupport
		}
	default:
		q.kind = news.KindSupport
		// "logistics support", "training and intelligence support"
		for end < s.end {
			m, ok := a.longest(end, s.end, cSupportNoun)
			if !ok {
				break
			}
			end = m.end
		}
	}
	// modifiers before the head: "long-range", "ground", "non-combat", "military"
	start := i
	for n := 0; n < 3 && start > s.start; n++ {
		k := start - 1
		// a calibre before the head: "155mm artillery shells", "155-mm shells"
		if (a.lw(k) == "mm" || measureUnit(a.lw(k)) && a.toks[k].glued) && k-1 >= s.start {
			c := k - 1
			if a.tx(c) == "-" && c-1 >= s.start {
				c--
			}
			if a.calibre(c) && !a.claimed[c] {
				start = c
				continue
			}
		}
		if a.isJoiner(k) && k > s.start {
			k--
		}
		if !a.isModifier(k) || a.has(k, cTitle, cGroupAdj) && q.kind != news.KindSupport || a.has(k, cReceive) {
			break
		}
		start = k
	}
	// "political support", "moral backing": a stance, no kind of help
	// (frames_support_vocab.go)
	if q.kind == news.KindSupport && a.stanceModifier(start, i) {
		a.claim(i, end)
		return end
	}
	q.span = span{start, end}
	q.item = a.text[toks[start].start:toks[end-1].end]
	// a preposition before the phrase makes it a description ("in missile exports")
	k := start - 1
	for k > s.start && toks[k].kind == tPunct && (a.tx(k) == "“" || a.tx(k) == "\"" || a.tx(k) == "'") {
		k--
	}
	// "maintenance for the jets", "shells for Ukraine's howitzers": what
	// the goods or the help serve, after a determiner or a possessor
	if f := a.forBeforeDeterminer(k, s); f >= 0 {
		k = f
	}
	// "requests for Taurus missiles": what is asked for (see requestFrame)
	// ("made up of troops from …": the troops are the force's, see troopsFromFrame)
	// ("handing over new ambulances": the verb's particle is no preposition)
	// ("waiting for IRIS-T systems from Germany": the goods awaited)
	if k >= s.start && a.has(k, cLocPrep) && !a.containerOf(k, s) && !a.verbParticle(k) && !(a.lw(k) == "for" && k > s.start && a.has(k-1, cRequestNoun)) &&
		!a.givingWith(k, s) && !(m.class == cEquipNoun && a.lw(k) == "for" && k > s.start && awaitsGoods(a, k-1)) && !(m.class == cTroopNoun && a.joiningWith(k, s)) && !(m.class == cTroopNoun && a.composedOf(k, s) >= 0 && !a.givingBefore(s.start, k)) {
		q.prepped = true
	}
	// "provided training to a team from the navy": troops after "to a"
	// receive, they are not committed
	if m.class == cTroopNoun && k > s.start && (a.lw(k) == "a" || a.lw(k) == "an") && (a.lw(k-1) == "to" || a.lw(k-1) == "for") {
		q.prepped = true
	}
	if q.num != nil && q.num.value <= 0 {
		q.num = nil
	}
	// "lead the force", "the Haitian National Police", "UNIFIL's Maritime
	// Task Force": a definite or named unit refers to one that exists; it
	// is not what is committed
	if q.kind == news.KindTroops && q.num == nil && (a.definite(a.nameStart(start, s), s) || i > s.start && a.upper(i)) {
		q.prepped = true
	}
	a.quants = append(a.quants, q)
	a.claim(i, end)
	return end
}

// containerOf reports whether token k is "of" after a noun that only
// counts or packs what follows ("a fleet of", "a batch of", "a shipment
// of"): what follows is then what is committed, not a description.
func (a *analysis) containerOf(k int, s span) bool {
	if a.lw(k) != "of" || k-1 < s.start {
		return false
	}
	e := a.beforeBracket(k-1, s) + 1 // "a sale (FMS) of"
	for j := e - 1; j >= s.start && j >= e-3; j-- {
		for _, m := range a.ann[j] {
			if m.class == cContainer && m.end == e {
				return true
			}
		}
	}
	return false
}

// unitNoun reports whether w counts units of a weapon named after "of":
// "two batteries of Patriot missiles", "1 million rounds of ammunition".
// (A carrier is not: "two aircraft of relief items" counts the aircraft.)
func unitNoun(w string) bool {
	switch w {
	case "battery", "batteries", "round", "rounds", "system", "systems", "unit", "units", "set", "sets",
		"shells", "launchers", "squadron", "squadrons", "pieces":
		return true
	}
	return false
}

// numberAt reports whether a number starts at token k of sentence s:
// digits or number words ("10", "ten").
func (a *analysis) numberAt(k int, s span) bool {
	if k >= s.end {
		return false
	}
	_, ok := parseNumberAt(&a.doc, a.ann, k, s.end)
	return ok
}
