package extractor

// personCount reports whether the word after a hyphen or dash makes a
// number a head count: "300-strong", "216-member", "40-man", "50-officer".
func personCount(w string) bool {
	switch w {
	case "strong", "member", "man", "person", "personnel", "soldier", "troop", "officer", "peacekeeper", "marine", "people":
		return true
	}
	return false
}

// partitiveOf returns where the troop noun may start after a number
// that ends at token k when "of" and an owner follow: "all 1,000 of its
// troops", "2,000 of their soldiers". A second number after the owner
// ("withdraw 1,000 of its 5,000 troops") is the whole; the first is what
// the verb commits, so the noun starts after the second. It returns k
// when no "of" and owner follow.
func (a *analysis) partitiveOf(k int, s span) int {
	if k+2 >= s.end || a.lw(k) != "of" {
		return k
	}
	switch a.lw(k + 1) {
	case "its", "their", "the":
	default:
		return k
	}
	j := k + 2
	// "1,200 of the mission's 12,000 peacekeepers": a possessive owner
	if j+2 < s.end && a.toks[j].kind == tWord && isApostropheText(a.tx(j+1)) && a.lw(j+2) == "s" {
		j += 3
	}
	if p, ok := parseNumberAt(&a.doc, a.ann, j, s.end); ok {
		return p.end
	}
	return j
}

// sizedUnit reports whether w, after a head count ("a 300-strong
// detachment", "a 40-man unit"), names a body of troops that is no troop
// noun on its own: without the head count "a unit" or "a mission" may be
// materiel or civilian.
func sizedUnit(w string) bool {
	switch w {
	case "unit", "detachment", "mission", "squad", "element", "formation", "deployment", "presence", "group":
		return true
	}
	return false
}

// unitCount reports whether the troop noun t counts units rather than
// people: "two battalions", "one company" (not "force", which news uses
// for personnel: "3,000 forces").
func (a *analysis) unitCount(t match) bool {
	// the head: "two Infantry Battalions"
	for k := t.start; k < t.end; k++ {
		for _, m := range a.ann[k] {
			if m.class == cTroopUnit && m.end == t.end {
				w := a.lw(t.end - 1)
				return w != "force" && w != "forces"
			}
		}
	}
	return false
}

// unitSizeAt returns where the size of a unit starts after its noun (at
// token k): after "of", "consisting of", "comprising", "composed of",
// "made up of", "numbering"; or k when none follows.
func (a *analysis) unitSizeAt(k, lim int) int {
	if k >= lim {
		return k
	}
	switch a.lw(k) {
	case "of", "comprising", "numbering", "totalling", "totaling":
		return k + 1
	case "consisting", "composed", "comprised":
		if k+1 < lim && a.lw(k+1) == "of" {
			return k + 2
		}
	case "made":
		if k+2 < lim && a.lw(k+1) == "up" && a.lw(k+2) == "of" {
			return k + 3
		}
	case "(":
		// "the Danish battalion (105 soldiers)", "a contingent (about
		// 300)": a head count alone in brackets, not a year ("(2014)")
		j := k + 1
		if j < lim && (a.lw(j) == "about" || a.lw(j) == "some" || a.lw(j) == "around") {
			j++
		}
		if j >= lim || a.toks[j].kind != tNum || a.isYear(j) {
			return k
		}
		if j+1 < lim && a.tx(j+1) == ")" || j+2 < lim && a.tx(j+2) == ")" && (a.has(j+1, cTroopNoun) || headWord(a.lw(j+1))) {
			return k + 1
		}
	}
	return k
}

// headWord reports whether w names the people a unit's size counts, when
// it is no troop noun: "650 members", "300 men", "105 elements".
func headWord(w string) bool {
	switch w {
	case "members", "men", "elements":
		return true
	}
	return false
}

// nameStart returns where a name before a unit starts: "the G5 Sahel
// force" names a force that exists. It walks back from start over up to
// three capitalised words or numbers that are no demonym or country ("the
// British troops" is no name).
func (a *analysis) nameStart(start int, s span) int {
	k := start
	for n := 0; n < 3 && k-1 > s.start; n++ {
		j := k - 1
		if a.has(j, cDemonym, cCountry) || !(a.toks[j].kind == tNum || a.toks[j].kind == tWord && a.upper(j)) {
			break
		}
		k = j
	}
	return k
}
