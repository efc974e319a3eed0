package extractor

// Troops owned by a pronoun that are the subject of what they will do
// ("it said its 300 soldiers would stay", "Finland says its troops are
// being withdrawn"): ownPronounFrame and the words that tell the troops
// leave (withdrawnWord) or that it is history (pastWithYear). The rule
// ids are declared with the other owner frames in frames_troops_owner.go.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ownPronounFrame matches troops owned by a pronoun that are the subject
// of what they will do: "Germany is the latest country to say its 1,000
// peacekeepers will leave" (declined), "it said its 300 soldiers would
// stay". The owner is what the pronoun stands for ("his country's
// troops": the country named before). Troops without a number match only
// when they leave or are withdrawn (declined): "Finland says its troops
// are being withdrawn", "his country's troops will be pulled out".
func (a *analysis) ownPronounFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.start-1 < s.start {
		return frame{}, false
	}
	p := q.start - 1
	var owner []actorMention // "Latvia's troops": the owner named
	// "his country's troops", "Latvia's troops": the "s" may be read
	// into the troops
	if a.lw(q.start) == "s" && isApostropheText(a.tx(p)) && p-1 >= s.start {
		switch n := a.actorEndingAt(p-1, s); {
		case q.num != nil:
			return frame{}, false
		case a.lw(p-1) == "country" && p-2 >= s.start:
			p -= 2
		case n >= 0 && a.actors[n].end == p && len(a.actors[n].code) == 2:
			owner = []actorMention{a.actors[n]}
			p = a.actors[n].start
		default:
			return frame{}, false
		}
	}
	if w := a.lw(p); owner == nil && w != "its" && w != "their" && (w != "his" && w != "her" || p == q.start-1) {
		return frame{}, false
	}
	k := q.end
	// (passive auxiliaries of the unnumbered: "are being withdrawn")
	for k < s.end && k < q.end+4 && (a.has(k, cSubjectFollower, cIrrealis, cPassiveAux) || a.lw(k) == "being" || a.lw(k) == "be" || strings.HasSuffix(a.lw(k), "ly")) {
		k++
	}
	if k == q.end || k >= s.end {
		return frame{}, false
	}
	var forced news.Status
	anchor := span{k, k + 1}
	switch a.lw(k) {
	case "leave", "leaving", "left", "depart", "departing", "exit", "return", "returning":
		forced = news.StatusDeclined
	default:
		m, ok := a.longest(k, s.end, cTrigger, cDeliveryPast, cDeclined, cPresence)
		if !ok {
			return frame{}, false
		}
		anchor = span{m.start, m.end}
		if q.num == nil && withdrawnWord(a.lw(k)) {
			forced = news.StatusDeclined
		}
	}
	if q.num == nil && (forced != news.StatusDeclined || a.pastWithYear(q.end, k, s)) {
		// "its troops will stay": no count, no line; "its troops were
		// withdrawn in 2014": history
		return frame{}, false
	}
	if owner != nil {
		return frame{actors: owner, anchor: anchor, rule: ruleActive, name: ruleTroopsOwnerLeaves, window: span{p, anchor.end},
			conf: 0.55, forced: forced}, true
	}
	actors, ok := a.resolvePronoun(p, s)
	if !ok || len(actors[0].code) != 2 {
		return frame{}, false
	}
	if q.num != nil || a.lw(p) != "their" {
		actors = actors[:1] // (troops without a number: one line each)
	}
	return frame{actors: actors, anchor: anchor, rule: rulePronoun, name: ruleTroopsOwnPronoun, window: span{p, anchor.end},
		conf: 0.55, forced: forced, anaphor: span{p, p + 1}}, true
}

// withdrawnWord reports whether w, after troops and their auxiliaries,
// takes them away: "withdrawn", "pulled", "recalled", "brought".
func withdrawnWord(w string) bool {
	switch w {
	case "withdrawn", "withdrawing", "withdraw", "pull", "pulls", "pulled", "pulling", "recalled", "repatriated", "brought", "reduced", "cut":
		return true
	}
	return false
}

// pastWithYear reports whether the auxiliaries between tokens from and to
// are past ("were", "was", "had") in a sentence with a year: "its troops
// were withdrawn in 2014" tells history.
func (a *analysis) pastWithYear(from, to int, s span) bool {
	past := false
	for k := from; k < to; k++ {
		switch a.lw(k) {
		case "was", "were", "had":
			past = true
		}
	}
	if !past {
		return false
	}
	for k := s.start; k < s.end; k++ {
		if a.isYear(k) {
			return true
		}
	}
	return false
}
