package extractor

import (
	"sort"
	"strings"
)

// triggerBefore returns the nearest trigger verb before token pos in s,
// at most maxDist tokens away, with no clause break between and an object
// after it (a trigger followed by a comma is used without one).
func (a *analysis) triggerBefore(pos int, s span, maxDist int) (match, bool) {
	for k := pos - 1; k >= s.start && pos-k <= maxDist; k-- {
		if a.has(k, cClauseBreak) {
			return match{}, false
		}
		t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
		if !ok || t.end > pos {
			continue
		}
		if t.start > 0 && a.toks[t.start].glued && a.tx(t.start-1) == "-" {
			continue // "a Czech-led initiative", "state-funded": an adjective
		}
		if t.end < s.end {
			switch a.tx(t.end) {
			case ",", ".", ";":
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
	// "the country will provide support by allocating €2 million": the
	// subject of the verb before "by"
	if t.start-1 > s.start && a.lw(t.start-1) == "by" && strings.HasSuffix(a.lw(t.start), "ing") {
		if main, ok := a.triggerBefore(t.start-1, s, 15); ok {
			if f, ok := a.subjectFrame(main, s); ok {
				f.window.end = max(f.window.end, t.end)
				return f, true
			}
		}
	}
	f := frame{anchor: span{t.start, t.end}, rule: ruleActive, conf: 0.85}
	for k := t.start - 1; k >= s.start; k-- {
		// "… met German Chancellor Merz, who announced €500 million": the
		// actor before the relative pronoun, wherever it stands
		if (a.lw(k) == "who" || a.lw(k) == "which") && k-2 >= s.start && a.tx(k-1) == "," && a.auxOnly(k+1, t.start) {
			if idx := a.actorEndingAt(k-2, s); idx >= 0 && a.actors[idx].cls != cGroup {
				f.actors = []actorMention{a.actors[idx]}
				f.window = span{k + 1, t.end}
				return f, true
			}
		}
		if idx := a.actorEndingAt(k, s); idx >= 0 {
			am := a.actors[idx]
			if !am.subject {
				k = am.start
				continue
			}
			if a.receives(am.end, t) || a.asked(am.start) {
				return frame{}, false // "Nepal was allocated …", "Nigeria will get a grant of …"
			}
			f.actors = a.coordinated(idx, s)
			dist := t.start - am.end
			switch {
			case dist > 15:
				f.conf -= 0.3 // far from its verb: ambiguous, goes to review
			case dist > 6:
				f.conf -= 0.1
			}
			f.window = span{f.actors[0].start, t.end}
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
		if a.has(k, cClauseBreak) && k+1 < t.start && a.tx(k+1) != "," && a.lw(k) != "however" && a.lw(k) != "meanwhile" {
			if !a.has(k+1, cPerfectAux, cSubjectFollower, cIrrealis, cPassiveAux, cReporting) {
				return frame{}, false
			}
			for _, am := range a.actorsOf(s) {
				if am.end > k {
					break
				}
				if am.subject && am.cls != cGroup {
					idx := a.actorEndingAt(am.end-1, s)
					f.actors = a.coordinated(idx, s)
					f.window = span{k + 1, t.end}
					f.conf -= 0.1
					return f, true
				}
			}
			return frame{}, false
		}
		// "the Government will allocate …" in a text about one country
		if k > s.start && a.lw(k-1) == "the" && a.has(k, cInstitution) && a.actorAt[k] < 0 && t.start-k <= 4 {
			si := a.sentOf(s)
			if am, ok := a.institutionActor(si); ok && si > 0 {
				f.actors = []actorMention{am}
				f.rule = rulePronoun
				f.conf = 0.55
				f.window = span{k, t.end}
				f.anaphor = span{k - 1, k + 1}
				if m, ok := a.longest(k, t.start, cInstitution); ok {
					f.anaphor.end = m.end
				}
				return f, true
			}
			return frame{}, false
		}
		if a.has(k, cPronoun) && t.start-k <= 6 {
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

// coordinated returns the coordinated list of actors that ends with
// a.actors[idx].
func (a *analysis) coordinated(idx int, s span) []actorMention {
	out := []actorMention{a.actors[idx]}
	for n := idx - 1; n >= 0; n-- {
		am := a.actors[n]
		if am.start < s.start || !am.subject || !a.joined(am.end, out[0].start) {
			break
		}
		// "attended by Japan and Brazil, donors pledged": a group and
		// countries are not one list
		if (am.cls == cGroup) != (out[0].cls == cGroup) {
			break
		}
		out = append([]actorMention{am}, out...)
	}
	return out
}

// resolvePronoun finds the antecedent of the pronoun at token k: in the
// same sentence, the first subject (or reporter) before it, with its
// coordinated list for "they"/"we" ("France and the UK, which lead the
// coalition, said they would …"); else the first subject of the previous
// sentence. "he"/"she" take people first.
func (a *analysis) resolvePronoun(k int, s span) ([]actorMention, bool) {
	w := a.lw(k)
	personal := w == "he" || w == "she"
	plural := w == "they" || w == "we"
	pick := func(from span, limit int) ([]actorMention, bool) {
		fallback := -1
		actors := a.actorsOf(from)
		for n, am := range actors {
			if am.end > limit || !(am.subject || am.reporter) {
				continue
			}
			if personal && !am.person {
				if fallback < 0 && am.cls != cGroup {
					fallback = n
				}
				continue
			}
			if plural {
				list := []actorMention{am}
				for m := n + 1; m < len(actors) && actors[m].end <= limit && a.joined(list[len(list)-1].end, actors[m].start); m++ {
					list = append(list, actors[m])
				}
				return list, true
			}
			return []actorMention{am}, true
		}
		if fallback >= 0 {
			return []actorMention{actors[fallback]}, true
		}
		return nil, false
	}
	// "the Netherlands said it would give …": the reporter right before;
	// a named lender or fund keeps its own pronoun ("the EBRD said it
	// could lend …" is the EBRD's, not the country's before it)
	if !personal {
		acts := a.actorsOf(s)
		for n, am := range acts {
			if am.reporter && am.end <= k && k-am.end <= 3 && (am.cls != cGroup || plural || w == "it") {
				if k-am.end == 1 || a.tx(am.end) == "," && k-am.end == 2 || a.has(am.end, cReporting) {
					if !plural {
						return []actorMention{am}, true
					}
					// "Belgium and Luxembourg said they …": the whole list
					list := []actorMention{am}
					for m := n - 1; m >= 0 && acts[m].cls != cGroup && a.joined(acts[m].end, list[0].start); m-- {
						list = append([]actorMention{acts[m]}, list...)
					}
					return list, true
				}
			}
		}
	}
	// "The government said it will donate …": the country of the text
	if w == "it" && k >= 3 && a.has(k-1, cReporting) && a.has(k-2, cInstitution) && a.lw(k-3) == "the" && a.actorAt[k-2] < 0 {
		if am, ok := a.institutionActor(a.sentOf(s)); ok {
			am.far = true
			return []actorMention{am}, true
		}
	}
	// "We are committing …," the British minister said: the speaker
	if w == "we" || w == "i" {
		for _, am := range a.actorsOf(s) {
			if am.start > k && am.reporter {
				return []actorMention{am}, true
			}
		}
	}
	if list, ok := pick(s, k); ok {
		return list, true
	}
	si := a.sentOf(s)
	if si <= 0 {
		return nil, false
	}
	prev := a.sents[si-1]
	if list, ok := pick(prev, prev.end); ok {
		return list, true
	}
	// across paragraphs: the last country named as a subject in the
	// sentences before ("Japan …" then, after a paragraph about others,
	// "it will send …"); a guess that goes to review
	if plural {
		return nil, false
	}
	// (a subject first; else the last country named other than as a
	// place: "the NZDF deployment")
	for pass := 0; pass < 2; pass++ {
		for sj := si - 2; sj >= 0 && sj >= si-farBack; sj-- {
			actors := a.actorsOf(a.sents[sj])
			for n := len(actors) - 1; n >= 0; n-- {
				am := actors[n]
				if len(am.code) != 2 || am.cls == cGroup {
					continue
				}
				if pass == 0 && (am.subject || am.reporter) || pass == 1 && !a.afterPrep(am.start) {
					am.far = true
					return []actorMention{am}, true
				}
			}
		}
	}
	return nil, false
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
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > s.start })
	if i < len(a.sents) && a.sents[i] == s {
		return i
	}
	return -1
}

// bareGroupSubject reports whether a group noun without a number ends at
// token k and only auxiliaries or adverbs lie between it and the verb at
// token verb: "countries pledged", "donors have also promised". A group
// after "other", "its" or "their" belongs to the actor before it ("Denmark
// and other allies will send").
func (a *analysis) bareGroupSubject(k, verb int) bool {
	if a.actorAt[k] >= 0 {
		return false
	}
	start := -1
	for j := max(0, k-2); j <= k; j++ {
		for _, m := range a.ann[j] {
			if m.class == cGroupNoun && m.end == k+1 {
				start = j
			}
		}
	}
	if start < 0 {
		return false
	}
	for j := k + 1; j < verb; j++ {
		// "members that have sent": a relative clause of the group
		if j == k+1 && (a.lw(j) == "that" || a.lw(j) == "who" || a.lw(j) == "which") {
			continue
		}
		if !a.has(j, cSubjectFollower, cPerfectAux, cPassiveAux) && !strings.HasSuffix(a.lw(j), "ly") {
			return false
		}
	}
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		switch a.lw(j) {
		case "other", "its", "their", "fellow", "partner":
			return false
		}
	}
	return true
}

// receives reports whether the subject that ends at token from is not
// the giver of what the verb at t gives: it receives it, by a passive of
// giving ("Bhutan was on Tuesday allocated Rs 2,000 crore", "Ukraine has
// been promised tanks") or a verb of receiving before the verb ("Nigeria
// will also get a grant of $1 million"), or it asks another to give
// ("the United States calls on Serbia to withdraw its forces", "Poland
// urged Germany to send tanks").
func (a *analysis) receives(from int, t match) bool {
	// "Haiti hopes to raise $3.8 billion": who raises an amount collects it
	switch a.lw(t.start) {
	case "raise", "raises", "raised", "raising":
		if t.end < len(a.toks) && (a.toks[t.end].kind == tNum || a.has(t.end, cCurPrefix, cCurCode, cQualifier)) {
			return true
		}
		// "the $3.8 billion that Haiti hopes to raise"
		if t.start > 0 && a.lw(t.start-1) == "to" && t.end < len(a.toks) && a.has(t.end, cLocPrep) {
			return true
		}
	}
	for k := from; k < t.start; k++ {
		switch a.lw(k) {
		case "get", "gets", "got", "getting", "receive", "receives", "received", "receiving",
			"obtain", "obtains", "obtained", "accept", "accepts", "accepted", "won", "wins":
			return true
		// "Somalia's minister expressed his appreciation for the UK's
		// funding": who thanks receives
		case "appreciation", "gratitude", "grateful", "thanked", "thanking", "thanks":
			return true
		// "the United States calls on Serbia to withdraw its forces":
		// who is asked is not the subject
		case "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "presses", "pressed",
			"pressing", "demand", "demands", "demanded", "demanding", "calls", "called", "call", "calling":
			if a.lw(k) != "call" && a.lw(k) != "calls" && a.lw(k) != "called" && a.lw(k) != "calling" || k+1 < t.start && a.lw(k+1) == "on" {
				return true
			}
		// "Zelensky heaped pressure on Western allies to provide", "appealed
		// to Japan to send", "lobbied Berlin to send": another is asked
		case "pressure", "appeal", "appeals", "appealed", "appealing":
			if k+1 < t.start && (a.lw(k+1) == "on" || a.lw(k+1) == "to") {
				return true
			}
		case "lobby", "lobbies", "lobbied", "lobbying":
			return true
		// "a new NATO initiative aimed at delivering weapons": the
		// initiative's purpose, the actor only names it
		case "aimed", "designed", "meant", "intended":
			if from < len(a.toks) && a.has(from, cTriggerNoun) {
				return true
			}
		// "Berlin wouldn't block Poland from sending tanks", "allowed
		// other countries to send": another gives
		case "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "stop", "stops", "stopped",
			"allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "authorise", "authorised",
			"authorize", "authorized", "let", "lets":
			j := k + 1
			if j < t.start && a.lw(j) == "the" {
				j++
			}
			if j < t.start && (a.actorAt[j] >= 0 || a.has(j, cGroupNoun) || a.lw(j) == "other") {
				return true
			}
		}
	}
	// a passive: an auxiliary within four tokens before a participle, no comma between
	w := a.lw(t.start)
	switch w {
	case "committed", "prepared", "set", "expected", "determined", "poised":
		return false
	}
	participle := strings.HasSuffix(w, "ed") || a.has(t.start, cDeliveryPast)
	if !participle || t.end < len(a.toks) && a.lw(t.end) == "by" {
		return false
	}
	for k := t.start - 1; k >= from && k >= t.start-4; k-- {
		if a.tx(k) == "," {
			return false
		}
		if a.has(k, cPassiveAux) {
			return true
		}
	}
	return false
}

// asked reports whether the mention that starts at token k is the object
// of a verb of asking: "Poland urged Germany to send tanks", "calls on
// Serbia to withdraw": asked to give, it has not committed.
func (a *analysis) asked(k int) bool {
	k--
	if k >= 0 && a.lw(k) == "the" {
		k--
	}
	if k >= 0 && a.lw(k) == "on" {
		k--
		switch a.lw(max(k, 0)) {
		case "call", "calls", "called", "calling":
			return true
		}
		return false
	}
	if k < 0 {
		return false
	}
	switch a.lw(k) {
	case "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "presses", "pressed",
		"pressing", "encourage", "encourages", "encouraged", "encouraging":
		return true
	}
	return false
}

// complementFrame reads a commitment whose verb of saying is the trigger
// and whose giver is the subject of the clause after it: "Kishida met
// the Ukrainian president and announced that Tokyo will make $30 million
// available". The subject stands between the trigger at t and the
// quantity q, after "that" or right after the trigger, and a verb or an
// auxiliary follows it.
func (a *analysis) complementFrame(t match, q quantity, s span) (frame, bool) {
	k := t.end
	if k < q.start && a.lw(k) == "that" {
		k++
	}
	if k < q.start && a.lw(k) == "the" {
		k++
	}
	idx := a.actorEndingAt(k, s)
	if idx < 0 {
		return frame{}, false
	}
	am := a.actors[idx]
	if am.start != k && !(am.start == k-1 && a.lw(k-1) == "the") || !am.subject || am.end >= q.start {
		return frame{}, false
	}
	if !a.has(am.end, cSubjectFollower, cIrrealis, cPerfectAux, cPassiveAux) {
		return frame{}, false
	}
	f := frame{anchor: span{t.start, t.end}, rule: ruleActive, conf: 0.8}
	list := []actorMention{am}
	for n := idx + 1; n < len(a.actors) && a.actors[n].end < q.start && a.joined(list[len(list)-1].end, a.actors[n].start) && a.actors[n].subject; n++ {
		list = append(list, a.actors[n])
	}
	f.actors = list
	f.window = span{am.start, min(s.end, q.end+3)}
	return f, true
}

// institutionActor returns the country that a bare "the Government"
// in sentence si stands for: the country named most often as a subject
// or a source in the fifty sentences before (the latest on a tie), when
// named at least twice;
// else the last subject of the eight sentences before (antecedent).
func (a *analysis) institutionActor(si int) (actorMention, bool) {
	counts := map[string]int{}
	last := map[string]actorMention{}
	for sj := max(0, si-50); sj < si && sj < len(a.sents); sj++ {
		for _, am := range a.actorsOf(a.sents[sj]) {
			if (am.subject || am.reporter) && len(am.code) == 2 && am.cls != cGroup {
				counts[am.code]++
				last[am.code] = am
			}
		}
	}
	best, n := "", 0
	for code, c := range counts {
		if c > n || c == n && last[code].start > last[best].start {
			best, n = code, c
		}
	}
	if n >= 2 {
		return last[best], true
	}
	return a.antecedent(si-1, 8)
}

// receiverAt reports whether a verb of receiving follows token j, past
// auxiliaries and adverbs: "Ukraine will also receive", "Chad has
// received", "Nigeria is to get". Its subject is a recipient.
func (a *analysis) receiverAt(j int, s span) bool {
	for k := j; k < s.end && k < j+4; k++ {
		switch a.lw(k) {
		case "receive", "receives", "received", "receiving", "get", "gets", "got", "obtain", "obtains", "obtained":
			return true
		}
		if !a.has(k, cSubjectFollower, cPerfectAux, cPassiveAux, cIrrealis) && !strings.HasSuffix(a.lw(k), "ly") {
			return false
		}
	}
	return false
}

// gerundAfter reports whether a gerund of giving follows token j, past
// "alone", "also" or an adverb: "with Qatar alone committing $1bn".
func (a *analysis) gerundAfter(j int, s span) bool {
	for k := j; k < s.end && k < j+3; k++ {
		if a.has(k, cTrigger, cDeliveryPast) {
			return strings.HasSuffix(a.lw(k), "ing")
		}
		switch w := a.lw(k); {
		case w == "alone" || w == "also" || w == "itself" || strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return false
}

// auxOnly reports whether only auxiliaries, modals and adverbs lie in
// [from, to): "who has also announced", "which will".
func (a *analysis) auxOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if !a.has(k, cPerfectAux, cPassiveAux, cIrrealis, cSubjectFollower) && !strings.HasSuffix(a.lw(k), "ly") {
			return false
		}
	}
	return true
}
