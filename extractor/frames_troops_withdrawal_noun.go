package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// A withdrawal told as a noun after the country's withdrawal: "Uganda
// starts pulling out troops. The withdrawal of 281 soldiers comes as
// part of a UN plan." The counted troops after "the withdrawal of" (or
// "pullout", "drawdown", "departure", "repatriation") that open a
// sentence are the troops of the country whose troop line in one of
// the two sentences before is a withdrawal: declined, by the conventions
// on reductions.

// ruleWithdrawalNoun marks counted troops after a noun of withdrawal
// whose country withdraws in the sentence before.
const ruleWithdrawalNoun = "troops.withdrawal-noun"

// withdrawalNounFrame returns the frame of troops q after "the
// withdrawal of" near the start of its sentence, for the country of
// the last troop line in the two sentences before when that line is a
// withdrawal (declined). The sentence names no country but after a
// preposition or as a source (a group may be named: "a UN plan that
// will see AU troops reduced").
func (a *analysis) withdrawalNounFrame(q *quantity, done []news.Commitment) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 1 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	k := q.start - 1
	for k > s.start && q.start-k <= 3 && (a.lw(k) == "the" || a.lw(k) == "last" || a.lw(k) == "remaining" || a.lw(k) == "final" || a.lw(k) == "first") {
		k-- // "the departure of the last 2,400 soldiers"
	}
	if k-1 < s.start || a.lw(k) != "of" || !withdrawalNoun(a.lw(k-1)) {
		return frame{}, false
	}
	n := k - 1
	if d := n - 1; d >= s.start && (a.lw(d) == "the" || a.lw(d) == "this" || a.lw(d) == "a") {
		n = d
	}
	if n-s.start > 3 {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if !a.afterPrep(am.start) && !am.reporter && !strings.HasPrefix(am.code, "group:") && am.cls != cGroup {
			return frame{}, false // "The withdrawal of 300 Kenyan soldiers": another country's
		}
	}
	ix := a.syncLines(done)
	for cj := q.sent - 1; cj >= 0 && cj >= q.sent-2; cj-- {
		j, ok := ix.owner[cj]
		if !ok || j >= len(done) {
			continue
		}
		line := &done[j]
		if line.Kind != news.KindTroops || line.Status != news.StatusDeclined || strings.HasPrefix(line.Actor, "group:") {
			return frame{}, false
		}
		am := actorMention{code: line.Actor, cls: cCountry, subject: true, sent: q.sent}
		return frame{actors: []actorMention{am}, anchor: span{k - 1, k}, rule: ruleContextDonor, name: ruleWithdrawalNoun,
			forced: news.StatusDeclined, window: span{s.start, q.end}, conf: 0.5}, true
	}
	return frame{}, false
}

// withdrawalNoun reports a noun of taking troops home: "withdrawal",
// "pullout", "drawdown", "departure", "repatriation".
func withdrawalNoun(w string) bool {
	switch w {
	case "withdrawal", "pullout", "pull-out", "drawdown", "departure", "repatriation":
		return true
	}
	return false
}
