package extractor

// Money frames: what makes an amount of money a commitment of whom.
// This file holds the filters (money raised; a price is told in
// frames_money_price.go), the sharing of one amount between donors
// (joint; "respectively" is in frames_joint.go) and the donor named after
// the amount (from, owner after).

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the money frames.
const (
	ruleMoneyFrom  = "frame.money-from"
	ruleMoneyJoint = "frame.money-joint"
)

// moneyFromFrame matches money followed by its source: "$150 million from
// Saudi Arabia", "$200m each from Kuwait and the UAE", "received $300mn
// from the US", "received a $500 million (soft) loan from China". The countries after "from" gave the money; a possessive
// ("from Ukraine's budget") names an owner, not a donor.
func (a *analysis) moneyFromFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	if k < s.end && (a.lw(k) == "each" || a.lw(k) == "apiece") {
		k++
	}
	// "$18 million in contributions from …", "a $500 million loan from …"
	if k < s.end && (a.lw(k) == "in" || a.has(k, cMoneyObject, cTriggerNoun) || a.isModifier(k)) {
		j := k
		if a.lw(k) == "in" {
			j++
		}
		for j < s.end && j <= k+3 && !a.has(j, cMoneyObject, cTriggerNoun) && a.isModifier(j) {
			j++
		}
		if m, ok := a.longest(j, s.end, cMoneyObject, cTriggerNoun); ok {
			k = m.end
		}
	}
	if k >= s.end || a.lw(k) != "from" {
		return frame{}, false
	}
	// "demanded $5 million from …", "withholds $95 million in aid from
	// Egypt": asked of, or held back from, the country after "from"
	if a.requestedFrom(q, s) || a.withheldFrom(q, s) {
		return frame{}, false
	}
	actors := a.listAt(k+1, s)
	if len(actors) == 0 {
		return frame{}, false
	}
	last := actors[len(actors)-1]
	if _, ok := a.isPossessive(last.end, s.end); ok && !a.receivedBefore(q, s) {
		return frame{}, false // "from Germany's budget": an owner, unless another receives it
	}
	for _, am := range actors {
		if strings.HasPrefix(am.code, "group:") || am.cls == cGroup {
			return frame{}, false
		}
	}
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) {
			return frame{}, false // "imported $40 million from Vietnam"
		}
	}
	// the verb before the amount gives the status: "received … from";
	// else a hedge right before it: "a potential $500 million loan from"
	start := q.start
	if p := q.start - 1; p > s.start && a.has(p, cConsidering) {
		start = p
	}
	if t, ok := a.triggerBefore(q.start, s, 6); ok {
		start = t.start
	} else {
		// "received a loan of $2 billion from …"
		for k := q.start - 1; k >= s.start && q.start-k <= 6; k-- {
			if a.has(k, cDelivered, cReceive) {
				start = k
				break
			}
		}
	}
	return frame{actors: actors, anchor: span{k, k + 1}, rule: ruleMoneyFrom, window: span{start, last.end}, conf: 0.75}, true
}

// receivedBefore reports whether a verb of receiving stands within six
// tokens before money q: "Kenya received $5 million from Japan's fund".
func (a *analysis) receivedBefore(q *quantity, s span) bool {
	for k := q.start - 1; k >= s.start && q.start-k <= 6; k-- {
		if a.has(k, cReceive) {
			return true
		}
	}
	return false
}

// moneyFrame adjusts the frame of a money quantity: ok is false when the
// amount is not the actors' commitment (a price, money they raise), and a
// joint amount becomes one group line (see jointMoney).
func (a *analysis) moneyFrame(f frame, q *quantity) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return f, true
	}
	if a.salePrice(q) || a.raised(&f, q) || a.conditionSubject(&f) || a.cumulativePart(q) || a.budgetCut(&f, q) || a.forItsOwn(q) || a.tradeSum(q) ||
		a.restatedAmount(q) || a.unitAmount(q) || f.forced != news.StatusDeclined && a.requestedAmount(q) || a.counterfactualAmount(q) ||
		a.risenToAmount(q) || a.trancheEach(q) || a.acrossDonorsTotal(q) {
		return f, false
	}
	if a.wholePromised(q) {
		f.forced = news.StatusPledged // "€300 million of the €1 billion it pledged"
	}
	if f.forced == "" && a.wholeOfPart(q) && !a.wholeGiven(q) {
		f.forced, f.name = news.StatusPledged, ruleMoneyWhole // "€250 million of its €1 billion loan"
	}
	if a.renewedMoney(&f, q) {
		f.forced = news.StatusDelivered // "renewed its swap facility", "confirmed the rollover of"
	}
	f = a.signersLender(&f, q) // "Kuwait and Mali signed a KD 9 million loan agreement"
	f = a.jointMoney(&f, q)    // "respectively" is read later (see respectively)
	return a.soDid(&f, q), true
}

// raised reports whether money q is what its subject raises ("Haiti
// hopes to raise $3.8 billion", "the $3.8 billion that Haiti hopes to
// raise", and any amount after it in the clause): funds sought, not
// given. "raised its aid to $50 million" is a new total and stays.
func (a *analysis) raised(f *frame, q *quantity) bool {
	if f.anchor.end <= f.anchor.start {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "raise", "raises", "raised", "raising":
	default:
		return false
	}
	if f.anchor.start > q.end {
		return true // a relative clause: "the $3.8 billion that X hopes to raise"
	}
	for k := f.anchor.end; k < q.start; k++ {
		if a.lw(k) == "to" {
			return false // "raised its aid to $50 million": the new total
		}
	}
	return true
}

