package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A country's participation approved or confirmed (frame.participation-of):
// "Spain's participation in the mission was confirmed", "Parliament
// approved Japan's participation in the coalition", "Japan's
// participation in the coalition has been approved by the cabinet". The
// possessor takes part: one support line, pledged unless the clause
// hedges or refuses. The participation must be in an operation (mission,
// coalition, task force; not talks or a conference) and a verb of
// approving stand right before the possessor or after the phrase.

// ruleParticipationOf names the support line of a country whose
// participation in an operation is approved or confirmed.
const ruleParticipationOf = "frame.participation-of"

// participationOfFrames finds the approved participation of a country in
// the sentences that hold an operation noun. committed tells whether an
// actor has a line of the sentence that starts at a byte offset.
func (a *analysis) participationOfFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for _, am := range a.actorsOf(s) {
			p := am.end
			if len(am.code) != 2 || am.cls == cGroup || p+3 >= s.end || !isApostropheText(a.tx(p)) || a.lw(p+1) != "s" {
				continue
			}
			switch a.lw(p + 2) {
			case "participation", "involvement":
			default:
				continue
			}
			if a.lw(p+3) != "in" {
				continue
			}
			op, ok := a.operationAfter(p+4, s)
			if !ok {
				continue
			}
			v, ok := a.approvalAround(am.start, op.end, s)
			if !ok || committed(am.code, a.toks[s.start].start) {
				continue
			}
			f := frame{actors: []actorMention{am}, anchor: v, rule: ruleParticipationOf, conf: 0.55,
				window: span{min(v.start, am.start), max(v.end, op.end)}}
			if st, _ := a.status(&f); st == news.StatusDelivered {
				f.forced = news.StatusPledged // "was approved": a participation promised
			}
			item := "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			q := quantity{span: span{am.start, op.end}, kind: news.KindSupport, sent: si, item: item}
			emit(f, q, item)
		}
	}
}

// approvalAround finds a verb of approving or confirming right before
// the possessor that starts at token first ("approved Spain's …", after
// at most one word: "approved in principle") or after the participation
// phrase that ends at token end, past a form of "be" ("… was
// confirmed", "has been approved", "will be authorised").
func (a *analysis) approvalAround(first, end int, s span) (span, bool) {
	for j := first - 1; j >= s.start && j >= first-2; j-- {
		if approvalVerb(a.lw(j)) {
			return span{j, j + 1}, true
		}
	}
	for j := end; j < s.end && j < end+4; j++ {
		if approvalVerb(a.lw(j)) {
			return span{j, j + 1}, j > end && a.has(j-1, cPassiveAux)
		}
		if a.toks[j].kind == tPunct {
			break
		}
	}
	return span{}, false
}

// approvalVerb reports whether w is a past form of approving, confirming
// or announcing.
func approvalVerb(w string) bool {
	switch w {
	case "approved", "confirmed", "announced", "authorised", "authorized", "endorsed", "agreed", "backed":
		return true
	}
	return false
}
