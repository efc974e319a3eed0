package extractor

// Subjects and reporters: markSubjects decides, for the actors of a
// sentence, which are subjects and which report, from the word after each
// mention (subjectFollower), a title that opens the sentence right before
// it ("parliament", "the government", titleOpens) and the dateline that
// opens a sentence ("BEIRUT (AP) —", datelineEnd).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// subjectFollower reports whether the token after an actor mention lets
// it be a subject: a verb or auxiliary, a cue, punctuation, a conjunction.
func (a *analysis) subjectFollower(j int, s span) bool {
	if j >= s.end {
		return true
	}
	t := a.toks[j]
	if t.kind == tPunct {
		return true
	}
	low := a.lw(j)
	switch low {
	case "and", "or", "&", "who", "which", "plus", "together", "as":
		return true
	case "to":
		// a headline infinitive: "UK to send 200 troops"
		return a.has(j+1, cTrigger)
	case "took":
		// "Spain took command of …", "Chile took part in …" (not "took delivery")
		return a.has(j, cJoinVerb)
	}
	if strings.HasSuffix(low, "ly") {
		return true
	}
	// a lower-case word in -ed or -s is likely a verb: "Russia annexed", "Germany spends"
	if t.kind == tWord && len(low) > 3 && !a.upper(j) && (strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss")) &&
		!a.has(j, cTroopNoun, cEquipNoun, cSupportNoun, cGroupNoun) {
		return true
	}
	return a.has(j, cSubjectFollower, cTrigger, cDeliveryPast, cDeclined, cConsidering, cDelivered,
		cReporting, cTitle, cSupportCue, cPerfectAux, cPassiveAux, cTriggerNoun, cMakeVerb)
}

// markSubjects decides, for the actors of sentence s, which are subjects
// and which are reporters. Members of a coordinated list share the
// decision of the list.
func (a *analysis) markSubjects(s span) {
	r := a.sentActors[a.sentOf(s)]
	acts := a.actors[r.start:r.end]
	for n := 0; n < len(acts); {
		// the coordinated list starting at acts[n]
		m := n
		for m+1 < len(acts) && a.joined(acts[m].end, acts[m+1].start) && !a.reports(acts[m+1].end, s) && !a.apposedOwner(acts[m], acts[m+1], s) {
			m++
		}
		// "In Brussels, Saudi Arabia pledged": an introductory place is not in the list
		// ("Several countries, including Indonesia, Morocco and Albania,
		// have pledged": the members of a group are not a place)
		groupMembers := a.groupMembersAt(acts[n].start, s)
		for m > n && !groupMembers && a.locatedAt(acts[n].start, s) && !a.includedMember(acts[n].start, s) && a.tx(acts[n].end) == "," &&
			acts[n].end+1 == acts[n+1].start && a.subjectFollower(acts[m].end, s) {
			n++
		}
		first, last := acts[n], acts[m]
		located := false
		p := first.start - 1
		for p >= s.start && (a.lw(p) == "the" || a.lw(p) == "both" || a.lw(p) == "either" || a.tx(p) == "“" || a.tx(p) == "\"" || a.has(p, cPlaceAdj)) {
			p--
		}
		// "Kuwait, together with two other Gulf states, deposited": a
		// group after a preposition is its object
		if first.cls == cGroup {
			for p >= s.start && (a.lw(p) == "other" || a.lw(p) == "several" || a.lw(p) == "some" || a.lw(p) == "many" || a.toks[p].kind == tNum || a.has(p, cNumWord, cGroupAdj) && a.lw(p) != "a" && a.lw(p) != "an") {
				p--
			}
		}
		// after a preposition it is a place or an object ("in Paris", "by the U.S.");
		// after a verb it is an object ("supporting the Ukrainian army")
		// ("During the same meeting the US announced …": after a
		// determiner the word in -ing is a noun, not a verb)
		if p >= s.start && (a.has(p, cLocPrep, cTrigger, cDeliveryPast, cSupportVerb) || a.toks[p].kind == tWord && strings.HasSuffix(a.lw(p), "ing") && !determinedNoun(a.lw(p-1))) {
			located = true
		}
		// "Other nations including Chile and Peru have pledged": members of a subject group
		if located && a.includedMember(first.start, s) {
			located = false
		}
		// "the Government of Canada", "the President of France" name the actor
		if located && a.lw(p) == "of" && p-1 >= s.start && a.endsTitle(p-1) {
			located = false
		}
		// "The Republic of Chad has committed", "the West African nation of Benin will send"
		if located && a.nationOfOpens(p, first.end, s) {
			located = false
		}
		// "Lawmakers in Norway approved …", "the government in Oslo will
		// send …": a title that opens the sentence, placed in the actor
		if located && a.lw(p) == "in" && a.titleOpens(p, s) {
			located = false
		}
		if located && a.titlePlacedReports(p, last.end, s) {
			located = false // "…," officials in Berlin said
		}
		if located && a.groupMembersAt(first.start, s) {
			located = false
		}
		// "After Japan sent troops, …": a conjunction opens a clause
		if located && a.conjunctionSubject(p, last.end, s) {
			located = false
		}
		// "Johnson announced the UK will donate …": the subject of a
		// clause after a verb of saying without "that"
		if located && a.thatlessClause(p, last.end, s) {
			located = false
		}
		// an owner is the subject of its commitment noun or cue ("Trump's pledge",
		// "Washington's willingness", "Germany's €1bn"), not of any noun ("Ukraine's allies")
		possessive, owner := false, false
		if j, ok := a.isPossessive(last.end, s.end); ok {
			// "Turkey's Defence Industry Agency will donate": an agency
			// named in capitals stands for its country
			n := j
			// ("Britain's U.N. ambassador": the dots of an abbreviation
			// are glued inside the run of capitals)
			for n < s.end && n < j+8 && (a.toks[n].kind == tWord && a.upper(n) && !a.has(n, cCountry, cMetonym, cLeader, cDemonym) ||
				a.tx(n) == "." && a.toks[n].glued && n > j && a.toks[n-1].kind == tWord && len(a.tx(n-1)) == 1) {
				n++
			}
			owner = n == j || n >= s.end || !a.subjectFollower(n, s) || a.toks[n].kind == tPunct

			for n := 0; n < 2 && j < s.end && a.isModifier(j) && !a.has(j, cTriggerNoun, cSupportCue, cConsidering); n++ {
				j++
			}
			possessive = j < s.end && (a.has(j, cTriggerNoun, cSupportCue, cConsidering, cCurPrefix, cDeclined) || a.toks[j].kind == tNum)
		}
		// a person is never a modifier: "Chancellor Merz met …" is a
		// subject; the owner of any other noun is not ("Kyiv's largest
		// supplier", "Mali's UN mission")
		subject := possessive || !located && !owner && (last.person || a.subjectFollower(last.end, s))
		if last.end <= a.datelineEnd(s) {
			subject = false // "BEIRUT (AP) —", "KINSHASA, Congo (Reuters) -": where, not who
		}
		if a.receiverAt(last.end, s) {
			subject = false // "Ukraine will also receive:": the recipient
		}
		if a.compoundModifier(last.end, s) && !a.opensClause(first.start, s) {
			subject = false // "joined the US-led coalition": a modifier, not who acts
		}
		reporter := a.reports(last.end, s) && !located
		if reporter {
			subject = false
		}
		for k := n; k <= m; k++ {
			acts[k].subject = subject
			acts[k].reporter = reporter
		}
		// "…, with Qatar alone committing $1bn": the subject of a gerund
		// (also coordinated: "with Britain and Denmark sending …")
		w := last.start - 1
		if w > s.start && a.lw(w) == "the" {
			w-- // ", with the EU giving $1.2 billion"
		}
		if w >= s.start && a.lw(w) == "with" && a.gerundAfter(last.end, s) {
			acts[m].subject = true
		} else if n < m && a.withGerundList(acts[n:m+1], s) {
			for k := n; k <= m; k++ {
				acts[k].subject = true
			}
		}
		n = m + 1
	}
}

// datelineEnd returns the index of the dash that ends a dateline at the
// start of sentence s ("BEIRUT (AP) —", "PORT-AU-PRINCE, Haiti, Oct 7
// (Reuters) -"), or -1: a line that opens with a word in capitals and has
// an unglued dash within 14 tokens.
func (a *analysis) datelineEnd(s span) int {
	if !a.toks[s.start].nl {
		return -1
	}
	t, tx := a.toks[s.start], a.tx(s.start)
	if t.kind != tWord || len(tx) < 3 || !upperAlready(tx) {
		return -1
	}
	for k := s.start + 1; k < s.end && k < s.start+14; k++ {
		switch a.tx(k) {
		case "—", "–", "-":
			if !a.toks[k].glued || k+1 < s.end && !a.toks[k+1].glued {
				return k
			}
		}
	}
	return -1
}

// titleOpens reports whether a title ("parliament", "lawmakers", "the
// government") ends right before token p and opens sentence s.
func (a *analysis) titleOpens(p int, s span) bool {
	for j := max(s.start, p-3); j < p; j++ {
		for _, m := range a.ann[j] {
			if m.class == cTitle && m.end == p && (j == s.start || j-1 == s.start && a.lw(s.start) == "the") {
				return true
			}
		}
	}
	return false
}

// upperAlready reports whether strings.ToUpper(s) == s, without
// allocating.
func upperAlready(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false // ToUpper would replace or change the rune
		}
		i += size
	}
	return true
}