// jointMoney turns one amount committed by coordinated subjects ("France,
// Germany and the EU have pledged more than €2 billion", "Sweden, Norway
// and Denmark will jointly contribute $500 million") into one group
// commitment: the amount is the sum of their shares, not each one's. A
// distributive word ("each", "both", "apiece", "respectively") keeps one
// commitment per donor.
func (a *analysis) jointMoney(f *frame, q *quantity) frame {
	if q.kind != news.KindMoney || q.num == nil || len(f.actors) < 1 || f.rule != ruleActive && f.rule != ruleGapped && f.rule != ruleMoneyFrom {
		return *f
	}
	first, last := f.actors[0], f.actors[len(f.actors)-1]
	s := a.sents[q.sent]
	if len(f.actors) == 1 {
		return a.withMembers(f, q)
	}
	from := first.start
	if f.rule == ruleMoneyFrom {
		from = q.start // "$200m each from Kuwait and the UAE"
	} else if first.end > q.start {
		return *f
	}
	for k := from; k < min(s.end, max(q.end, last.end)+3); k++ {
		switch a.lw(k) {
		case "each", "both", "apiece", "respectively", "every", "per":
			return *f
		}
	}
	if a.respectivelyAfter(q) {
		return *f
	}
	g := *f
	g.actors = []actorMention{{span: span{first.start, last.end}, cls: cGroup, sent: first.sent, subject: true,
		code: "group:" + a.text[a.toks[first.start].start:a.toks[last.end-1].end]}}
	g.rule = ruleMoneyJoint
	return g
}

// withMembers turns "the European Union and its member states have
// allocated €50 billion" into one group line: the actor with its members,
// allies or partners is a collective.
func (a *analysis) withMembers(f *frame, q *quantity) frame {
	am := f.actors[0]
	s := a.sents[q.sent]
	k := am.end
	if k+2 >= s.end || a.lw(k) != "and" || a.lw(k+1) != "its" && a.lw(k+1) != "their" {
		return *f
	}
	end := -1
	for j := k + 2; j < s.end && j <= k+4; j++ {
		switch a.lw(j) {
		case "members", "states", "allies", "partners":
			end = j + 1
		}
	}
	if end < 0 || end > f.anchor.start {
		return *f
	}
	g := *f
	g.actors = []actorMention{{span: span{am.start, end}, cls: cGroup, sent: am.sent, subject: true,
		code: "group:" + a.text[a.toks[am.start].start:a.toks[end-1].end]}}
	g.rule = ruleMoneyJoint
	return g
}

// ruleOwnerAfter marks money whose donor is named right after it.
const ruleOwnerAfter = "frame.money-owner-after"

// ownerAfterFrame matches an amount followed by its donor as a modifier of
// an aid noun: "SR2bn Saudi aid for Yemen", "$500m US aid package",
// "€40 million German funding", "€500 million in German aid".
func (a *analysis) ownerAfterFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.end >= s.end {
		return frame{}, false
	}
	// "the EU's €50 billion Ukraine Facility": an owner before the amount
	if q.start-2 >= s.start && a.lw(q.start-1) == "s" && isApostropheText(a.tx(q.start-2)) {
		return frame{}, false
	}
	// "€500 million in German aid", "in US aid"; "in Ukraine aid" is aid to
	// Ukraine: after "in" only a demonym or an abbreviation
	at, in := q.end, false
	if a.lw(at) == "in" && at+1 < s.end {
		at, in = at+1, true
	}
	// "Moldova owes $50 million in Chinese loans", "repaid $50 million in
	// Japanese loans": a debt of the receiver, no gift
	if q.start > s.start && debtVerb(a.lw(q.start-1)) {
		return frame{}, false
	}
	var am actorMention
	if n := a.actorEndingAt(at, s); n >= 0 && a.actors[n].start == at && len(a.actors[n].code) == 2 && (!in || a.tx(at) == strings.ToUpper(a.tx(at))) {
		am = a.actors[n]
	} else if d, ok := a.longest(at, s.end, cDemonym); ok {
		am = actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
	} else {
		return frame{}, false
	}
	for j := am.end; j < s.end && j <= am.end+2; j++ {
		if m, ok := a.longest(j, s.end, cMoneyObject, cTriggerNoun); ok {
			if a.upper(j) {
				return frame{}, false // a name: "the Ukraine Facility", named for its recipient
			}
			if w := a.lw(m.start); (w == "deposits" || w == "deposit") && q.start > s.start && heldVerb(a.lw(q.start-1)) {
				return frame{}, false // "holds $5 billion in Saudi deposits": a stock held, no gift
			}
			f := frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleOwnerAfter, window: span{q.start, m.end}, conf: 0.7}
			if a.recalledBefore(q, s) {
				f.forced = news.StatusDeclined // "the return of a $2bn Qatari deposit"
			}
			return f, true
		}
		if !a.isModifier(j) {
			break
		}
	}
	return frame{}, false
}
