package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// restatedAmount reports whether money q restates an amount named just
// before it in another currency or unit: "a $1 billion oil facility,
// equivalent to around Rs290 billion", "€50m, the equivalent of $54m",
// "$2bn, equal to about 3% of its budget", or the same sum by the year
// ("C$500 million over five years, or C$100 million annually"). The
// amount before is the line.
func (a *analysis) restatedAmount(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	if k > s.start && a.has(k, cQualifier) {
		k-- // "equivalent to around"
	}
	if k-1 < s.start {
		return false
	}
	switch {
	case (a.lw(k) == "to" || a.lw(k) == "of") && (a.lw(k-1) == "equivalent" || a.lw(k-1) == "equal" || a.lw(k-1) == "equating"):
		k--
	case a.lw(k) == "to" && (a.lw(k-1) == "amounting" || a.lw(k-1) == "converting"):
		k--
	case a.lw(k) == "or" && a.tx(k-1) == "," && a.rateAfter(q.end, s):
		k-- // "C$500 million over five years, or C$100 million annually": the same sum by the year
	default:
		return false
	}
	if k-1 >= s.start && a.lw(k-1) == "the" {
		k-- // "the equivalent of"
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == news.KindMoney && o.num != nil && o.end <= k && k-o.end <= 6 {
			return true
		}
	}
	return false
}

// rateAfter reports whether a rate of time follows token k: "a year",
// "per year", "each year", "every year", "per annum", "annually".
func (a *analysis) rateAfter(k int, s span) bool {
	if k < s.end && a.lw(k) == "annually" {
		return true
	}
	if k+1 >= s.end {
		return false
	}
	switch a.lw(k) {
	case "a", "per", "each", "every":
		w := a.lw(k + 1)
		return w == "year" || w == "annum" || w == "month"
	}
	return false
}

// unitAmount reports whether money q is too small to be a commitment of a
// country: under a thousand units, it is a rate or a price ("will match one
// dollar for every two dollars", "$5 per day", "one euro a litre").
func (a *analysis) unitAmount(q *quantity) bool {
	return q.num != nil && q.num.value < 1000
}

// otherSubjectBetween reports whether a subordinate clause with its own
// subject and verb opens between a trigger ending at from and money q:
// in "The US pledged $507 million as the United Nations issued an appeal
// for $8.4 billion" the appeal's amount is not the US pledge. A reporting
// aside ("as the minister said") and an amount right after the new subject
// (a gapped entry: "while France €5 million") do not count.
func (a *analysis) otherSubjectBetween(from int, q *quantity, s span) bool {
	for c := from; c < q.start-2; c++ {
		switch a.lw(c) {
		case "as", "while", "whereas", "but", "when", "after":
		default:
			continue
		}
		k := c + 1
		if a.lw(k) == "the" {
			k++
		}
		start := k
		if r := a.actorAt[k]; r >= 0 && a.actors[r].start == k {
			k = a.actors[r].end
		}
		for k < q.start && a.upper(k) && a.toks[k].kind == tWord {
			k++
		}
		if k == start || k >= q.start || a.toks[k].kind != tWord || a.upper(k) || a.has(k, cReporting) {
			continue
		}
		return true
	}
	return false
}

// openingPackageOf returns the head noun of a sentence that opens with a
// given noun of commitment whose amount follows "of": "The military
// support package of 68 million euros aims to …", "This contribution of
// $10 million will …". It returns an empty span (-1) otherwise.
func (a *analysis) openingPackageOf(q *quantity, s span) span {
	none := span{-1, -1}
	h := q.start - 2
	if q.kind != news.KindMoney || h <= s.start || a.lw(q.start-1) != "of" || !givenHead(a.lw(h)) && !paymentHead(a.lw(h)) {
		return none
	}
	switch a.lw(s.start) {
	case "the", "this", "that", "its":
	default:
		return none
	}
	for j := s.start + 1; j < h; j++ {
		if a.toks[j].kind != tWord || a.has(j, cTrigger, cDeliveryPast, cClauseBreak, cReporting, cStop) && !a.has(j, cMoneyObject, cSupportNoun) {
			return none
		}
	}
	if h-s.start > 4 {
		return none
	}
	return span{h, h + 1}
}

