package extractor

// Several amounts of one donor in one clause: equal tranches of a total
// ("in two tranches of €500 million each") and the whole a part is taken
// from ("the first tranche of €250 million of its €1 billion loan").

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the money parts.
const (
	// guardAcrossDonors drops the sum of several donors' amounts.
	guardAcrossDonors = "guard.across-donors-total"
	// guardTrancheEach drops the size of equal instalments of a total:
	// the total is the line.
	guardTrancheEach = "guard.tranche-each"
	// ruleMoneyWhole marks the whole a part is taken from: pledged, as
	// the part may be delivered.
	ruleMoneyWhole = "money.whole-of-part"
)

// trancheEach reports whether money q is the size of each of several
// instalments of a total: "will lend Egypt €1 billion in two tranches of
// €500 million each", "paid in four instalments of $25 million each".
// The total said before it is the commitment.
func (a *analysis) trancheEach(q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil || q.end >= s.end || a.lw(q.end) != "each" {
		return false
	}
	for k := q.start - 1; k > s.start && q.start-k <= 4; k-- {
		switch a.lw(k) {
		case "tranches", "instalments", "installments", "payments", "disbursements", "portions", "parts":
			return true
		}
	}
	return false
}

// wholeOfPart reports whether money q is the whole a smaller amount
// before it is part of: "has disbursed the first tranche of €250 million
// of its €1 billion loan", "the first €1.5 billion tranche of its €18
// billion loan", "$2 billion of their $5 billion package". The
// part takes the verb's status; the whole is a promise, pledged.
func (a *analysis) wholeOfPart(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	if q.num == nil || k-2 < s.start || a.lw(k-1) != "of" {
		return false
	}
	switch a.lw(k) {
	case "its", "their", "the", "his", "her":
	default:
		return false
	}
	of := k - 1
	if of-1 > s.start && instalmentNoun(a.lw(of-1)) {
		of-- // "the first €1.5 billion tranche of its €12 billion loan"
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.kind == news.KindMoney && o.num != nil && o.end == of && o.currency == q.currency && o.num.value < q.num.value {
			return true
		}
	}
	return false
}

// instalmentNoun reports whether w names a part of a sum paid out:
// "tranche", "instalment", "portion".
func instalmentNoun(w string) bool {
	switch w {
	case "tranche", "tranches", "instalment", "installment", "instalments", "installments", "portion", "part", "slice", "disbursement", "payment":
		return true
	}
	return false
}

// sumOfParts reports whether money total, after "for a total of" or
// "making a total of", adds up the amounts of its currency before it in
// its sentence (within 0.5%, two or more): "€200 million in humanitarian
// aid and €300 million in military aid, for a total of €500 million". It
// is the sum of the commitments said, not money given so far.
func (a *analysis) sumOfParts(total *quantity) bool {
	if total.num == nil || total.kind != news.KindMoney {
		return false
	}
	sum, n := 0.0, 0
	for _, o := range a.quantsOf(total.sent) {
		if o.kind == news.KindMoney && o.num != nil && o.end <= total.start && o.currency == total.currency && !o.conversion {
			sum += o.num.value
			n++
		}
	}
	v := total.num.value
	return n >= 2 && sum >= v*0.995 && sum <= v*1.005
}

// bracketedConversion reports whether the money in another currency
// starting at token start opens a bracket a few words after the money
// prev of its sentence: "pledged €1 billion to Ukraine ($1.1 billion)",
// "(about $1.1 billion)". The bracket restates prev (one line, in the
// currency given first); a bracket that opens with a word ("(of which
// $300 million …)") is no conversion.
func (a *analysis) bracketedConversion(prev *quantity, start int, cur string) bool {
	k := start - 1
	for k > prev.end && (a.has(k, cQualifier) || a.lw(k) == "about" || a.lw(k) == "around" || a.lw(k) == "some" || a.lw(k) == "roughly") {
		k--
	}
	if k <= prev.end || a.tx(k) != "(" || k-prev.end > 8 || !otherCurrency(prev, cur) {
		return false
	}
	for j := prev.end; j < k; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == "(" || a.tx(j) == ")" || a.tx(j) == ";" || a.toks[j].kind == tNum {
			return false
		}
	}
	return true
}

