package extractor

// Tables and inline lists: rows of recipients under a header, counts in
// brackets after countries, items of a list after a colon; and the
// committer of the money before, which such lines and other guesses use.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleItemList marks an item of an inline list after a colon.
const ruleItemList = "frame.list-item"

// itemListFrame matches an item of an inline list whose items end with
// semicolons, after a header with a colon ("The loans go to: a bridge
// (JPY 34 billion); a port (JPY 15 billion); and …"): an item that names
// no actor and no verb before its quantity belongs to the committer of
// the nearest money before the list. A guess: review it.
func (a *analysis) itemListFrame(q *quantity, s span) (frame, bool) {
	if q.num == nil {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.start < q.start {
			return frame{}, false
		}
	}
	// an item is a noun phrase: no verb of its own ("…; a further 10
	// trucks will be dispatched" is a clause)
	verbs := s
	if a.tx(s.end-1) == ";" {
		verbs.start = max(s.start, q.start)
	}
	if a.spanHasCls(verbs, 1<<cTrigger|1<<cDeliveryPast|1<<cPassiveAux|1<<cPerfectAux) {
		return frame{}, false
	}
	// the header: this sentence (a colon before q) or an earlier one, with
	// only items ending in ";" between
	hi, colon := -1, -1
	for si := q.sent; si >= 0 && q.sent-si <= 20; si-- {
		sp := a.sents[si]
		end := sp.end
		if si == q.sent {
			end = q.start
		} else if a.tx(sp.end-1) != ";" {
			break
		}
		for k := end - 1; k >= sp.start; k-- {
			if a.tx(k) == ":" {
				hi, colon = si, k
				break
			}
		}
		if hi >= 0 {
			break
		}
	}
	if hi < 0 || hi == q.sent && a.tx(s.end-1) != ";" {
		return frame{}, false
	}
	// "Türkiye: two aircraft …;" is a list line of its own, not a header
	if n := a.actorEndingAt(colon-1, a.sents[hi]); n >= 0 {
		return frame{}, false
	}
	// items after the colon: this one must end with ";" or follow one that does
	if hi != q.sent && a.tx(s.end-1) != ";" && a.tx(a.sents[q.sent-1].end-1) != ";" {
		return frame{}, false
	}
	am, ok := a.moneyDonorBefore(hi, colon)
	if !ok {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{colon, colon + 1}, rule: ruleItemList, window: span{q.start, q.end}, conf: 0.55}, true
}

// moneyDonorBefore returns the committer of the nearest money quantity
// before token limit of sentence si (or in the eight sentences before),
// by its own frame.
//
// The frames read are not allowed to look back themselves, so the cost
// stays linear in the money of those sentences.
func (a *analysis) moneyDonorBefore(si, limit int) (actorMention, bool) {
	am, _, ok := a.moneyBefore(si, limit)
	return am, ok
}

// moneyBefore is moneyDonorBefore that also returns the currency of that
// money.
func (a *analysis) moneyBefore(si, limit int) (actorMention, string, bool) {
	if a.inDonor {
		return actorMention{}, "", false
	}
	a.inDonor = true
	defer func() { a.inDonor = false }()
	qs := a.quantsOfSents(0, si)
	for n := len(qs) - 1; n >= 0; n-- {
		o := qs[n]
		if o.sent > si || o.sent == si && o.start >= limit {
			continue
		}
		if o.sent < si-8 {
			break
		}
		if o.kind != news.KindMoney || o.num == nil || o.conversion {
			continue
		}
		// "South Korea said it would provide $100 million": a pronoun
		// whose country is named in the same sentence names it too
		if f, ok := a.frameFor(&o); ok && len(f.actors) == 1 && (namedFrame(f.rule) || f.rule == rulePronoun) && f.actors[0].sent == o.sent && len(f.actors[0].code) == 2 {
			am := f.actors[0]
			am.far = true
			return am, o.currency, true
		}
	}
	return actorMention{}, "", false
}