// namedSourceBefore reports whether a capitalised name that is no actor
// reports the clause of the verb at token v: "the Kuwait-based Arab Fund
// says Iraq will receive $1.5 billion". Such a source (a fund, a bank, an
// agency) is the likely giver, so no country is.
func (a *analysis) namedSourceBefore(v int, s span) bool {
	for k := v - 1; k > s.start && v-k <= 8; k-- {
		if !a.has(k, cReporting) {
			continue
		}
		p := k - 1
		return a.toks[p].kind == tWord && a.upper(p) && a.actorAt[p] < 0
	}
	return false
}

// requestedAmount reports whether money q is what a request asks for: "a
// request was made for (the) rollover of $4.2 billion", "Kyiv's appeal
// for $5 billion". A request noun stands within three tokens before a
// "for" that opens the phrase of q (six tokens at most). A refused request
// is read by requestFrame before.
func (a *analysis) requestedAmount(q *quantity) bool {
	s := a.sents[q.sent]
	for k := q.start - 1; k > s.start && q.start-k <= 6; k-- {
		if a.has(k, cClauseBreak) || a.toks[k].kind == tPunct {
			return false
		}
		if a.lw(k) != "for" {
			continue
		}
		for j := k - 1; j >= s.start && k-j <= 3; j-- {
			if a.has(j, cRequestNoun) {
				return true
			}
		}
		return false
	}
	return false
}

// paymentHead reports whether w names a part of a commitment paid out:
// "The first payment of €4.5 billion", "the second tranche of $1 billion".
func paymentHead(w string) bool {
	switch w {
	case "payment", "tranche", "instalment", "installment", "disbursement":
		return true
	}
	return false
}

// counterfactualAmount reports whether money q is what should or would
// have been: "The aid budget should have been about £15 billion", "would
// have been worth $2 billion". A modal perfect of "be" stands within six
// tokens before q in its clause.
func (a *analysis) counterfactualAmount(q *quantity) bool {
	s := a.sents[q.sent]
	for k := q.start - 1; k-2 >= s.start && q.start-k <= 6; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == "," || a.tx(k) == ";" {
			return false
		}
		if a.lw(k) != "been" || a.lw(k-1) != "have" {
			continue
		}
		switch a.lw(k - 2) {
		case "should", "would", "could", "might", "ought":
			return true
		}
	}
	return false
}

// hasValueOf matches the link "has a (total) value of" right before money
// q: "the aid from Sweden has a total value of SEK 5 billion". It returns
// the token before "has" and true, or false.
func (a *analysis) hasValueOf(q *quantity, s span) (int, bool) {
	k := q.start - 1
	if k-2 < s.start || a.lw(k) != "of" || !a.has(k-1, cValueNoun) {
		return 0, false
	}
	k -= 2
	for n := 0; n < 2 && k > s.start; n++ {
		switch a.lw(k) {
		case "a", "an", "total", "overall", "combined", "estimated":
			k--
			continue
		}
		break
	}
	switch a.lw(k) {
	case "has", "had", "have":
		return k - 1, true
	}
	return 0, false
}

// afterAccordingTo returns the first token of sentence s after an opening
// "According to …," (the source of the clause), else s.start.
func (a *analysis) afterAccordingTo(s span) int {
	if s.end-s.start < 4 || a.lw(s.start) != "according" || a.lw(s.start+1) != "to" {
		return s.start
	}
	for k := s.start + 2; k < s.end && k-s.start <= 12; k++ {
		if a.tx(k) == "," {
			return k + 1
		}
	}
	return s.start
}

// aidNounNear reports whether a noun of aid stands right before the value
// noun at v ("support volume") or within four tokens after it ("the size
// of the package").
func (a *analysis) aidNounNear(v int, s span) bool {
	if v-1 >= s.start && (a.has(v-1, cMoneyObject, cSupportNoun, cTriggerNoun) || a.lw(v-1) == "support") {
		return true
	}
	for j := v + 1; j < s.end && j <= v+4; j++ {
		if a.has(j, cMoneyObject, cSupportNoun, cTriggerNoun) {
			return true
		}
	}
	return false
}

// buyVerbBefore reports whether a verb of buying stands right before money
// q, past a qualifier: "was approved to purchase $2.9 billion in jets",
// "bought about €500 million of shells".
func (a *analysis) buyVerbBefore(q *quantity, s span) bool {
	k := q.start - 1
	if k > s.start && a.has(k, cQualifier) {
		k--
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
		"procure", "procures", "procured", "procuring", "acquire", "acquires", "acquired", "acquiring":
		return true
	}
	return false
}
