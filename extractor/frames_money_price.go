package extractor

// Money that is a price, not a gift: the price of a sale or purchase
// named before the amount in its clause (salePrice), the value of a
// procurement named after it (purchaseAfter) and an amount before the
// noun of the sale it prices (salePriceBefore). moneyFrame drops these
// amounts.

// salePrice reports whether money q is the price of a sale or purchase
// named before it in its clause: "intends to buy 250 tanks worth $4bn",
// "approved a possible arms sale to Chile worth $95 million". A purchase
// for another country ("will buy air defence for Ukraine worth €1bn") is
// a donation and stays.
func (a *analysis) salePrice(q *quantity) bool {
	s := a.sents[q.sent]
	if a.purchaseAfter(q, s) || a.salePriceBefore(q, s) || a.saleOfAmount(q) {
		return true
	}
	// the amount is a price: "worth", "valued at", "for", "costing"
	if p := q.start - 1; p < s.start {
		return false
	} else if w := a.lw(p); w != "worth" && w != "for" && w != "costing" && w != "at" && w != "cost" {
		return false
	}
	for k := q.start - 1; k >= s.start && q.start-k <= 12; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			return false
		}
		if !a.has(k, cSale) && !exportNoun(a.lw(k)) {
			continue
		}
		// "Denmark funded the purchase of shells worth DKK 1bn": a donation
		for j := k - 1; j >= s.start && k-j <= 6; j-- {
			switch a.lw(j) {
			case "fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing",
				"pay", "pays", "paid", "paying", "donate", "donates", "donated", "cover", "covers", "covered":
				return false
			}
		}
		for j := k + 1; j < q.start; j++ {
			if a.lw(j) == "for" && a.actorEndingAt(j+1, s) >= 0 {
				return false
			}
			if a.lw(j) == "for" && a.lw(j+1) == "the" && a.actorEndingAt(j+2, s) >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// purchaseAfter reports whether money q is the value of a procurement
// named after it: "signed a €1 billion contract with an arms maker", "a
// $2bn order for tanks", "a €1 billion deal to buy air defence systems",
// "approved a $1 billion arms sale to Taiwan".
// A contract, tender or order is a purchase; a deal or an agreement only
// with a word of sale after it.
func (a *analysis) purchaseAfter(q *quantity, s span) bool {
	k := a.skipConversion(q, q.end, s) // "a $2bn (£1.6bn) order for tanks"
	for n := 0; n < 2 && k < s.end && a.isModifier(k) && !a.has(k, cMoneyObject, cSale); n++ {
		switch a.lw(k) {
		case "contract", "contracts", "tender", "order", "orders", "deal", "deals", "agreement":
		default:
			k++
			continue
		}
		break
	}
	if k >= s.end {
		return false
	}
	// "Denmark funded the $1bn purchase of shells": paying is a donation
	for j := q.start - 1; j >= s.start && q.start-j <= 4; j-- {
		switch a.lw(j) {
		case "fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing", "pay", "pays", "paid", "paying", "cover", "covers", "covered":
			return false
		}
	}
	// "a €1 billion contract for shells for Ukraine": bought for another
	// country, a donation
	for j := k + 1; j+1 < s.end && j <= k+8; j++ {
		if a.lw(j) == "for" && (a.actorEndingAt(j+1, s) >= 0 || a.lw(j+1) == "the" && j+2 < s.end && a.actorEndingAt(j+2, s) >= 0) {
			return false
		}
	}
	if a.has(k, cSale) {
		return true // "a $1 billion arms sale to Taiwan"
	}
	switch a.lw(k) {
	case "contract", "contracts", "tender", "order", "orders":
		return true
	case "deal", "deals", "agreement":
		for j := k + 1; j < s.end && j <= k+4; j++ {
			if a.has(j, cSale) {
				return true
			}
		}
	}
	return false
}

// salePriceBefore reports whether money q stands before the noun of a
// sale it prices: "approved a possible $300 million sale of helicopters",
// "a $1.2 billion arms sale to Taiwan". Not when the sale is paid for by
// the subject ("funded a $50 million purchase of shells").
func (a *analysis) salePriceBefore(q *quantity, s span) bool {
	k := a.skipConversion(q, q.end, s) // "the $23bn (£18bn) sale of jets"
	if a.buyVerbBefore(q, s) {
		k = q.start - 1 // "was approved to purchase $2.9 billion in jets"
	} else {
		// "$4.7 billion of potential weapons sales", "$1bn in arms sales"
		if k+1 < s.end && (a.lw(k) == "of" || a.lw(k) == "in") {
			k++
		}
		for n := 0; k < s.end && n < 3 && !a.has(k, cSale); n++ {
			switch a.lw(k) {
			case "arms", "weapons", "military", "defence", "defense", "foreign", "weapon", "equipment",
				"potential", "possible", "proposed", "planned", "new", "future":
				k++
				continue
			}
			break
		}
		if k >= s.end || !a.has(k, cSale) || a.lw(k) == "buy" || a.lw(k) == "sell" {
			return false
		}
	}
	// "approved a €100 million purchase of shells for Ukraine": bought for
	// another country, a donation
	for j := k + 1; j+1 < s.end && j <= k+8; j++ {
		if a.lw(j) == "for" && (a.actorEndingAt(j+1, s) >= 0 || a.lw(j+1) == "the" && j+2 < s.end && a.actorEndingAt(j+2, s) >= 0) {
			return false
		}
	}
	for j := q.start - 1; j >= s.start && q.start-j <= 6; j-- {
		switch a.lw(j) {
		case "fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing",
			"pay", "pays", "paid", "paying", "donate", "donates", "donated", "cover", "covers", "covered":
			return false
		}
	}
	return true
}
