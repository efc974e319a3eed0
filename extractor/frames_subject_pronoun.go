package extractor

// Pronoun resolution: the antecedent of "it", "they", "we" or "the
// Government" that stands for the committer: the subject (or reporter)
// before it in the sentence, else in the sentences before; "we" in a
// quote is the speaker named after it.

// resolvePronoun finds the antecedent of the pronoun at token k: in the
// same sentence, the first subject (or reporter) before it, with its
// coordinated list for "they"/"we" ("France and the UK, which lead the
// coalition, said they would …"); else the first subject of the previous
// sentence. "he"/"she" take people first.
func (a *analysis) resolvePronoun(k int, s span) ([]actorMention, bool) {
	// an apposition stands for the actor right before it: "Italy, the EU
	// member leading the mission, …", "Norway, the Nordic country, …"
	if a.lw(k) == "the" && k-2 >= s.start && a.tx(k-1) == "," {
		if n := a.actorEndingAt(k-2, s); n >= 0 && a.actors[n].end == k-1 && a.actors[n].cls != cGroup {
			return []actorMention{a.actors[n]}, true
		}
	}
	// "…, the ruling junta, which said it had not approved …": the
	// pronoun of a relative clause of saying stands for the noun before
	// "which"; when that noun is no actor, no actor is meant
	if a.relativeSayer(k, s) {
		return nil, false
	}
	// "the Baltic state", "the Nordic country": the nearest country of
	// that region named before
	if codes := regionCodes(a, k, s); codes != nil {
		return a.regionAntecedent(k, s, codes)
	}
	w := a.lw(k)
	// "his country", "our country": read as the pronoun of the owner
	switch w {
	case "his", "her":
		// "the president of Ivory Coast, X, said his country …": the
		// nearest country named before in the sentence
		// ("Polish Prime Minister Tusk ruled out sending troops to
		// Ukraine, saying his country …": the country of the person who
		// is the subject or the speaker first)
		acts := a.actorsOf(s)
		for n := len(acts) - 1; n >= 0; n-- {
			if am := acts[n]; am.end <= k && len(am.code) == 2 && am.cls != cGroup && am.person && (am.subject || am.reporter) {
				return []actorMention{am}, true
			}
		}
		for n := len(acts) - 1; n >= 0; n-- {
			if am := acts[n]; am.end <= k && len(am.code) == 2 && am.cls != cGroup {
				return []actorMention{am}, true
			}
		}
		w = "he"
	case "their":
		w = "they"
	case "our":
		w = "we"
	case "my":
		w = "i"
	}
	personal := w == "he" || w == "she"
	plural := w == "they" || w == "we"
	pick := func(from span, limit int) ([]actorMention, bool) {
		fallback := -1
		actors := a.actorsOf(from)
		for n, am := range actors {
			if am.end > limit || !(am.subject || am.reporter) {
				continue
			}
			if personal && !am.person {
				// (not a country that needs or receives: "Ukraine needs
				// air defence, and Norway will assist," he said)
				if fallback < 0 && am.cls != cGroup && !a.receiverSubject(am, from) {
					fallback = n
				}
				continue
			}
			if plural {
				list := []actorMention{am}
				for m := n + 1; m < len(actors) && actors[m].end <= limit && a.joined(list[len(list)-1].end, actors[m].start); m++ {
					list = append(list, actors[m])
				}
				return list, true
			}
			return []actorMention{am}, true
		}
		if fallback >= 0 {
			return []actorMention{actors[fallback]}, true
		}
		return nil, false
	}
	// "the Netherlands said it would give …": the reporter right before;
	// a named lender or fund keeps its own pronoun ("the EBRD said it
	// could lend …" is the EBRD's, not the country's before it)
	if !personal {
		acts := a.actorsOf(s)
		for n, am := range acts {
			// ("Chile has said it will send …", "Belgium have so far
			// confirmed they plan to …": auxiliaries before the verb)
			hasSaid := am.subject && a.saidWithAux(am.end, k)
			if (am.reporter || hasSaid) && am.end <= k && (k-am.end <= 3 || hasSaid) && (am.cls != cGroup || plural || w == "it") {
				if k-am.end == 1 || a.tx(am.end) == "," && k-am.end == 2 || a.has(am.end, cReporting) || hasSaid {
					if !plural {
						return []actorMention{am}, true
					}
					// "Belgium and Luxembourg said they …": the whole list
					list := []actorMention{am}
					for m := n - 1; m >= 0 && acts[m].cls != cGroup && a.joined(acts[m].end, list[0].start); m-- {
						list = append([]actorMention{acts[m]}, list...)
					}
					return list, true
				}
			}
		}
	}
	// "The government said it will donate …": the country of the text
	if w == "it" && k >= 3 && a.has(k-1, cReporting) && a.has(k-2, cInstitution) && a.lw(k-3) == "the" && a.actorAt[k-2] < 0 {
		if am, ok := a.institutionActor(a.sentOf(s)); ok {
			am.far = true
			return []actorMention{am}, true
		}
	}
	// "We are committing …," the British minister said: the speaker
	if w == "we" || w == "i" {
		if am, ok := a.speakerAfter(k, s); ok {
			return []actorMention{am}, true
		}
		// "We will send …," she said: the person "she" stands for
		if am, ok := a.pronounSpeaker(k, s); ok {
			return []actorMention{am}, true
		}
		// "… 300 soldiers," said the Estonian defence minister: the
		// speaker after an inverted verb of saying
		for _, am := range a.actorsOf(s) {
			p := am.start - 1
			if p > k && a.lw(p) == "the" {
				p--
			}
			if am.start > k && len(am.code) == 2 && p > k && a.has(p, cReporting) && (a.tx(p-1) == "," || isQuote(a.tx(p-1))) {
				return []actorMention{am}, true
			}
		}
	}
	// "Ukraine thanked Norway for the 14 tanks it delivered": the country
	// thanked
	if !personal && !plural {
		if am, _, ok := a.thankedGiver(s, k); ok {
			return []actorMention{am}, true
		}
	}
	// "the US, the UK and France, all of whom have said they will …": the
	// list before the relative
	if list, ok := a.listBeforeAllOf(k, s); ok && plural {
		return list, true
	}
	// "It is up to EU countries to decide if they want to …": a group
	// named last before "they" in the sentence is what it stands for
	if am, ok := a.groupBeforeThey(k, s); ok && w == "they" {
		if am.cls != cGroup {
			return nil, false // "EU countries": a group with no line of its own
		}
		return []actorMention{am}, true
	}
	if list, ok := pick(s, k); ok {
		return list, true
	}
	si := a.sentOf(s)
	if si <= 0 {
		// "It will provide €200 million, the German minister said": with
		// nothing before, the speaker after
		if am, ok := a.speakerAfter(k, s); ok && !personal {
			return []actorMention{am}, true
		}
		return nil, false
	}
	prev := a.sents[si-1]
	// "Ukraine thanked Japan for its help. The country has provided …":
	// the country thanked gives
	if !personal && !plural && (k == s.start || k == s.start+1 && a.lw(s.start) == "the") {
		if am, ok := a.thankedBefore(prev); ok {
			return []actorMention{am}, true
		}
	}
	if list, ok := pick(prev, prev.end); ok {
		return list, true
	}
	if am, ok := a.speakerAfter(k, s); ok && !personal && !plural {
		return []actorMention{am}, true // no subject before: the speaker after
	}
	// across paragraphs: the last country named as a subject in the
	// sentences before ("Japan …" then, after a paragraph about others,
	// "it will send …"); a guess that goes to review
	if plural {
		return nil, false
	}
	// (a subject first; else the last country named other than as a
	// place: "the NZDF deployment")
	// (passes 0 and 1 take only a country whose sentence has a cue of
	// giving: "Moldova faces a hard winter" gives nothing; passes 2 and 3
	// any)
	for pass := 0; pass < 4; pass++ {
		for sj := si - 2; sj >= 0 && sj >= si-farBack; sj-- {
			actors := a.actorsOf(a.sents[sj])
			for n := len(actors) - 1; n >= 0; n-- {
				am := actors[n]
				if len(am.code) != 2 || am.cls == cGroup {
					continue
				}
				if pass < 2 && !a.givingCue(sj, am.code) {
					continue
				}
				if pass%2 == 0 && (am.subject || am.reporter) || pass%2 == 1 && !a.afterPrep(am.start) {
					am.far = true
					return []actorMention{am}, true
				}
			}
		}
	}
	return nil, false
}

// speakerAfter returns the reporter named after the pronoun at token k in
// its sentence: "We are committing …," the British minister said.
func (a *analysis) speakerAfter(k int, s span) (actorMention, bool) {
	for _, am := range a.actorsOf(s) {
		if am.start > k && am.reporter {
			return am, true
		}
	}
	return actorMention{}, false
}
