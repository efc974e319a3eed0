package extractor

// thankedGiver finds, in s before token lim, a country thanked for what
// follows: "Zelensky thanked Denmark for …", "Ukraine is grateful to
// Norway for …". It returns the country's mention and the index of
// "for". The thanked country is the antecedent of a pronoun after it:
// "Ukraine thanked Norway for the 14 tanks it delivered" (resolvePronoun).
// Thanks alone commit nothing ("Zelensky thanked Germany for the 40
// tanks" is no line).
func (a *analysis) thankedGiver(s span, lim int) (actorMention, int, bool) {
	for k := s.start; k < lim; k++ {
		switch a.lw(k) {
		case "thank", "thanks", "thanked", "thanking", "grateful", "gratitude", "praised", "praises", "hailed", "hails":
		default:
			continue
		}
		for _, am := range a.actorsOf(s) {
			if am.start <= k || am.start > k+3 || am.end >= lim {
				continue
			}
			if len(am.code) != 2 || am.cls == cGroup || a.lw(am.end) != "for" {
				break
			}
			return am, am.end, true
		}
	}
	return actorMention{}, 0, false
}
