package extractor

// Status cues of the precision round (issue 7): a progressive that is
// announced, a perfect verb of giving before a noun anchor, a part of a
// total that is already given.

// reportedProgressive reports whether the progressive whose "is" or "are"
// is token be follows a pronoun that a verb of saying introduces: "the
// government says it is sending 1,200 troops", "Greece announced that it
// is sending a team". The announcement of a sending under way is a
// pledge; without the verb of saying ("Belgium and France are sending
// ships") it is handed over (deliveredNow).
func (a *analysis) reportedProgressive(be int) bool {
	p := be - 1
	if p < 1 || !a.has(p, cPronoun) {
		return false
	}
	p--
	if a.lw(p) == "that" && p > 0 {
		p--
	}
	switch a.lw(p) {
	case "announced", "announces", "announcing", "declared", "declares":
		return true
	}
	return a.has(p, cReporting)
}

// givenBeforeNoun reports a perfect verb of handing over right before a
// noun anchor: "has provided funding of $6.6 million", "have given aid
// worth €20 million" (the frame's anchor is the noun, so the past form of
// the verb before it is read here). It returns the cue.
func (a *analysis) givenBeforeNoun(f *frame) (string, bool) {
	k := f.anchor.start - 1
	for n := 0; k > f.window.start && n < 2 && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "the" || a.lw(k) == "its" || a.lw(k) == "their"); n++ {
		k--
	}
	if k <= 0 || a.has(f.anchor.start, cDeliveryPast) {
		return "", false // the anchor is the verb: read by status
	}
	if !a.has(k, cDeliveryPast) || !a.has(k-1, cPerfectAux) || k-2 >= 0 && a.has(k-2, cIrrealis) {
		return "", false
	}
	return a.tx(k-1) + " " + a.tx(k), true
}

// partGiven reports whether money part q of a total (partFrame) is told
// as given already by the words after it in its clause: "pledged $510
// million, including $156 million already given", "of which $20 million
// has already been disbursed".
func (a *analysis) partGiven(q *quantity, s span) bool {
	for k := q.end; k < s.end && k < q.end+6; k++ {
		if a.tx(k) == "," || a.tx(k) == ";" || a.lw(k) == "and" {
			return false
		}
		if a.lw(k) == "already" || a.has(k, cDelivered) && a.lw(k) != "in" {
			return true
		}
	}
	return false
}

// refusedToSay reports whether a cue of refusal ending at token end
// refuses to tell, not to give: "would not say how many", "declined to
// say when", "refused to disclose the number". It is no declined status.
func (a *analysis) refusedToSay(end int) bool {
	if end < len(a.toks) && a.lw(end) == "to" {
		end++
	}
	if end >= len(a.toks) {
		return false
	}
	switch a.lw(end) {
	case "say", "says", "said", "disclose", "disclosed", "specify", "specified", "comment", "commented", "elaborate",
		"reveal", "revealed", "detail", "name", "identify", "answer":
		return true
	}
	return false
}

// expletiveIt reports whether token k is the empty "it" of an adjective
// of judgement before "to" and the verb at anchor: "it is practical to
// send", "it was not right to supply", "it would be wise to deploy". It
// stands for no actor; the subject of the sentence is named before it
// ("it is ready to send" is a country's readiness and keeps its "it").
func (a *analysis) expletiveIt(k, anchor int) bool {
	if a.lw(k) != "it" || anchor-k < 4 || anchor-k > 6 || a.lw(anchor-1) != "to" {
		return false
	}
	j := k + 1
	switch a.lw(j) {
	case "is", "was", "'s", "seems", "seemed":
		j++
	case "would", "will", "might", "could":
		if a.lw(j+1) != "be" {
			return false
		}
		j += 2
	default:
		return false
	}
	if a.lw(j) == "not" {
		j++
	}
	if j+1 != anchor-1 {
		return false
	}
	// an adjective of judgement; "it is ready to send" keeps its subject
	switch a.lw(j) {
	case "practical", "impractical", "right", "wrong", "wise", "unwise", "possible", "impossible", "necessary",
		"unnecessary", "appropriate", "inappropriate", "feasible", "realistic", "sensible", "correct", "prudent",
		"important", "essential", "vital", "crucial", "useful", "reasonable", "advisable", "safe", "difficult", "easy", "hard":
		return true
	}
	return false
}

// saidWithAux reports whether the tokens from end (after a subject) to
// the pronoun at k are auxiliaries and adverbs before a verb of saying
// right before k: "Chile has said it …", "Belgium have so far confirmed
// they …", "Peru had also announced it …".
func (a *analysis) saidWithAux(end, k int) bool {
	if k-1 <= end || k-end > 6 {
		return false
	}
	switch a.lw(k - 1) {
	case "announced", "declared":
	default:
		if !a.has(k-1, cReporting) {
			return false
		}
	}
	aux := false
	for j := end; j < k-1; j++ {
		switch w := a.lw(j); {
		case a.has(j, cPerfectAux):
			aux = true
		case w == "also" || w == "now" || w == "already" || w == "so" || w == "far" || w == "since" || w == "again" ||
			w == "reportedly" || w == "earlier" || w == "previously" || w == "recently":
		default:
			return false
		}
	}
	return aux
}
