package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Teams and assets a country sends to a mission, and missions handed over
// from one country to another: support lines whose giver stands inside
// the noun phrase ("air detachments from Italy are contributing to the
// rotation", "a Danish training team will train …") or after "from" in a
// handover ("Hungary will take over the air policing duties from
// Poland").

// ruleMissionTeam names the support of a team or detachment whose country
// is named in its own noun phrase, by a demonym or a "from" phrase, and
// that a verb after the phrase sends, deploys or sets to work.
const ruleMissionTeam = "frame.mission-team"

// ruleHandover names the support of a country that hands a mission over
// to another: the one it is taken over from has been providing it.
const ruleHandover = "frame.mission-handover"

// missionTeam reads support q of sentence s when q is a team or a
// detachment ("air detachment", "training team", "a team of trainers")
// whose country is a demonym right before or inside it ("a Danish air
// detachment") or the list after "from" right after it ("air detachments
// from Italy and Belgium"), and a verb group follows the phrase within
// three tokens ("are contributing", "will train", "arrived"). The status
// is the verb's; "arrived", "landed" and a present progressive ("are
// contributing", "is serving": a team at work) and a perfect ("has been
// deployed") are delivered. A country after
// "from" that is received from ("received a team from Spain") is
// supportFrom's.
func (a *analysis) missionTeam(q *quantity, s span) (frame, bool) {
	if !a.teamNoun(q) {
		return frame{}, false
	}
	var actors []actorMention
	after := q.end // the first token after the noun phrase and its giver
	if q.end+1 < s.end && a.lw(q.end) == "from" {
		for _, am := range a.listAt(q.end+1, s) {
			if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && !a.modifiesGroup(am, s) {
				actors = append(actors, am)
			}
		}
		if len(actors) > 0 {
			after = actors[len(actors)-1].end
		}
	}
	if len(actors) == 0 {
		actors = a.carrierFrom(q, s) // "a plane from the US carrying a rescue team"
	}
	if len(actors) == 0 {
		for j := max(s.start, q.start-2); j < q.end; j++ {
			for _, m := range a.ann[j] {
				if m.class == cDemonym && len(m.value) == 2 {
					actors = []actorMention{{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}}
				}
			}
		}
		// "Danish and Dutch instructors": the coordinated demonyms before it
		if len(actors) == 1 {
			actors = a.coordinatedDemonyms(actors[0], s)
		}
	}
	if len(actors) == 0 {
		return frame{}, false
	}
	if after < s.end && (a.lw(after) == "members" || a.lw(after) == "staff") {
		after++ // "training team members are engaged …"
	}
	// "instructors training Ukrainian pilots": the phrase took the
	// participle as a support noun; the team is at work
	if after-1 > q.start && a.lw(after-1) == "training" && after == q.end && a.teamAtWork(after-1, s) &&
		!a.has(after, cIrrealis, cPassiveAux, cPerfectAux, cLocPrep) {
		return frame{actors: actors, anchor: span{after - 1, after}, rule: ruleMissionTeam,
			window: span{q.start, after}, conf: 0.5, forced: news.StatusDelivered}, true
	}
	// the verb group of the phrase: an auxiliary or a verb of sending,
	// joining or helping, after at most two adverbs ("are also contributing")
	for j := after; j < s.end && j < after+3; j++ {
		w := a.lw(j)
		if w == "also" || w == "already" || w == "now" || w == "currently" {
			continue
		}
		switch w {
		case "arrived", "landed":
			return frame{actors: actors, anchor: span{j, j + 1}, rule: ruleMissionTeam,
				window: span{q.start, j + 1}, conf: 0.55, forced: news.StatusDelivered}, true
		}
		// "Danish instructors training Ukrainian pilots": a team at work
		// (a reduced relative, frames_support_vocab.go)
		if a.teamAtWork(j, s) {
			return frame{actors: actors, anchor: span{j, j + 1}, rule: ruleMissionTeam,
				window: span{q.start, j + 1}, conf: 0.5, forced: news.StatusDelivered}, true
		}
		if !a.has(j, cIrrealis, cPassiveAux, cPerfectAux, cTrigger, cJoinVerb, cSupportMain, cDeliveryPast) || w == "to" || w == "not" || w == "if" {
			return frame{}, false
		}
		end := j + 1
		for end < s.end && end < j+4 && (a.has(end, cPassiveAux, cPerfectAux) || a.lw(end) == "also" || a.lw(end) == "be") {
			end++ // the auxiliaries of the verb group: "will be deployed", "are also contributing"
		}
		if end < s.end && a.toks[end].kind == tWord && !a.has(end, cStop) && (end > j+1 || a.has(j, cIrrealis, cPassiveAux, cPerfectAux)) {
			end++ // its main verb
		}
		f := frame{actors: actors, anchor: span{j, end}, rule: ruleMissionTeam,
			window: span{q.start, end}, conf: 0.5}
		if (w == "is" || w == "are") && inPlaceParticiple(a.lw(end-1)) {
			f.forced = news.StatusDelivered // "are contributing to the rotation", "are engaged in": in place
		}
		if (w == "has" || w == "have") && end > j+1 && strings.HasSuffix(a.lw(end-1), "ed") {
			f.forced = news.StatusDelivered // "has been deployed": in place
		}
		if (w == "was" || w == "were") && end > j+1 && a.has(end-1, cDeliveryPast) {
			f.forced = news.StatusDelivered // "a team of medical experts was sent": a past sending
		}
		if a.ownTrainees(end, s, actors) {
			return frame{}, false // "Moldovan instructors trained Moldovan recruits": its own
		}
		return f, true
	}
	return frame{}, false
}

