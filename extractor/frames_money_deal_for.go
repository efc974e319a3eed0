package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleDealWithFor names lent money after an agreement "with" a country
// "for" or "on" it, read from the borrower's side: in "Kenya reached an
// agreement with Japan for a $500 million loan" Japan lends.
const ruleDealWithFor = "frame.money-deal-with-for"

// dealWithForFrame matches money q that opens the noun phrase of lent
// money ("a $500 million (soft) loan", "a credit line") after "for",
// "on" or "over", after one country after "with", after a noun of
// agreement ("an agreement", "a deal", "agreements") that is the object
// of a verb whose subject is another country, the borrower: "Kenya
// reached an agreement with Japan for a $500 million loan", "Ghana signed
// a deal with China on a $1 billion credit line". The country after
// "with" lends. A government after "with" ("with the government of
// Kenya"), a group or a lender named more often in the text than the
// subject (the text is about the other side) gives no frame.
func (a *analysis) dealWithForFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	// the noun phrase: "a $500 million (new) loan"
	k := q.end
	for k < s.end && k-q.end < 4 && !lendNoun(a.lw(k)) && a.isModifier(k) {
		k++
	}
	if k >= s.end || !lendNoun(a.lw(k)) {
		return frame{}, false
	}
	det := q.start - 1
	if det <= s.start || a.lw(det) != "a" && a.lw(det) != "an" {
		return frame{}, false
	}
	prep := det - 1
	switch a.lw(prep) {
	case "for", "on", "over":
	default:
		return frame{}, false
	}
	// the lender: one country after "with", just before the preposition
	w := a.withActorBefore(prep, s)
	if w < 0 {
		return frame{}, false
	}
	lenders := a.listAt(w+1, s)
	if len(lenders) != 1 || len(lenders[0].code) != 2 {
		return frame{}, false
	}
	// the agreement: "(an) agreement(s)", "a (new) deal"
	d := w - 1
	if d <= s.start || !dealNoun(a.lw(d)) {
		return frame{}, false
	}
	// a determiner, modifiers between ("a new deal"); else a bare plural
	for j := d - 1; j > s.start && d-j <= 3 && a.actorAt[j] < 0; j-- {
		if isDeterminer(a.lw(j)) {
			d = j
			break
		}
		if !a.isModifier(j) {
			break
		}
	}
	verb := d - 1
	if verb < s.start || a.toks[verb].kind != tWord || a.has(verb, cIrrealis, cConsidering, cDeclined) {
		return frame{}, false
	}
	// the borrower: the country just before the verb, an auxiliary or an
	// adverb between ("Kenya has reached", "Kenya also signed")
	b := verb - 1
	for b > s.start && verb-b <= 2 && a.actorAt[b] < 0 && (a.has(b, cPerfectAux) || a.lw(b) == "also" || strings.HasSuffix(a.lw(b), "ly")) {
		b--
	}
	nb := a.actorEndingAt(b, s)
	if nb < 0 || a.actors[nb].end != b+1 {
		return frame{}, false
	}
	borrower := a.actors[nb]
	if len(borrower.code) != 2 || borrower.code == lenders[0].code {
		return frame{}, false
	}
	if a.stats.of(borrower.code).n < a.stats.of(lenders[0].code).n {
		return frame{}, false // the text is about the other side: it may be the lender
	}
	win := span{verb, min(s.end, q.end+3)}
	return frame{actors: lenders, anchor: span{w, w + 1}, rule: ruleDealWithFor, window: win, conf: 0.6,
		to: borrower.code}, true
}
