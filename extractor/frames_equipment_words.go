package extractor

// Words and small frames of the equipment family: the "with" of a verb
// of giving and its recipient, calibres that are no count, ships given
// only near a mission, goods listed after a fronted "among".

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// givingWith reports whether token k is the "with" of a verb of giving
// and its recipient: "supply Ukraine with ammunition", "will provide the
// Ukrainian army with shells". The goods after it are the verb's object,
// not a description. (It runs before the actors are found: the recipient
// is one to four words with no punctuation, preposition or clause break.)
func (a *analysis) givingWith(k int, s span) bool {
	if a.lw(k) != "with" {
		return false
	}
	for j := k - 2; j >= s.start && j >= k-5; j-- {
		if a.toks[j+1].kind == tPunct || a.has(j+1, cLocPrep, cClauseBreak, cTrigger) {
			return false
		}
		if a.has(j, cTrigger) {
			return true
		}
	}
	return false
}

// calibre reports whether the number at token i gives a calibre in
// millimetres ("155mm", "155-mm", "120 mm", "155 millimetre") or in
// hundredths of an inch (".50 caliber"): a
// description of the goods, not their count.
//
// A number glued by a hyphen to a unit of size ("44-meter patrol
// vessels", "four seven-metre boats", "20-foot containers", "7-tonne
// trucks", "100-bed field hospitals") is such a description too, written
// in figures or in words (measureUnit).
func (a *analysis) calibre(i int) bool {
	if i+1 >= len(a.toks) {
		return false
	}
	if i+2 < len(a.toks) && a.tx(i+1) == "-" && a.toks[i+1].glued && a.toks[i+2].glued && measureUnit(a.lw(i+2)) &&
		(a.toks[i].kind == tNum || a.has(i, cNumWord) && a.lw(i) != "a" && a.lw(i) != "an") {
		return true
	}
	if a.toks[i].kind != tNum {
		return false
	}
	k := i + 1
	if a.tx(k) == "-" && k+1 < len(a.toks) {
		k++
	}
	switch a.lw(k) {
	case "mm", "millimetre", "millimeter", "millimetres", "millimeters", "cm", "caliber", "calibre":
		return true // also ".50 caliber rounds", "50-calibre machine guns"
	}
	return false
}

// measureUnit reports whether w is a unit of size that, glued by a hyphen
// to a number before it, describes goods rather than counting them:
// lengths, weights, volumes, power and capacity ("44-meter", "7-tonne",
// "100-bed", "50-passenger"). Never a unit of people ("-strong",
// "-member", "-person"):
// those number troops.
func measureUnit(w string) bool {
	switch w {
	case "meter", "metre", "meters", "metres", "foot", "feet", "ft", "inch", "km", "kilometre", "kilometer",
		"tonne", "ton", "tonnes", "tons", "kg", "kilogram", "litre", "liter", "gallon",
		"kw", "kva", "mw", "kilowatt", "megawatt", "hp", "horsepower",
		"bed", "seat", "seater", "passenger", "barrel", "round", "wheel", "wheeled", "axle":
		return true
	}
	return false
}

// missionNear reports whether sentence si or one of the three before it
// names an operation, a mission or a coalition (an operation noun or a
// join verb), or an operational area: the context in which a ship or an
// aircraft on its way is a contribution.
func (a *analysis) missionNear(si int) bool {
	for j := max(0, si-3); j <= si && j < len(a.sents); j++ {
		if a.stats.sentCls[j]&(1<<cOperationNoun|1<<cJoinVerb) != 0 {
			return true
		}
		for k := a.sents[j].start; k < a.sents[j].end; k++ {
			if a.lw(k) == "operational" {
				return true
			}
		}
	}
	return false
}

// foreignAfter reports whether a country other than owner is named after
// the goods q in their sentence: "Danish F-16s arrived in Ukraine".
func (a *analysis) foreignAfter(q *quantity, owner string, s span) bool {
	for k := q.end; k < s.end; k++ {
		if n := a.actorAt[k]; n >= 0 && a.actors[n].code != owner && len(a.actors[n].code) == 2 {
			return true
		}
	}
	return false
}

// ruleAmong names goods listed after a fronted "among" phrase that names
// the giver: "Among the items pledged by Canada are 8 armoured vehicles".
const ruleAmong = "frame.among"

