package extractor

import "strings"

// Who gives: the checks that tell the giver of a commitment from an actor
// that receives it, asks for it, only names it, or is a place.

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
		// "Portugal is prepared, if asked, to send troops": who is asked
		// in a condition aside still gives
		if a.tx(k) == "," && k+1 < t.start && (a.lw(k+1) == "if" || a.lw(k+1) == "when") {
			for j := k + 2; j < t.start && j <= k+5; j++ {
				if a.tx(j) == "," && a.conditionAside(j, span{k, t.start}) == k {
					k = j
					break
				}
			}
			continue
		}
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
			// "Austria resisted pressure to send troops": the subject
			// declines what it is pressed to give; it is the giver
			if k-1 >= from && a.has(k-1, cDeclined) && k+1 < t.start && a.lw(k+1) == "to" {
				continue
			}
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
		"pressing", "encourage", "encourages", "encouraged", "encouraging",
		"allow", "allows", "allowed", "permit", "permits", "authorise", "authorises", "authorize", "authorizes", "enable", "enables":
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
func (a *analysis) complementFrame(t match, q *quantity, s span) (frame, bool) {
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

// apposedOwner reports whether next, after a comma, is the owner of an
// apposition to prev rather than a member of a list with it: "Sweden,
// NATO's newest air force contributor, said …".
func (a *analysis) apposedOwner(prev, next actorMention, s span) bool {
	if prev.end >= next.start || a.tx(prev.end) != "," {
		return false
	}
	_, own := a.isPossessive(next.end, s.end)
	return own
}
