package extractor

// whoseOwner reads the country that a relative "whose" clause before the
// join verb at token v belongs to: "…, except for Hungary, whose
// officials refused to participate in …", "Italy, whose navy will lead
// the mission, …". Between "whose" and the verb stand the owned noun
// (one or two words) and at most four words of its verb group; before
// "whose" a comma and the country. It returns nil when there is none.
func (a *analysis) whoseOwner(v int, s span) *actorMention {
	for j := v - 1; j > s.start+1 && j >= v-7; j-- {
		if a.toks[j].kind == tPunct {
			return nil
		}
		if a.lw(j) != "whose" {
			continue
		}
		if j-1 <= s.start || a.tx(j-1) != "," || v-j < 2 {
			return nil
		}
		n := a.actorEndingAt(j-2, s)
		if n < 0 || a.actors[n].end != j-1 || len(a.actors[n].code) != 2 || a.actors[n].cls == cGroup {
			return nil
		}
		am := a.actors[n]
		return &am
	}
	return nil
}
