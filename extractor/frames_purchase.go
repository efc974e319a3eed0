package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleFundedPurchase names goods that the recipient buys with a donor's
// money: the donor commits the goods.
const ruleFundedPurchase = "frame.funded-purchase"

// fundedPurchaseFrame matches goods bought with another country's money,
// read after the goods q (which purchased found bought by their subject):
//   - "with Danish funds", "using Dutch funding": a demonym before a
//     money word;
//   - "with money from Denmark", "using funds provided by Norway": a
//     money word, then "from", "of", "provided by" or "given by" and a
//     country;
//   - "paid for by Denmark", "funded by Sweden", "financed by Canada".
//
// The buyer (the subject) is the recipient; the status is read from the
// buying verb's clause.
func (a *analysis) fundedPurchaseFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	// (bought or received by the subject: "France will supply 80
	// howitzers, paid for by Ukraine" is France's, a sale)
	bought := a.boughtBefore(q, s) || a.receivedBefore(q, s)
	for k := q.end; k < s.end && k < q.end+8; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		var donor actorMention
		found := false
		anchor := span{k, k + 1}
		switch a.lw(k) {
		case "with", "using":
			if !bought {
				continue
			}
			j := k + 1
			if j < s.end && (a.lw(j) == "the" || a.lw(j) == "a") {
				j++
			}
			// "with Danish funds"
			if m, ok := a.longest(j, s.end, cDemonym); ok && len(m.value) == 2 && m.end < s.end && moneyWord(a.lw(m.end)) {
				donor, found = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}, true
				break
			}
			// "with money from Denmark", "using funds provided by Norway"
			if j < s.end && moneyWord(a.lw(j)) {
				p := j + 1
				if p < s.end && (a.lw(p) == "provided" || a.lw(p) == "given" || a.lw(p) == "donated") && p+1 < s.end && a.lw(p+1) == "by" {
					p++
				}
				if p < s.end && (a.lw(p) == "from" || a.lw(p) == "of" || a.lw(p) == "by") && p+1 < s.end {
					donor, found = a.countryAt(p+1, q.sent)
				}
			}
		case "funded", "financed", "paid":
			// "paid for by Denmark"; "funded by Sweden" after a purchase
			// (else the passive frame reads it)
			p := k + 1
			if !bought {
				continue
			}
			if a.lw(k) == "paid" && p < s.end && a.lw(p) == "for" {
				p++
			}
			if p+1 < s.end && a.lw(p) == "by" {
				// (the anchor is "by": "paid" alone is a verb of money)
				donor, found = a.countryAt(p+1, q.sent)
				anchor = span{p, p + 1}
			}
		}
		if !found {
			continue
		}
		f := frame{actors: []actorMention{donor}, anchor: anchor, rule: ruleFundedPurchase,
			window: span{s.start, max(q.end, donor.end)}, conf: 0.6}
		// "Ukraine bought 18 howitzers with Danish funds": done
		if bought && a.pastPurchase(q, s) {
			f.forced = news.StatusDelivered
		}
		return f, true
	}
	return frame{}, false
}

// moneyWord reports whether w names money given for a purchase.
func moneyWord(w string) bool {
	switch w {
	case "money", "funds", "funding", "financing", "grant", "grants", "loan", "loans", "aid":
		return true
	}
	return false
}

// countryAt returns the country actor that starts at token k of sentence
// si, if any.
func (a *analysis) countryAt(k, si int) (actorMention, bool) {
	if k >= len(a.toks) || a.actorAt[k] < 0 {
		return actorMention{}, false
	}
	am := a.actors[a.actorAt[k]]
	if am.start != k || len(am.code) != 2 {
		return actorMention{}, false
	}
	return am, true
}

// boughtBefore reports whether a verb of buying stands at most four
// tokens before q, with no punctuation between: "will buy 18 howitzers".
func (a *analysis) boughtBefore(q *quantity, s span) bool {
	for k := q.start - 1; k >= s.start && k >= q.start-4; k-- {
		if a.toks[k].kind == tPunct {
			return false
		}
		switch a.lw(k) {
		case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
			"procure", "procures", "procured", "procuring", "acquire", "acquires", "acquired", "acquiring", "order", "ordered":
			return true
		}
	}
	return false
}

// pastPurchase reports whether the verb of buying before q is a simple
// past with no modal or hedge before it: "Ukraine bought 18 howitzers".
func (a *analysis) pastPurchase(q *quantity, s span) bool {
	for k := q.start - 1; k >= s.start && k >= q.start-4; k-- {
		switch a.lw(k) {
		case "bought", "purchased", "procured", "acquired":
			return k == s.start || !a.has(k-1, cIrrealis, cConsidering)
		}
	}
	return false
}
