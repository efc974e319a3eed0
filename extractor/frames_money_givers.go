package extractor

// Money frames of the fourth paraphrase round (issue 7) that find a giver
// outside subject position: a compound ("a Japan-funded $20 million
// project"), "from" before the amount, an agentless passive for a named
// recipient, "with" and a commitment noun, a total of aid after the
// donor's sentence.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleFundedBy marks money whose giver is named in a compound adjective.
const ruleFundedBy = "frame.money-funded-compound"

// fundedCompoundFrame matches money next to a compound of a country and
// a verb of funding: "a Japan-funded $20 million water project", "a $50
// million EU-financed programme". The country funds the sum; the
// project's verb gives the status.
func (a *analysis) fundedCompoundFrame(q *quantity, s span) (frame, bool) {
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

// ruleNounFrom marks money of a commitment noun whose giver follows
// "from" before the amount.
const ruleNounFrom = "frame.money-noun-from"

// nounFromFrame matches a commitment noun, its giver after "from", then
// the amount after "of" or "worth": "a contribution from Belgium of €10
// million", "a loan from China worth $2 billion". Trade ("imports from
// China worth …") has no commitment noun.
func (a *analysis) nounFromFrame(q *quantity, s span) (frame, bool) {
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

// ruleSetAside marks money set aside for a recipient by an agentless
// passive, whose donor is the article's.
const ruleSetAside = "frame.money-set-aside"

// setAsideFrame matches money given by an agentless passive to a named
// recipient: "An amount of ¥5 billion has been set aside for Laos",
// "$20 million will be allocated to Kenya". The donor is the committer of
// the money before, else the subject of the sentences just before (the
// article's donor); a guess below review.
func (a *analysis) setAsideFrame(q *quantity, s span) (frame, bool) {
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
	am, ok := a.articleDonor(q, s, to)
	if !ok {
		return frame{}, false
	}
	f.actors = []actorMention{am}
	return f, true
}

// articleDonor returns the donor of the article for money q given to
// recipient to (a country code or ""): the committer of the money before,
// else the country subject of the three sentences before.
func (a *analysis) articleDonor(q *quantity, s span, to string) (actorMention, bool) {
	if am, ok := a.moneyDonorBefore(q.sent, s.start); ok && am.code != to {
		return am, true
	}
	for si := q.sent - 1; si >= 0 && si >= q.sent-3; si-- {
		for _, am := range a.actorsOf(a.sents[si]) {
			if am.subject && am.code != to && am.cls != cGroup && !strings.HasPrefix(am.code, "group:") && !a.moneyReceives(am, a.sents[si]) {
				am.far = true
				return am, true
			}
		}
	}
	return actorMention{}, false
}

// ruleOrgReceiver marks money received by an organisation that is no
// actor, whose donor is the article's.
const ruleOrgReceiver = "frame.money-org-receiver"

// orgReceiverFrame matches money that an organisation receives, in a
// sentence that names no country before the verb: "The World Food
// Programme will receive NOK 45 million for its work" after sentences
// about Norway's aid budget. A guess below review.
func (a *analysis) orgReceiverFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.sent < 1 {
		return frame{}, false
	}
	v := -1
	for k := q.start - 1; k >= s.start && q.start-k <= 3; k-- {
		if a.has(k, cReceive) {
			v = k
			break
		}
	}
	if v < 0 {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.start < v {
			return frame{}, false // a country receives or gives: the other frames
		}
	}
	// the organisation: a name in capitals right before the verb
	p := v - 1
	for p > s.start && (a.lw(p) == "will" || a.lw(p) == "would" || a.lw(p) == "also" || a.tx(p) == ")") {
		p--
	}
	if p < s.start || a.toks[p].kind != tWord || !a.upper(p) {
		return frame{}, false
	}
	// "will receive NOK 4 billion in orders": business, not aid
	for k := q.end; k < s.end && k <= q.end+3; k++ {
		switch a.lw(k) {
		case "order", "orders", "contract", "contracts", "payment", "payments", "revenue", "revenues":
			return frame{}, false
		}
		if a.has(k, cSale) {
			return frame{}, false
		}
	}
	am, ok := a.articleDonor(q, s, "")
	if !ok {
		return frame{}, false
	}
	m, _ := a.longest(v, s.end, cReceive)
	return frame{actors: []actorMention{am}, anchor: span{v, max(v+1, m.end)}, rule: ruleOrgReceiver,
		window: span{v, q.end}, conf: 0.45}, true
}

// ruleWithNoun marks money of a commitment noun after "with".
const ruleWithNoun = "frame.money-with-noun"

// withNounFrame matches money inside a commitment noun after "with" whose
// giver is the subject of the clause: "the king launched a relief agency
// with an SR2 billion donation", "Japan opened the centre with a $5
// million grant". Money "with" a noun of trade or debt has no noun of
// commitment and is not read.
func (a *analysis) withNounFrame(q *quantity, s span) (frame, bool) {
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

// aidSubjectDonor returns the country of the sentence before money q when
// q's sentence opens with an aid noun as its subject ("Military
// assistance to Ukraine will increase to €200 million") and the sentence
// before has a country as its subject or source ("Latvia said it would
// step up its support"). The recipient after "to" is never the donor.
func (a *analysis) aidSubjectDonor(q *quantity, s span) (actorMention, bool) {
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

// ruleReporterNoun marks money of a commitment noun whose giver is the
// country that reports it.
const ruleReporterNoun = "frame.money-reporter-noun"

// reporterNounFrame matches money inside a commitment noun in a sentence
// whose source is a country and that names no other committer: "Berlin
// said that the chancellor will present details of the €500 million aid
// package". Another subject in the sentence ("Berlin said Kenya will
// receive …") leaves the money to the other frames.
func (a *analysis) reporterNounFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	n, ok := a.nounAfterAmount(q, s)
	if !ok && q.end < s.end && a.tx(q.end) == "(" {
		// "the 500 million pound ($620 million) aid package"
		for k := q.end + 1; k < s.end && k < q.end+8; k++ {
			if a.tx(k) == ")" {
				after := *q
				after.end = k + 1
				n, ok = a.nounAfterAmount(&after, s)
				break
			}
		}
	}
	if !ok {
		return frame{}, false
	}
	var src *actorMention
	for i, am := range a.actorsOf(s) {
		switch {
		case am.reporter && am.end <= q.start && len(am.code) == 2 && src == nil:
			src = &a.actorsOf(s)[i]
		case (am.subject || am.reporter) && (src == nil || am.code != src.code):
			return frame{}, false // another committer; its own leader is the same
		}
	}
	if src == nil {
		return frame{}, false
	}
	return frame{actors: []actorMention{*src}, anchor: span{n.start, n.end}, rule: ruleReporterNoun,
		window: span{q.start, n.end}, conf: 0.55}, true
}
