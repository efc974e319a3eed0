package extractor

import "strings"

// Tests on the verb phrase of a commitment that status reads: modals,
// futures and infinitives (irrealis, futureAgent, "May" the month), verbs
// of giving and promising, a second predicate or a clause with its own
// object after the anchor, and cues that only tell a sum grown over time
// or a delivery "not yet" made.

// monthMay reports whether "May" at token k is the month ("in May",
// "May 2024", "12 May"), not the modal.
func (a *analysis) monthMay(k int) bool {
	if a.tx(k) != "May" {
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].kind == tNum {
		return true
	}
	if k == 0 {
		return false
	}
	switch a.lw(k - 1) {
	case "last", "next", "this", "early", "late", "mid", "since", "until", "till", "in", "by", "from", "of", "on", "before", "after", "during", "end",
		"the", "a", "an", "its", "their", "his", "her": // "the May pledge"
		return true
	case "s":
		return k >= 2 && isApostropheText(a.tx(k-2)) // "Portugal's May pledge"
	}
	return a.toks[k-1].kind == tNum
}

// futureAgent reports whether the noun phrase that ends at token k is
// the agent of a future passive: "will be bolstered by 150 troops", "is
// to be joined by two ships". It walks back at most eight tokens to "by"
// and looks for a modal or "to" in the four tokens before it.
func (a *analysis) futureAgent(k int) bool {
	for j := k - 1; j > 0 && k-j <= 8; j-- {
		if a.toks[j].kind == tPunct && a.tx(j) != "," && a.tx(j) != "-" {
			return false
		}
		if a.lw(j) == "by" {
			return a.irrealis(max(0, j-4), j)
		}
	}
	return false
}

// irrealis reports whether a modal, a future or an infinitive marker lies
// in [from, to): "will send", "plans to send", "could have sent" are not
// deliveries.
func (a *analysis) irrealis(from, to int) bool {
	for k := max(0, from); k < to; k++ {
		if a.has(k, cIrrealis, cConsidering, cDeclined) {
			return true
		}
	}
	return false
}

func (d *doc) isYear(k int) bool {
	t := &d.toks[k]
	if t.kind != tNum || t.end-t.start != 4 {
		return false
	}
	s := d.text[t.start:t.end]
	return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')
}

// ownGivingVerb reports whether a verb of giving lies in [from, to)
// before any quantity: the clause has its own object ("but refused to
// send tanks"), not a pronoun for the same one ("but may not send them").
func (a *analysis) ownGivingVerb(from, to int) bool {
	for k := from; k < to && k < len(a.toks); k++ {
		if a.has(k, cTrigger) {
			if k+1 < to {
				switch a.lw(k + 1) {
				case "them", "it", "those", "these", "any", "all":
					return false
				}
			}
			return true
		}
		if a.toks[k].kind == tNum {
			return false
		}
	}
	return false
}

// otherPredicate reports whether token k, after the anchor and a number
// after it, starts a predicate of its own whose modal is not the
// commitment's: a relative clause ("pledged 50 million euros that could
// be used for …", "which can …") or a second verb ("has sent 20 tanks
// and may send more").
func (a *analysis) otherPredicate(k, anchorEnd int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	w := a.lw(k)
	if w != "that" && w != "which" && w != "and" {
		return false // the words below, tested first: they are few
	}
	next := a.has(k+1, cIrrealis, cConsidering) || a.lw(k+1) == "can" ||
		// "and is ready to send more", "and has offered to …"
		k+2 < len(a.toks) && a.has(k+1, cPassiveAux, cPerfectAux) && a.has(k+2, cIrrealis, cConsidering, cDeclined)
	switch w {
	case "that", "which":
		return next && a.numberBetween(anchorEnd, k)
	case "and":
		return (next || a.has(k+1, cDeclined)) && a.numberBetween(anchorEnd, k)
	}
	return false
}

// numberBetween reports whether a number token lies in [from, to).
func (a *analysis) numberBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if a.toks[j].kind == tNum {
			return true
		}
	}
	return false
}

// promiseVerb reports whether token k is a verb of promising, whose sum
// "so far" or "to date" is still a promise: "has so far pledged",
// "have been pledged … so far", "committed in total", "has already
// allocated".
func (a *analysis) promiseVerb(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	w := a.lw(k)
	for _, p := range []string{"pledg", "promis", "commit", "allocat", "earmark", "announc", "approv", "vow"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cumulativeCue reports whether a cue of delivery only says that a sum
// has grown over time ("so far", "to date", "already", "in total"),
// not that anything was handed over.
func cumulativeCue(cue string) bool {
	switch strings.ToLower(cue) {
	case "so far", "to date", "already", "as of", "thus far", "since the start", "since the beginning",
		"since the outbreak", "cumulative", "in total":
		return true
	}
	return false
}

// notYetAnchor reports "not yet" right before the verb at token anchor
// (past "been"), after token from: "has not yet sent", "have not yet
// been delivered". What is not handed over yet is still promised.
func (a *analysis) notYetAnchor(anchor, from int) bool {
	k := anchor - 1
	if k > from && a.lw(k) == "been" {
		k--
	}
	return k-1 >= from && a.lw(k) == "yet" && (a.lw(k-1) == "not" || a.lw(k-1) == "n't")
}