// acrossDonorsTotal reports whether money q sums the amounts of several
// donors said before it in its sentence: "Germany pledged €300 million
// and France €200 million, a total of €500 million". q follows "total
// of", "totalling", "combined" or "altogether" closely, two or more
// earlier amounts of its currency add up to it (within 0.5%), and two or
// more countries that are no places are named before it. The sum is no
// donor's line (one donor's total and its parts are each a line).
func (a *analysis) acrossDonorsTotal(q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil || q.currency == "" {
		return false
	}
	cue := false
	for k := q.start - 1; k >= s.start && q.start-k <= 4 && !cue; k-- {
		switch a.lw(k) {
		case "total", "totalling", "totaling", "totals", "combined", "altogether", "together", "sum", "overall":
			cue = true
		}
	}
	if !cue {
		return false
	}
	sum, n := 0.0, 0
	for _, o := range a.quantsOf(q.sent) {
		if o.kind == news.KindMoney && o.num != nil && o.end <= q.start && o.currency == q.currency && !o.conversion {
			sum += o.num.value
			n++
		}
	}
	if n < 2 || sum <= 0 || sum < q.num.value*0.995 || sum > q.num.value*1.005 {
		return false
	}
	seen := ""
	for _, am := range a.actorsNear(s.start, q.start) {
		if am.sent != q.sent || am.end > q.start || len(am.code) != 2 || a.afterLocPrep(am.start, s) {
			continue
		}
		if seen != "" && am.code != seen {
			return true
		}
		seen = am.code
	}
	return false
}

// ruleTotalSubject names the amount in the subject of a verb that brings
// a donor's total to a new sum: "The new $300 million package brings
// total US aid to $40 billion".
const ruleTotalSubject = "frame.money-total-subject"

// totalSubjectFrame reads money q that is the subject of a verb of a new
// total ("brings", "will bring", "raises", "takes", "lifts") whose total
// after "to" a total frame reads (totalFrame) or a line of out holds: "A
// 20-billion-yen credit this spring brought the sum Japan has lent to
// Laos to 900 billion yen", "The new $300 million package brings total US
// aid to $40 billion". The amount is a line of the total's committer: pledged,
// as a new amount the total now includes (the total itself follows the
// cumulative-giving convention). Only a phrase of up to 14 tokens with no
// comma or clause break ("for this year", "announced on Monday", a
// bracketed conversion) may lie between the amount and the verb.
func (a *analysis) totalSubjectFrame(q *quantity, out []news.Commitment) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	v := -1
	for k := q.end; k < s.end && k-q.end <= 14; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" || a.tx(k) == "," {
			return frame{}, false
		}
		if a.has(k, cTotalVerb) {
			v = k
			break
		}
	}
	if v < 0 {
		return frame{}, false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.kind != news.KindMoney || o.num == nil || o.start <= v || o.start-v > 30 || o.currency != q.currency || o.num.value <= q.num.value {
			continue
		}
		f, ok := a.totalFrame(&o, s)
		if !ok || len(f.actors) == 0 {
			// the total's line read by another frame ("the total Japan
			// has lent … to"): its committer
			f, ok = a.lineActorAt(&o, out)
			if !ok {
				continue
			}
		}
		g := frame{actors: f.actors, anaphor: f.anaphor, anchor: span{v, v + 1}, rule: ruleTotalSubject, window: span{q.start, v + 1}, conf: min(f.conf, 0.6)}
		g.forced = news.StatusPledged
		return g, true
	}
	return frame{}, false
}

// lineActorAt returns a frame with the committer of the money line of out
// whose value starts where quantity o does; its span is empty (the actor
// is named elsewhere).
func (a *analysis) lineActorAt(o *quantity, out []news.Commitment) (frame, bool) {
	at := a.toks[o.start].start
	for _, c := range out {
		if c.Kind == news.KindMoney && c.ValueSpan != nil && c.ValueSpan[0] == at && len(c.Actor) == 2 {
			return frame{actors: []actorMention{{code: c.Actor, cls: cCountry, far: true, sent: o.sent}}, conf: 0.55}, true
		}
	}
	return frame{}, false
}

// ruleMoneyPartSentence names a part of a total said in a sentence of its
// own after the total.
const ruleMoneyPartSentence = "frame.money-part-sentence"

