package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Troop ceilings: a parliament's or government's cap on a country's
// troops abroad is the number it pledges ("has imposed a limit of 50
// soldiers", "raising the upper limit to 600, from 450"). Also here: the
// passive of a mission's work done by troops (troops.work-by), the
// members of a joint troop total (troops.joint-member), missions named by
// their acronym (troops.mission-acronym), troops of a country sent by an
// alliance (troops.org-owner) and the mission words of bare counts.

// ruleTroopsCeiling names a frame on a troop ceiling set by a country.
const ruleTroopsCeiling = "troops.ceiling"

// ceilingNounBefore returns the index of the noun "limit", "cap",
// "ceiling" or "maximum" that a count at token i sizes ("a limit of 50
// soldiers", "the upper limit to 600", "a cap at 40", "a ceiling of up to
// 300"), or -1. A measure before the noun ("the age limit", "a speed
// limit") is no ceiling on troops.
func (a *analysis) ceilingNounBefore(i int, s span) int {
	k := i - 1
	for k > s.start && (a.lw(k) == "up" && a.lw(k+1) == "to" || a.lw(k) == "to" && k+1 < i && a.lw(k-1) == "up" || a.has(k, cQualifier)) {
		k--
	}
	if k <= s.start {
		return -1
	}
	switch a.lw(k) {
	case "of", "to", "at":
	default:
		return -1
	}
	k--
	switch a.lw(k) {
	case "limit", "cap", "ceiling", "maximum":
	default:
		return -1
	}
	if k > s.start && measureWord(a.lw(k-1)) {
		return -1
	}
	return k
}

// troopCeiling reports whether the bare number p is a troop ceiling
// (see ceilingNounBefore) that ends its clause, in a sentence that speaks
// of a deployment ("raising the upper limit to 600, from 450"): troops
// named before (troops is true) or a word of a deployment.
func (a *analysis) troopCeiling(p numPhrase, s span, troops bool) bool {
	if p.end < s.end && a.toks[p.end].kind != tPunct && a.lw(p.end) != "from" && !a.has(p.end, cLocPrep) {
		return false
	}
	if a.ceilingNounBefore(p.start, s) < 0 {
		return false
	}
	if troops {
		return true
	}
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "deployment", "deployments", "contingent", "contingents", "mandate", "mandates", "troops", "soldiers", "personnel":
			return true
		}
	}
	return false
}

// ceilingFrame matches a ceiling on a country's troops set by a verb of
// decision: "Lithuania's parliament has imposed a limit of 50 soldiers",
// "set a cap of 40 troops", "raised the ceiling for its contingent to 250
// soldiers", "raising the upper limit to 600". The subject of the verb
// commits the troops; a ceiling is a pledge, not a deployment.
func (a *analysis) ceilingFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	n := a.ceilingNounBefore(q.start, s)
	if n < 0 {
		return frame{}, false
	}
	k := n - 1
	for k > s.start && n-k <= 4 {
		switch a.lw(k) {
		case "upper", "new", "troop", "troops", "personnel", "overall", "legal", "a", "an", "the", "its", "their":
			k--
			continue
		}
		break
	}
	if k < s.start || !ceilingVerb(a.lw(k)) {
		return frame{}, false
	}
	return a.verbSubjectFrame(k, q, s, verbSubject{name: ruleTroopsCeiling, forced: news.StatusPledged})
}

// ceilingVerb reports whether w is a form of a verb that sets or changes
// a ceiling.
func ceilingVerb(w string) bool {
	switch w {
	case "impose", "imposes", "imposed", "imposing", "set", "sets", "setting",
		"raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting",
		"increase", "increases", "increased", "increasing", "approve", "approves", "approved", "approving",
		"fix", "fixes", "fixed", "fixing", "adopt", "adopts", "adopted", "adopting",
		"put", "puts", "putting", "agree", "agreed", "agrees", "extend", "extends", "extended", "extending":
		return true
	}
	return false
}

// measureWord reports whether w names a measure that a limit or a rise
// "to N" may size instead of a head count ("the age limit", "a speed
// limit", "the retirement age").
func measureWord(w string) bool {
	switch w {
	case "age", "speed", "time", "term", "weight", "debt", "spending", "price", "budget", "retirement":
		return true
	}
	return false
}

// ruleTroopsWorkBy names troops that name their country as the agent of a
// passive of work done.
const ruleTroopsWorkBy = "troops.work-by"

// workVerbStart returns the first token of the verb of work at k: "carried"
// for the "out" of "carried out", else k.
func (a *analysis) workVerbStart(k int) int {
	if a.lw(k) == "out" {
		return k - 1
	}
	return k
}

// workDoneBy reports whether the verb of work at token k ("completed",
// "conducted", "performed", "carried out"), followed by "by", is a
// passive whose subject in its clause is a mission's work ("the mission
// tasks were completed by", "patrols will be carried out by", "the
// training was conducted by"): the troops of the agent did it. An attack,
// a raid or a survey is no mission's work.
func (a *analysis) workDoneBy(k int, s span) bool {
	if k+1 >= s.end || a.lw(k+1) != "by" {
		return false
	}
	v := a.workVerbStart(k)
	if a.lw(k) == "out" && a.lw(v) != "carried" {
		return false
	}
	for j := v - 1; j >= s.start && v-j <= 8; j-- {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak) {
			return false
		}
		switch a.lw(j) {
		case "mission", "missions", "task", "tasks", "patrol", "patrols", "patrolling", "training", "trainings",
			"duties", "duty", "work", "exercise", "exercises", "deployment", "rotation", "demining", "monitoring":
			return true
		}
	}
	return false
}

