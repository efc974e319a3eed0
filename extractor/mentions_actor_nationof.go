package extractor

// nationOfOpens reports whether token p, the word "of" right before a
// country, closes a description of that country that opens its clause:
// "The Republic of Chad has committed …", "the West African nation of
// Benin has announced …", "In a new move, the Gulf state of Qatar will
// send …". The country is then the subject, not the object of "of".
//
// The description is "the", at most three adjectives or names, and a
// noun of a state (nation, country, republic, kingdom, state, …), with
// "the" at the start of sentence s, or right after a comma when the
// country, ending at end, is not the first of a list ("For Georgia, the
// Republic of Moldova and Ukraine, the EU …": the places of a list).
func (a *analysis) nationOfOpens(p, end int, s span) bool {
	if p-2 < s.start || a.lw(p) != "of" {
		return false
	}
	listed := end < s.end && (a.tx(end) == "," || a.lw(end) == "and" || a.lw(end) == "or")
	switch a.lw(p - 1) {
	case "nation", "country", "republic", "kingdom", "state", "emirate", "sultanate", "principality", "archipelago", "island", "federation":
	default:
		return false
	}
	for j := p - 2; j >= s.start && j >= p-5; j-- {
		if a.lw(j) == "the" {
			return j == s.start || a.tx(j-1) == "," && !listed
		}
		if a.toks[j].kind != tWord {
			return false
		}
	}
	return false
}
