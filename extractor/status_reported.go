package extractor

// Status cues of the precision round (issue 7): a progressive that is
// announced, the empty "it" of a
// judgement.

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
