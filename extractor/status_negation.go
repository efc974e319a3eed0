package extractor

// Status cues of negation and doubt: "not" or "never" before the verb
// (negatedAnchor, negationRightBefore), an inverted "Nor will Chile
// provide …" (norBefore) and a clause that is the object of a doubt
// ("there's no sign yet that Germany is planning to send tanks",
// doubted).

import "strings"

// negatedAnchor reports whether "not" or "never" stands right before the
// verb at token anchor (past "yet", "be" forms or an adverb), after token
// from: "Hungary is not supplying weapons", "its commitment to not
// sending soldiers".
func (a *analysis) negatedAnchor(anchor, from int) bool {
	for k := anchor - 1; k >= from && k >= anchor-3; k-- {
		switch w := a.lw(k); {
		case w == "not" || w == "never" || w == "n't":
			// "not only sent … but also": no negation
			if w == "not" && a.lw(k+1) == "only" {
				return false
			}
			// "may not be sending" hedges
			return k == 0 || !a.has(k-1, cConsidering)
		case w == "yet" || w == "be" || w == "been" || strings.HasSuffix(w, "ly"):
			continue
		default:
			return false
		}
	}
	return false
}

// norBefore reports an inverted negation right before the subject that
// starts at token k: "Nor will Chile provide …", "nor did Japan send".
func (a *analysis) norBefore(k int) bool {
	if k >= 1 && a.lw(k-1) == "the" {
		k-- // "nor will the UK send"
	}
	return k >= 2 && a.lw(k-2) == "nor" && a.has(k-1, cSubjectFollower, cIrrealis, cPerfectAux, cPassiveAux)
}

// doubted reports whether the clause of the frame's actor is the object
// of a doubt: "there's no sign yet that Germany is planning to send tanks",
// "it's not clear if Warsaw has begun sending the tanks", "no indication
// that the US is looking to send its Abrams": no commitment is reported.
func (a *analysis) doubted(f *frame) bool {
	if len(f.actors) == 0 {
		return false
	}
	first := f.actors[0].start
	if f.anaphor.end > f.anaphor.start {
		first = f.anaphor.start
	}
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if a.has(k, cClauseBreak) && a.lw(k) != "yet" || a.tx(k) == "." || a.tx(k) == ";" {
			return false
		}
		switch a.lw(k) {
		case "unclear", "unknown":
			return true
		case "sign", "signs", "indication", "indications", "evidence":
			if k > 0 && (a.lw(k-1) == "no" || a.lw(k-1) == "little") || k > 1 && a.lw(k-2) == "no" {
				return true
			}
		case "clear":
			if k > 0 && a.lw(k-1) == "not" || k > 0 && a.lw(k-1) == "n't" {
				return true
			}
		case "if", "whether":
			// "did not say if it would deploy more forces" ("refused to
			// say whether" is a refusal, read by its cue)
			switch a.lw(max(k-1, 0)) {
			case "say", "know", "decide", "decided", "confirm", "disclose":
				for j := k - 2; j >= 0 && j >= k-4; j-- {
					if a.lw(j) == "not" || a.lw(j) == "n't" || a.lw(j) == "no" {
						return true
					}
				}
			case "clear", "unclear", "known", "unknown":
				return true
			}
		}
	}
	return false
}

// negationRightBefore reports a negation ("not", "n't", "never") within the
// three tokens before token k, past "be" and "been": "will not be
// withdrawn", "won't leave".
func (a *analysis) negationRightBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch a.lw(j) {
		case "not", "n't", "never", "won't":
			return true
		case "be", "been":
			continue
		}
		return false
	}
	return false
}
