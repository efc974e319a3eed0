package extractor

// Troop frames whose country owns the troops: a country named in the
// troop noun ("500 Turkish soldiers") and the countries after ", followed
// by". Troops owned by a pronoun ("its 1,000 peacekeepers") are read in
// frames_troops_ownpronoun.go.

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the troop frames: frame.* are frame rules of their own,
// troops.* name a frame built on a shared rule (frame.name).
const (
	ruleTroopOwner         = "frame.troop-owner"
	ruleTroopsFrom         = "frame.troops-from"
	ruleTroopsBracket      = "troops.bracket"
	ruleTroopsRespectively = "troops.respectively"
	ruleTroopsThereAre     = "troops.there-are"
	ruleTroopsDisposal     = "troops.disposal"
	ruleTroopsRanked       = "troops.ranked"
	ruleTroopsOwnPronoun   = "troops.own-pronoun"
	ruleTroopsFollowedBy   = "troops.followed-by"
	ruleTroopsJoint        = "troops.joint-total"
	ruleTroopsOwnerLeaves  = "troops.owner-leaves"
)

// ownersMemo is the last answer of troopOwners: the quantity's span,
// sentence and whether it has a number, the sentence span asked and the
// owners found. It is used only while on (the mentions are complete).
type ownersMemo struct {
	on, ok bool
	q      span
	sent   int
	num    bool
	s      span
	out    []actorMention
}

// troopOwners returns the countries that troops q name inside their noun
// phrase: a demonym, a country or an armed force ("500 Turkish soldiers",
// "700 Bundeswehr soldiers", "10,000 U.S. troops"), with demonyms
// coordinated before it ("Japanese and Croatian soldiers"); else the
// owner before them ("Guatemala's 150 soldiers"). Callers do not change
// the slice returned (an answer is shared by the frames that ask again).
func (a *analysis) troopOwners(q *quantity, s span) []actorMention {
	m := &a.owners
	if !m.on {
		return a.troopOwnersOf(q, s)
	}
	if m.ok && m.q == q.span && m.sent == q.sent && m.num == (q.num != nil) && m.s == s {
		return m.out
	}
	out := slices.Clip(a.troopOwnersOf(q, s))
	*m = ownersMemo{on: true, ok: true, q: q.span, sent: q.sent, num: q.num != nil, s: s, out: out}
	return out
}

