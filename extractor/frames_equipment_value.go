package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleEquipValueGoods names the line of goods given as the value of money:
// "has committed up to $60 million in equipment", "will receive JPY 900
// million worth of patrol boats".
const ruleEquipValueGoods = "equipment.value-goods"

// valueGoods emits, for a money line of frame f, an equipment line (same
// actor and status) for uncounted materiel named right after the amount
// with "in" or "worth of": "$60 million in equipment", "€20 million worth
// of generators", "$5 million in medical supplies". The amount stays a
// money line (the value of a donation); the goods are the equipment line
// the conventions give beside it. Not "$5 million in loans" or "in aid"
// (no name of materiel), not "$2 billion in sales" and not a counted item
// (numberLed reads "$1 million in 20 trucks" no differently).
func (a *analysis) valueGoods(f frame, q *quantity, emit func(frame, quantity, string)) {
	if q.kind != news.KindMoney || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) || len(f.actors) == 0 {
		return
	}
	s := a.sents[q.sent]
	k := q.end
	switch {
	case k < s.end && a.lw(k) == "in":
		k++
	case k+1 < s.end && a.lw(k) == "worth" && a.lw(k+1) == "of":
		k += 2
	default:
		return
	}
	// only modifiers between the preposition and the goods: "in new equipment"
	j := k
	for j < s.end && j < k+3 && a.toks[j].kind == tWord && a.isModifier(j) && !a.has(j, cEquipNoun) && !valueGoodsWord(a.lw(j)) {
		j++
	}
	var goods quantity
	found := false
	for _, o := range a.quantsOf(q.sent) {
		if o.kind == news.KindEquipment && o.num == nil && o.sent == q.sent && o.start == j {
			goods, found = o, true
			break
		}
	}
	if !found && j < s.end && valueGoodsWord(a.lw(j)) {
		goods = quantity{span: span{j, j + 1}, kind: news.KindEquipment, sent: q.sent, item: a.text[a.toks[j].start:a.toks[j].end]}
		found = true
	}
	if !found || !a.goodsPhraseEnds(goods.end, s) {
		return
	}
	// "$221 million in equipment and training": a package of goods and
	// services is counted by its value alone
	if e := goods.end; e+1 < s.end && a.lw(e) == "and" && serviceNoun(a.lw(e+1)) {
		return
	}
	// "$20 million in food aid": aid counted by its value is the money line alone
	switch a.lw(goods.end - 1) {
	case "aid", "assistance", "support", "help", "relief":
		return
	}
	g := f
	g.name = ruleEquipValueGoods
	g.conf -= 0.1
	emit(g, goods, goods.item)
}

// valueGoodsWord reports whether w is a general word for materiel that names
// goods after an amount ("$60 million in equipment", "in weapons").
func valueGoodsWord(w string) bool {
	switch w {
	case "equipment", "weapons", "arms", "materiel", "hardware", "ammunition", "munitions", "weaponry":
		return true
	}
	return false
}

// goodsPhraseEnds reports whether the noun phrase of goods ends at token k
// of s: the end of s, a punctuation mark, or a word that cannot go on the
// noun ("to", "for", "and" …); not "tank purchases", "arms sales".
func (a *analysis) goodsPhraseEnds(k int, s span) bool {
	if k >= s.end || a.toks[k].kind != tWord {
		return true
	}
	switch a.lw(k) {
	case "to", "for", "from", "and", "or", "in", "on", "at", "by", "with", "under", "as", "over", "this", "next",
		"last", "that", "which", "including", "since", "so", "through", "via", "into", "is", "are", "was", "were",
		"will", "would", "has", "have", "had":
		return true
	}
	return false
}
