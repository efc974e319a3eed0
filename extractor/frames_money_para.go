package extractor

// Guards and helpers of the fourth paraphrase round of the money frames
// (issue 7): conditions, cumulative totals and their parts, equal sums,
// bills, budgets, adverbials of time, givers of totals.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// cumulativePart reports whether money q is a part ("including …", "of
// which …") of a cumulative total before it in its sentence: "has
// provided a total of CAD 9.7 billion, including CAD 2.4 billion in
// military aid", "has given $5 billion since 2022, of which $2 billion
// …". Cumulative giving is one line and is not split.
func (a *analysis) cumulativePart(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	switch {
	case k-1 >= s.start && a.lw(k-1) == "of" && a.lw(k) == "which":
		k--
	case k >= s.start && (a.lw(k) == "including" || a.lw(k) == "includes"):
	default:
		return false
	}
	var total *quantity
	for n := len(a.quants) - 1; n >= 0; n-- {
		o := &a.quants[n]
		if o.sent == q.sent && o.end <= k && o.kind == news.KindMoney && o.num != nil && !o.conversion {
			total = o
			break
		}
	}
	if total == nil || total.num.value <= q.num.value {
		return false
	}
	if p := total.start - 1; p-1 >= s.start && a.lw(p) == "of" && a.lw(p-1) == "total" {
		return true // "a total of CAD 9.7 billion"
	}
	for j := s.start; j < k; j++ {
		switch a.lw(j) {
		case "since", "cumulative", "cumulatively", "altogether":
			return true
		}
	}
	return false
}

// moneyKeyAt returns where money q is for telling equal sums in one
// sentence apart: its own start ("$5 million to the WFP and $5 million to
// UNICEF" are two gifts), or the start of the equal sum before it when a
// definite article refers back to it ("pledged $5 million, and the $5
// million will go to food aid" is one).
func (a *analysis) moneyKeyAt(q *quantity) int {
	p := q.start - 1
	if p < 0 {
		return q.start
	}
	switch a.lw(p) {
	case "the", "this", "that", "these", "those":
	default:
		return q.start
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.start < q.start && o.kind == news.KindMoney && o.num != nil &&
			o.num.value == q.num.value && o.currency == q.currency {
			return o.start
		}
	}
	return q.start
}

// conditionSubject reports whether the subject of an active frame opens a
// condition: "If Germany pledged €1 billion, others would follow",
// "Unless France gives €500 million, …", "Should Japan offer $1 billion,
// …" (an inverted condition at the start of the sentence). The money is
// a hypothesis, no commitment.
func (a *analysis) conditionSubject(f *frame) bool {
	if len(f.actors) == 0 || f.rule != ruleActive {
		return false
	}
	p := f.actors[0].start - 1
	if p > 0 && a.lw(p) == "the" {
		p--
	}
	if p < 0 {
		return false
	}
	switch a.lw(p) {
	case "if", "unless":
		return true
	case "should", "were", "had":
		// only inverted at the start of a sentence or clause
		return p == 0 || a.toks[p].nl || a.tx(p-1) == "." || a.tx(p-1) == "," || a.tx(p-1) == "\"" || a.tx(p-1) == "“"
	}
	return false
}

// passedBill reports whether token v is a verb of passing a law and the
// noun after money q is a bill of aid: "passed a $60 billion aid bill".
func (a *analysis) passedBill(v int, q *quantity, s span) bool {
	switch a.lw(v) {
	case "pass", "passes", "passed", "passing", "adopt", "adopts", "adopted", "adopting":
	default:
		return false
	}
	n, ok := a.nounAfterAmount(q, s)
	if !ok {
		return false
	}
	w := a.lw(n.end - 1)
	return w == "bill" || w == "bills"
}

// sinceBefore reports whether "since", "so far" or "to date" marks money
// q's sentence as a running total.
func (a *analysis) sinceBefore(q *quantity, s span) bool {
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "since", "cumulative", "altogether":
			return true
		case "far", "date":
			if k > s.start && (a.lw(k-1) == "so" || a.lw(k-1) == "to") {
				return true
			}
		}
	}
	return false
}

// ownBudget reports whether the actor am is the owner of a budget or
// reserve named after it that is no aid: "from Moldova's state budget",
// "from Ukraine's reserves". "Sweden's aid budget" is aid.
func (a *analysis) ownBudget(am actorMention, s span) bool {
	j, ok := a.isPossessive(am.end, s.end)
	if !ok {
		return false
	}
	for k := j; k < s.end && k < j+3; k++ {
		if a.has(k, cMoneyObject, cTriggerNoun) {
			return false
		}
		switch a.lw(k) {
		case "budget", "budgets", "reserves", "treasury", "coffers":
			return true
		}
	}
	return false
}

// skipWhen returns the index after a short adverbial of time at token k:
// "on Tuesday", "last week", "yesterday", "earlier this month" (k itself
// when there is none).
func (a *analysis) skipWhen(k int, s span) int {
	if k >= s.end {
		return k
	}
	switch a.lw(k) {
	case "yesterday", "today", "recently", "earlier", "later", "already", "also", "formally", "officially":
		return a.skipWhen(k+1, s)
	case "on":
		if k+1 < s.end && isWeekday(a.lw(k+1)) {
			return k + 2
		}
	case "last", "this":
		if k+1 < s.end {
			switch a.lw(k + 1) {
			case "week", "month", "year", "weekend":
				return k + 2
			}
		}
	}
	return k
}

