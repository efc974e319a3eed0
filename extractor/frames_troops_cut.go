package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Cuts of a troop level said with bare numbers after a verb of
// reduction: "has reduced its deployment in Iraq from 800 to 650"
// (troopCutFrames, rule frame.troops-cut) give the size of the cut,
// declined, or considering after a hedge (cutStatus); the owner is read
// around the verb (cutOwnerFrame, troopWord).

// ruleTroopsCutFrame names a frame on a cut of a troop level said with
// bare numbers: "has reduced its deployment in Iraq from 800 to 650".
const ruleTroopsCutFrame = "frame.troops-cut"

// troopCutFrames finds cuts of a troop contribution after a verb of
// reduction and "from A to B" or "by N to B", where B is a bare number
// or troops no other frame reads: "Britain has reduced its deployment in
// Iraq from 800 to 650", "the British contingent was cut from 800 to 650
// soldiers", "will reduce its presence by 200 to 600". The line is the
// size of the cut (A−B, or N), declined; the committer is found as for a
// new total (totalOwnerFrame). With a hedge the cut is considering; a
// negation gives no line.
func (a *analysis) troopCutFrames(emit func(frame, quantity, string), lastTroops func(si int) (actorMention, bool)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cTroopNoun|1<<cTriggerNoun|1<<cPresence) == 0 {
			continue // nothing that counts troops
		}
		for k := s.start + 1; k < s.end; k++ {
			if !reductionVerb(a.lw(k)) {
				continue
			}
			q, to, ok := a.levelTo(k, s, si, false, a.troopWord) // "cut … to 300 troops", "the deployment will be reduced to 300"
			if !ok {
				continue
			}
			ch, ok := a.troopChange(&q)
			if !ok || !ch.reduce || ch.counted {
				continue
			}
			f, ok := a.cutOwnerFrame(k, to, s, si, lastTroops)
			if !ok {
				continue
			}
			st, ok := a.cutStatus(k, s)
			if !ok {
				continue
			}
			f.forced = st
			f.rule = ruleTroopsCutFrame
			a.troopChangeLines(f, &q, emit)
			k = q.end - 1
		}
	}
}

// cutStatus returns the status of a cut whose verb is at v: considering
// after a hedge ("could reduce"), else declined; false after a negation
// ("will not reduce"), which gives no line.
func (a *analysis) cutStatus(v int, s span) (news.Status, bool) {
	cs := a.clauseStart(v, s)
	for k := max(cs, v-4); k < v; k++ {
		switch a.lw(k) {
		case "not", "never", "no", "n't", "refused", "rejected":
			return "", false
		}
		if a.has(k, cConsidering) {
			return news.StatusConsidering, true
		}
	}
	return news.StatusDeclined, true
}

// troopWord reports whether token k names troops or a deployment:
// a troop noun, "deployment", "presence", "contingent", "force".
func (a *analysis) troopWord(k int) bool {
	switch a.lw(k) {
	case "deployment", "deployments", "presence", "contingent", "contingents", "force", "forces", "garrison":
		return true
	}
	return a.has(k, cTroopNoun)
}

// cutOwnerFrame finds whose troops a cut at verb v lowers, "to" at token
// to: a possessive or demonym right before a troop word (within three
// words) in the clause ("Britain's deployment", "the British contingent",
// "its troops" after a country subject), else the country subject of the
// verb, else the committer of the troop line before (lastTroops). A
// country named as a place or owning something else ("Lebanon's main
// port") is no owner.
func (a *analysis) cutOwnerFrame(v, to int, s span, si int, lastTroops func(si int) (actorMention, bool)) (frame, bool) {
	cs := a.clauseStart(v, s)
	f := frame{anchor: span{v, v + 1}, rule: ruleTroopsCutFrame, window: span{cs, to}, conf: 0.6}
	owns := func(end int) bool {
		for j := end; j < to && j <= end+3; j++ {
			if a.troopWord(j) {
				return true
			}
		}
		return false
	}
	for _, am := range a.actorsNear(cs, to) {
		if am.start < cs || am.end > to || am.sent != si || len(am.code) != 2 || a.afterLocPrep(am.start, s) {
			continue
		}
		if e, ok := a.isPossessive(am.end, to); ok && owns(e) {
			f.actors = []actorMention{am}
			return f, true
		}
	}
	for k := cs; k < to; k++ {
		if d, ok := a.longest(k, to, cDemonym); ok && !a.afterLocPrep(k, s) && owns(d.end) {
			f.actors = []actorMention{{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: si}}
			return f, true
		}
	}
	if sub, ok := a.subjectFrame(match{start: v, end: v + 1}, s); ok && sub.rule == ruleActive && len(sub.actors) > 0 &&
		len(sub.actors[0].code) == 2 && !strings.HasPrefix(sub.actors[0].code, "group:") {
		f.actors, f.window.start = sub.actors, min(f.window.start, sub.window.start)
		return f, true
	}
	if am, ok := lastTroops(si); ok {
		f.actors, f.conf = []actorMention{am}, 0.5
		return f, true
	}
	return frame{}, false
}
