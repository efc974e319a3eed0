package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleThankedMoney names thankedMoneyFrame.
const ruleThankedMoney = "money.thanked-for"

// thankedMoneyFrame matches an amount inside the noun phrase a country is
// thanked for: "He thanked Sweden for the $1.2 billion package of military
// assistance", "Kyiv is grateful to Norway for its package of aid worth
// NOK 2 billion". Money one is thanked for was given or promised by the
// one thanked (pledged); goods are left to thankedForFrame, which needs a
// verb of giving. Between "for" and the amount stand at most twelve
// words, with no punctuation, no other actor, no verb of saying, no
// clause break and no conjunction or relative word.
func (a *analysis) thankedMoneyFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	am, at, ok := a.thankedGiver(s, q.start)
	if !ok || at >= q.start || q.start-at > 13 {
		return frame{}, false
	}
	for k := at + 1; k < q.start; k++ {
		if a.toks[k].kind == tPunct && !(a.tx(k) == "-" && a.toks[k].glued) {
			return frame{}, false
		}
		if a.actorAt[k] >= 0 || a.has(k, cClauseBreak, cReporting) {
			return frame{}, false
		}
		switch a.lw(k) {
		case "and", "or", "as", "who", "which", "that", "while", "when", "after":
			return frame{}, false // "…for the training and asked for $2 billion": another clause
		}
	}
	f := frame{actors: []actorMention{am}, anchor: span{at, at + 1}, rule: ruleActive, name: ruleThankedMoney,
		window: span{at, q.end}, conf: 0.6, forced: news.StatusPledged}
	return f, true
}
