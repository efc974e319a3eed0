package extractor

// Past verbs of handing over that govern a quantity's noun phrase when
// the frame's anchor is not its verb: "made a contribution of" (madeGift),
// a past verb over a promised participle or "under" ("delivered a portion
// of the promised jets", governingPast), the past deed of a main clause
// after an opening "With …," (instrumentPast), and the participle of
// handing over after a whole of parts (wholeGiven).

import "strings"

// madeGift reports a noun of giving as the frame's anchor whose verb is
// a past of "make" ("made its first contribution of €10 million", "has
// made a payment of $100 million", "made a donation of 50 tonnes") or of
// a verb that tells it done (completedVerb: "completed the transfer of",
// "has reported an urgent transfer of"): the gift is handed over. Only determiners and adjectives stand between;
// not after a modal, "to" or a negation ("will make a contribution",
// "pledged to make a payment").
func (a *analysis) madeGift(f *frame) (string, bool) {
	k := f.anchor.start
	if f.anchor.end != k+1 || k < 1 {
		return "", false
	}
	switch a.lw(k) {
	case "contribution", "contributions", "donation", "donations", "payment", "payments", "transfer", "transfers",
		"deposit", "deposits", "disbursement", "disbursements", "delivery", "deliveries", "shipment", "shipments", "handover":
	default:
		return "", false
	}
	for j := k - 1; j >= f.window.start && j >= k-5 && j >= 0; j-- {
		switch w := a.lw(j); {
		case w == "a", w == "an", w == "the", w == "its", w == "their", w == "his", w == "her", w == "our", w == "first", w == "second",
			w == "third", w == "initial", w == "new", w == "additional", w == "further", w == "latest", w == "final", w == "single",
			w == "direct", w == "financial", w == "voluntary", w == "another", w == "urgent", w == "emergency", nounSizeAdjective(w):
			continue
		case w == "made" || completedVerb(w):
			if j >= 1 && (a.has(j-1, cIrrealis) || a.lw(j-1) == "be" || a.lw(j-1) == "been" || a.has(j-1, cPassiveAux)) {
				return "", false
			}
			return a.text[a.toks[j].start:a.toks[k].end], true
		default:
			return "", false
		}
	}
	return "", false
}

// completedVerb reports whether w is a past of a verb that tells a
// handing over as done or reported done, like "made" before a noun of
// giving: "completed the transfer of a power plant", "has reported an
// urgent transfer of 90 generators", "finalised the delivery".
func completedVerb(w string) bool {
	switch w {
	case "completed", "finalised", "finalized", "finished", "concluded", "reported":
		return true
	}
	return false
}

// governingPast reports a past verb of handing over that governs the
// frame's anchor when the anchor is not the verb of the quantity: an
// attributive participle of promising ("has delivered a significant
// portion of the promised F-16 jets", "sent the pledged 20 tanks") or
// "under" after a participle of giving ("13 boats provided under Japan's
// grant aid worth P270 million"). Only determiners, adjectives and nouns
// of a part ("portion of", "the rest of") may stand between; not after a
// modal, "to", a negation, "yet" or a present passive ("are provided
// under"). It returns the cue.
func (a *analysis) governingPast(f *frame) (string, bool) {
	k := f.anchor.start
	if f.anchor.end != k+1 || k < 2 {
		return "", false
	}
	v := -1
	switch a.lw(k) {
	case "promised", "pledged", "committed", "announced":
		if f.rule == rulePassive && k+1 < len(a.toks) && a.lw(k+1) == "by" {
			return "", false // "the tanks promised by Germany": the subject's own predicate decides
		}
		for j := k - 1; j >= f.window.start && j >= k-7 && j >= 0; j-- {
			switch w := a.lw(j); {
			case w == "the", w == "its", w == "their", w == "a", w == "an", w == "of", w == "previously", w == "earlier", w == "portion",
				w == "part", w == "all", w == "most", w == "some", w == "half", w == "rest", w == "remainder", w == "first", w == "last",
				w == "significant", w == "large", w == "majority", w == "remaining", w == "bulk", nounSizeAdjective(w):
				continue
			}
			if a.has(j, cDeliveryPast) && a.toks[j].kind == tWord && !a.upper(j) {
				v = j
			}
			break
		}
	case "under":
		if a.has(k-1, cDeliveryPast) && a.toks[k-1].kind == tWord {
			v = k - 1
			if a.lw(k-2) == "is" || a.lw(k-2) == "are" || a.lw(k-2) == "be" || a.lw(k-2) == "being" {
				return "", false
			}
		}
	}
	if v < 0 || a.lw(v) == "given" && a.lw(k) != "under" {
		return "", false
	}
	for n := v - 1; n >= 0 && n >= v-3 && n >= f.window.start; n-- {
		if a.has(n, cIrrealis) || a.lw(n) == "yet" || a.lw(n) == "never" {
			return "", false
		}
	}
	return a.tx(v), true
}

// ruleStatusInstrument: a sum in a phrase that opens the sentence
// ("With funding of $20 million from Norway, UNICEF delivered vaccines",
// "Thanks to a $10 million contribution from Japan, the WFP distributed
// food") is the means of a past deed of the main clause: delivered.
const ruleStatusInstrument = "status.instrument-past"

// instrumentPast reports a quantity in an opening phrase after "With",
// "Thanks to" or "Using" and before the first comma of its sentence,
// whose main clause after the comma has a past verb (a past of handing
// over or a lower-case word in "-ed" not after "be", "is" or "are")
// within ten tokens and no modal or "to" before it. It returns the cue.
func (a *analysis) instrumentPast(q *quantity) (string, bool) {
	if q.sent < 0 || q.sent >= len(a.sents) {
		return "", false
	}
	s := a.sents[q.sent]
	k := s.start
	for k < s.end && a.toks[k].kind == tPunct {
		k++
	}
	switch {
	case a.lw(k) == "with" || a.lw(k) == "using":
	case a.lw(k) == "thanks" && a.lw(k+1) == "to":
	default:
		return "", false
	}
	comma := -1
	for j := k + 1; j < s.end; j++ {
		if a.tx(j) == "," {
			comma = j
			break
		}
	}
	if comma < 0 || q.start < k || q.end > comma {
		return "", false
	}
	for j := comma + 1; j < s.end && j <= comma+10; j++ {
		w := a.lw(j)
		if a.has(j, cIrrealis) || a.toks[j].kind == tPunct {
			return "", false
		}
		if a.toks[j].kind != tWord || a.upper(j) {
			continue
		}
		if a.has(j, cDeliveryPast) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			if p := a.lw(j - 1); p == "be" || p == "is" || p == "are" || p == "being" {
				return "", false
			}
			return a.tx(j), true
		}
	}
	return "", false
}

// wholeGiven reports a whole of parts whose own participle of handing
// over follows it within five tokens, before a comma: "$400 million of
// the $500 million credit line extended by India", "$1 billion from
// the $3 billion facility provided by Saudi Arabia". The whole was
// handed over, not only promised (see wholeOfPart).
func (a *analysis) wholeGiven(q *quantity) bool {
	if q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	end := a.sents[q.sent].end
	for j := q.end; j < end && j < q.end+5; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cIrrealis, cClauseBreak) {
			return false
		}
		if a.has(j, cDeliveryPast) && a.toks[j].kind == tWord && !a.upper(j) && a.lw(j) != "given" {
			return j+1 < end && (a.lw(j+1) == "by" || a.isYear(j+1) || a.lw(j+1) == "in" || a.lw(j+1) == "last" || a.lw(j+1) == "earlier")
		}
	}
	return false
}
