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