// troopOwnersOf computes troopOwners.
func (a *analysis) troopOwnersOf(q *quantity, s span) []actorMention {
	var out []actorMention
	// owner adds the country named at token k within lim and returns
	// where it ends, or k
	owner := func(k, lim int) int {
		for _, m := range a.ann[k] {
			// "U.S.-trained troops", "Germany-based troops": a place or a
			// trainer before a hyphen, not the troops' own country
			// (the alliance and the union own counted troops too: "1,000
			// NATO soldiers"; "the NATO force" is a mission's name)
			if (m.class == cDemonym || m.class == cCountry || m.class == cMetonym) && m.end <= lim &&
				(len(m.value) == 2 || q.num != nil && (m.value == "NATO" || m.value == "EU")) &&
				!a.hyphenAfter(m.end, lim) {
				out = append(out, actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent})
				return m.end
			}
		}
		return k
	}
	for k := q.start; k < q.end; k++ {
		if e := owner(k, q.end); e > k {
			k = e - 1
		}
	}
	if len(out) == 1 && out[0].start == q.start && out[0].cls == cDemonym {
		for k := q.start - 1; k-1 >= s.start && (a.lw(k) == "and" || a.tx(k) == ","); k -= 2 {
			if a.lw(k) == "and" && a.tx(k-1) == "," && k-2 >= s.start {
				k-- // "Egyptian, Qatari, and Emirati troops"
			}
			if owner(k-1, k) == k-1 {
				break
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	// "US troops have left", "Spanish soldiers": troops without a number
	// whose country is named right before their noun
	if q.num == nil && q.start > s.start {
		if m, ok := a.longestEndingAt(q.start, s, cDemonym, cCountry); ok {
			return []actorMention{{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent}}
		}
	}
	p := q.start - 2
	if q.num != nil && a.lw(q.start) == "s" && q.start-1 > s.start && isApostropheText(a.tx(q.start-1)) {
		p = q.start - 1 // "Ireland's contingent": the "s" read into the item
	}
	if p-1 >= s.start && isApostropheText(a.tx(p)) && a.lw(p+1) == "s" {
		// (the alliance owns its force too: "NATO's force in Kosovo")
		if n := a.actorEndingAt(p-1, s); n >= 0 && (len(a.actors[n].code) == 2 || a.actors[n].code == "NATO") {
			am := a.actors[n]
			return []actorMention{{span: am.span, code: am.code, cls: am.cls, sent: q.sent}}
		}
	}
	// "Poland, whose 300 soldiers serve in Latvia, …": the country before "whose"
	if w := q.start - 1; q.num != nil && w-2 >= s.start && a.lw(w) == "whose" && a.tx(w-1) == "," {
		if n := a.actorEndingAt(w-2, s); n >= 0 && len(a.actors[n].code) == 2 && a.actors[n].cls != cGroup {
			am := a.actors[n]
			return []actorMention{{span: am.span, code: am.code, cls: am.cls, sent: q.sent}}
		}
	}
	// "150 soldiers of the Malaysian battalion": the unit after "of the"
	if am, ok := a.unitOwnerAfter(q, s); ok {
		return []actorMention{am}
	}
	return nil
}

// troopOwner returns the first country of troopOwners.
func (a *analysis) troopOwner(q *quantity, s span) (actorMention, bool) {
	if owners := a.troopOwners(q, s); len(owners) > 0 {
		return owners[0], true
	}
	return actorMention{}, false
}

// ownerFrame matches troops that name their country, right after a verb
// or a noun of sending whose subject is no country: "the force grew by
// deploying about 500 Turkish soldiers", "after the deployment of 1,000
// Ugandan soldiers", "the withdrawal of 460 Egyptian soldiers"
// (declined). The country of the troops commits them. A noun of
// commitment whose subject is a country is read the same way: "Portugal
// suspended its contribution of 200 troops" (the verb's cue gives the
// status).
func (a *analysis) ownerFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	am, owned := a.troopOwner(q, s)
	k := q.start - 1
	for k > s.start && q.start-k <= 3 && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "last" || a.lw(k) == "remaining" || a.lw(k) == "first" || a.has(k, cQualifier)) {
		k--
	}
	// "the withdrawal of thousands of troops": a count without a number
	if q.num == nil && k-2 > s.start && a.lw(k) == "of" && vagueCount(a.lw(k-1)) && a.lw(k-2) == "of" {
		k -= 2
	}
	if k < s.start {
		return frame{}, false
	}
	f := frame{actors: []actorMention{am}, rule: ruleTroopOwner, conf: 0.65}
	noun := false
	if w := a.lw(q.end - 1); (q.num == nil || owned) && q.end-q.start >= 2 && sendingNounCompound(w) {
		// "ruled out any troop deployment", "approved the troop
		// contribution": the troop noun names what the noun sends;
		// "Germany's 3,000-troop deployment": with its owner
		noun = true
		if w == "withdrawal" || w == "pullout" || w == "drawdown" {
			f.forced = news.StatusDeclined
		}
		f.anchor = span{q.end - 1, q.end}
	} else if a.lw(k) == "of" && k > s.start {
		noun = true
		switch a.lw(k - 1) {
		case "deployment", "deployments", "dispatch", "despatch", "arrival", "sending",
			"contribution", "contributions", "commitment", "pledge", "offer":
		case "withdrawal", "pullout", "pull-out", "departure", "exit", "drawdown", "draw-down", "repatriation", "reduction":
			f.forced = news.StatusDeclined
		default:
			return frame{}, false
		}
		f.anchor = span{k - 1, k + 1}
	} else {
		if !owned || q.num == nil {
			return frame{}, false
		}
		// "will be reinforced by 250 Polish soldiers", "reinforced with"
		if (a.lw(k) == "by" || a.lw(k) == "with") && k-1 > s.start {
			k--
		}
		t, ok := a.triggerBefore(q.start, s, q.start-k+1)
		if !ok || t.end != k+1 {
			// "the battlegroup will include 250 Polish soldiers", "was
			// joined by …", "bolstered by …": a verb of joining
			switch a.lw(k) {
			case "include", "includes", "included", "joined", "bolstered", "strengthened", "augmented", "reinforced":
				t, ok = match{start: k, end: k + 1}, true
			// "the tasks were completed by 200 Spanish service members",
			// "carried out by": a passive of work done by the troops
			// (troops.work-by)
			case "completed", "conducted", "performed", "undertaken", "executed", "accomplished", "out":
				if a.workDoneBy(k, s) {
					t, ok = match{start: k, end: k + 1}, true
					f.name = ruleTroopsWorkBy
					if w := a.lw(a.workVerbStart(k) - 1); w == "was" || w == "were" || w == "been" {
						f.forced = news.StatusDelivered // "were completed by": done
					}
				}
			}
		}
		if !ok || t.end != k+1 {
			return frame{}, false
		}
		f.anchor = span{t.start, t.end}
	}
	// "Germany began the deployment of a brigade": the subject of the
	// clause deploys troops that name no country
	if !owned {
		if !noun {
			return frame{}, false
		}
		g, ok := a.subjectFrame(match{start: f.anchor.start, end: f.anchor.end}, s)
		switch {
		case q.end+1 < s.end && a.lw(q.end) == "by" && len(a.listAt(q.end+1, s)) > 0:
			// "the withdrawal of 2,000 troops by France": the agent after
			f.actors = a.byAgent(q.end+1, s)
		case ok && g.rule == ruleActive:
			f.actors = g.actors
		default:
			// "Germany began the deployment of …": a country opening the
			// clause, whatever its (irregular) verb
			c := a.clauseStart(f.anchor.start, s)
			n := a.actorEndingAt(c, s)
			if n < 0 || a.actors[n].start != c || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym || a.actors[n].reporter {
				return frame{}, false
			}
			f.actors = []actorMention{a.actors[n]}
		}
	}
	// cues of the clause count: "had already strengthened the force by
	// deploying …"; "after the deployment of …" happened
	f.window = span{a.clauseStart(f.anchor.start, s), q.end}
	// "Portugal's deployment of 200 troops to Romania began in March":
	// a noun of sending whose start is told after it
	if noun && f.forced == "" && a.nounBegun(q.end, s) {
		f.forced = news.StatusDelivered
	}
	if f.forced == "" && f.anchor.start > s.start {
		switch a.lw(f.anchor.start - 1) {
		case "after", "following", "since":
			f.forced = news.StatusDelivered
		case "the":
			if p := f.anchor.start - 2; p >= s.start && (a.lw(p) == "after" || a.lw(p) == "following" || a.lw(p) == "since") {
				f.forced = news.StatusDelivered
			}
		}
	}
	return f, true
}

