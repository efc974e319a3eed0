package extractor

// Actor resolution helpers: members of a group after "including", lists
// of countries asked to act, "Brussels" for Belgium, actors in compounds
// ("the US-led coalition"), pronouns of relative clauses of saying, and
// office words between a demonym and a title.

// groupMembersAt reports whether the mention starting at token start opens
// the members named for a group noun before it: "Several countries,
// including Indonesia and Morocco, …", "five nations, such as Chad and
// Benin, …", "other donors like Japan", "Others, including Spain, …". Such members share the group's
// role in the clause; "including" is no place preposition there.
func (a *analysis) groupMembersAt(start int, s span) bool {
	p := start - 1
	if p > s.start && a.lw(p) == "as" && a.lw(p-1) == "such" {
		p--
	} else if p < s.start || a.lw(p) != "including" && a.lw(p) != "like" {
		return false
	}
	p--
	if p >= s.start && a.tx(p) == "," {
		p--
	}
	return p >= s.start && (a.has(p, cGroupNoun) || a.lw(p) == "others") // "Others, including the Netherlands, …"
}

// askedGroup reports whether the list of actors starting at token start
// is the object of a verb of asking whose infinitive is the trigger t:
// "Washington asked the Gulf states of Qatar, Oman and Kuwait to deploy
// troops". Up to five words of a noun phrase ("the Gulf states of") may
// stand between the verb and the list.
func (a *analysis) askedGroup(start int, t match, s span) bool {
	if t.start-1 <= start || a.lw(t.start-1) != "to" {
		return false
	}
	// back over the rest of the list ("the states of Pakistan, Bangladesh")
	for start-1 > s.start && (a.isSeparator(start-1) || a.actorEndingAt(start-1, s) >= 0) {
		if n := a.actorEndingAt(start-1, s); n >= 0 {
			start = a.actors[n].start
		} else {
			start--
		}
	}
	for k := start; k >= s.start && k >= start-5; k-- {
		if a.asked(k) {
			return true
		}
		if k-1 >= s.start && a.toks[k-1].kind == tPunct {
			return false
		}
	}
	return false
}

// belgianSentence reports whether sentence s names Belgium or a Belgian
// (other than at token i) and no EU institution at all: then "Brussels" is the
// Belgian government, not the EU ("The Belgian defence minister said
// Brussels intended to send troops").
func (a *analysis) belgianSentence(i int, s span) bool {
	found := false
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "eu", "european", "commission", "union", "bloc":
			return false
		case "belgium", "belgian":
			found = true
		}
	}
	return found
}

// compoundModifier reports whether a hyphen and a participle of leading or
// backing follow token j-1, making the actor before a modifier of the noun
// after it: "the US-led coalition", "a Saudi-backed force", "a
// French-brokered truce".
func (a *analysis) compoundModifier(j int, s span) bool {
	if j+1 >= s.end || a.tx(j) != "-" || !a.toks[j].glued {
		return false
	}
	switch a.lw(j + 1) {
	case "led", "backed", "brokered", "sponsored", "supported", "dominated", "allied", "aligned", "controlled", "run":
		return true
	}
	return false
}

// opensClause reports whether the noun phrase that holds token k opens
// its sentence: only a determiner and up to two adjectives come before it
// ("The US-led mission is underway" names its leader as actor; "joined
// the current US-led coalition" does not).
func (a *analysis) opensClause(k int, s span) bool {
	p := k - 1
	for n := 0; p >= s.start && n < 3 && a.toks[p].kind == tWord && !a.has(p, cLocPrep, cTrigger, cSupportVerb) && (n == 0 || !a.upper(p)); n++ {
		if w := a.lw(p); w == "the" || w == "a" || w == "an" {
			p--
			break
		}
		p--
	}
	return p < s.start
}

// officeWord reports whether w, in lower case between a demonym and a
// title, names the office of the title: "Italian defence officials",
// "French foreign ministry".
func officeWord(w string) bool {
	switch w {
	case "defence", "defense", "foreign", "military", "army", "security", "government", "interior", "finance":
		return true
	}
	return false
}

// relativeSayer reports whether the pronoun at token k opens the clause
// said in a relative clause whose head is no actor: "Mali's ruling junta,
// which said it had not approved the deployment" ("it" is the junta).
func (a *analysis) relativeSayer(k int, s span) bool {
	j := k - 1
	if j > s.start && a.lw(j) == "that" {
		j--
	}
	if j-2 <= s.start || !a.has(j, cReporting) {
		return false
	}
	if w := a.lw(j - 1); w != "which" && w != "who" || a.tx(j-2) != "," {
		return false
	}
	n := a.actorEndingAt(j-3, s)
	return n < 0 || a.actors[n].end != j-2
}
