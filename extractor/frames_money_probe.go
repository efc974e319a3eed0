package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Helpers and guards of the money family added from the probe battery
// (money_probe_test.go): verbs of funding before "by", nouns of money
// that is no gift (rewards, bounties, ransoms), and the currency cue of
// a lender.

// fundedVerb reports whether w is a past participle of paying for
// something, whose "by" names the payer: "financed by", "funded by".
func fundedVerb(w string) bool {
	switch w {
	case "financed", "funded", "bankrolled", "underwritten", "sponsored", "paid":
		return true
	}
	return false
}

// guardReward names the guard of rewardMoney.
const guardReward = "guard.reward"

// rewardNoun reports whether w names money offered for a deed, a capture
// or a release, not to a country: "reward", "bounty", "ransom", "prize".
func rewardNoun(w string) bool {
	switch w {
	case "reward", "rewards", "bounty", "bounties", "ransom", "ransoms", "prize", "prizes":
		return true
	}
	return false
}

// rewardMoney reports whether money q is a reward, bounty or ransom: the
// noun right after the amount ("a $5 million reward", "a £1 million
// bounty") or before it with "of" ("a reward of up to $5 million").
func (a *analysis) rewardMoney(q *quantity) bool {
	if q.kind != news.KindMoney || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	if q.end < s.end && rewardNoun(a.lw(q.end)) {
		return true
	}
	k := q.start - 1
	if k > s.start && a.has(k, cQualifier) {
		k-- // "a reward of up to $5 million"
	}
	for k > s.start && a.has(k, cQualifier) {
		k--
	}
	return k-1 >= s.start && a.lw(k) == "of" && rewardNoun(a.lw(k-1))
}

// lenderCurrency reports whether money q is written in the own currency
// of lender and not of borrower: "Ukraine signed a 13 billion yen loan
// agreement with Japan" is lent by Japan. A loan is given in the
// lender's money far more often than in the borrower's.
func (a *analysis) lenderCurrency(q *quantity, lender, borrower string) bool {
	own := a.ownCurrency[lender]
	return own != "" && q.currency == own && a.ownCurrency[borrower] != own
}

// signVerb reports whether w is a verb by which two sides conclude an
// agreement: "signed", "inked", "concluded".
func signVerb(w string) bool {
	switch w {
	case "signed", "signs", "sign", "signing", "inked", "inks", "ink", "agreed", "concluded":
		return true
	}
	return false
}

// ruleSignersLender marks a loan signed by two sides whose lender is
// told by the currency of the amount.
const ruleSignersLender = "money.signers-lender"

// signersLender narrows the frame of money q lent under an agreement that
// two sides sign ("Kuwait and Mali signed a KD 9 million loan agreement",
// "the Kuwait Fund (KFAED) and Uzbekistan inked a loan agreement worth KD
// 9 million") to the lender, the side whose own currency the amount is
// in. It reads the countries named before the anchor in q's sentence; it
// changes nothing unless exactly one of them has that currency, the
// amount is lent (a noun of lending within three tokens of q) and the
// anchor is a verb of signing or a noun of lending with such a verb
// shortly before it.
func (a *analysis) signersLender(f *frame, q *quantity) frame {
	if q.num == nil || q.currency == "" || q.sent < 0 || q.sent >= len(a.sents) || f.anchor.end <= f.anchor.start {
		return *f
	}
	s := a.sents[q.sent]
	signed := signVerb(a.lw(f.anchor.start))
	if lendNoun(a.lw(f.anchor.start)) || dealNoun(a.lw(f.anchor.start)) {
		// "inked on Wednesday a loan agreement": the verb before the noun
		for k := f.anchor.start - 1; k >= s.start && k >= f.anchor.start-6 && !signed; k-- {
			signed = signVerb(a.lw(k))
		}
	}
	if !signed {
		return *f
	}
	lent := false
	for k := max(s.start, q.start-3); k < min(s.end, q.end+4) && !lent; k++ {
		lent = lendNoun(a.lw(k)) && a.lw(k) != "line" && a.lw(k) != "facility"
	}
	if !lent {
		return *f
	}
	var lender actorMention
	n := 0
	for _, am := range a.actorsOf(s) {
		if am.start >= f.anchor.start {
			break
		}
		if a.ownCurrency[am.code] != q.currency || am.code == lender.code {
			continue
		}
		lender = am
		n++
	}
	if n != 1 {
		return *f
	}
	for _, am := range f.actors {
		if am.code != lender.code && a.ownCurrency[am.code] == q.currency {
			return *f
		}
	}
	g := *f
	g.actors = []actorMention{lender}
	g.name = ruleSignersLender
	return g
}

// afterBracket returns the token after the bracket that opens at token k
// and closes within eight tokens ("($100 million)"), else k.
func (a *analysis) afterBracket(k int, s span) int {
	if k >= s.end || a.tx(k) != "(" {
		return k
	}
	for j := k + 1; j < s.end && j <= k+8; j++ {
		if a.tx(j) == ")" {
			return j + 1
		}
	}
	return k
}

// totalWord reports whether w makes the noun after it a running total:
// "total", "overall", "cumulative".
func totalWord(w string) bool {
	return w == "total" || w == "overall" || w == "cumulative"
}

// receivedOwnerBefore reports whether a past verb of receiving ends right
// before token k of s, over "the": "had received the UAE's $3bn in aid",
// "Egypt got Saudi Arabia's $1 billion". The owner's money was handed
// over.
func (a *analysis) receivedOwnerBefore(k int, s span) bool {
	k--
	if k > s.start && a.lw(k) == "the" {
		k--
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "received", "got", "obtained":
		return true
	}
	return false
}

// groupSubjectBefore reports whether the verb at cue, after money q, is
// the verb of a relative clause whose subject is a group: "part of the
// larger $12bn that Gulf Arab states pledged", "the $5 billion which
// donor countries promised". The money is the group's, not the text's
// donor's.
func (a *analysis) groupSubjectBefore(q *quantity, cue int, s span) bool {
	if cue <= q.end || cue > s.end {
		return false
	}
	rel := -1
	for k := q.end; k < cue && k-q.end <= 3; k++ {
		if w := a.lw(k); w == "that" || w == "which" {
			rel = k
			break
		}
	}
	if rel < 0 || cue-rel > 6 {
		return false
	}
	for k := rel + 1; k < cue; k++ {
		if a.has(k, cGroupNoun) {
			return true
		}
	}
	return false
}

// afterLabel returns the token after the colon of a short label that
// opens a line at token ls ("Emergency grant aid: 30 million USD"), or
// -1. The label has one to ten tokens, holds no colon, number or
// semicolon, and the colon is not the sentence's last token.
func (a *analysis) afterLabel(ls int, s span) int {
	for k := ls; k < s.end-1 && k-ls <= 10; k++ {
		switch {
		case a.tx(k) == ":":
			if k == ls {
				return -1
			}
			return k + 1
		case a.tx(k) == ";" || a.toks[k].kind == tNum:
			return -1
		}
	}
	return -1
}

// labelOf reports whether the label before money q in sentence s names
// no country other than the header's donor am: "(4) Japan Fund for
// Poverty Reduction: 20 million USD" under Japan's header is Japan's;
// "(3) Germany: €5 million" is Germany's own row, read elsewhere.
func (a *analysis) labelOf(am actorMention, q *quantity, s span) bool {
	for _, o := range a.actorsOf(s) {
		if o.start < q.start && o.code != am.code {
			return false
		}
	}
	return true
}