// partSentenceFrame reads money q in a sentence that breaks down a sum
// said before: "Of the total, €200 million is for air defence", "Of this,
// €150 million will go to energy repairs", "The package consists of €300
// million in grants and €200 million in loans", "It includes €100
// million for demining", "Of the deposits, $1 billion is due next
// year", "€100 million of it is for demining". The sentence reads q as a
// part of a whole said before (partOfPhrase, the reader shared with
// contextDonorFrame: "Of this/these/the total/the deposits,", "€100
// million of it"; not "Of the budget,"), or its subject (a
// pronoun or a definite noun phrase, no country) is followed by a verb of
// parts ("consists of", "comprises", "includes", "is made up of", "is
// split into", "breaks down into") before q. The committer is that of
// the nearest money line of out in the two sentences before whose amount
// in q's currency is larger; the part takes its status. No country may be
// named before q in the sentence but after a preposition of place or
// purpose.
func (a *analysis) partSentenceFrame(q *quantity, out []news.Commitment) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.sent <= 0 || q.sent >= len(a.sents) || q.currency == "" {
		return frame{}, false
	}
	s := a.sents[q.sent]
	cue := -1
	if anchor, _, ok := a.partOfPhrase(q, s); ok {
		cue = anchor.start // "Of the total,", "Of the deposits,", "€40 million of it"
	}
	if cue < 0 {
		for k := s.start + 1; k < q.start && k-s.start <= 8; k++ {
			w := a.lw(k)
			if w == "consists" || w == "consist" || w == "comprises" || w == "comprise" || w == "includes" || w == "include" ||
				w == "of" && a.lw(k-1) == "up" && a.lw(k-2) == "made" ||
				w == "into" && (a.lw(k-1) == "split" || a.lw(k-1) == "divided" || a.lw(k-1) == "down") {
				switch a.lw(s.start) {
				case "the", "this", "that", "it", "its", "these":
					if a.sumSubject(s.start, k) {
						cue = k
					}
				}
				break
			}
		}
	}
	if cue < 0 {
		return frame{}, false
	}
	for _, am := range a.actorsNear(s.start, q.start) {
		if am.sent == q.sent && am.end <= q.start && len(am.code) == 2 && !a.afterLocPrep(am.start, s) && !a.afterPreposition(am.start, s) {
			return frame{}, false // "Of this, France will give …": another committer
		}
	}
	lo := a.toks[a.sents[max(0, q.sent-2)].start].start
	hi := a.toks[s.start].start
	best := -1
	a.linesInSents(out, q.sent-2, q.sent-1, func(i int) { // the lines of [lo, hi)
		c := &out[i] // (in place: out holds every line of a long text)
		if c.Start >= lo && c.Start < hi && c.Kind == news.KindMoney && c.Amount != nil && c.Currency == q.currency && *c.Amount > q.num.value && len(c.Actor) == 2 &&
			(best < 0 || c.Start > out[best].Start || c.Start == out[best].Start && i > best) {
			best = i
		}
	})
	if best < 0 || cumulativeGiving(out[best]) {
		return frame{}, false // cumulative giving is not split
	}
	am := actorMention{code: out[best].Actor, cls: cCountry, far: true, sent: q.sent}
	return frame{actors: []actorMention{am}, anchor: span{cue, cue + 1}, rule: ruleMoneyPartSentence,
		window: span{s.start, q.end}, conf: 0.5, forced: out[best].Status}, true
}

// sumSubject reports whether tokens from to to, the subject of a verb
// of parts, name a sum given: a pronoun ("It includes"), or a noun of
// money or a package ("The package", "The aid", "This funding") and no
// sum a country has for itself ("The budget", "the cost").
func (a *analysis) sumSubject(from, to int) bool {
	if to-from == 1 && (a.lw(from) == "it" || a.lw(from) == "this" || a.lw(from) == "that") {
		return true
	}
	money := false
	for k := from; k < to; k++ {
		switch a.lw(k) {
		case "budget", "budgets", "spending", "cost", "costs", "deficit", "gdp", "revenue", "revenues", "economy", "bill", "price", "prices", "plan", "debt":
			return false
		}
		money = money || a.has(k, cMoneyObject, cTriggerNoun, cValueNoun)
	}
	return money
}

// cumulativeGiving reports whether c is giving summed up to now ("has
// provided €500 million since 2022"): one delivered line, which the
// conventions do not split into parts.
func cumulativeGiving(c news.Commitment) bool {
	return c.Status == news.StatusDelivered && strings.Contains(c.Evidence, " since ")
}