// namedFrame reports whether frames of the rule name their committer in
// the sentence (not a guess from the sentences around).
func namedFrame(rule string) bool {
	switch rule {
	case ruleActive, rulePassive, ruleList, ruleNoun, ruleGapped, ruleFrom, ruleTotal, ruleOwnerAfter, ruleVerbNoun, ruleWith, rulePredicate, ruleReceiver, ruleOwnerLink:
		return true
	}
	return false
}

// ruleParenList marks a count in brackets after a country in a list.
const ruleParenList = "frame.list-bracket"

// parenCount reads a bare number in brackets right after a country, in a
// sentence about troops, as that country's troops: "Serbia (48),
// Australia (15) and India (7)"; in a sentence that names goods before the
// sentence and no troops, as a count of those goods. The sentence must
// hold at least two such items; years are not counts.
func (a *analysis) parenCount(p numPhrase, si int, s span) (quantity, bool) {
	if p.words || p.scaled || p.start == 0 || p.start-1 < s.start || p.end >= s.end || a.tx(p.start-1) != "(" || a.tx(p.end) != ")" || a.isYear(p.start) {
		return quantity{}, false
	}
	if len(a.actors) == 0 || a.actors[len(a.actors)-1].end != p.start-1 || a.actors[len(a.actors)-1].sent != si {
		return quantity{}, false
	}
	troops, items, goods := a.spanHasCls(s, 1<<cTroopNoun), 0, -1
	for k := s.start; k < s.end; k++ {
		if goods < 0 && a.has(k, cEquipNoun) {
			goods = k
		}
		if a.tx(k) == "(" && k+2 < s.end && a.toks[k+1].kind == tNum && a.tx(k+2) == ")" && k > s.start && a.toks[k-1].kind == tWord {
			items++
		}
	}
	if items < 2 {
		return quantity{}, false
	}
	if !troops {
		if goods < 0 || !a.anyOf(s, cTrigger) && !a.anyOf(s, cDeliveryPast) {
			return quantity{}, false
		}
		// "Tanks pledged so far: Canada (8), Norway (8)": counts of the
		// goods the sentence names before them, with a verb of giving
		// ("Tanks lost: Russia (300), …" holds none)
		return quantity{span: span{p.start, p.end}, kind: news.KindEquipment, num: newNum(p), sent: si, item: a.tx(goods)}, true
	}
	return quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si}, true
}

// parenListFrame links a count of troops or goods in brackets to the country
// before it (see parenCount). Money in brackets after a country is often
// its share as a recipient ("split among Somalia ($59 million), …"): not
// read here.
func (a *analysis) parenListFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops && q.kind != news.KindEquipment || q.num == nil || q.start-2 < s.start || a.tx(q.start-1) != "(" || q.end >= s.end || a.tx(q.end) != ")" {
		return frame{}, false
	}
	n := a.actorEndingAt(q.start-2, s)
	if n < 0 || a.actors[n].end != q.start-1 || len(a.actors[n].code) != 2 || a.destinationBefore(a.actors[n].start, s) {
		return frame{}, false
	}
	f := frame{actors: []actorMention{a.actors[n]}, anchor: span{q.start - 1, q.start}, rule: ruleParenList, window: span{s.start, s.end}, conf: 0.6}
	// a roster of contributors counts troops in place, unless it looks ahead
	f.forced = news.StatusDelivered
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "will", "would", "could", "may", "might", "shall", "should", "plans", "planned":
			f.forced = ""
		case "pledged", "promised", "pledges":
			if f.forced == news.StatusDelivered {
				f.forced = news.StatusPledged // "Tanks pledged so far: Canada (8), …"
			}
		}
		if a.has(k, cConsidering, cDeclined) {
			f.forced = ""
		}
	}
	return f, true
}

