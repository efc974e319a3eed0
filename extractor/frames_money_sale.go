package extractor

// saleOfAmount reports whether money q is the object of a noun of sale or
// export right before it: "authorised the sale of $1.4 billion worth of
// aircraft", "approved the export of €50 million in ammunition", "sales of
// $2 billion". The price of a sale is not a money commitment (the buyer
// pays); a purchase paid for another country ("funded the purchase of
// $50 million in shells") is left to salePrice's checks of the payer.
func (a *analysis) saleOfAmount(q *quantity) bool {
	s := a.sents[q.sent]
	p := q.start - 1
	if p-1 < s.start || a.lw(p) != "of" || !a.has(p-1, cSale) && !exportNoun(a.lw(p-1)) {
		return false
	}
	for j := p - 2; j >= s.start && p-j <= 5; j-- {
		switch a.lw(j) {
		case "fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing",
			"pay", "pays", "paid", "paying", "cover", "covers", "covered":
			return false // "Denmark funded the purchase of $50 million in shells"
		}
	}
	return true
}

// exportNoun reports whether w names an export, which prices a sale:
// "exports worth €400 million", "the export of €50 million".
func exportNoun(w string) bool {
	switch w {
	case "export", "exports", "re-export", "re-exports":
		return true
	}
	return false
}
