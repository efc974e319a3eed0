package extractor

// Guards and helpers of the fourth paraphrase round of the money frames
// (issue 7): conditions, cumulative totals and their parts, equal sums,
// bills, budgets, adverbials of time, givers of totals.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// cumulativePart reports whether money q is a part ("including …", "of
// which …") of a cumulative total before it in its sentence: "has
// provided a total of CAD 9.7 billion, including CAD 2.4 billion in
// military aid", "has given $5 billion since 2022, of which $2 billion
// …". Cumulative giving is one line and is not split.
func (a *analysis) cumulativePart(q quantity) bool {
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
func (a *analysis) moneyKeyAt(q quantity) int {
	p := q.start - 1
	if p < 0 {
		return q.start
	}
	switch a.lw(p) {
	case "the", "this", "that", "these", "those":
	default:
		return q.start
	}
	for _, o := range a.quants {
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
func (a *analysis) conditionSubject(f frame) bool {
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
func (a *analysis) passedBill(v int, q quantity, s span) bool {
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
func (a *analysis) sinceBefore(q quantity, s span) bool {
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

// ruleFundedBy marks money whose giver is named in a compound adjective.
const ruleFundedBy = "frame.money-funded-compound"

// fundedCompoundFrame matches money next to a compound of a country and
// a verb of funding: "a Japan-funded $20 million water project", "a $50
// million EU-financed programme". The country funds the sum; the
// project's verb gives the status.
func (a *analysis) fundedCompoundFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	try := func(v int) (frame, bool) {
		if v-2 < s.start || v >= s.end || a.tx(v-1) != "-" || !a.toks[v-1].glued || !a.toks[v].glued {
			return frame{}, false
		}
		switch a.lw(v) {
		case "funded", "financed", "sponsored", "backed", "bankrolled":
		default:
			return frame{}, false
		}
		n := a.actorEndingAt(v-2, s)
		if n < 0 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
			return frame{}, false
		}
		// the participle of the compound says nothing of the status:
		// the clause after the money does ("will be built")
		am := a.actors[n]
		return frame{actors: []actorMention{am}, anchor: span{q.start, q.start + 1}, rule: ruleFundedBy,
			window: span{q.start, s.end}, conf: 0.7}, true
	}
	// "a Japan-funded $20 million project": the compound right before
	if f, ok := try(q.start - 1); ok {
		return f, true
	}
	// "a $50 million EU-financed programme": the compound right after
	return try(q.end + 2)
}

// budgetCut reports whether a verb of cutting ("cut", "slashed",
// "reduce") takes money that is no aid: "Italy will cut its health
// budget by €3 billion" is domestic; "cut its aid to Iraq by SEK 300
// million" and "slashed €50 million in aid" are refusals of money.
func (a *analysis) budgetCut(f frame, q quantity) bool {
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

// ruleNounFrom marks money of a commitment noun whose giver follows
// "from" before the amount.
const ruleNounFrom = "frame.money-noun-from"

// nounFromFrame matches a commitment noun, its giver after "from", then
// the amount after "of" or "worth": "a contribution from Belgium of €10
// million", "a loan from China worth $2 billion". Trade ("imports from
// China worth …") has no commitment noun.
func (a *analysis) nounFromFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	if k-2 <= s.start || a.lw(k) != "of" && a.lw(k) != "worth" {
		return frame{}, false
	}
	n := a.actorEndingAt(k-1, s)
	if n < 0 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
		return frame{}, false
	}
	am := a.actors[n]
	from := am.start - 1
	if from > s.start && a.lw(from) == "the" {
		from--
	}
	if from <= s.start || a.lw(from) != "from" {
		return frame{}, false
	}
	m, ok := a.triggerNounEndingAt(from-1, s)
	if !ok {
		if m, ok = a.moneyObjectEndingAt(from-1, s); !ok {
			return frame{}, false
		}
	}
	return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNounFrom,
		window: span{m.start, min(s.end, q.end+6)}, conf: 0.7}, true
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
func (a *analysis) forItsOwn(q quantity) bool {
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

// ruleSetAside marks money set aside for a recipient by an agentless
// passive, whose donor is the article's.
const ruleSetAside = "frame.money-set-aside"

// setAsideFrame matches money given by an agentless passive to a named
// recipient: "An amount of ¥5 billion has been set aside for Laos",
// "$20 million will be allocated to Kenya". The donor is the committer of
// the money before, else the subject of the sentences just before (the
// article's donor); a guess below review.
func (a *analysis) setAsideFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	aux := false
	for k < s.end && k < q.end+4 && (a.has(k, cPassiveAux, cPerfectAux) || a.lw(k) == "will" || a.lw(k) == "would") {
		aux = aux || a.has(k, cPassiveAux)
		k++
	}
	if !aux {
		return frame{}, false
	}
	t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
	if !ok || t.end >= s.end || a.lw(t.end) != "for" && a.lw(t.end) != "to" {
		return frame{}, false
	}
	rec := a.listAt(t.end+1, s)
	if len(rec) != 1 || len(rec[0].code) != 2 {
		return frame{}, false
	}
	to := rec[0].code
	f := frame{anchor: span{t.start, t.end}, rule: ruleSetAside, window: span{q.start, t.end}, conf: 0.5, to: to}
	if am, ok := a.moneyDonorBefore(q.sent, s.start); ok && am.code != to {
		f.actors = []actorMention{am}
		return f, true
	}
	for si := q.sent - 1; si >= 0 && si >= q.sent-3; si-- {
		for _, am := range a.actorsOf(a.sents[si]) {
			if am.subject && am.code != to && am.cls != cGroup && !strings.HasPrefix(am.code, "group:") && !a.moneyReceives(am, a.sents[si]) {
				am.far = true
				f.actors = []actorMention{am}
				return f, true
			}
		}
	}
	return frame{}, false
}

// aidSubjectDonor returns the country of the sentence before money q when
// q's sentence opens with an aid noun as its subject ("Military
// assistance to Ukraine will increase to €200 million") and the sentence
// before has a country as its subject or source ("Latvia said it would
// step up its support"). The recipient after "to" is never the donor.
func (a *analysis) aidSubjectDonor(q quantity, s span) (actorMention, bool) {
	if q.sent < 1 {
		return actorMention{}, false
	}
	aid := false
	for k := s.start; k < s.end && k < s.start+3; k++ {
		if a.has(k, cMoneyObject, cSupportNoun, cTriggerNoun) {
			aid = true
			break
		}
	}
	if !aid {
		return actorMention{}, false
	}
	to := ""
	for _, am := range a.actorsOf(s) {
		if am.start > s.start && a.lw(am.start-1) == "to" {
			to = am.code
		}
	}
	for _, am := range a.actorsOf(a.sents[q.sent-1]) {
		if (am.subject || am.reporter) && len(am.code) == 2 && am.code != to {
			am.far = true
			return am, true
		}
	}
	return actorMention{}, false
}

// ruleWithNoun marks money of a commitment noun after "with".
const ruleWithNoun = "frame.money-with-noun"

// withNounFrame matches money inside a commitment noun after "with" whose
// giver is the subject of the clause: "the king launched a relief agency
// with an SR2 billion donation", "Japan opened the centre with a $5
// million grant". Money "with" a noun of trade or debt has no noun of
// commitment and is not read.
func (a *analysis) withNounFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	w := q.start - 1
	if w > s.start && (a.lw(w) == "a" || a.lw(w) == "an") {
		w--
	}
	if w <= s.start || a.lw(w) != "with" {
		return frame{}, false
	}
	n, ok := a.nounAfterAmount(q, s)
	if !ok || n.start != q.end {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.end > w {
			break
		}
		if am.subject && (len(am.code) == 2 || am.code == "EU") {
			return frame{actors: []actorMention{am}, anchor: span{n.start, n.end}, rule: ruleWithNoun,
				window: span{am.start, n.end}, conf: 0.6}, true
		}
	}
	return frame{}, false
}

// tradeSum reports whether the noun right after money q (or after one
// modifier) makes it a sum of trade, business or loss: "a $5 billion
// trade volume", "$2 billion in exports", "€3 billion of damage".
func (a *analysis) tradeSum(q quantity) bool {
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