// ruleParenMoney marks money in brackets after a donor in a list.
const ruleParenMoney = "frame.list-bracket-money"

// parenMoneyFrame links money in brackets to the country before it in a
// list of donors: "Donors included Germany (€100 million), France (€80
// million) and Italy (€60 million)", "the largest pledges came from Japan
// ($50m) and Korea ($30m)". The sentence must hold at least two such
// items and name the countries as donors (a donor noun, or "from" before
// an item); a sentence of recipients ("split among", "received",
// "allocated") is not read.
func (a *analysis) parenMoneyFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.start-2 < s.start || a.tx(q.start-1) != "(" || q.end >= s.end || a.tx(q.end) != ")" {
		return frame{}, false
	}
	// the country right before the bracket of money o, or -1
	itemActor := func(o quantity) int {
		if o.sent != q.sent || o.kind != news.KindMoney || o.num == nil || o.start-2 < s.start || a.tx(o.start-1) != "(" || o.end >= s.end || a.tx(o.end) != ")" {
			return -1
		}
		n := a.actorEndingAt(o.start-2, s)
		if n < 0 || a.actors[n].end != o.start-1 || len(a.actors[n].code) != 2 {
			return -1
		}
		return n
	}
	n := itemActor(*q)
	if n < 0 {
		return frame{}, false
	}
	items, donor, from := 0, false, false
	for _, o := range a.quantsOf(q.sent) {
		if m := itemActor(o); m >= 0 {
			items++
			if b := a.actors[m].start - 1; b >= s.start && (a.lw(b) == "from" || a.lw(b) == "by" && b-1 >= s.start && fundedVerb(a.lw(b-1))) {
				donor, from = true, true // "from Japan ($5m)", "financed by Japan ($5m)"
			} else if b >= s.start && (a.lw(b) == "to" || a.lw(b) == "for" || a.lw(b) == "with") {
				return frame{}, false // "exports to Kenya ($50 million)": not givers
			}
		} else if b, ok := a.orgBracketItem(&o, s); ok {
			items++ // "from the World Bank ($10 million) and Japan ($5 million)"
			donor, from = donor || b == "from", from || b == "from"
		}
	}
	if a.spanHasCls(s, 1<<cSale) {
		return frame{}, false
	}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "exports", "trade", "investment", "investments":
			return frame{}, false
		}
	}
	if items < 2 {
		return frame{}, false
	}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "donor", "donors", "contributor", "contributors", "pledges", "contributions", "backers", "funders":
			donor = true
		}
	}
	// "Italy (€20 million) and Spain (€15 million) also pledged": a verb
	// of giving after the items, whose subject they are
	for k := q.end; !donor && k < s.end && !a.has(k, cClauseBreak); k++ {
		if a.has(k, cTrigger, cDeliveryPast) {
			donor = true
		}
	}
	// "the fund has received contributions from Denmark (€20 million),
	// …": items after "from" are the givers whoever receives
	if !donor || !from && a.recipientSentence(s) {
		return frame{}, false
	}
	f := frame{actors: []actorMention{a.actors[n]}, anchor: span{q.start - 1, q.start}, rule: ruleParenMoney, window: span{s.start, s.end}, conf: 0.6}
	if a.headGiven(q.start-1, s) {
		f.forced = news.StatusDelivered // "Canada has provided the most ($8 million), followed by France ($3 million)"
	}
	return f, true
}

// recipientSentence reports whether sentence s names the countries in it
// as recipients of money: "split among", "received", "allocated",
// "recipients".
func (a *analysis) recipientSentence(s span) bool {
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "split", "among", "recipient", "recipients", "received", "receive", "receives", "receiving", "allocated", "went", "beneficiaries":
			return true
		}
	}
	return false
}

// ruleTable marks a row of a table of recipients under a header.
const ruleTable = "frame.table-row"