// goodsAmongFrame matches goods after the copula of a sentence that opens with
// "Among": the giver is the agent after "by" or a country or demonym in
// the fronted phrase ("Among the Swedish deliveries were 10 tanks"); the
// status is read from the phrase's verb ("pledged", "delivered").
func (a *analysis) goodsAmongFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || a.lw(s.start) != "among" {
		return frame{}, false
	}
	cop := -1
	for k := s.start + 1; k < q.start; k++ {
		switch a.lw(k) {
		case "are", "is", "were", "was", "include", "includes", "included":
			cop = k
		}
		if cop >= 0 {
			break
		}
	}
	if cop < 0 || q.start-cop > 8 {
		return frame{}, false
	}
	var actors []actorMention
	for _, am := range a.actorsOf(s) {
		if am.start > s.start && am.end <= cop && len(am.code) == 2 {
			actors = append(actors, am)
		}
	}
	// "Among the Swedish deliveries": a demonym in the phrase
	for k := s.start + 1; k < cop && len(actors) == 0; k++ {
		if m, ok := a.longest(k, cop, cDemonym); ok && len(m.value) == 2 {
			actors = append(actors, actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent})
		}
	}
	if len(actors) == 0 {
		return frame{}, false
	}
	anchor := span{cop, cop + 1}
	for k := s.start + 1; k < cop; k++ {
		if a.has(k, cTrigger, cDeliveryPast) {
			anchor = span{k, k + 1}
			break
		}
	}
	f := frame{actors: actors, anchor: anchor, rule: ruleAmong, window: span{s.start, q.end}, conf: 0.6}
	for k := s.start + 1; k < cop; k++ {
		if a.lw(k) == "deliveries" || a.lw(k) == "shipments" {
			f.forced = news.StatusDelivered // "among the deliveries were"
		}
	}
	return f, true
}

// supplyNoun reports whether "supply" at token k is a noun before the
// name of goods ("20 supply trucks", "Philippine supply boats", "the
// supply ships", "attacked supply trucks"), not the verb ("will supply
// trucks"): a number, an article, a possessive, a demonym or a verb in
// the past comes before it.
func (a *analysis) supplyNoun(k int) bool {
	if a.lw(k) != "supply" || k == 0 || k+1 >= len(a.toks) || !a.has(k+1, cEquipNoun) {
		return false
	}
	if a.toks[k-1].kind == tNum || a.has(k-1, cDemonym, cNumWord) {
		return true
	}
	switch a.lw(k - 1) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "more", "new", "additional", "of":
		return true
	}
	// "attacked supply trucks": after a verb in the past, not a verb itself
	return strings.HasSuffix(a.lw(k-1), "ed") && a.toks[k-1].kind == tWord
}

// carrier reports whether the goods q are vehicles that carry other goods
// named right after them: "two navy ships carrying 300 tonnes of relief
// supplies", "planes loaded with medicine". The cargo is the commitment,
// the ships only bring it.
func (a *analysis) carrier(q *quantity, s span) bool {
	k := q.end
	if q.kind != news.KindEquipment || k >= s.end {
		return false
	}
	switch a.lw(k) {
	case "carrying", "transporting", "bringing", "delivering":
	case "loaded", "laden", "filled", "packed":
		if k+1 >= s.end || a.lw(k+1) != "with" {
			return false
		}
	default:
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.start > k && o.start <= k+6 && o.kind == news.KindEquipment {
			return true
		}
	}
	return false
}

// purposeOfAmount reports whether uncounted goods q are coordinated after
// a phrase that "for" makes the purpose of an amount: "announced A$12
// million for maritime training and drones".
func (a *analysis) purposeOfAmount(q *quantity, s span) bool {
	if q.kind != news.KindEquipment || q.num != nil || q.start-1 <= s.start || a.lw(q.start-1) != "and" && a.tx(q.start-1) != "," {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.end == q.start-1 && o.prepped && o.start-1 >= s.start && a.lw(o.start-1) == "for" {
			return true
		}
	}
	return false
}

// goodsToOwn reports whether goods q go to the giver's own people or
// forces: "provided free vaccines to its citizens", "bought rifles for
// their own police" ("to" or "for", then "its", "their" or "own", then a
// word for its people, services or forces within three tokens).
func (a *analysis) goodsToOwn(q *quantity) bool {
	if q.kind != news.KindEquipment {
		return false
	}
	k := q.end
	if k+2 >= len(a.toks) || a.lw(k) != "to" && a.lw(k) != "for" {
		return false
	}
	if w := a.lw(k + 1); w != "its" && w != "their" && w != "own" {
		return false
	}
	for j := k + 2; j < len(a.toks) && j <= k+4; j++ {
		switch a.lw(j) {
		case "citizens", "people", "population", "residents", "hospitals", "farmers", "schools", "army", "forces",
			"troops", "soldiers", "military", "navy", "police", "nationals", "households", "doctors", "clinics":
			return true
		}
	}
	return false
}
