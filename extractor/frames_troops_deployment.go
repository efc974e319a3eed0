package extractor

// A deployment without a count as the object of a verb of commitment or
// of weighing: "Sweden is weighing a deployment to the mission".

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsDeployment names a frame on a bare deployment noun.
const ruleTroopsDeployment = "troops.deployment"

// deploymentFrames reads a bare "deployment" (or "deployments") right
// after a verb of commitment or weighing and its article ("is weighing a
// deployment to the mission", "approved the deployment to Lithuania",
// "is considering a possible deployment") as troops without a number of
// the verb's country subject. Not a deployment of something named ("the
// deployment of Patriot systems", "of 300 troops": other frames), a naval
// or air deployment, a deployment owned by another ("Russia's
// deployment"), or one after a verb of opposing (a decline of someone
// else's troops is no refusal of one's own).
func (a *analysis) deploymentFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cTriggerNoun) == 0 {
			continue
		}
		for k := s.start + 1; k < s.end; k++ {
			if w := a.lw(k); w != "deployment" && w != "deployments" {
				continue
			}
			if k+1 < s.end && a.lw(k+1) == "of" || a.quantityIn(span{k - 2, k + 2}, si) {
				continue // "the deployment of Patriot systems", "troop deployment"
			}
			// back over adjectives and an article to the verb
			v := k - 1
			for n := 0; v > s.start && n < 3; n++ {
				w := a.lw(v)
				if w == "naval" || w == "air" || w == "maritime" || w == "missile" || w == "nuclear" || a.lw(v) == "s" {
					v = -1 // "a naval deployment", "Russia's deployment"
					break
				}
				if w != "a" && w != "an" && w != "the" && w != "possible" && w != "potential" && w != "new" && w != "further" &&
					w != "additional" && w != "military" && w != "its" && w != "their" && w != "larger" && w != "bigger" {
					break
				}
				v--
			}
			if v <= s.start || v == k-1 || !a.has(v, cTrigger, cConsidering) || a.has(v, cDeclined) {
				continue
			}
			f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun || len(f.actors[0].code) != 2 && f.actors[0].code != "NATO" {
				continue
			}
			if a.hostSubject(f.actors[0].code, k+1, s) {
				continue // "Lithuania approved the deployment to Lithuania": the host
			}
			f.name, f.conf = ruleTroopsDeployment, min(f.conf, 0.55)
			f.window = span{f.window.start, k + 1}
			q := quantity{span: span{k, k + 1}, kind: news.KindTroops, sent: si}
			emit(f, q, q.item)
		}
	}
}

// hostSubject reports whether the first country named after token k in
// s, after "to", "in" or "on", is code: the deployment goes to the
// subject's own country ("to Latvia", "on its territory"), so the
// subject hosts it.
func (a *analysis) hostSubject(code string, k int, s span) bool {
	for j := k; j+1 < s.end && j < k+4; j++ {
		if w := a.lw(j); w != "to" && w != "in" && w != "on" {
			continue
		}
		if w := a.lw(j + 1); w == "its" || w == "their" || w == "our" {
			return true // "the deployment on its territory"
		}
		for _, am := range a.actorsNear(j+1, j+4) {
			if am.start > j && am.start <= j+3 && am.end <= s.end && len(am.code) == 2 {
				return am.code == code
			}
		}
		return false
	}
	return false
}

// peacekeepingAfter returns the span of "peacekeeping" (and a noun of
// operations after it: "missions", "operations", "efforts") right after
// a verb of taking part v: "Kenya has participated in peacekeeping in
// Africa". joinsForce reads it as troops. A concessive clause ("While
// X has participated in peacekeeping, …") is background and gives none.
func (a *analysis) peacekeepingAfter(v match, s span) (span, bool) {
	switch w := a.lw(v.start); {
	case strings.HasPrefix(w, "particip"), w == "take" || w == "takes" || w == "took" || w == "taking" || w == "taken":
	default:
		return span{}, false
	}
	// "While Kenya has participated in peacekeeping, …": background to
	// the main clause, no commitment
	for j := s.start; j < v.start; j++ {
		if a.has(j, cClauseBreak) {
			return span{}, false
		}
	}
	k := v.end
	if k < s.end && (a.lw(k) == "the" || a.lw(k) == "un" || a.lw(k) == "international") {
		k++
	}
	if k >= s.end || !strings.HasPrefix(a.lw(k), "peacekeeping") {
		return span{}, false
	}
	end := k + 1
	if end < s.end {
		switch a.lw(end) {
		case "missions", "operations", "efforts", "mission", "operation":
			end++
		}
	}
	// "peacekeeping training", "peacekeeping exercises": another noun
	if end < s.end && a.toks[end].kind == tWord && !a.has(end, cLocPrep, cClauseBreak) && a.lw(end) != "and" && a.lw(end) != "since" {
		return span{}, false
	}
	return span{k, end}, true
}
