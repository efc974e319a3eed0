package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Context guards on money and equipment that stay at home: the actor's
// own industry, subsidies, purchases, beneficiaries and spending ranks,
// and industrial co-development. contextGuard (frames_context_guards.go)
// calls them.

// industryNoun reports a noun of producers.
func industryNoun(w string) bool {
	switch w {
	case "companies", "company", "producers", "manufacturers", "industry", "firms", "suppliers", "makers", "plants", "factories":
		return true
	}
	return false
}

// ownIndustry reports money or equipment that the actor buys from its own
// producers: "allocated 40 billion hryvnias to buy weapons from Ukrainian
// companies", "signed contracts with domestic producers". Money for another
// country's industry ("to finance donations through the Ukrainian defence
// industry", said of Denmark) is a commitment.
func (a *analysis) ownIndustry(f *frame, q *quantity) bool {
	if q.kind != news.KindMoney && q.kind != news.KindEquipment || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k+1 < s.end && k < q.end+10; k++ {
		if a.lw(k) != "from" && a.lw(k) != "with" {
			continue
		}
		j := k + 1
		if a.lw(j) == "the" || a.lw(j) == "its" || a.lw(j) == "their" {
			j++
		}
		if j >= s.end {
			break
		}
		own := false
		switch a.lw(j) {
		case "domestic", "local", "own", "home-grown", "national":
			own = true
		default:
			m, ok := a.longest(j, s.end, cDemonym)
			if !ok {
				continue
			}
			for _, am := range f.actors {
				own = own || m.value == am.code
			}
			j = m.end - 1
		}
		if !own {
			continue
		}
		for n := j + 1; n < s.end && n <= j+3; n++ {
			if industryNoun(a.lw(n)) {
				return true
			}
		}
	}
	return false
}

// domesticSubsidy reports money given as subsidies or tax breaks with no
// other country in the sentence: "The Polish government will provide 500
// million zlotys in subsidies for the plant". It is domestic spending.
func (a *analysis) domesticSubsidy(f *frame, q *quantity) bool {
	if q.kind != news.KindMoney || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k < s.end && k <= q.end+3; k++ {
		switch a.lw(k) {
		case "subsidies", "subsidy", "incentives", "tax":
			return a.onlyOwnCountries(f, s)
		case "in", "of", "as", "state", "public":
			continue
		}
		return false
	}
	return false
}

// coDevelopment reports an agreement to develop or produce something
// together with no other country named: "Italy's Leonardo signed an
// agreement to jointly develop a new helicopter". Industry cooperation is
// no gift; with a partner country named ("Germany and Ukraine agreed to
// produce drones together") the other frames decide.
func (a *analysis) coDevelopment(f *frame) bool {
	if len(f.actors) == 0 || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "sign", "signs", "signed", "signing", "agree", "agrees", "agreed":
	default:
		return false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	for k := f.anchor.end; k+1 < s.end && k < f.anchor.end+10; k++ {
		if a.lw(k) != "to" {
			continue
		}
		j := k + 1
		if a.lw(j) == "jointly" || a.lw(j) == "together" || a.lw(j) == "co" {
			j++
		}
		switch a.lw(j) {
		case "develop", "co-develop", "produce", "co-produce", "build", "manufacture", "design":
			return a.onlyOwnCountries(f, s)
		}
	}
	return false
}

// ownPurchase reports money that pays for the actor's own purchase from a
// seller: "Germany has signed a contract worth $3.5 billion to buy the
// missile system from Israel". The price is not a commitment (the buyer
// pays); money to buy arms for another country ("to buy shells for
// Ukraine") names it after something else than "from" and stays.
func (a *analysis) ownPurchase(f *frame, q *quantity) bool {
	if q.kind != news.KindMoney || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	buy := false
	for k := q.end; k+1 < s.end && k <= q.end+4 && !buy; k++ {
		if a.lw(k) != "to" {
			continue
		}
		switch a.lw(k + 1) {
		case "buy", "purchase", "acquire", "procure":
			buy = true
		}
	}
	if !buy {
		return false
	}
	sellers := 0
	for _, m := range a.actorsNear(s.start, s.end) {
		if m.start < s.start || m.end > s.end || len(m.code) != 2 {
			continue
		}
		own := false
		for _, am := range f.actors {
			own = own || am.code == m.code
		}
		if own {
			continue
		}
		if m.start > 0 && a.lw(m.start-1) == "from" {
			sellers++
			continue
		}
		return false
	}
	return sellers > 0
}

// beneficiaryNoun reports a noun of domestic beneficiaries.
func beneficiaryNoun(w string) bool {
	switch w {
	case "households", "corporate", "pensioners", "consumers", "taxpayers",
		"motorists", "homeowners", "employers", "savers", "landlords", "tenants":
		return true
	}
	return false
}

// domesticBeneficiary reports money for the actor's own households,
// firms or farmers, with no other country (or its demonym) in the
// sentence: "Italy set aside €5 billion to help households pay energy
// bills", "guaranteed €300 billion of corporate loans". Help for "Ukrainian
// households" names the other country and stays.
func (a *analysis) domesticBeneficiary(f *frame, q *quantity) bool {
	if q.kind != news.KindMoney || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	found := false
	for k := s.start; k < s.end && !found; k++ {
		found = beneficiaryNoun(a.lw(k))
	}
	if !found || !a.onlyOwnCountries(f, s) {
		return false
	}
	for k := s.start; k < s.end; k++ {
		if m, ok := a.longest(k, s.end, cDemonym, cCountry); ok {
			own := false
			for _, am := range f.actors {
				own = own || am.code == m.value
			}
			if !own {
				return false
			}
		}
	}
	return true
}

// spendingRank reports money of a ranking of what countries spend on
// themselves: "The United States spent $916 billion, followed by China
// with $296 billion". The ranked sums are budgets, not gifts.
func (a *analysis) spendingRank(f *frame) bool {
	if f.rule != ruleFollowedBy {
		return false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	for k := a.sents[si].start; k < f.anchor.start; k++ {
		switch a.lw(k) {
		case "spent", "spends", "spending", "spend", "budget", "budgets", "expenditure":
			return true
		}
	}
	return false
}