// clauseStart returns the first token of the clause of token k: after the
// last clause break or semicolon before it in s.
func (a *analysis) clauseStart(k int, s span) int {
	for j := k - 1; j >= s.start; j-- {
		if a.has(j, cClauseBreak) || a.tx(j) == ";" {
			return j + 1
		}
	}
	return s.start
}

// followedBy adds the countries after ", followed by" at the end of the
// clause of troops q to frame f: "France withdrew its troops from the
// mission, followed by Egypt" (Egypt withdrew too). A country with its
// own number after it ("followed by Rwanda with 6,322 troops") is left to
// its own frame.
func (a *analysis) followedBy(f frame, q *quantity) frame {
	s := a.sents[q.sent]
	if f.rule != ruleActive && f.rule != rulePronoun {
		return f
	}
	for k := q.end; k+2 < s.end && k < q.end+8; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			return f
		}
		if a.tx(k) != "," || a.lw(k+1) != "followed" || a.lw(k+2) != "by" {
			continue
		}
		var list []actorMention
		for _, am := range a.actorsOf(s) {
			if am.start < k+3 {
				continue
			}
			if len(list) == 0 && am.start != k+3 && !(am.start == k+4 && a.lw(k+3) == "the") ||
				len(list) > 0 && !a.joined(list[len(list)-1].end, am.start) {
				break
			}
			if len(am.code) != 2 || am.cls == cDemonym {
				return f
			}
			list = append(list, am)
		}
		if len(list) == 0 {
			return f
		}
		if end := list[len(list)-1].end; end < s.end && a.toks[end].kind != tPunct {
			return f
		}
		f.actors = append(slices.Clone(f.actors), list...)
		f.name = ruleTroopsFollowedBy
		return f
	}
	return f
}

// nounBegun reports whether the verb after a noun of sending and its
// troops (past a short place phrase, up to eight tokens from token k) tells
// that it began or was completed: "the deployment of 200 troops to
// Romania began in March", "… was completed", "… is under way". A start
// to come ("will begin") is no such verb.
func (a *analysis) nounBegun(k int, s span) bool {
	for j := k; j < s.end && j < k+8; j++ {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak, cIrrealis, cConsidering, cDeclined) && a.lw(j) != "to" {
			return false
		}
		switch a.lw(j) {
		case "began", "begun", "started", "completed", "underway":
			return true
		case "under":
			return j+1 < s.end && a.lw(j+1) == "way"
		}
	}
	return false
}

// sendingNounCompound reports whether w, the head of a troop compound
// without a number ("troop deployment", "troop contribution"), is a noun
// of sending or withdrawing troops.
func sendingNounCompound(w string) bool {
	switch w {
	case "deployment", "deployments", "contribution", "contributions", "commitment", "withdrawal", "pullout", "drawdown":
		return true
	}
	return false
}

// hyphenAfter reports whether a glued hyphen and a word follow token k-1
// (past a glued full stop: "U.S.-trained"), before lim.
func (a *analysis) hyphenAfter(k, lim int) bool {
	if k < lim && a.tx(k) == "." && a.toks[k].glued {
		k++
	}
	return k+1 < lim && a.tx(k) == "-" && a.toks[k].glued && a.toks[k+1].glued
}
