package extractor

// Guards of the support frames on what the support is for: a political
// stance or a domestic group as its object ("support for the ceasefire
// proposal"), a country as the only object of "support" or "back", and
// support ranked or compared rather than given.

// politicalObject reports whether the phrase after a support noun or verb
// that starts at token k ("for", "to" or the verb's object) names a
// political stance or a domestic group rather than help given to another
// country: "support for Ukraine's sovereignty", "support for the ceasefire
// proposal", "to support the resolution", "support for farmers". The
// phrase ends at punctuation, a preposition, "and" or a clause break; a
// support noun inside it ("support for the ceasefire monitoring mission")
// makes it help again.
func (a *analysis) politicalObject(k int, s span) bool {
	if k < s.end && (a.lw(k) == "for" || a.lw(k) == "to" || a.lw(k) == "of" || a.lw(k) == "in") {
		k++
	}
	political := false
	for j := k; j < s.end && j < k+8; j++ {
		if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) || a.has(j, cClauseBreak, cLocPrep) {
			break
		}
		switch a.lw(j) {
		case "and", "or", "of", "with", "by", "from", "against", "at", "on", "over", "as", "that", "which", "who":
			return political
		}
		if a.has(j, cSupportNoun) && a.lw(j) != "support" {
			return false
		}
		// "support to member states": an organisation's own members
		// ("support for the recovery efforts": work on the ground, no stance)
		if politicalWord(a.lw(j)) && !(a.lw(j) == "efforts" && reliefWork(a.lw(j-1))) || a.lw(j) == "member" && j+1 < s.end && (a.lw(j+1) == "states" || a.lw(j+1) == "countries") {
			political = true
		}
	}
	return political
}

// politicalWord reports whether w names a stance, a diplomatic object or
// a domestic group, whose "support" is no commitment of help.
func politicalWord(w string) bool {
	switch w {
	case "sovereignty", "independence", "integrity", "proposal", "proposals",
		"resolution", "resolutions", "ceasefire", "truce", "sanctions", "idea", "ideas", "bid",
		"membership", "candidacy", "accession", "deal", "talks", "negotiations", "position", "stance",
		"declaration", "statement", "formula", "cause", "aspirations", "principles", "solution",
		"settlement", "dialogue", "diplomacy", "agenda", "motion", "bill", "legislation", "candidate", "efforts",
		"path", "order", "values", "democracy", "unity", "peace", "rights", "interests", "vision",
		"farmers", "households", "families", "businesses", "pensioners", "consumers", "workers",
		"veterans", "companies", "residents", "treaty", "treaties", "accord", "accords", "pact", "convention", "agreement",
		"summit", "forum", "games", "olympics", "tournament", "election", "elections", "contest", "competition", "citizens", "taxpayers", "employers", "producers":
		return true
	}
	return false
}

// forBeforeDeterminer returns the position of "for" when token k ends a
// determiner or a capitalised possessor right after it ("for the jets",
// "for Ukraine's howitzers"), else -1. (It runs before
// the actors are found: a possessor is one to three capitalised words.)
func (a *analysis) forBeforeDeterminer(k int, s span) int {
	if k <= s.start || k >= s.end {
		return -1
	}
	j := k
	switch a.lw(j) {
	case "the", "its", "their", "these", "those", "this", "his", "her":
		j--
	default:
		if a.lw(j) == "s" && j-2 >= s.start && isApostropheText(a.tx(j-1)) {
			j -= 2 // "Ukraine ' s" as three tokens
		}
		if j+1 >= s.end || !a.upper(j) || !(isApostropheText(a.tx(j+1)) || a.lw(j+1) == "s") {
			return -1
		}
		for n := 0; j > s.start && n < 2 && a.upper(j-1); n++ {
			j-- // "the United Kingdom's"
		}
		j--
		if j > s.start && a.lw(j) == "the" {
			j--
		}
	}
	if j >= s.start && a.lw(j) == "for" {
		return j
	}
	return -1
}

// bareCountryObject reports whether the support verb at token k ("to
// support", "to back", "to help") has only a country as its object, with
// no kind of help named: "its commitment to support Ukraine", "vowed to
// back Kyiv for as long as it takes". Such a sentence states a stance.
func (a *analysis) bareCountryObject(k int, s span) bool {
	switch a.lw(k) {
	case "support", "back", "bolster", "help", "assist":
	default:
		return false
	}
	j := k + 1
	if j >= s.end || a.actorAt[j] < 0 {
		return false
	}
	for j < s.end && a.actorAt[j] == a.actorAt[k+1] {
		j++
	}
	if j >= s.end || a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) {
		return true
	}
	switch a.lw(j) {
	case "for", "in", "until", "as", "through", "against", "during", "and", "at", "on", "whatever":
		return true
	}
	return false
}

// comparison reports whether the support q is ranked or compared rather
// than given: "the most government support", "slightly more military
// aid", "more training than any other ally", "less support".
func (a *analysis) comparison(q *quantity, s span) bool {
	for j := q.end - 2; j >= s.start && j >= q.start-3; j-- {
		switch a.lw(j) {
		case "most", "least":
			return j > s.start && a.lw(j-1) == "the"
		case "less", "fewer":
			return true
		case "more":
			if j > s.start {
				switch a.lw(j - 1) {
				case "slightly", "significantly", "far", "much", "considerably", "somewhat", "substantially", "a lot", "marginally":
					return true
				}
			}
			for t := q.end; t < s.end && t < q.end+4; t++ {
				if a.lw(t) == "than" {
					// "more military aid than ever": a pledge of more
					switch w := a.lw(t + 1); w {
					case "ever", "before", "planned", "previously", "promised", "expected", "last":
						return false
					}
					return true
				}
			}
			return false
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}
