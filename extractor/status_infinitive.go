package extractor

import "strings"

// sharedInfinitive reports whether the verb at token anchor, right after
// "and" at token and, is a bare infinitive coordinated with a "to"
// infinitive after a hedge or a refusal earlier in its clause (from on):
// "is ready to take the lead of the force and deploy 1,000 police",
// "may lead the mission and deploy 1,000 police" (a hedge right before
// the first verb). The hedge governs both
// verbs, so the clause is not cut at "and". A verb with an ending of its
// own ("deployed", "sends", "sent", "is deploying") heads a verb phrase
// of its own: "pledged to lead the force and deployed 200 troops".
func (a *analysis) sharedInfinitive(from, and, anchor int) bool {
	if anchor >= len(a.toks) || a.toks[anchor].kind != tWord {
		return false
	}
	w := a.lw(anchor)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") ||
		a.has(anchor, cDeliveryPast) { // "… and sent 40 tanks"
		return false
	}
	for j := and - 1; j > from && j >= and-14; j-- {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak) {
			return false
		}
		if a.lw(j) == "to" {
			// the hedge or refusal that opens the infinitive: "ready to",
			// "unwilling to", "may agree to"
			return a.irrealis(max(from, j-4), j+1)
		}
		if a.has(j, cConsidering, cDeclined) && a.actorAt[j] < 0 {
			return true // a modal of its own: "may lead the mission and deploy …"
		}
	}
	return false
}

// giftNounAnchor reports whether the one-word anchor a, whose word is w,
// is a noun of giving that can be the subject of a predicate of status
// (subjectPredicate): "contribution", "offer", "deployment", "donation",
// "package" ("Italy's contribution of three planes is still under
// consideration", "the German offer of 200 troops was rejected").
func giftNounAnchor(w string, a span) bool {
	if a.end != a.start+1 {
		return false
	}
	switch w {
	case "contribution", "contributions", "offer", "offers", "deployment", "donation", "donations", "package":
		return true
	}
	return false
}
