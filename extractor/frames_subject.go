package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The subject of a verb of commitment: the nearest subject mention (or
// coordinated list) before the trigger, skipping asides
// (frames_subject_asides.go) and resolving pronouns
// (frames_subject_pronoun.go); a subject that receives or is asked is no
// giver; a legislature, a head of government's title and the owner of a
// noun of intent ("the German decision to send") stand for the country
// (frames_subject_country.go).

// triggerBefore returns the nearest trigger verb before token pos in s,
// at most maxDist tokens away, with no clause break between and an object
// after it (a trigger followed by a comma is used without one).
func (a *analysis) triggerBefore(pos int, s span, maxDist int) (match, bool) {
	for k := pos - 1; k >= s.start && pos-k <= maxDist; k-- {
		if a.has(k, cClauseBreak) && !a.adverbYet(k) {
			return match{}, false
		}
		t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
		if !ok || t.end > pos {
			continue
		}
		if t.start > 0 && a.toks[t.start].glued && a.tx(t.start-1) == "-" {
			continue // "a Czech-led initiative", "state-funded": an adjective
		}
		// "increased its pledge by €500 million": after a determiner the
		// word is a noun; the verb is further back
		if t.start > s.start && t.end < s.end && a.lw(t.end) == "by" && a.has(t.start, cTriggerNoun) {
			switch a.lw(t.start - 1) {
			case "its", "the", "their", "his", "her", "a", "an", "this", "that":
				continue
			}
		}
		if a.claimed[t.start] && t.start > s.start && a.claimed[t.start-1] {
			continue // "food supplies", "medical supplies": the noun of a mention
		}
		if t.end < s.end {
			switch a.tx(t.end) {
			case ",", ".", ";":
				// "provided weapons, funding, training and 5,000 troops": a
				// noun in a list, not the verb; look further back
				if t.start > s.start && a.tx(t.end) == "," && a.tx(t.start-1) == "," {
					continue
				}
				if a.tx(t.end) == "," && a.asideBefore(t.end, pos) {
					return t, true // "pledged, respectively, $5m and $3m"
				}
				return match{}, false
			}
			if a.lw(t.end) == "by" {
				return match{}, false // passive with the agent after: handled by passiveFrame
			}
		}
		return t, true
	}
	return match{}, false
}

// subjectFrame finds the actors that are the subject of the anchor at t:
// the nearest subject mention (or coordinated list) before it, or a
// pronoun resolved to an earlier actor.
func (a *analysis) subjectFrame(t match, s span) (frame, bool) {
	return a.subjectOf(t, s, true)
}

// verbSubject says how verbSubjectFrame makes the frame of the subject of
// a verb before a quantity.
type verbSubject struct {
	name   string      // the frame's name (frame.name)
	active bool        // only an active subject (rule frame.active) counts
	after  int         // how many tokens after the quantity its window reaches
	forced news.Status // the status whatever the cues say; "" keeps subjectFrame's
}

// verbSubjectFrame returns the frame of the subject of the verb at token k
// of sentence s (subjectFrame) that commits q, made as v says: named
// v.name, none when v.active and the subject is not active, its status
// window from the subject's to v.after tokens after q, and v.forced as
// its status when set.
func (a *analysis) verbSubjectFrame(k int, q *quantity, s span, v verbSubject) (frame, bool) {
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok || v.active && f.rule != ruleActive {
		return frame{}, false
	}
	f.name = v.name
	f.window = span{f.window.start, q.end + v.after}
	if v.forced != "" {
		f.forced = v.forced
	}
	return f, true
}

// subjectOf finds the subject of the verb t as subjectFrame does; when
// giver is false, a subject that receives or is asked is kept: the caller
// wants the recipient ("Laos will receive $5 million").
func (a *analysis) subjectOf(t match, s span, giver bool) (frame, bool) {
	// "the country will provide support by allocating €2 million": the
	// subject of the verb before "by"
	if t.start-1 > s.start && a.lw(t.start-1) == "by" && strings.HasSuffix(a.lw(t.start), "ing") {
		if main, ok := a.triggerBefore(t.start-1, s, 15); ok {
			if f, ok := a.subjectOf(main, s, giver); ok {
				f.window.end = max(f.window.end, t.end)
				return f, true
			}
		}
	}
	if f, ok := a.intentOwner(t, s); ok {
		return f, true
	}
	f := frame{anchor: span{t.start, t.end}, rule: ruleActive, conf: 0.85}
	expletive := 0 // the tokens of "it is practical to" before the anchor
	depth := 0     // brackets closed between k and the anchor
	for k := t.start - 1; k >= s.start; k-- {
		switch a.tx(k) {
		case ")":
			depth++
		case "(":
			if depth == 0 && k+1 < t.start && (a.toks[k+1].kind == tNum || a.has(k+1, cCurPrefix, cCurCode)) {
				// "Chad (€50 million, including the newly allocated €8
				// million)": a verb inside the bracket of a share has no
				// subject before it
				return frame{}, false
			}
			depth = max(depth-1, 0)
		}
		// "Portugal is prepared, if asked, to send troops": a short
		// condition between commas is skipped
		if j := a.conditionAside(k, s); j >= 0 {
			k = j
			continue
		}
		// "It was Germany that supplied the tanks": the focus of a cleft
		if idx := a.cleftActor(k, s); idx >= 0 && a.auxOnly(k+1, t.start) {
			f.actors = []actorMention{a.actors[idx]}
			f.window = span{a.actors[idx].start, t.end}
			return f, true
		}
		// "… met German Chancellor Merz, who announced €500 million": the
		// actor before the relative pronoun, wherever it stands
		if (a.lw(k) == "who" || a.lw(k) == "which") && k-2 >= s.start && a.tx(k-1) == "," && a.auxOnly(k+1, t.start) {
			if idx := a.actorEndingAt(k-2, s); idx >= 0 && a.actors[idx].cls != cGroup {
				f.actors = []actorMention{a.actors[idx]}
				if list := a.coordinated(idx, s); len(list) > 1 && list[len(list)-1].end == a.actors[idx].end {
					f.actors = list // "Germany and France, which together pledged €1 billion"
				} else if list := a.relativeList(idx, s); len(list) > 1 && a.pluralRelative(k+1, t.start) {
					f.actors = list // "led by Japan and Korea, which each pledged $5 million"
				}
				f.window = span{k + 1, t.end}
				return f, true
			}
		}
		if idx := a.actorEndingAt(k, s); idx >= 0 {
			am := a.actors[idx]
			// "Laos will receive …": markSubjects leaves the recipient
			// unmarked; a caller that wants the recipient takes it
			// ("Britain said it was not practical to send …": the reporter
			// of an empty "it" is the subject)
			if !am.subject && !(expletive > 0 && am.reporter) && (giver || !a.receiverAt(am.end, s)) {
				k = am.start
				continue
			}
			if giver && (a.receives(am.end, t) || a.asked(am.start)) {
				return frame{}, false // "Nepal was allocated …", "Nigeria will get a grant of …"
			}
			f.actors = a.coordinated(idx, s)
			if giver && len(f.actors) > 1 && a.askedGroup(f.actors[0].start, t, s) {
				return frame{}, false // "asked the states of Pakistan, Bangladesh and Turkey to deploy"
			}
			dist := t.start - am.end
			switch {
			case dist > 15:
				f.conf -= 0.3 // far from its verb: ambiguous, goes to review
			case dist > 6:
				f.conf -= 0.1
			}
			f.window = span{f.actors[0].start, t.end}
			if len(f.actors) > 1 && a.neitherBefore(f.actors[0].start, s) {
				f.forced = news.StatusDeclined // "Neither Spain nor Italy will send troops"
				f.name = ruleNeitherNor
			}
			return f, true
		}
		// "At a conference of 50 countries including Japan and Norway,
		// countries pledged …": a bare group right before the verb is
		// its subject; the countries before it are not
		if a.bareGroupSubject(k, t.start) {
			return frame{}, false
		}
		// "Switzerland adopted EU sanctions, but has said its neutrality
		// does not permit providing arms": a clause without a subject of
		// its own after "but" shares the sentence's first subject; the
		// actors named in the clause before are not its subject
		if a.has(k, cClauseBreak) && !a.adverbYet(k) && k+1 < t.start && a.tx(k+1) != "," && a.lw(k) != "however" && a.lw(k) != "meanwhile" {
			// ("…, but refused to send tanks", "but ruled out sending
			// jets": a verb of refusal or hedging opens the clause too)
			if !a.has(k+1, cPerfectAux, cSubjectFollower, cIrrealis, cPassiveAux, cReporting, cDeclined, cConsidering) {
				return frame{}, false
			}
			for _, am := range a.actorsOf(s) {
				if am.end > k {
					break
				}
				if am.subject && am.cls != cGroup && !a.modifiesGroup(am, s) {
					idx := a.actorEndingAt(am.end-1, s)
					f.actors = a.coordinated(idx, s)
					// "Britain and Germany refused …, but offered …": the whole list
					if list := a.listAt(am.start, s); len(list) > 1 && list[len(list)-1].end <= k && !slices.ContainsFunc(list, func(m actorMention) bool { return m.cls == cGroup }) {
						f.actors = list
					}
					f.window = span{k + 1, t.end}
					f.conf -= 0.1
					return f, true
				}
			}
			return frame{}, false
		}
		// "the Government will allocate …" in a text about one country
		// (also "the foreign minister promised …": a bare title of a person)
		// ("Parliament approved sending …": a legislature needs no "the"
		// when it opens the sentence)
		if (k > s.start && a.lw(k-1) == "the" && (a.has(k, cInstitution) || a.personTitle(k, t.start) || legislature(a.lw(k))) ||
			k == s.start && legislature(a.lw(k))) && a.actorAt[k] < 0 && (t.start-k <= 4 || a.titleThenVerb(k, t.start)) {
			if a.asked(k) {
				return frame{}, false // "the law allows the president to transfer weapons"
			}
			si := a.sentOf(s)
			am, ok := a.institutionActor(si)
			if !ok {
				// "…," the German chancellor said. The government will …":
				// the current donor, a speaker or a source
				am, ok = a.discourseDonor(si)
				f.name = ruleDiscourseDonor
			}
			if ok && si > 0 {
				f.actors = []actorMention{am}
				f.rule = rulePronoun
				f.conf = 0.55
				f.window = span{k, t.end}
				f.anaphor = span{k - 1, k + 1}
				if k == s.start || a.lw(k-1) != "the" {
					f.anaphor.start = k // "Parliament approved …"
				}
				if m, ok := a.longest(k, t.start, cInstitution, cTitle); ok {
					f.anaphor.end = m.end
				}
				return f, true
			}
			return frame{}, false
		}
		if a.expletiveIt(k, t.start) {
			expletive = t.start - k
			continue // "we do not think it is practical to send jets": the subject is before
		}
		if (a.has(k, cPronoun) || a.ownerNounSubject(k, t.start, s)) && t.start-k <= 6+expletive+a.hedgeLength(k, t.start) {
			if a.receives(k+1, t) {
				return frame{}, false // "it had blocked Germany from sending munitions"
			}
			if actors, ok := a.resolvePronoun(k, s); ok {
				am := actors[0]
				f.actors = actors
				f.rule = rulePronoun
				f.conf = 0.55 // a resolved pronoun is a guess: review it
				if am.far {
					f.conf = 0.5
				}
				if am.start >= s.start && am.reporter && (k-am.end <= 3 || am.start > k) {
					f.conf = 0.75 // "the Netherlands said it would supply …", "“We will …,” Paris said"
				}
				f.window = span{k, t.end}
				f.anaphor = span{k, k + 1}
				return f, true
			}
			return frame{}, false
		}
	}
	return frame{}, false
}

// actorEndingAt returns the index of the actor mention of s covering token
// k, or -1.
func (a *analysis) actorEndingAt(k int, s span) int {
	if k < 0 || k >= len(a.actorAt) {
		return -1
	}
	n := int(a.actorAt[k])
	if n < 0 || a.actors[n].start < s.start || a.actors[n].end > s.end {
		return -1
	}
	return n
}

// relativeList returns the list of countries joined by commas and "and"
// that ends with actor idx, subjects or not, for the relative pronoun
// after it: "talks with Japan and Korea, which each pledged …". A group
// and countries are not one list; a lone actor gives nil.
func (a *analysis) relativeList(idx int, s span) []actorMention {
	out := []actorMention{a.actors[idx]}
	for n := idx - 1; n >= 0; n-- {
		am := a.actors[n]
		if am.start < s.start || !a.joined(am.end, out[0].start) || (am.cls == cGroup) != (out[0].cls == cGroup) {
			break
		}
		out = append([]actorMention{am}, out...)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// pluralRelative reports whether the words from..to after a relative
// pronoun make its verb plural or distributive: "each", "both",
// "together", "jointly", "have", "are", "were".
func (a *analysis) pluralRelative(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.lw(k) {
		case "each", "both", "together", "jointly", "have", "are", "were":
			return true
		}
	}
	return false
}

// coordinated returns the coordinated list of actors that ends with
// a.actors[idx].
func (a *analysis) coordinated(idx int, s span) []actorMention {
	from := idx // the list is a.actors[from : idx+1]
	for n := idx - 1; n >= 0; n-- {
		am, head := &a.actors[n], &a.actors[from]
		if am.start < s.start || !am.subject || !a.joined(am.end, head.start) {
			break
		}
		// "attended by Japan and Brazil, donors pledged": a group and
		// countries are not one list
		if (am.cls == cGroup) != (head.cls == cGroup) {
			break
		}
		// "signed by A and B, Kenya will": a list closed by "and" before
		// a comma does not go on with the subject after it
		if from == idx && am.start-1 >= s.start && (a.lw(am.start-1) == "and" || a.lw(am.start-1) == "or") && a.commaOnly(am.end, head.start) {
			break
		}
		from = n
	}
	return a.keepActors(a.actors[from : idx+1])
}

// afterPrep reports whether the mention starting at token k follows a
// preposition ("in the UK", "by New Zealand instructors").
func (a *analysis) afterPrep(k int) bool {
	if k > 0 && a.lw(k-1) == "the" {
		k--
	}
	return k > 0 && a.has(k-1, cLocPrep)
}

func (a *analysis) sentOf(s span) int {
	i := a.sentAfter(s.start)
	if i < len(a.sents) && a.sents[i] == s {
		return i
	}
	return -1
}

// ruleNeitherNor names the refusal of a subject list "neither A nor B".
const ruleNeitherNor = "status.neither-nor"

// neitherBefore reports whether "neither" (with "the" between) stands
// right before token k of s: "Neither Spain nor Italy will send troops"
// refuses for both.
func (a *analysis) neitherBefore(k int, s span) bool {
	p := k - 1
	if p >= s.start && a.lw(p) == "the" {
		p--
	}
	return p >= s.start && a.lw(p) == "neither"
}