// tableFrames reads tables of recipients and counts under a header that
// names the donor, its verb and what it gives, ending with a colon: "To
// date, the U.S. has donated vaccines as follows:" then rows of a country
// and a number, one or more pairs a line ("Kenya 302,000 Laos 1,000,000",
// also run together as "Kenya302,000Laos1,000,000"). Each pair is a
// commitment of the header's donor, of the header's kind and item, with
// the row's country as recipient. A "Total" row is skipped; the table
// ends at the first line that is not such a row.
func (a *analysis) tableFrames(emit func(frame, quantity, string)) {
	for hi := 0; hi+1 < len(a.sents); hi++ {
		h := a.sents[hi]
		colon := h.end - 1
		if a.tx(colon) != ":" || !a.toks[h.end].nl {
			continue
		}
		f, head, ok := a.tableHeader(h, colon)
		if !ok {
			continue
		}
		for ri := hi + 1; ri < len(a.sents); ri++ {
			if !a.tableRow(ri, &f, head, emit) {
				break
			}
		}
	}
}

// tableHeader reads a table header: a verb of commitment with a named
// subject and, after the verb, what is given (equipment or troops, or
// money). head is that quantity, with no number.
func (a *analysis) tableHeader(h span, colon int) (frame, quantity, bool) {
	for k := colon - 1; k >= h.start; k-- {
		t, ok := a.longest(k, colon, cTrigger, cDeliveryPast)
		if !ok {
			continue
		}
		f, ok := a.subjectFrame(t, h)
		if !ok || f.rule != ruleActive {
			return frame{}, quantity{}, false
		}
		for _, am := range f.actors {
			if len(am.code) != 2 && am.code != "EU" {
				return frame{}, quantity{}, false
			}
		}
		for _, q := range a.quantsNear(t.end, colon) {
			if q.start >= t.end && q.end <= colon && q.num == nil && (q.kind == news.KindEquipment || q.kind == news.KindTroops) {
				f.window = span{f.window.start, colon}
				f.forced, _ = a.status(&f) // the header's status holds for its rows
				f.rule, f.conf = ruleTable, 0.6
				f.anchor = span{colon, colon + 1}
				f.window = span{f.window.start, colon}
				return f, q, true
			}
		}
		return frame{}, quantity{}, false
	}
	return frame{}, quantity{}, false
}

// tableRow emits the pairs of country and number of sentence ri (a whole
// line) and reports whether it was a row of the table.
func (a *analysis) tableRow(ri int, f *frame, head quantity, emit func(frame, quantity, string)) bool {
	s := a.sents[ri]
	if !a.toks[s.start].nl || s.end < len(a.toks) && !a.toks[s.end].nl {
		return false
	}
	type pair struct {
		to  string
		num numPhrase
	}
	var pairs []pair
	for k := s.start; k < s.end; {
		// a label: a country, or capitalised words ("Total", an unknown name)
		to, end := "", k
		if n := a.actorEndingAt(k, s); n >= 0 && a.actors[n].start == k {
			to, end = a.actors[n].code, a.actors[n].end
		} else {
			for end < s.end && a.toks[end].kind == tWord && a.upper(end) && end < k+4 {
				end++
			}
		}
		if end == k || end >= s.end || a.toks[end].kind != tNum {
			return false
		}
		v, ok := parseNumeral(a.tx(end), true)
		if !ok {
			return false
		}
		if to != "" && len(to) == 2 && a.lw(k) != "total" {
			pairs = append(pairs, pair{to, numPhrase{start: end, end: end + 1, value: v}})
		}
		k = end + 1
	}
	if len(pairs) == 0 {
		return a.lw(s.start) == "total" // a total row alone still belongs to the table
	}
	for _, p := range pairs {
		g := *f
		g.to = p.to
		q := head
		q.sent, q.span, q.num = ri, span{p.num.start, p.num.end}, newNum(p.num)
		emit(g, q, head.item)
	}
	return true
}
