package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleLenderWith names a loan, credit line, deposit or currency swap "with"
// a country, read from the borrower's side: in "Sri Lanka signed a $500
// million loan agreement with China" China lends.
const ruleLenderWith = "frame.money-lender-with"

// lendNoun reports whether w names lent money: a loan, a credit line, a
// deposit, a currency swap.
func lendNoun(w string) bool {
	switch w {
	case "loan", "loans", "credit", "credits", "swap", "swaps", "facility", "facilities", "line", "deposit", "deposits", "financing":
		return true
	}
	return false
}

// dealNoun reports whether w names the agreement about a loan: "loan
// agreement", "swap deal".
func dealNoun(w string) bool {
	switch w {
	case "agreement", "agreements", "deal", "deals", "accord", "arrangement", "pact", "contract", "memorandum":
		return true
	}
	return false
}

// borrowVerb reports whether w is a verb whose subject takes the money:
// "secured", "obtained", "received" a loan with or from a lender.
func borrowVerb(w string) bool {
	switch w {
	case "secured", "secures", "secure", "obtained", "obtains", "obtain", "received", "receives", "receive",
		"got", "gets", "took", "takes", "borrowed", "borrows", "borrow", "sought", "seeks", "seek", "won", "wins", "clinched":
		return true
	}
	return false
}

// lenderWithFrame matches money q in a noun phrase of lent money followed
// by "with" and a country, the lender, after a verb whose subject is the
// borrower: "Sri Lanka signed a loan agreement with China worth 2 billion
// yuan", "Kenya secured a $500 million credit line with Japan", "settled a
// USD 400 million currency swap facility with India". The country after
// "with" lends and the subject is the recipient. When the verb is shared
// by both sides ("signed", "settled", "agreed") the borrower is the subject
// when the text names it more often than the other country (the text is
// about the borrower), and a government after "with" borrows; an owner
// pronoun ("China renewed its swap facility with Sri Lanka") makes the
// subject the lender, and the frame reports false.
func (a *analysis) lenderWithFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	with, npStart := -1, -1
	switch {
	case q.start-1 > s.start && (a.lw(q.start-1) == "worth" || a.lw(q.start-1) == "of"):
		// "a loan agreement with China worth 2 billion yuan"
		w := a.withActorBefore(q.start-1, s)
		if w < 0 {
			return frame{}, false
		}
		with = w
		npStart = a.lendPhraseStart(w, s)
	default:
		// "a USD 400 million currency swap facility with India"
		k := a.afterBracket(q.end, s) // "a 13 billion yen ($100 million) loan"
		for k < s.end && k-q.end < 4 && !lendNoun(a.lw(k)) && a.isModifier(k) {
			k++
		}
		if k >= s.end || !lendNoun(a.lw(k)) {
			return frame{}, false
		}
		for k < s.end && (lendNoun(a.lw(k)) || dealNoun(a.lw(k))) {
			k++
		}
		if k >= s.end || a.lw(k) != "with" {
			return frame{}, false
		}
		with, npStart = k, q.start
		if d := q.start - 1; d > s.start && isDeterminer(a.lw(d)) {
			npStart = d
		}
	}
	if npStart <= s.start {
		return frame{}, false
	}
	if g := with + 1; g+1 < s.end && (a.lw(g) == "government" || a.lw(g) == "the" && a.lw(g+1) == "government") {
		return frame{}, false // "signed a loan agreement with the Government of Kenya": the borrower
	}
	lenders := a.listAt(with+1, s)
	if len(lenders) != 1 || len(lenders[0].code) != 2 && lenders[0].code != "EU" {
		return frame{}, false
	}
	if _, ok := a.isPossessive(lenders[0].end, s.end); ok {
		return frame{}, false // "a loan with Japan's backing": an owner, not the lender
	}
	det := a.lw(npStart)
	if det == "its" || det == "their" {
		return frame{}, false // "renewed its swap facility with": the subject's own
	}
	verb := npStart
	if isDeterminer(det) {
		verb--
	}
	if verb < s.start || a.toks[verb].kind != tWord {
		return frame{}, false
	}
	sub, ok := a.subjectOf(match{entry: &entry{}, start: verb, end: verb + 1}, s, false)
	if !ok || len(sub.actors) != 1 || sub.actors[0].code == lenders[0].code || strings.HasPrefix(sub.actors[0].code, "group:") {
		return frame{}, false
	}
	borrower := sub.actors[0]
	if !borrowVerb(a.lw(verb)) && a.stats.of(borrower.code).n <= a.stats.of(lenders[0].code).n && !a.lenderCurrency(q, lenders[0].code, borrower.code) {
		return frame{}, false // the text is about the other side: it may be the lender
	}
	win := span{verb, min(s.end, q.end+3)}
	return frame{actors: lenders, anchor: span{with, with + 1}, rule: ruleLenderWith, window: win, conf: 0.65,
		to: borrower.code}, true
}

