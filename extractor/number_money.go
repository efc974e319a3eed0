package extractor

// Amounts of money that the grammar of numbers reads from the text
// around: a bare amount in the text's currency, coordinated numbers.

import (
	"math"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// implicitMoney reads a scaled number without a currency as money in the
// currency the text used last, when its context makes it money: "10
// million in direct aid" (in + a money object), "a package of 150
// million", "a tranche of 50 million" (of after a commitment noun or a
// container), "disbursed 50 million." (right after a verb of commitment,
// with no noun after it). The text must have written an amount with an
// explicit currency before. ok is false otherwise.
func (a *analysis) implicitMoney(p numPhrase, si int, s span) (quantity, bool) {
	if !p.scaled || p.words || p.value < 1e6 {
		return quantity{}, false
	}
	cur, bare := "", false
	for n := len(a.quants) - 1; n >= 0; n-- {
		if o := a.quants[n]; o.kind == news.KindMoney && o.currency != "" && o.num != nil {
			cur, bare = o.currency, o.bareDollar
			if b, ok := a.convertedFrom(n); ok {
				// "7 billion crowns ($633 million) to a total of 22
				// billion": the currency the text gives first
				cur, bare = b.currency, b.bareDollar
			}
			break
		}
	}
	if cur == "" {
		return quantity{}, false
	}
	money := false
	k := p.end
	// "10 million in direct aid"
	if k < s.end && a.lw(k) == "in" {
		for j := k + 1; j < s.end && j <= k+3; j++ {
			if a.has(j, cMoneyObject) {
				money = true
				break
			}
			if !a.isModifier(j) {
				break
			}
		}
	}
	// "a package of 150 million", "a consignment of 50 million"
	if b := p.start - 1; !money && b > s.start && a.lw(b) == "of" {
		if _, ok := a.triggerNounEndingAt(b-1, s); ok || a.containerOf(b, s) {
			money = true
		}
	}
	// "disbursed 50 million.", "pledged another 2 billion to …"
	if !money && (k >= s.end || a.toks[k].kind == tPunct || a.has(k, cLocPrep) || a.lw(k) == "this" || a.lw(k) == "by") {
		b := p.start - 1
		if b > s.start && (a.lw(b) == "another" || a.lw(b) == "additional" || a.lw(b) == "further" || a.lw(b) == "an") {
			b--
		}
		if b >= s.start && a.has(b, cTrigger, cDeliveryPast) {
			money = true
		}
	}
	// "another 20 million will follow", "plus a further 20 million for
	// demining", "€80 million in 2023 and 20 million in 2024": more of the
	// money before, with no noun after the number
	if !money && a.noNounAfter(k, s) {
		b := p.start - 1
		if b > s.start && (a.lw(b) == "further" || a.lw(b) == "additional" || a.lw(b) == "extra") && (a.lw(b-1) == "a" || a.lw(b-1) == "an") {
			money = true
		}
		if b >= s.start && a.lw(b) == "another" {
			money = true
		}
		if b > s.start && (a.lw(b) == "and" || a.lw(b) == "plus") {
			for n := len(a.quants) - 1; n >= 0; n-- {
				o := a.quants[n]
				if o.sent < si {
					break // the quantities found so far are in sentence order
				}
				if o.sent == si && o.kind == news.KindMoney && o.currency == cur && o.end <= b && b-o.end <= 4 {
					money = true
					break
				}
			}
		}
	}
	if !money {
		return quantity{}, false
	}
	return quantity{span: span{p.start, p.end}, kind: news.KindMoney, num: a.keepNum(p), currency: cur, bareDollar: bare, sent: si}, true
}

// coordinatedAmount reads a number before "and" or "or" and a scaled amount
// of money as money with the same scale and currency: "17 and 10 million
// dollars", "2 or 3 billion euros", and each bare number of a longer list
// ("5, 7 and 9 million euros"). ok is false otherwise.
func (a *analysis) coordinatedAmount(p numPhrase, si int, s span) (quantity, bool) {
	k := p.end
	var p2 numPhrase
	for n := 0; ; n++ {
		if p.scaled || n == 4 || k+1 >= s.end || a.lw(k) != "and" && a.lw(k) != "or" && a.tx(k) != "," {
			return quantity{}, false
		}
		if a.tx(k) == "," && (a.lw(k+1) == "and" || a.lw(k+1) == "or") {
			k++ // "5, 7, and 9 million"
		}
		var ok bool
		p2, ok = parseNumberAt(&a.doc, a.ann, k+1, s.end)
		if !ok || p2.value == 0 {
			return quantity{}, false
		}
		if p2.scaled {
			break
		}
		k = p2.end // a bare number between: the next one has the scale
	}
	cur, ok := a.longest(p2.end, s.end, cCurSuffix, cCurCode)
	if !ok {
		return quantity{}, false
	}
	// the scale of the second applies to the first
	core, _, _, ok := parseCore(&a.doc, a.ann, p2.start, s.end)
	if q, has := hasClass(a.ann, p2.start, cQualifier); has {
		core, _, _, ok = parseCore(&a.doc, a.ann, q.end, s.end)
	}
	if !ok || core == 0 {
		return quantity{}, false
	}
	p.value = math.Round(p.value*(p2.value/core)*1e3) / 1e3
	p.scaled = true
	bare := cur.end == cur.start+1 && (a.lw(cur.start) == "dollars" || a.lw(cur.start) == "dollar")
	return quantity{span: span{p.start, p.end}, kind: news.KindMoney, num: a.keepNum(p), currency: cur.value, bareDollar: bare, sent: si}, true
}

// noNounAfter reports whether no noun follows a number ending before
// token k: the end of the sentence, punctuation, a preposition, "for",
// "in" or a verb ("will", "is").
func (a *analysis) noNounAfter(k int, s span) bool {
	if k >= s.end || a.toks[k].kind == tPunct || a.has(k, cLocPrep) {
		return true
	}
	switch a.lw(k) {
	case "for", "in", "this", "next", "by", "will", "would", "is", "was", "has", "have", "had", "are", "were", "each", "more", "over":
		return true
	}
	return false
}

// convertedFrom returns the money just before a.quants[n] when that is a
// conversion of it in brackets in another currency ("7 billion crowns
// ($633 million)"): the amount the text gives first. ok is false when
// a.quants[n] opens no bracket right after other money.
func (a *analysis) convertedFrom(n int) (quantity, bool) {
	if n < 1 {
		return quantity{}, false
	}
	o, b := a.quants[n], a.quants[n-1]
	if b.kind != news.KindMoney || b.currency == "" || b.num == nil || b.sent != o.sent || b.currency == o.currency {
		return quantity{}, false
	}
	if o.start < 1 || a.tx(o.start-1) != "(" || o.start-1 != b.end {
		return quantity{}, false
	}
	return b, true
}