// ownTrainees reports whether the object that starts at token j (or
// after an article) is named by a demonym of one of actors: trainees of
// the team's own country.
func (a *analysis) ownTrainees(j int, s span, actors []actorMention) bool {
	for i := j; i < s.end && i < j+2; i++ {
		for _, m := range a.ann[i] {
			if m.class == cDemonym && m.start == i && slices.ContainsFunc(actors, func(am actorMention) bool { return am.code == m.value }) {
				return true
			}
		}
	}
	return false
}

// inPlaceParticiple reports whether w, after "is" or "are", shows a team
// at work: a present participle ("contributing", "serving") or a
// participle of state ("engaged", "deployed", "stationed"); not a plan
// ("going", "expected", "set", "due", "scheduled", "planned").
func inPlaceParticiple(w string) bool {
	switch w {
	case "going", "expected", "set", "due", "scheduled", "planned", "ready", "prepared", "being", "to":
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// carrierFrom reads the giver of a team carried by a vehicle from a
// country: "a plane from the US carrying a search and rescue team". The
// carrying verb stands right before q (an article or a count such as
// "161-member" between);
// "from" and the country list end right before the verb.
func (a *analysis) carrierFrom(q *quantity, s span) []actorMention {
	k := q.start - 1
	for k > s.start && k >= q.start-5 && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "the" || a.toks[k].kind == tNum ||
		a.tx(k) == "-" || a.lw(k) == "member" || a.lw(k) == "strong" || strings.HasSuffix(a.lw(k), "-member")) {
		k--
	}
	if k <= s.start {
		return nil
	}
	switch a.lw(k) {
	case "carrying", "transporting", "carried":
	default:
		return nil
	}
	for j := k - 1; j > s.start && j >= k-5; j-- {
		if a.lw(j) != "from" {
			continue
		}
		var actors []actorMention
		for _, am := range a.listAt(j+1, s) {
			if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && !a.modifiesGroup(am, s) {
				actors = append(actors, am)
			}
		}
		if len(actors) > 0 && actors[len(actors)-1].end == k {
			return actors
		}
		return nil
	}
	return nil
}

// teamNoun reports whether support q names a team or a detachment of
// people: "air detachment", "training team", "rescue teams", "rescue
// personnel".
func (a *analysis) teamNoun(q *quantity) bool {
	for j := q.start; j < q.end; j++ {
		switch a.lw(j) {
		case "team", "teams", "detachment", "detachments", "trainers", "instructors", "personnel":
			return true
		}
	}
	return false
}

// handoverFrames finds missions taken over from a country: "Hungary will
// take over the air policing duties from Poland", "… to take over from
// Poland NATO's air policing mission". The country after "from" has been
// providing the mission (a delivered support line); the subject's own
// line is the join frame's, or this frame's when the mission comes after
// the "from" phrase.
func (a *analysis) handoverFrames(emit func(frame, quantity, string)) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cJoinVerb) == 0 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if a.cls[k]&(1<<cJoinVerb) == 0 || k+1 >= s.end || a.lw(k+1) != "over" {
				continue
			}
			switch a.lw(k) {
			case "take", "takes", "took", "taken", "taking":
			default:
				continue
			}
			v, ok := a.longest(k, s.end, cJoinVerb)
			if !ok {
				continue
			}
			a.handover(si, s, v, emit)
			k = v.end - 1
		}
	}
}

