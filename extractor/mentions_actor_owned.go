package extractor

// ownedInstitution reads an institution named after its owner as one
// mention of the owner: "Peru's Congress", "the Peruvian Congress",
// "Canada's Foreign Office" name the owner's own congress or office, not
// the country the institution's bare name stands for in the lexicon
// ("Congress" alone is the U.S. one). m is the country or demonym match
// ending at end; the result is the end of the institution after it, and
// ok is false when no metonym of another actor follows the possessive
// "'s" of a country or the demonym directly.
func (a *analysis) ownedInstitution(m match, end int, s span) (int, bool) {
	k := end
	switch m.class {
	case cCountry:
		pj, ok := a.isPossessive(end, s.end)
		if !ok {
			return end, false
		}
		k = pj
	case cDemonym:
		if pj, ok := a.isPossessive(end, s.end); ok {
			k = pj
		}
	default:
		return end, false
	}
	mm, ok := a.longest(k, s.end, cMetonym)
	if !ok || mm.value == m.value || mm.value == "EU" || mm.value == "NATO" {
		return end, false
	}
	return mm.end, true
}

// titleOfStart returns the first token of a title joined by "of" to the
// country mention starting at i ("the government of Canada", "the
// President of France", "the Foreign Ministry of Japan"; "officials in
// Berlin", not a diplomatic post in a capital) after "by" or "from", so the mention covers the title and the frames that read the
// giver after "by" or "from" find it there. ok is false when no unclaimed
// title ends right before the "of" in front of i, or no "by" or "from"
// comes before the title.
func (a *analysis) titleOfStart(i int, s span) (int, bool) {
	of := i - 1
	if of > s.start && a.lw(of) == "the" {
		of-- // "the government of the Netherlands"
	}
	if of-1 < s.start || a.lw(of) != "of" && a.lw(of) != "in" {
		return i, false
	}
	if a.lw(of) == "in" && (a.lw(of-1) == "embassy" || a.lw(of-1) == "ambassador" || a.lw(of-1) == "envoy" || a.lw(of-1) == "consulate") {
		return i, false // "from the embassy in Berlin": some other country's post there
	}
	best := -1
	for j := max(s.start, of-4); j < of; j++ {
		for _, m := range a.ann[j] {
			if m.class == cTitle && m.end == of && best < 0 {
				best = j
			}
		}
	}
	if best < 0 {
		return i, false
	}
	for k := best; k < of; k++ {
		if a.claimed[k] {
			return i, false
		}
	}
	p := best - 1
	if p >= s.start && a.lw(p) == "the" {
		p--
	}
	if p < s.start || a.lw(p) != "by" && a.lw(p) != "from" {
		return i, false // elsewhere the title stays out ("according to the ambassador of …")
	}
	return best, true
}

// postedIn returns the end of a place after a diplomatic post: "the
// Japanese embassy in Nairobi", "the German ambassador in Kyiv" name the
// sender's post, and the place is no actor of its own. The mention spans
// tokens from..end; the result is end when no post word is in it or no
// "in" and capitalised words follow it.
func (a *analysis) postedIn(from, end int, s span) int {
	post := false
	for k := from; k < end; k++ {
		switch a.lw(k) {
		case "embassy", "ambassador", "envoy", "consulate", "consul", "mission", "commission":
			post = true
		}
	}
	if !post || end+1 >= s.end || a.lw(end) != "in" {
		return end
	}
	j := end + 1
	for j < s.end && j < end+4 && a.toks[j].kind == tWord && a.upper(j) && !a.has(j, cReporting, cTrigger) {
		j++
	}
	if j == end+1 {
		return end
	}
	return j
}

// compoundOrigin reports whether the actor words ending before token end
// open a compound of place or origin glued by a hyphen: "a London-based
// charity", "a Tokyo-headquartered bank", "German-born". Such a compound
// names where something is, not who gives ("US-funded" and "U.S.-led"
// are not such compounds).
func (a *analysis) compoundOrigin(end int, s span) bool {
	if end+1 >= s.end || a.tx(end) != "-" || !a.toks[end].glued || !a.toks[end+1].glued {
		return false
	}
	switch a.lw(end + 1) {
	case "based", "born", "headquartered", "registered", "listed", "owned", "made", "built", "designed", "produced", "manufactured":
		return true
	}
	return false
}

// titlePlacedReports reports whether the mention ending at end follows a
// title and "in" at token p and reports a quote before it: "…,"
// officials in Berlin said.
// A diplomatic post in a capital ("the embassy in Berlin said") is some
// other country's and does not count.
func (a *analysis) titlePlacedReports(p, end int, s span) bool {
	if p-1 < s.start || a.lw(p) != "in" || !a.endsTitle(p-1) || !a.reports(end, s) {
		return false
	}
	switch a.lw(p - 1) {
	case "embassy", "ambassador", "envoy", "consulate", "commission", "mission":
		return false
	}
	// only as the speaker of a quote before it: "Iranian drones were
	// supplied to Russia, officials in Kyiv said" reports a third party
	for k := s.start; k < p; k++ {
		switch a.tx(k) {
		case "\"", "“", "”":
			return true
		}
	}
	return false
}