// lendPhraseStart returns the first token of the noun phrase of lent money
// that ends before "with" at token w ("a (new) loan agreement"), or -1.
func (a *analysis) lendPhraseStart(w int, s span) int {
	k := w - 1
	for k > s.start && dealNoun(a.lw(k)) {
		k--
	}
	if !lendNoun(a.lw(k)) {
		return -1
	}
	for k > s.start && (lendNoun(a.lw(k-1)) || a.isModifier(k-1) && !isDeterminer(a.lw(k-1))) && w-k < 6 {
		k--
	}
	if k-1 > s.start && isDeterminer(a.lw(k-1)) {
		k--
	}
	return k
}

// isDeterminer reports whether w opens a noun phrase: "a", "the", "its".
func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "this", "that":
		return true
	}
	return false
}

// confirmVerb reports whether w is a verb that confirms or finalises a
// commitment named by its object noun: "confirmed the rollover of".
func confirmVerb(w string) bool {
	switch w {
	case "confirm", "confirms", "confirmed", "confirming", "finalised", "finalized", "finalises", "finalizes":
		return true
	}
	return false
}

// renewedMoney reports whether the frame of money q renews or rolls over
// money already lent or deposited ("China renewed its swap facility",
// "confirmed the rollover of a $3 billion deposit"): delivered, as the
// money was given before. A hedge or future before the verb ("will
// renew", "may roll over") keeps the status the cues give.
func (a *analysis) renewedMoney(f *frame, q *quantity) bool {
	if f.anchor.end <= f.anchor.start {
		return false
	}
	s := a.sents[q.sent]
	renew := false
	switch a.lw(f.anchor.start) {
	case "renewed":
		renew = true
	}
	for k := f.anchor.start; k < q.start && k < s.end && !renew; k++ {
		switch a.lw(k) {
		case "rollover", "rollovers", "roll-over", "renewal":
			renew = true
		}
	}
	if !renew {
		return false
	}
	for k := max(s.start, f.anchor.start-3); k < f.anchor.start; k++ {
		if a.has(k, cIrrealis, cConsidering) {
			return false
		}
	}
	return true
}

// adoptVerb reports whether w is a verb by which a council or government
// adopts a measure of aid: "The European Council has adopted assistance
// measures for five partners" announces what the next sentence sizes.
func adoptVerb(w string) bool {
	switch w {
	case "adopted", "adopts", "adopt", "adopting":
		return true
	}
	return false
}

// withActorBefore returns the token of "with" in "with (the) X" where the
// actor X ends right before token e ("an agreement with China worth",
// "a deal with the UK for"), or -1.
func (a *analysis) withActorBefore(e int, s span) int {
	n := a.actorEndingAt(e-1, s)
	if n < 0 || a.actors[n].end != e {
		return -1
	}
	w := a.actors[n].start - 1
	if w > s.start && a.lw(w) == "the" {
		w--
	}
	if w <= s.start || a.lw(w) != "with" {
		return -1
	}
	return w
}