// handover emits the lines of one "take over … from X" at join verb v of
// sentence si: X delivered, and the subject when the mission follows the
// "from" phrase (the join frame misses it there).
func (a *analysis) handover(si int, s span, v match, emit func(frame, quantity, string)) {
	from := -1
	for j := v.end; j < s.end && j < v.end+8; j++ {
		if a.lw(j) == "from" {
			from = j
			break
		}
		if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) || a.has(j, cClauseBreak) {
			return
		}
	}
	if from < 0 {
		return
	}
	var givers []actorMention
	for _, am := range a.listAt(from+1, s) {
		if am.end < s.end && isApostropheText(a.tx(am.end)) {
			break // "from Poland NATO's air policing duties": the owner of the mission
		}
		if len(am.code) == 2 || am.code == "EU" || am.code == "NATO" {
			givers = append(givers, am)
		}
	}
	if len(givers) == 0 {
		return
	}
	last := givers[len(givers)-1].end
	op, before := a.operationAfter(v.end, s)
	if !before {
		op, before = a.supportAfterJoin(v.end, si) // "take over air policing duties from X"
	}
	if !before {
		var ok bool
		owner := last // past the mission's owner: "from Poland NATO's air policing duties"
		for owner < s.end && owner < last+4 && (a.actorAt[owner] >= 0 || isApostropheText(a.tx(owner)) || a.lw(owner) == "s") {
			owner++
		}
		if op, ok = a.operationAfter(last, s); !ok {
			if op, ok = a.supportAt(owner, si); !ok {
				return
			}
		}
	}
	item := a.text[a.toks[op.start].start:a.toks[op.end-1].end]
	q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si, item: item}
	emit(frame{actors: givers, anchor: span{from, from + 1}, rule: ruleHandover,
		window: span{v.start, max(last, op.end)}, conf: 0.5, forced: news.StatusDelivered}, q, item)
	if before {
		return // the join frame reads the subject
	}
	f, ok := a.subjectFrame(v, s)
	if !ok || f.rule != ruleActive && f.rule != rulePronoun {
		return
	}
	f.rule, f.conf = ruleHandover, 0.5
	f.window = span{f.window.start, op.end}
	emit(f, q, item)
}

// supportAt finds the support quantity of sentence si that holds token
// k, an article at k skipped, and returns its span from k on: "(the) air
// policing duties".
func (a *analysis) supportAt(k, si int) (span, bool) {
	s := a.sents[si]
	if k < s.end && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an") {
		k++
	}
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindSupport && q.start <= k && k < q.end && !genericSupport(a.lw(k)) {
			return span{k, q.end}, true
		}
	}
	return span{}, false
}
