package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleDemonymAid names the frame of money in a country's aid.
const ruleDemonymAid = "money.demonym-aid"

// demonymAidFrame reads money followed by "in" and a demonym before a
// money object (or a country's abbreviation, and up to two modifiers
// before the object) as that country's: "Sudan will get $5 million in
// Japanese aid", "Chad received €20m in German loans", "$2 billion in US
// aid", "in German humanitarian funding" (a bracketed conversion between
// may stand: "¥500 million ($3.4 million) in Japanese grants"). It stands
// only when a country before the amount is the subject of a verb of
// receiving and no other could be the giver ("$60 billion in Ukrainian
// aid" with no recipient named may be aid to Ukraine).
func (a *analysis) demonymAidFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := a.skipConversion(q, q.end, s)
	if k+2 >= s.end || a.lw(k) != "in" {
		return frame{}, false
	}
	d, ok := a.longest(k+1, s.end, cDemonym)
	if !ok {
		d, ok = a.longest(k+1, s.end, cCountry) // "in US aid"
	}
	if !ok || len(d.value) != 2 || d.end >= s.end {
		return frame{}, false
	}
	// the money object, after at most two modifiers ("in German
	// humanitarian funding")
	obj := d.end
	for obj < s.end && obj < d.end+2 && a.toks[obj].kind == tWord && !a.has(obj, cMoneyObject) {
		obj++
	}
	if obj >= s.end || !a.has(obj, cMoneyObject) {
		return frame{}, false
	}
	received := false
	for _, am := range a.actorsNear(s.start, q.start) {
		if am.sent != q.sent || am.start < s.start || am.end > q.start {
			continue
		}
		if am.code == d.value || !a.receiverBefore(am.end, q.start) {
			return frame{}, false
		}
		received = true
	}
	if !received {
		return frame{}, false // "$60 billion in Ukrainian aid" may be aid to Ukraine
	}
	am := actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
	return frame{actors: []actorMention{am}, anchor: span{obj, obj + 1}, rule: ruleNoun, name: ruleDemonymAid,
		conf: 0.7, window: span{s.start, min(s.end, obj+4)}}, true
}

// receiverBefore reports whether a verb of receiving stands within the
// three tokens from k, before end: the actor just before k is the
// recipient ("Sudan will get", "Chad has received").
func (a *analysis) receiverBefore(k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		if a.has(j, cReceive) {
			return true
		}
	}
	return false
}

// debtVerb reports whether w, right before an amount, makes it a debt the
// subject pays back or owes ("owes $50 million in Chinese loans").
func debtVerb(w string) bool {
	switch w {
	case "owes", "owed", "owe", "owing", "repaid", "repay", "repays", "repaying", "repayment", "repayments":
		return true
	}
	return false
}
