package extractor

// ruleTroopsListAnaphor names the frame of troops whose subject stands
// for the countries listed in a sentence before: "Both countries will
// send 500 troops", "Each country has pledged a further 2,000 troops".
const ruleTroopsListAnaphor = "troops.list-anaphor"

// listAnaphorFrame matches troops q committed by a subject that opens
// sentence s and stands for a coordinated list of two or more countries
// named in the two sentences before: "they", "both", "both countries",
// "the two countries", "each country", "each of the (two, African)
// countries", "all three nations". A verb of giving, sending, refusing or
// weighing must come between the subject and q (six tokens at most, no
// punctuation, no other actor). A count in the phrase must equal the
// length of the list; "they" takes only a list that ends the sentence
// before's actors. A count of troops stays a joint total unless "each"
// shares it out (jointTroops).
func (a *analysis) listAnaphorFrame(q *quantity, s span) (frame, bool) {
	k := s.start
	for k < s.end && (a.tx(k) == "“" || a.tx(k) == "\"") {
		k++
	}
	end, want, pronoun, ok := a.listAnaphorSubject(k, s)
	if !ok || q.start <= end || q.start-end > 8 {
		return frame{}, false
	}
	verb := -1
	for j := end; j < q.start; j++ {
		if a.toks[j].kind == tPunct || a.actorAt[j] >= 0 || a.has(j, cClauseBreak, cReceive) || askedWord(a.lw(j)) {
			return frame{}, false
		}
		if verb < 0 && a.has(j, cTrigger, cDeliveryPast, cDeclined, cConsidering) {
			verb = j
		}
	}
	if verb < 0 {
		return frame{}, false
	}
	list := a.countryListBefore(a.sentOf(s), want, pronoun)
	if len(list) < 2 {
		return frame{}, false
	}
	return frame{actors: list, anchor: span{verb, verb + 1}, rule: rulePronoun, name: ruleTroopsListAnaphor,
		window: span{k, max(q.end, verb+1)}, conf: 0.55, anaphor: span{k, end}}, true
}

// listAnaphorSubject reads a subject at token k that stands for several
// countries named before; it returns the token after it, the count the
// phrase gives (0 for none) and whether it is the pronoun "they".
func (a *analysis) listAnaphorSubject(k int, s span) (end, want int, pronoun, ok bool) {
	num := func(j int) (int, int) { // a count word at j: its value and the token after
		if m, ok := a.longest(j, s.end, cNumWord); ok && m.end == j+1 && m.num >= 2 && m.num <= 9 {
			return int(m.num), j + 1
		}
		return 0, j
	}
	nations := func(j int) bool {
		switch a.lw(j) {
		case "countries", "nations", "states", "governments":
			return true
		}
		return false
	}
	switch w := a.lw(k); w {
	case "they":
		return k + 1, 0, true, true
	case "both":
		j := k + 1
		if nations(j) {
			j++
		}
		return j, 2, false, true
	case "the", "all":
		n, j := num(k + 1)
		if n == 0 || !nations(j) {
			return 0, 0, false, false
		}
		return j + 1, n, false, true
	case "each":
		j := k + 1
		if a.lw(j) == "country" || a.lw(j) == "nation" || a.lw(j) == "government" {
			return j + 1, 0, false, true
		}
		if a.lw(j) != "of" || a.lw(j+1) != "the" {
			return 0, 0, false, false
		}
		n, j := num(j + 2)
		// "each of the South Asian countries": adjectives before the noun
		for h := j; h < s.end && h < j+4; h++ {
			if nations(h) {
				return h + 1, n, false, true
			}
			if a.toks[h].kind != tWord || a.has(h, cTrigger, cDeliveryPast, cPassiveAux, cPerfectAux, cIrrealis) {
				break
			}
		}
	}
	return 0, 0, false, false
}

// countryListBefore returns the last coordinated list of two or more
// countries named in the two sentences before sentence si (of want
// countries when want > 0), or nil. With last set, the list must hold
// the last actor of the sentence right before ("they").
func (a *analysis) countryListBefore(si, want int, last bool) []actorMention {
	for sj := si - 1; sj >= 0 && sj >= si-2; sj-- {
		acts := a.actorsOf(a.sents[sj])
		for n := len(acts) - 1; n >= 0; n-- {
			list := []actorMention{acts[n]}
			for m := n - 1; m >= 0 && a.joined(acts[m].end, list[0].start); m-- {
				list = append([]actorMention{acts[m]}, list...)
			}
			good := len(list) >= 2 && (want == 0 || len(list) == want)
			for _, am := range list {
				if len(am.code) != 2 || am.cls == cDemonym || am.cls == cGroup {
					good = false
				}
			}
			if good {
				return list
			}
			if last {
				return nil // "they": the last actors named before only
			}
			n -= len(list) - 1
		}
		if last {
			return nil
		}
	}
	return nil
}
