package extractor

// ruleMoneyInAid names ownerAfterFrame's reading when tried before the
// receiver frames: "Moldova will receive $50 million in Japanese aid".
const ruleMoneyInAid = "money.in-aid"

// demonymAidFrame reads the giver of an amount "in" a country's aid named
// by its demonym or abbreviation ("Moldova will receive $50 million in
// Japanese aid", "$2bn in US aid") before the frames of a receiver take
// the sentence: ownerAfterFrame's reading, tried early only for this
// shape. ok is false when no "in" follows the amount or that frame fails.
func (a *analysis) demonymAidFrame(q *quantity, s span) (frame, bool) {
	if q.end+1 >= s.end || a.lw(q.end) != "in" {
		return frame{}, false
	}
	f, ok := a.ownerAfterFrame(q, s)
	if ok {
		// the status is the receiver's verb before the amount: "has received"
		f.window.start = max(s.start, q.start-6)
		f.name = ruleMoneyInAid
	}
	return f, ok
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
