package extractor

// A second amount of a donor: money that the text marks as more than the
// money before ("a further $50 million", "another €20 million in
// loans", "an increase of 200 million kroner", "a $10 million
// increase", "along with a promise of €1 billion") and whose own
// clause names no committer goes to the committer of that money before.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleFurther marks money read as one more amount of the committer of the
// money before.
const ruleFurther = "frame.money-further"

// furtherMoneyFrame returns the frame of money q that no other frame took
// when the text marks it as one more amount ("a further", "another",
// "additional", "an increase of", "on top of", "along with", "including")
// and the nearest money before it in the same or the eight sentences
// before has a committer named in its own sentence, in the same currency.
// The sentence of q must name no other committer (a recipient that
// receives is allowed) nor other givers before it (donors, charities,
// companies), ask for nothing ("needs another $5 billion"), and
// the money must be no budget or cost ("the cost rose by another $2
// billion") nor come from a named source ("another $1 billion from the
// IMF"). A guess from the text around: below review.
func (a *analysis) furtherMoneyFrame(q *quantity) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.prepped || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	if q.currency == "" && len(q.candidates) == 0 {
		return frame{}, false
	}
	s := a.sents[q.sent]
	marker := a.moreMarker(q, s)
	if marker < 0 || a.ownAmountPredicate(q, s) {
		return frame{}, false
	}
	for k := s.start; k < q.start; k++ {
		switch a.lw(k) {
		case "no", "not", "n't", "never", "without", "denied", "denies":
			return frame{}, false // "there was no announcement of a further $1 billion"
		case "need", "needs", "needed", "require", "requires", "required", "seek", "seeks", "sought",
			"appeal", "shortfall", "cost", "costs", "price", "budget", "deficit", "loss", "losses", "damage":
			return frame{}, false // money asked for, spent or lost, not given
		case "charities", "charity", "organisations", "organizations", "ngos", "companies", "firms", "businesses",
			"investors", "individuals", "private", "philanthropists", "foundations", "banks", "lenders", "citizens", "public":
			return frame{}, false // other givers: "charities pledged another $5 million"
		}
		if a.has(k, cGroupNoun) && a.actorAt[k] < 0 {
			return frame{}, false // "other donors pledged another $1 billion"
		}
	}
	for k := q.end; k < s.end; k++ {
		switch a.lw(k) {
		case "need", "needed", "require", "required", "requested", "sought":
			return frame{}, false // "another $5 million will be needed": asked for
		}
	}
	for k := q.end; k < s.end && k <= q.end+4; k++ {
		if w := a.lw(k); w == "from" || w == "by" {
			return frame{}, false // another source: "a further $1 billion from the World Bank"
		}
	}
	am, cur, ok := a.moneyBefore(q.sent, q.start)
	if !ok {
		return frame{}, false
	}
	// (a bare "dollars" before is the committer's own dollar: "5 million
	// dollars" of Canada and then "80 million Canadian dollars")
	ownDollar := cur == "USD" && q.currency != "" && q.currency == a.ownCurrency[am.code] && strings.HasSuffix(q.currency, "D")
	if cur != q.currency && !ownDollar && !(q.currency == "" && containsString(q.candidates, a.ownCurrency[am.code])) {
		return frame{}, false // "€50 million … another $20 million": not said to be the same giver's
	}
	for _, o := range a.actorsOf(s) {
		if o.code == am.code || !o.subject && !o.reporter && !(o.person && !a.afterPreposition(o.start, s)) {
			continue // "a meeting between A's prime minister and B's president": not a giver
		}
		if o.cls == cCountry && a.moneyReceives(o, s) {
			continue // "the capital gets €10 million and will access another €30 million"
		}
		return frame{}, false // another committer: "Russia spent another $2 billion"
	}
	am.far = am.sent != q.sent
	// the verb whose subject the money is reads the status: "another 20
	// credit lines worth $2 billion have been extended"
	anchor := span{marker, marker + 1}
	for k := q.end; k < s.end && k <= q.end+8; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if a.has(k, cTrigger, cDeliveryPast) && k > q.end && a.has(k-1, cPassiveAux) {
			anchor = span{k, k + 1}
			break
		}
	}
	return frame{actors: []actorMention{am}, anchor: anchor, rule: ruleFurther,
		window: span{s.start, min(s.end, q.end+8)}, conf: 0.45}, true
}

