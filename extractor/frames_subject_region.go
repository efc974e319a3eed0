package extractor

import "slices"

// regionCodes returns the countries that a regional description at token
// k can stand for ("the Baltic state" for Estonia, Latvia or Lithuania,
// "the Nordic country", "the Gulf state"), or nil when the pronoun at k
// names no region.
func regionCodes(a *analysis, k int, s span) []string {
	if a.lw(k) != "the" || k+2 >= s.end {
		return nil
	}
	switch a.lw(k + 1) {
	case "baltic":
		return []string{"EE", "LV", "LT"}
	case "nordic":
		return []string{"NO", "SE", "DK", "FI", "IS"}
	case "scandinavian":
		return []string{"NO", "SE", "DK"}
	case "gulf":
		return []string{"SA", "AE", "QA", "KW", "BH", "OM"}
	case "alpine":
		return []string{"AT", "CH", "LI", "SI"}
	}
	return nil
}

// regionAntecedent resolves a regional description at token k to the
// nearest country of codes named before it, in its sentence or up to
// farBack sentences back; a region with no such country named resolves
// to none (the text's other countries are not it).
func (a *analysis) regionAntecedent(k int, s span, codes []string) ([]actorMention, bool) {
	si := a.sentOf(s)
	for sj := si; sj >= 0 && sj >= si-farBack; sj-- {
		actors := a.actorsOf(a.sents[sj])
		for n := len(actors) - 1; n >= 0; n-- {
			am := actors[n]
			if am.end > k || !slices.Contains(codes, am.code) {
				continue
			}
			am.far = sj < si-1
			return []actorMention{am}, true
		}
	}
	return nil, false
}
