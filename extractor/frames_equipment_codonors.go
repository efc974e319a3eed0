package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleEquipCoDonor names a line of a country that gives materiel together
// with the giver of the clause: "Estonia delivered field hospitals in
// cooperation with Germany and Norway", "In partnership with Denmark,
// Sweden has transferred 20 tanks".
const ruleEquipCoDonor = "equipment.co-donor"

// equipCoDonors emits, for an equipment line of frame f, one line (same
// item, status and count) for each country named right after a marker of
// joint giving in the sentence of q: "in cooperation with", "in
// co-operation with", "in collaboration with", "in conjunction with", "in
// partnership with", "in coordination with", "jointly with", "together
// with", "in joint efforts with", "in a joint effort with". By the
// conventions a joint donation gives one line per donor country. The
// partners are the countries (or the EU) right after "with", joined by
// commas and "and"; the recipient of the line and the frame's own actors
// are no partners, and a group frame gives none (frames_joint.go made it
// one sum).
func (a *analysis) equipCoDonors(f frame, q *quantity, emit func(frame, quantity, string)) {
	if q.kind != news.KindEquipment || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return
	}
	for _, am := range f.actors {
		if len(am.code) != 2 && am.code != "EU" {
			return
		}
	}
	s := a.sents[q.sent]
	rec := a.recipient(&f, s)
	for k := s.start + 1; k < s.end; k++ {
		if a.lw(k) != "with" || !a.coDonorMarker(k, s) {
			continue
		}
		for _, am := range a.partnersAfter(k+1, s) {
			if am.code == rec || hasCode(f.actors, am.code) {
				continue
			}
			m := f
			m.actors = []actorMention{am}
			m.name = ruleEquipCoDonor
			m.conf -= 0.1
			emit(m, *q, q.item)
		}
	}
}

// coDonorMarker reports whether "with" at w ends a marker of joint giving
// ("in cooperation with", "jointly with", "in joint efforts with" …).
func (a *analysis) coDonorMarker(w int, s span) bool {
	p := w - 1
	if p < s.start {
		return false
	}
	switch a.lw(p) {
	case "jointly", "together":
		return true
	case "cooperation", "co-operation", "collaboration", "conjunction", "partnership", "coordination", "co-ordination":
		return p-1 >= s.start && a.lw(p-1) == "in"
	case "effort", "efforts":
		// "in joint efforts with", "in a joint effort with"
		return p-2 >= s.start && a.lw(p-1) == "joint" && (a.lw(p-2) == "in" || a.lw(p-2) == "a" && p-3 >= s.start && a.lw(p-3) == "in")
	}
	return false
}

// partnersAfter returns the country (or EU) mentions that follow token k
// in s as a list: "Germany, the Netherlands, Norway and Iceland". The list
// ends at the first word that is neither a country, "the", "and", nor a
// comma.
func (a *analysis) partnersAfter(k int, s span) []actorMention {
	var out []actorMention
	near := a.actorsNear(k, s.end)
	for k < s.end {
		found := false
		for _, am := range near {
			if am.start == k && am.end <= s.end && (len(am.code) == 2 || am.code == "EU") && am.cls != cDemonym {
				out = append(out, am)
				k = am.end
				found = true
				break
			}
		}
		if found {
			continue
		}
		if w := a.lw(k); w != "the" && w != "and" && w != "," {
			break
		}
		k++
	}
	return out
}

// hasCode reports whether one of as has code.
func hasCode(as []actorMention, code string) bool {
	for _, am := range as {
		if am.code == code {
			return true
		}
	}
	return false
}

// foodHeadEnds reports whether the phrase of "food" ends at token k of s:
// the end of s, a punctuation mark, or a word that cannot go on the noun
// ("and", "to", "for" …); not "food prices", "food security".
func (a *analysis) foodHeadEnds(k int, s span) bool {
	if k >= s.end || a.toks[k].kind != tWord {
		return true
	}
	switch a.lw(k) {
	case "to", "for", "from", "and", "or", "in", "on", "at", "by", "with", "under", "as", "over", "this", "next",
		"last", "that", "which", "including", "since", "through", "via", "into", "is", "are", "was", "were",
		"will", "would", "has", "have", "had":
		return true
	}
	return false
}

// productShown reports equipment q under a verb of showing a product
// ("unveiled its new fighter jet", "releases a new drone", "showcased
// its tanks"): a maker's or an army's own goods, no gift, unless a
// recipient follows the goods ("released the first tanks to Ukraine").
func (a *analysis) productShown(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment || f.anchor.start < 0 || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "unveil", "unveils", "unveiled", "unveiling", "release", "releases", "released", "releasing",
		"showcase", "showcases", "showcased", "showcasing", "display", "displays", "displayed", "displaying",
		"launch", "launches", "launched", "launching", "debut", "debuts", "debuted":
	default:
		return false
	}
	// the goods are the verb's object: a few words after it ("unveiled its
	// new KAAN fighter jet"), not goods far from a noun ("In a separate
	// release, officials said the F-16 parts …")
	if f.anchor.end > q.start || q.start-f.anchor.end > 4 {
		return false
	}
	for k := q.end; k < len(a.toks) && k < q.end+4; k++ {
		if (a.lw(k) == "to" || a.lw(k) == "for") && k+1 < len(a.toks) && a.actorAt[k+1] >= 0 {
			return false
		}
	}
	return true
}

// moneyPurposeGoods reports uncounted goods named as what an amount of
// money is for, after "to" and a verb of providing or buying: "allocated
// €500,000 through the Red Cross to provide clean water, food and
// healthcare", "gave $5 million to buy medicines". The amount is the line;
// the goods are its purpose, no gift of their own. (Counted goods after
// such a purpose are left to the other guards.)
func (a *analysis) moneyPurposeGoods(q *quantity) bool {
	if q.kind != news.KindEquipment || q.num != nil || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	to := -1
	for k := q.start - 1; k > s.start && k >= q.start-8; k-- {
		if a.lw(k-1) != "to" {
			continue
		}
		switch a.lw(k) {
		case "provide", "buy", "purchase", "procure", "supply", "cover", "deliver":
			to = k - 1
		}
		if to >= 0 {
			break
		}
	}
	if to < 0 {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == news.KindMoney && o.end <= to && o.start >= s.start {
			return true
		}
	}
	return false
}
