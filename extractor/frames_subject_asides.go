package extractor

import "strings"

// Asides between commas that the subject search steps over: a short
// adverbial aside before the quantity ("will provide, over three years,
// €1 billion") and a condition or aside closed by a comma (", if asked,").

// asideBefore reports whether the comma at c opens a short aside between
// commas before pos: "pledged, respectively, $5m and $3m", "will provide,
// over three years, €1 billion". The aside holds one to five words and no
// verb of commitment, actor or clause break, and starts with an adverb in
// -ly or a preposition: a noun there is a list ("food, tents, blankets").
func (a *analysis) asideBefore(c, pos int) bool {
	if c+1 >= pos || a.upper(c+1) {
		return false
	}
	switch w := a.lw(c + 1); w {
	case "in", "over", "for", "according", "so", "at", "as", "on", "within", "through", "during", "this", "next", "last", "after", "together", "once", "again", "too", "also":
	default:
		if !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	for k := c + 1; k < pos && k <= c+6; k++ {
		if a.tx(k) == "," {
			return k > c+1
		}
		if a.has(k, cTrigger, cDeliveryPast, cClauseBreak) || a.actorAt[k] >= 0 || a.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// conditionAside returns the index of the comma that opens a short
// condition or aside between commas closed by the comma at token k (", if
// asked,", ", when requested,", ", not Austria,", ", according to the
// UN,", a relative clause after an actor: ", which chairs the EU
// council,"), or -1.
func (a *analysis) conditionAside(k int, s span) int {
	if a.tx(k) != "," {
		return -1
	}
	for j := k - 2; j >= s.start && j >= k-6; j-- {
		if a.tx(j) == "," {
			switch a.lw(j + 1) {
			case "if", "when", "once", "should":
				return j
			case "according", "not", "unlike", "rather", "instead":
				// an aside that names another actor or a source: "Hungary,
				// not Austria, will send …", "…, according to the UN, will …"
				return j
			}
			break
		}
	}
	// "Spain, which chairs the EU council, will send …": a relative
	// clause between commas; its actors are not the subject
	for j := k - 2; j >= s.start && j >= k-12; j-- {
		if a.tx(j) == "," {
			switch a.lw(j + 1) {
			case "which", "who", "whose":
				if j > s.start && a.actorEndingAt(j-1, s) >= 0 {
					return j
				}
			}
			return -1
		}
	}
	return -1
}