// ceilingBefore reports whether "limit", "cap" or "ceiling" comes within
// eight tokens before token i in its clause: the count at i is a ceiling.
func (a *analysis) ceilingBefore(i int, s span) bool {
	for j := i - 1; j >= s.start && i-j <= 8; j-- {
		if a.tx(j) == ";" || a.has(j, cClauseBreak) {
			return false
		}
		switch a.lw(j) {
		case "limit", "cap", "ceiling":
			return true
		}
	}
	return false
}

// ruleTroopsJointMember names the line of one country of a joint troop
// total.
const ruleTroopsJointMember = "troops.joint-member"

// jointMembers emits, after the group line of a joint troop total
// (jointTroops: "a unit of 270 troops from Albania, Bulgaria and Greece",
// "Indonesia, Malaysia and Brunei prepared to send over 2,000 troops"),
// one line without a number for each country of the group: each sends
// troops, and the total is no country's own. Groups that are no list of
// countries ("29 NATO and partner countries") give none.
func (a *analysis) jointMembers(f frame, q *quantity, emit func(frame, quantity, string)) {
	if f.name != ruleTroopsJoint || len(f.actors) != 1 || q.sent < 0 || q.sent >= len(a.sents) {
		return
	}
	g := f.actors[0]
	s := a.sents[q.sent]
	part := *q
	part.num = nil
	for _, am := range a.actorsOf(s) {
		if am.start < g.start || am.end > g.end || len(am.code) != 2 {
			continue
		}
		m := f
		m.actors = []actorMention{am}
		m.name = ruleTroopsJointMember
		m.conf -= 0.1
		emit(m, part, q.item)
	}
}

// ruleMissionAcronym names the size of a mission named by its acronym.
const ruleMissionAcronym = "troops.mission-acronym"

// missionAcronymSubject returns the owner of a mission named by its
// acronym ("KFOR", "EUFOR": lexicon/agencies.yaml) that opens the clause
// right before the link verb at v, past "currently", "now" or "still":
// "KFOR currently includes more than 4,500 troops". Not after a modal or
// a negation (the verb must follow the adverbs directly).
func (a *analysis) missionAcronymSubject(v int, s span) (actorMention, bool) {
	k := v - 1
	for k > s.start && (a.lw(k) == "currently" || a.lw(k) == "now" || a.lw(k) == "still") {
		k--
	}
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].end != k+1 || a.actors[n].start != a.clauseStart(k, s) {
		return actorMention{}, false
	}
	am := a.actors[n]
	if am.code != "NATO" && am.code != "EU" || am.end-am.start != 1 {
		return actorMention{}, false
	}
	switch a.tx(am.start) {
	case "KFOR", "ISAF", "EUFOR", "EUTM", "EUNAVFOR", "EUCAP":
		return am, true
	}
	return actorMention{}, false
}

// ruleTroopsOrgOwner names troops of a country deployed by an alliance or
// the EU.
const ruleTroopsOrgOwner = "troops.org-owner"

// orgTroopsOwner gives troops that name their country to that country
// when the subject of the verb is an alliance or the EU (or one of their
// missions): "KFOR strengthened its presence by deploying 500 Turkish
// soldiers", "NATO will deploy 300 Polish troops" are Turkey's and
// Poland's. Other frames are returned unchanged.
func (a *analysis) orgTroopsOwner(f frame, q *quantity, s span) frame {
	if q.kind != news.KindTroops || len(f.actors) != 1 || f.actors[0].code != "NATO" && f.actors[0].code != "EU" {
		return f
	}
	am, ok := a.troopOwner(q, s)
	if !ok || len(am.code) != 2 || am.code == "EU" {
		return f
	}
	f.actors = []actorMention{am}
	f.name = ruleTroopsOrgOwner
	return f
}

// missionWord reports whether w names a peacekeeping or military mission.
func missionWord(w string) bool {
	switch w {
	case "mission", "missions", "operation", "operations", "force":
		return true
	}
	return false
}

// missionWithin returns the index of a mission word (missionWord) within
// n tokens from k, before any punctuation or clause break, or -1: "the
// UN's Cyprus mission".
func (a *analysis) missionWithin(k int, s span, n int) int {
	for j := k; j < s.end && j < k+n; j++ {
		if a.toks[j].kind == tPunct && !strings.HasPrefix(a.tx(j), "'") && !strings.HasPrefix(a.tx(j), "’") || a.has(j, cClauseBreak) {
			return -1
		}
		if missionWord(a.lw(j)) {
			return j
		}
	}
	return -1
}

// presentWord reports whether w places a level in the present: "900
// today", "900 now", "900 currently".
func presentWord(w string) bool {
	switch w {
	case "now", "today", "currently", "presently", "at":
		return true
	}
	return false
}
