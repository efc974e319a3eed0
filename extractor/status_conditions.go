package extractor

// Cues of conditions and clauses for the status, and the commitments
// that equip the actor's own forces.

// trailingCondition reports a condition after the verb of a future or
// conditional commitment: "Germany would send tanks if the US did the
// same", "will deploy troops provided that a ceasefire holds", "is ready
// to send jets on condition that …", "would send troops once a ceasefire
// is agreed", "in the event of a ceasefire". The modal must be within three
// tokens before the anchor, the condition in the same clause after it.
func (a *analysis) trailingCondition(anchor span, s span) bool {
	modal, would := false, false
	for j := anchor.start - 1; j >= s.start && j >= anchor.start-3; j-- {
		if w := a.lw(j); w == "would" || w == "will" || w == "'d" || w == "'ll" {
			modal = true
			would = would || w == "would" || w == "'d"
		}
	}
	if !modal {
		return false
	}
	for j := anchor.end; j+1 < s.end; j++ {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak) {
			return false // "…, and may stay longer if …": another clause's condition
		}
		// "will deploy 700 troops and will put a battalion on alert if
		// needed", "but has kept …": the condition of a second predicate
		if j > anchor.end && a.coordinatedVerb(j) {
			return false
		}
		switch a.lw(j) {
		case "if", "unless":
			// "will send 200 troops if parliament approves" is a plan
			// pending approval: pledged ("would send … if" hedges)
			if !would && a.lw(j) == "if" && approvalWord(a.lw(j+1), a.lw(min(j+2, s.end-1))) {
				return false
			}
			return a.lw(j+1) != "any" // "if any": an aside
		case "provided", "providing":
			if a.lw(j+1) == "that" {
				return true
			}
		case "condition", "conditions":
			// "on condition that", "on the condition of a ceasefire"
			if j > anchor.end && (a.lw(j-1) == "on" || a.lw(j-1) == "the" && j-1 > anchor.end && a.lw(j-2) == "on") {
				return true
			}
		case "as":
			// not "for as long as it takes", "as long as needed": no end
			if j+2 < s.end && a.lw(j+1) == "long" && a.lw(j+2) == "as" && a.lw(j-1) != "for" && !openEnded(a.lw(j+3), a.lw(j+4)) {
				return true
			}
		case "once":
			// "would send troops once a ceasefire is agreed"; "will send
			// them once parliament approves" is a plan with a date
			if would {
				return true
			}
		case "event":
			if j > anchor.end && a.lw(j-1) == "the" && j > anchor.end+1 && a.lw(j-2) == "in" {
				return true // "in the event of a ceasefire"
			}
		}
	}
	return false
}

// adverbYet reports whether "yet" at token k is an adverb, not the
// conjunction that opens another clause: "has yet to decide", "not yet
// decided", "is yet to send".
func (a *analysis) adverbYet(k int) bool {
	if a.lw(k) != "yet" {
		return false
	}
	if k+1 < len(a.toks) && a.lw(k+1) == "to" {
		return true
	}
	if k > 0 {
		switch a.lw(k - 1) {
		case "not", "n't", "has", "have", "had", "is", "are", "was", "were":
			return true
		}
	}
	return false
}

// equipsOwnForces reports whether the verb of the frame equips the actor's own
// forces: "Germany will equip its army with 14 tanks", "Poland will
// provide its soldiers with rifles" (neither the tanks nor the soldiers
// are given to anyone else). The object after the verb starts with "its"
// or "their" and names forces ("army", "soldiers", "own"), and "with"
// follows it within four tokens.
func (a *analysis) equipsOwnForces(f *frame, q *quantity) bool {
	k := f.anchor.end
	if k <= 0 || k >= len(a.toks) || (a.lw(k) != "its" && a.lw(k) != "their") {
		return false
	}
	// the object names the forces ("its army", "their own soldiers"), not
	// others ("its partners with …")
	forces := false
	for j := k + 1; j < len(a.toks) && j <= k+3; j++ {
		switch a.lw(j) {
		case "army", "armies", "military", "navy", "own", "armed", "units":
			forces = true
		}
		if a.has(j, cTroopNoun) {
			forces = true
		}
	}
	if !forces {
		return false
	}
	if q.start >= k && q.start <= k+4 {
		// the forces themselves: "its soldiers with …"
		for j := q.end; j < len(a.toks) && j <= q.end+1; j++ {
			if a.lw(j) == "with" {
				return true
			}
		}
	}
	for j := k + 1; j < len(a.toks) && j <= k+4 && j < q.start; j++ {
		if a.lw(j) == "with" {
			return true // what the own forces get: "its army with 14 tanks"
		}
		if a.tx(j) == "," || a.tx(j) == "." {
			return false
		}
	}
	return false
}

// notYetDelivered reports whether a negation ending at token k negates an
// arrival or a delivery ("have not arrived yet", "has not yet been
// delivered", "did not reach"): what was promised is still pledged, not
// refused. It returns the end of the negated participle.
func (a *analysis) notYetDelivered(k, lim int) (int, bool) {
	for j := k; j < lim && j < k+3; j++ {
		switch a.lw(j) {
		case "yet", "been", "already", "fully", "all":
			continue
		case "arrived", "arrive", "delivered", "reached", "reach", "landed", "received", "shipped", "handed":
			return j + 1, true
		}
		return 0, false
	}
	return 0, false
}

// approvalWord reports whether the words after "if" name a parliament's
// approval: "if parliament approves", "if lawmakers agree", "if
// approved by parliament", "if the legislature approves".
func approvalWord(w, next string) bool {
	if w == "the" {
		w = next
	}
	switch w {
	case "parliament", "parliamentary", "lawmakers", "legislators", "legislature", "congress", "senate", "deputies", "mps", "approved", "approval":
		return true
	}
	return false
}

// openEnded reports whether the words after "as long as" make it an
// open end, not a condition: "as long as it takes", "as long as needed",
// "as long as necessary", "as long as required".
func openEnded(w, next string) bool {
	switch w {
	case "needed", "necessary", "required":
		return true
	case "it", "this":
		return next == "takes"
	}
	return false
}

// coordinatedVerb reports whether token k opens a coordinated verb phrase
// of its own, "and" or "but" before a modal or an auxiliary ("… and will
// put another battalion on standby", "but has kept …"): a condition
// after it belongs to that phrase, not to the verb before.
func (a *analysis) coordinatedVerb(k int) bool {
	if w := a.lw(k); w != "and" && w != "but" || k+1 >= len(a.toks) {
		return false
	}
	switch a.lw(k + 1) {
	case "will", "would", "could", "may", "might", "can", "shall", "should", "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return false
}
