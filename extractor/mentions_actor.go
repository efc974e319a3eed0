package extractor

// actorMentionAt recognises an actor mention at token i and returns the index
// after it, or i.
func (a *analysis) actorMentionAt(si int, s span, i int) int {
	const actorCls = 1<<cCountry | 1<<cMetonym | 1<<cLeader | 1<<cGroup | 1<<cDemonym
	if i >= 0 && i < len(a.cls) && a.cls[i]&actorCls == 0 {
		return i // fast path: no actor starts here
	}
	m, ok := a.longest(i, s.end, cCountry, cMetonym, cLeader, cGroup, cDemonym)
	if !ok || a.claimed[i] || a.compoundOrigin(m.end, s) {
		return i // "a London-based charity"
	}
	// prefer an actor class over a group/demonym of the same length
	for _, c := range []class{cCountry, cMetonym, cLeader, cGroup, cDemonym} {
		if mm, ok := a.longest(i, s.end, c); ok && mm.end == m.end {
			m = mm
			break
		}
	}
	toks := a.toks
	am := actorMention{span: span{i, m.end}, code: m.value, cls: m.class, person: m.class == cLeader, sent: si}
	if m.value == "EU" && m.class == cMetonym && a.lw(i) == "brussels" && a.belgianSentence(i, s) {
		am.code = "BE" // "Belgium's defence minister said Brussels would send troops"
	}
	if m.class == cGroup || m.value == "XK" {
		// Kosovo has no ISO 3166-1 code ("XK" is user-assigned): a group,
		// as in the gold files; it stays a country in a list of countries
		// ("Kazakhstan, Kosovo and Albania")
		am.code = m.group
		if name := a.text[toks[i].start:toks[m.end-1].end]; m.group == "" || m.group[len("group:"):] != name {
			am.code = "group:" + name // written otherwise than listed
		}
	}
	end := m.end
	if e, ok := a.ownedInstitution(m, end, s); ok {
		am.end = e // "Peru's Congress", "the Peruvian Congress"
		a.actors = append(a.actors, am)
		a.claim(i, e)
		return e
	}
	// "U.S. President Donald Trump", "the German government", "Trump's administration"
	j := end
	if pj, ok := a.isPossessive(j, s.end); ok {
		j = pj
	}
	// "British Africa minister", "German Development Minister", "Italian
	// defence officials": a demonym, up to two capitalised words or words
	// of an office, then a title
	if m.class == cDemonym {
		if _, ok := a.longest(j, s.end, cTitle); !ok {
			for n := j; n < s.end && n < j+2 && toks[n].kind == tWord && (a.upper(n) || officeWord(a.lw(n))); n++ {
				if _, ok := a.longest(n+1, s.end, cTitle); ok && !a.has(n, cCountry, cMetonym, cLeader) {
					j = n + 1
					break
				}
			}
		}
	}
	if t, ok := a.longest(j, s.end, cTitle); ok {
		end = t.end
		// "the Swedish defence ministry spokesperson": titles in a row
		for n := 0; n < 3; n++ {
			t2, ok := a.longest(end, s.end, cTitle)
			if !ok {
				break
			}
			end = t2.end
		}
		am.person = true
		for end < s.end && toks[end].kind == tWord && a.upper(end) && !a.has(end, cTrigger, cReporting, cDeliveryPast) {
			end++
		}
		if l, ok := a.longest(end, s.end, cLeader); ok {
			end = l.end
		}
		end = a.postedIn(i, end, s) // "the Japanese embassy in Nairobi"
	} else if m.class == cDemonym && !a.demonymSubject(i, end, s) {
		return i // a demonym alone is an adjective ("Russian aggression"), not an actor
	}
	am.end = end
	if m.class == cCountry || m.class == cMetonym {
		if st, ok := a.titleOfStart(i, s); ok {
			am.start = st // "the government of Canada"
		}
	}
	a.actors = append(a.actors, am)
	a.claim(am.start, end)
	return end
}

// definite reports whether the noun phrase starting at token start is
// determined by "the" or a possessive "'s".
func (a *analysis) definite(start int, s span) bool {
	k := start - 1
	if k < s.start {
		return false
	}
	if a.lw(k) == "the" {
		return true
	}
	return a.lw(k) == "s" && k > s.start && isApostropheText(a.tx(k-1))
}

// endsTitle reports whether a title phrase ("government", "foreign
// minister") ends at token k.
func (a *analysis) endsTitle(k int) bool {
	for j := max(0, k-3); j <= k; j++ {
		for _, m := range a.ann[j] {
			if m.class == cTitle && m.end == k+1 {
				return true
			}
		}
	}
	return false
}

// locatedAt reports whether a preposition precedes the mention starting
// at token start ("in Paris", "in the U.S.").
func (a *analysis) locatedAt(start int, s span) bool {
	p := start - 1
	for p >= s.start && (a.lw(p) == "the" || a.has(p, cPlaceAdj)) {
		p--
	}
	return p >= s.start && a.has(p, cLocPrep)
}

// reports reports whether a verb of saying follows token j ("Paris said",
// ", officials said").
func (a *analysis) reports(j int, s span) bool {
	if j < s.end && a.tx(j) == "," {
		j++
	}
	// "The Philippines Wednesday said", "Germany on Tuesday said"
	if j+1 < s.end && a.lw(j) == "on" && isWeekday(a.lw(j+1)) {
		j++
	}
	if j < s.end && isWeekday(a.lw(j)) {
		j++
	}
	// "Hungary, according to the UN, will …": the source follows "according to";
	// "Canada said no to sending troops" refuses, it does not report
	return j < s.end && a.has(j, cReporting) && a.lw(j) != "according" && !a.saysNo(j, s)
}

// isWeekday reports whether w is the lower-case name of a day of the week.
func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// joined reports whether only list separators lie between two mentions.
func (a *analysis) joined(from, to int) bool {
	if to-from > 4 || to <= from {
		return false // "NATO allies": adjacent mentions are not a list
	}
	for k := from; k < to; k++ {
		if !a.isSeparator(k) {
			return false
		}
	}
	return true
}

// determinedNoun reports whether w, right before a word in -ing, makes
// that word a noun: "the meeting", "the same briefing", "a hearing".
func determinedNoun(w string) bool {
	switch w {
	case "the", "a", "an", "same", "this", "that", "last", "its", "their", "weekly", "recent", "latest":
		return true
	}
	return false
}
