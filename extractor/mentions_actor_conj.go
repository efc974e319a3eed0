package extractor

// conjunctionSubject reports whether the word at p before an actor
// mention ending at end is a conjunction of time that opens the sentence
// and a clause with the mention as its subject, not a preposition with
// the mention as its object: "After Japan sent 500 troops, …", "Before
// Canada had delivered the tanks, …" (a verb or an auxiliary follows
// the mention), but not "After Japan, Canada pledged". A conjunction
// inside the sentence ("tensions rose after X sent …") mostly tells the
// background of the news and keeps its object reading.
func (a *analysis) conjunctionSubject(p, end int, s span) bool {
	if p != s.start || end >= s.end {
		return false
	}
	switch a.lw(p) {
	case "after", "before", "once", "until":
	default:
		return false
	}
	return a.has(end, cTrigger, cDeliveryPast, cPerfectAux, cDeclined, cConsidering) || a.has(end, cIrrealis) && a.lw(end) != "to" && a.lw(end) != "if" && a.lw(end) != "not"
}

// saysNo reports whether the verb of saying at j says no or yes to
// something ("said no to sending troops", "says yes to the request"):
// the speaker answers for itself and is the subject of a refusal or a
// consent, not a reporter.
func (a *analysis) saysNo(j int, s span) bool {
	return j+2 < s.end && (a.lw(j+1) == "no" || a.lw(j+1) == "yes") && a.lw(j+2) == "to"
}

// hedgeLength returns the number of tokens beyond the first of a cue of
// hedging or refusal that starts within three tokens after the subject at
// k and ends before the anchor at end: "We have yet to decide whether to
// send …" reads as "We <hedge> send …", so the subject is no further from
// its verb than in "We may send …". It returns 0 when there is none.
func (a *analysis) hedgeLength(k, end int) int {
	for j := k + 1; j < end && j <= k+3; j++ {
		if m, ok := a.longest(j, end, cConsidering, cDeclined); ok {
			return m.end - m.start - 1
		}
	}
	return 0
}
