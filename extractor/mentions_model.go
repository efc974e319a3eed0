package extractor

// Model codes of materiel not in the lexicon ("S-400", "M777", "A400M",
// "T-90s", "R44"): letters, a number glued to them (after a hyphen or
// not) and an optional glued suffix, read as an equipment noun where they
// stand as a head.

// modelCodeEnd returns the end of the model code that starts at token i,
// or i when there is none. A code is a capitalised word of one to four
// letters that starts a word (not glued to the token before), then
// glued to it a hyphen and a number, or a number of two digits or more,
// then a glued suffix of at most three letters ("MQ-9B", "A400M",
// "S-400s"). Letters that open codes of other things are no model:
// groups ("G7", "P5", "E3", "V4", the "M23" rebels; the M-series
// weapons are in the lexicon), flights ("MH17"), diseases ("COVID-19",
// "H1N1"), quarters and years ("Q3", "FY24"), climate talks ("COP28").
func (a *analysis) modelCodeEnd(i int) int {
	toks := a.toks
	if i+1 >= len(toks) || toks[i].kind != tWord || toks[i].glued || !a.upper(i) {
		return i
	}
	letters := a.lw(i)
	if len(letters) > 4 || notModelLetters(letters) {
		return i
	}
	j := i + 1
	hyphen := false
	if a.tx(j) == "-" && toks[j].glued {
		hyphen = true
		j++
	}
	if j >= len(toks) || toks[j].kind != tNum || !toks[j].glued {
		return i
	}
	digits := toks[j].end - toks[j].start
	if digits > 4 || !hyphen && digits < 2 {
		return i
	}
	for k := toks[j].start; k < toks[j].end; k++ {
		if c := a.text[k]; c < '0' || c > '9' {
			return i // "1,000", "2.5": no model number
		}
	}
	j++
	if j < len(toks) && toks[j].kind == tWord && toks[j].glued && toks[j].end-toks[j].start <= 3 {
		j++ // "A400M", "MQ-9B", "S-400s"
	}
	return j
}

// notModelLetters reports whether the lower-cased letters w open codes
// that name no materiel (see modelCodeEnd).
func notModelLetters(w string) bool {
	switch w {
	case "g", "p", "e", "v", "b", "c", "n", "m", "mh", "h", "q", "fy", "cop", "eu", "un", "co", "pm", "iso",
		"cov", "hiv", "ba", "xbb", "sars", "ww", "wwii", "art", "sec", "no", "vs", "ch", "km", "kg", "am", "pp",
		"us", "uk", "usd", "eur", "gbp", "rmb", "jpy", "cad", "aud", "chf", "cny", "inr", "pkr", "nok", "sek", "dkk":
		return true
	}
	return false
}

// modelHeadEnd reports whether the model code at [i, end) stands as the
// head of a noun phrase: it is followed by the end of the sentence,
// punctuation, a preposition, "and" or "or", a verb or auxiliary, a noun
// that continues an equipment name ("S-400 systems") or a unit of the
// weapon ("S-400 regiments"). A code before
// another word ("the S-400 deal") modifies that word.
func (a *analysis) modelHeadEnd(end, lim int) bool {
	if end >= lim || a.toks[end].kind == tPunct {
		return true
	}
	switch a.lw(end) {
	case "and", "or", "as", "that", "which", "were", "was", "are", "is", "have", "has", "will":
		return true
	}
	if weaponUnit(a.lw(end)) {
		return true // "five S-400 regiments", "two HQ-9 squadrons"
	}
	return a.has(end, cLocPrep, cEquipSuffix, cEquipNoun, cTrigger, cDeliveryPast, cPassiveAux, cPerfectAux)
}

// markModelCodes adds an equipment-noun match at each model code that
// stands as a head and where no equipment noun of the lexicon starts
// (see modelCodeEnd, modelHeadEnd), before the mentions are read. model
// is the Extractor's entry of class cEquipNoun.
func (a *analysis) markModelCodes(model *entry) {
	toks := a.toks
	for si := range a.sents {
		s := a.sents[si]
		for i := s.start; i < s.end; i++ {
			// (a code's letters start a word and its next token is glued
			// to them: most words fail here, before modelCodeEnd)
			if i+1 >= len(toks) || !toks[i+1].glued || toks[i].glued || toks[i].kind != tWord ||
				a.cls[i]&(1<<cEquipNoun|1<<cCountry|1<<cMetonym|1<<cCurCode) != 0 {
				continue
			}
			end := a.modelCodeEnd(i)
			if end == i || end > s.end || !a.modelHeadEnd(end, s.end) {
				continue
			}
			if end < s.end && weaponUnit(a.lw(end)) {
				end++ // the unit is part of the item: "S-400 regiments"
			}
			// longest first: the code goes before shorter matches at i
			ms := make([]match, 0, len(a.ann[i])+1)
			ms = append(ms, match{entry: model, start: i, end: end})
			a.ann[i] = append(ms, a.ann[i]...)
			a.cls[i] |= 1 << cEquipNoun
			i = end - 1
		}
	}
}

// weaponUnit reports whether w names units of a weapon after its model
// code: "five S-400 regiments", "two HQ-9 squadrons", "S-400 kits".
func weaponUnit(w string) bool {
	switch w {
	case "regiment", "regiments", "squadron", "squadrons", "kits", "sets", "pieces":
		return true
	}
	return false
}
