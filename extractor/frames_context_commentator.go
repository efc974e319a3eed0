package extractor

// guardCommentator stops a hedged commitment that a commentator, not the
// government, ascribes to a country (commentatorModal).
const guardCommentator = "guard.commentator"

// commentatorModal reports a hedge told by commentators: "Analysts say
// Germany could send troops", "experts believe Japan might supply
// drones". A noun of commentators followed within three words by a verb
// of saying or thinking stands before the frame's first actor in its
// sentence, and a modal of possibility ("could", "might", "may",
// "would", "can") stands between the actor and the verb. The
// conventions leave out hypotheticals by commentators; a government's
// own hedge ("officials said Britain could send troops") stays.
func (a *analysis) commentatorModal(f *frame) bool {
	if len(f.actors) == 0 || f.anchor.start >= len(a.toks) {
		return false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	first, last := f.actors[0].start, f.actors[len(f.actors)-1].end
	if f.anaphor.end > f.anaphor.start {
		last = f.anaphor.end
	}
	if first > f.anchor.start || last > f.anchor.start {
		return false
	}
	modal := false
	for k := max(0, last); k < f.anchor.start && k < last+5; k++ {
		switch a.lw(k) {
		case "could", "might", "may", "would", "can":
			modal = true
		}
	}
	if !modal {
		return false
	}
	for k := a.sents[si].start; k < first; k++ {
		if !commentatorNoun(a.lw(k)) {
			continue
		}
		for j := k + 1; j < first && j <= k+3; j++ {
			if opinionVerb(a.lw(j)) {
				return true
			}
		}
	}
	return false
}

// commentatorNoun reports a noun of people who comment on governments
// without speaking for one.
func commentatorNoun(w string) bool {
	switch w {
	case "analysts", "analyst", "experts", "expert", "commentators", "commentator", "pundits",
		"economists", "economist", "scholars", "academics", "researchers", "historians", "strategists":
		return true
	}
	return false
}

// opinionVerb reports a verb of saying, thinking or guessing.
func opinionVerb(w string) bool {
	switch w {
	case "say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought",
		"suggest", "suggests", "suggested", "argue", "argues", "argued", "speculate", "speculates", "speculated",
		"predict", "predicts", "predicted", "reckon", "reckons", "estimate", "estimates", "note", "notes", "noted",
		"warn", "warns", "warned", "expect", "expects", "expected":
		return true
	}
	return false
}
