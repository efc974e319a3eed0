package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A mission or an operation that the actor set going in the past is in
// place: "The EU launched the naval mission", "Poland stepped in to
// monitor the airspace", "the United States stepped up its presence to 10 jets", "the EU has
// mobilised 27 rescue teams". The verbs say that the actor acted, not
// that it promised: delivered.

// ruleStatusPastAction marks a line made delivered by a past verb of
// setting an operation going (pastAction).
const ruleStatusPastAction = "status.past-action"

// pastAction reports whether frame f's anchor, for quantity q, opens with a past form
// of a verb of setting an operation going ("launched", "stepped in",
// "stepped up", "mobilised", "mobilized", "conducted", "carried out",
// "took over", "assumed command"; not a verb of joining, which promises:
// "rejoined the mission"), for a line of troops, equipment or support
// (not money: "stepped in with $5 million"), finite (not after "to",
// a modal, "be" or "being", and no modal or condition in the window
// before it) and with the actor before it: the operation is under way.
// It returns the cue.
func (a *analysis) pastAction(f *frame, q *quantity) (string, bool) {
	k := f.anchor.start
	if f.rule == rulePassive || q.kind == news.KindMoney || len(f.actors) == 0 || k < 1 || k >= len(a.toks) || f.actors[0].start > k {
		return "", false
	}
	next := ""
	if k+1 < len(a.toks) {
		next = a.lw(k + 1)
	}
	switch a.lw(k) {
	case "launched", "mobilised", "mobilized", "conducted":
	case "stepped":
		// "stepped in to monitor", "stepped up its presence"; not "stepped
		// in with $5 million" (a sum offered)
		if next != "in" && next != "up" || k+2 < len(a.toks) && a.lw(k+2) == "with" {
			return "", false
		}
	case "carried":
		if next != "out" {
			return "", false
		}
	case "took":
		if next != "over" && next != "command" {
			return "", false
		}
	case "assumed":
		if next != "command" && next != "the" {
			return "", false
		}
	default:
		return "", false
	}
	prev := k - 1
	for prev > f.window.start && (a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "then" || a.lw(prev) == "now" || hasLySuffix(a.lw(prev))) {
		prev--
	}
	switch a.lw(prev) {
	case "to", "be", "being", "been", "is", "are", "was", "were", "not", "never":
		return "", false // "plans to launch", "the mission was launched …" (read elsewhere), "has not launched"
	}
	if a.irrealis(f.window.start, k) {
		return "", false
	}
	return a.tx(k), true
}
