package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// A second amount of one giver in a clause of its own: "The US had
// already given $15 million to the fund, but the remaining $13 million
// has now been blocked", "It allocated $2 billion to investment, while
// the other $2 billion will be deposited at the central bank". The
// amount is the subject of a passive with no agent in a clause joined
// by ", but", ", while", ", whereas", ", and" or ";" to a clause whose
// money line names the giver; the clause's own verb gives the status
// (a verb of blocking or withholding declines, a past passive of
// delivery is delivered).

// ruleMoneyClause marks an amount in a clause joined to the money line
// of its giver in the same sentence.
const ruleMoneyClause = "money.second-clause"

// secondClauseFrame returns the frame of money q, the subject of an
// agentless passive in a clause joined to an earlier clause of its
// sentence that holds a money line of a named giver in the same
// currency (done, the lines so far). No actor stands between the joint
// and the amount, and the verb has no agent after "by".
func (a *analysis) secondClauseFrame(q *quantity, done []news.Commitment) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.conversion || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	c := q.start - 1
	for c > s.start && q.start-c <= 3 && takeUpWord(a.lw(c)) {
		c-- // "the remaining", "the other", "another"
	}
	if c <= s.start || !(a.tx(c) == ";" || clauseJoint(a.lw(c)) && a.tx(c-1) == ",") {
		return frame{}, false
	}
	v, declined, ok := a.clausePassive(q, s)
	if !ok || v.end < s.end && a.lw(v.end) == "by" && a.passiveAgentAt(v.end+1, s) {
		return frame{}, false // "…, and $20 million was raised by private donors": an agent of its own
	}
	for _, am := range a.actorsOf(s) {
		if am.start > c && am.start < q.start || am.start >= v.end && am.start <= v.end+1 {
			return frame{}, false // "…, while Germany's $3 million …", "… were given by Italy"
		}
	}
	ix := a.syncLines(done)
	j, ok := ix.owner[q.sent]
	if !ok || j >= len(done) {
		return frame{}, false
	}
	line := &done[j]
	if line.Kind != news.KindMoney || line.ValueSpan == nil || line.ValueSpan[1] > a.toks[c].start ||
		strings.HasPrefix(line.Actor, "group:") || line.Currency != q.currency && !slices.Contains(q.candidates, line.Currency) {
		return frame{}, false
	}
	am := actorMention{code: line.Actor, cls: cCountry, subject: true, sent: q.sent}
	f := frame{actors: []actorMention{am}, anchor: v, rule: ruleContextDonor, name: ruleMoneyClause, conf: 0.5,
		window: span{c + 1, min(s.end, v.end+3)}}
	if declined {
		f.forced = news.StatusDeclined
	}
	return f, true
}

// clausePassive finds the passive verb whose subject is q, after the
// amount and a conversion in brackets: "has now been blocked", "will be
// deposited", "was disbursed". declined is set for a verb of blocking,
// freezing or withholding.
func (a *analysis) clausePassive(q *quantity, s span) (span, bool, bool) {
	from := a.skipConversion(q, q.end, s)
	for k := from; k < s.end && k < from+3; k++ {
		if !a.has(k, cPassiveAux) {
			if a.has(k, cPerfectAux, cIrrealis) || strings.HasSuffix(a.lw(k), "ly") || a.lw(k) == "now" || a.lw(k) == "also" {
				continue
			}
			return span{}, false, false
		}
		m := k + 1
		for m < s.end && m <= k+2 && (a.lw(m) == "now" || a.lw(m) == "also" || a.lw(m) == "been" || strings.HasSuffix(a.lw(m), "ly")) {
			m++
		}
		if m >= s.end {
			return span{}, false, false
		}
		switch w := a.lw(m); {
		case w == "blocked" || w == "frozen" || w == "withheld" || w == "suspended" || w == "cancelled" || w == "canceled":
			return span{m, m + 1}, true, true
		case moneyUseVerb(w) || w == "deposited" || w == "disbursed":
			return span{m, m + 1}, false, true
		}
		if t, ok := a.longest(m, s.end, cTrigger, cDeliveryPast); ok {
			return span{t.start, t.end}, false, true
		}
		return span{}, false, false
	}
	return span{}, false, false
}

// takeUpWord reports a word before an amount that takes up part of a
// whole or adds to it: "the remaining", "the other", "another".
func takeUpWord(w string) bool {
	switch w {
	case "the", "remaining", "other", "rest", "another", "further", "additional", "extra", "balance":
		return true
	}
	return false
}

// clauseJoint reports a conjunction that joins a second clause after a
// comma: "but", "while", "whereas", "and", "yet".
func clauseJoint(w string) bool {
	switch w {
	case "but", "while", "whereas", "and", "yet":
		return true
	}
	return false
}

// includedInPassiveAnchor finds the verb of an agentless passive of
// giving whose subject is a gift, followed by the parts of the gift
// after "including", the last of which holds money q: "Humanitarian
// assistance was also provided to the island, including medicines worth
// $1 million and a credit line of $55 million". The subject opens the
// sentence (a determiner and modifiers before the noun); no actor
// stands before the verb, nor after "by" as its agent. delivered is set
// for a past passive ("was provided", "have been delivered").
func (a *analysis) includedInPassiveAnchor(q *quantity, s span) (span, news.Status, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return span{}, "", false
	}
	inc := -1
	for k := q.start - 1; k > s.start && q.start-k <= 25; k-- {
		if a.lw(k) == "including" {
			inc = k
			break
		}
		if a.has(k, cClauseBreak, cTrigger, cReporting) && !a.claimed[k] || a.tx(k) == ";" {
			return span{}, "", false
		}
	}
	if inc < 0 {
		return span{}, "", false
	}
	// the subject: a gift noun within the first four words
	h := -1
	for k := s.start; k < inc && k <= s.start+3; k++ {
		if a.actorAt[k] >= 0 {
			return span{}, "", false
		}
		if giftHead(a, k) || a.has(k, cMoneyObject, cSupportNoun) {
			h = k
		}
	}
	if h < 0 || h+2 >= inc || !a.has(h+1, cPassiveAux) {
		return span{}, "", false
	}
	v := h + 2
	for v < inc && (a.lw(v) == "also" || a.lw(v) == "been" || strings.HasSuffix(a.lw(v), "ly")) {
		v++
	}
	m, ok := a.longest(v, inc, cTrigger, cDeliveryPast)
	if !ok || m.end < s.end && a.lw(m.end) == "by" {
		return span{}, "", false
	}
	for _, am := range a.actorsOf(s) {
		if am.start < m.start || !a.afterPrep(am.start) && am.start < inc {
			return span{}, "", false
		}
	}
	if w := a.lw(h + 1); a.has(m.start, cDeliveryPast) && (w == "was" || w == "were" || w == "been" || w == "has" || w == "have") {
		return span{m.start, m.end}, news.StatusDelivered, true
	}
	return span{m.start, m.end}, "", true
}