// moreMarker returns the token that marks money q as more than money said
// before: "a further", "another", "additional", "extra" or "an increase
// of" right before it (over "a", "promise of", "tranche of"), "on top
// of", "along with", "as well as", "in addition to" or "including"
// before that, "a $N increase" or "$N more" after it, or "another" at the
// head of the noun phrase whose worth q is ("another 20 credit lines
// worth $1 billion"); -1 when there is none. "more than $N" is a
// qualifier, not a marker.
func (a *analysis) moreMarker(q *quantity, s span) int {
	// after: "a $10 million increase in its commitment", "$5 million more"
	if q.end < s.end {
		switch a.lw(q.end) {
		case "increase", "top-up", "boost":
			if q.start > s.start && (a.lw(q.start-1) == "a" || a.lw(q.start-1) == "an") {
				return q.end
			}
		case "more":
			if q.end+1 >= s.end || a.lw(q.end+1) != "than" {
				return q.end
			}
		}
	}
	k := q.start - 1
	// "worth"/"valued at" ties q to a noun phrase: look for its marker
	if k > s.start && (a.lw(k) == "worth" || a.lw(k) == "at" && a.lw(k-1) == "valued") {
		for j := k - 1; j >= s.start && k-j <= 10; j-- {
			if a.has(j, cClauseBreak, cTrigger, cDeliveryPast) || a.tx(j) == ";" || a.tx(j) == "," {
				break
			}
			switch a.lw(j) {
			case "another", "further", "additional", "extra":
				return j
			}
		}
		return -1
	}
	// "including a $10 billion refinery": a priced thing, not a sum; a
	// conjunction takes money right after it, after a noun of commitment
	// ("along with a promise of …") or before one ("as well as a $5
	// million grant")
	article, noun := false, false
	conj := func(j int) int {
		if article && !noun && (q.end >= s.end || !commitmentHead(a, q.end) && !paymentHead(a.lw(q.end)) && a.lw(q.end) != "increase") {
			return -1
		}
		return j
	}
	for n := 0; k >= s.start && n < 4; n++ {
		switch w := a.lw(k); w {
		case "another", "further", "additional", "extra", "fresh":
			return k
		case "including", "plus":
			return conj(k)
		case "of":
			if k-1 >= s.start && (a.lw(k-1) == "increase" || a.lw(k-1) == "top-up" || a.lw(k-1) == "boost") {
				return k - 1 // "an increase of 200 million kroner"
			}
			if k-1 >= s.start && a.lw(k-1) == "top" && k-2 >= s.start && a.lw(k-2) == "on" {
				return conj(k - 2) // "on top of €20 million …"
			}
			if k-1 >= s.start && givingNoun(a.lw(k-1)) {
				noun = true // "in addition to the allocation of NOK 20 million"
				k--
			}
		case "with":
			if k-1 >= s.start && a.lw(k-1) == "along" {
				return conj(k - 1) // "along with a promise of €1 billion"
			}
		case "as":
			if k-2 >= s.start && a.lw(k-1) == "well" && a.lw(k-2) == "as" {
				return conj(k - 2) // "as well as €5 million for …"
			}
		case "to":
			if k-2 >= s.start && a.lw(k-1) == "addition" && a.lw(k-2) == "in" {
				return conj(k - 2) // "in addition to $20 million in loans"
			}
		case "a", "an", "the":
			article = true
		case "promise", "pledge", "commitment", "tranche", "contribution", "sum", "amount":
			noun = true
		case "new", "second", "third":
		default:
			if !strings.HasSuffix(w, "ly") { // "a further roughly $5 million"
				return -1
			}
		}
		k--
	}
	return -1
}

// containsString reports whether list holds s (s not empty).
func containsString(list []string, s string) bool {
	if s == "" {
		return false
	}
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the token before k in s is a
// preposition or "and" after one: "a meeting between A and B", "talks with
// C".
func (a *analysis) afterPreposition(k int, s span) bool {
	for j := k - 1; j >= s.start && k-j <= 8; j-- {
		switch a.lw(j) {
		case "between", "with", "by", "of", "to", "from", "for", "at", "among":
			return true
		case "and", ",":
			continue
		}
		if j == k-1 {
			return false
		}
	}
	return false
}

// givingNoun reports whether w names the act of giving money before "of":
// "the granting of", "the allocation of", "a pledge of".
func givingNoun(w string) bool {
	switch w {
	case "granting", "allocation", "provision", "disbursement", "payment", "pledge", "promise", "commitment",
		"contribution", "donation", "gift", "grant", "transfer":
		return true
	}
	return false
}