// participleSubject returns the frame of the main verb of a clause whose
// participle ("bringing", "taking") follows a comma at verb: "Canada
// announced C$500 million more, bringing its total to C$4 billion".
func (a *analysis) participleSubject(verb match, s span) (frame, bool) {
	switch a.lw(verb.start) {
	case "bringing", "taking", "raising", "lifting", "boosting":
	default:
		return frame{}, false
	}
	if verb.start-1 <= s.start || a.tx(verb.start-1) != "," {
		return frame{}, false
	}
	t, ok := a.triggerBefore(verb.start-1, s, 20)
	if !ok {
		return frame{}, false
	}
	return a.subjectFrame(t, s)
}

// relativeGiver returns the country that a relative clause between from
// and to names as the giver of a total: "brings the amount Canada has
// spent supporting Ukraine … to", "the total that Japan has provided".
// The clause follows a noun of size ("amount", "total", "sum") or "that"
// and has a perfect of giving or spending.
func (a *analysis) relativeGiver(from, to int, s span) (actorMention, bool) {
	for _, am := range a.actorsOf(s) {
		if am.start < from || am.end+1 >= to || len(am.code) != 2 && am.code != "EU" {
			continue
		}
		p := am.start - 1
		if p >= s.start && a.lw(p) == "the" {
			p--
		}
		if p < s.start || !a.has(p, cValueNoun) && a.lw(p) != "that" {
			continue
		}
		if !a.has(am.end, cPerfectAux) {
			continue
		}
		v := am.end + 1
		if a.has(v, cTrigger, cDeliveryPast) || a.lw(v) == "spent" {
			return am, true
		}
	}
	return actorMention{}, false
}

// budgetCut reports whether a verb of cutting ("cut", "slashed",
// "reduce") takes money that is no aid: "Italy will cut its health
// budget by €3 billion" is domestic; "cut its aid to Iraq by SEK 300
// million" and "slashed €50 million in aid" are refusals of money.
func (a *analysis) budgetCut(f *frame, q *quantity) bool {
	if f.anchor.end <= f.anchor.start || f.anchor.start >= q.start {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "reduce", "reduces", "reduced", "reducing":
	default:
		return false
	}
	s := a.sents[q.sent]
	for k := f.anchor.end; k < q.start; k++ {
		if a.has(k, cMoneyObject, cTriggerNoun, cSupportNoun) {
			return false
		}
	}
	// "cut €50 million in aid", "slashed $1 billion of funding"
	for k := q.end; k < s.end && k <= q.end+3; k++ {
		if a.has(k, cMoneyObject, cTriggerNoun, cSupportNoun) {
			return false
		}
	}
	return true
}

// orderWord reports whether w orders or renews a commitment before its
// amount: "latest", "third", "new", "additional".
func orderWord(w string) bool {
	switch w {
	case "latest", "new", "fresh", "additional", "extra", "further", "first", "second", "third", "fourth", "fifth",
		"next", "last", "final", "initial", "promised", "pledged", "planned", "proposed":
		return true
	}
	return false
}

// forItsOwn reports whether money q is for its holder's own use, named
// right after it: "€100 billion allocation for its own armed forces",
// "$5 billion on their own industry".
func (a *analysis) forItsOwn(q *quantity) bool {
	if q.kind != news.KindMoney {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k+2 < s.end && k <= q.end+4; k++ {
		if a.tx(k) == "," || a.tx(k) == ";" {
			return false
		}
		switch a.lw(k) {
		case "for", "on", "into", "in":
			if (a.lw(k+1) == "its" || a.lw(k+1) == "their") && a.lw(k+2) == "own" {
				return true
			}
		}
	}
	return false
}

// tradeSum reports whether the noun right after money q (or after one
// modifier) makes it a sum of trade, business or loss: "a $5 billion
// trade volume", "$2 billion in exports", "€3 billion of damage".
func (a *analysis) tradeSum(q *quantity) bool {
	if q.kind != news.KindMoney {
		return false
	}
	s := a.sents[q.sent]
	k := q.end
	if k < s.end && (a.lw(k) == "in" || a.lw(k) == "of" || a.lw(k) == "worth") {
		k++
	}
	for n := 0; n < 2 && k < s.end; n++ {
		switch a.lw(k) {
		case "trade", "exports", "imports", "revenue", "revenues", "turnover", "sales", "profit", "profits",
			"losses", "damage", "damages", "deficit", "shortfall":
			return true
		}
		if !a.isModifier(k) || a.has(k, cMoneyObject, cTriggerNoun) {
			return false
		}
		k++
	}
	return false
}

// wholePromised reports whether money q is the whole of a promise after
// the part given of it: "€300 million of the €1 billion it pledged" (q is
// the €1 billion). The whole is pledged, whatever verb gave the part.
func (a *analysis) wholePromised(q *quantity) bool {
	s := a.sents[q.sent]
	p := q.start - 1
	if p-1 < s.start || a.lw(p) != "the" || a.lw(p-1) != "of" || q.end+1 >= s.end {
		return false
	}
	k := q.end
	if a.lw(k) == "that" || a.lw(k) == "which" {
		k++
	}
	if k >= s.end || !a.has(k, cPronoun) && a.actorAt[k] < 0 {
		return false
	}
	k++
	for k < s.end && (a.has(k, cPerfectAux) || a.lw(k) == "had" || a.lw(k) == "originally" || a.lw(k) == "initially") {
		k++
	}
	return k < s.end && a.has(k, cTrigger)
}

// partOfWhole reports whether money q is followed by "of the" and a
// larger sum in its currency: "has paid $2 billion of the $5 billion it
// promised" gives a part of a commitment.
func (a *analysis) partOfWhole(q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil || q.end+2 >= s.end || a.lw(q.end) != "of" || a.lw(q.end+1) != "the" {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.start == q.end+2 && o.kind == news.KindMoney && o.num != nil && o.currency == q.currency && o.num.value > q.num.value {
			return a.wholePromised(&o)
		}
	}
	return false
}
