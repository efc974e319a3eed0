package extractor

import (
	"slices"
	"strings"
)

// The verbs of help whose verb phrase is the item (lexicon/support.yaml):
// "Norway will instruct Moldovan gunners", "Spain will treat wounded
// soldiers", "Canada will help clear mines in Moldova", "Italy will
// refuel allied aircraft". mainSupportFrames reads them like the train verbs:
// no support noun is needed after them, the trainees' (patients')
// country receives, and one's own ("its own forces", "its airspace") is
// no help.

// ruleSupportVocabVerb names the lines of a verb of help whose verb
// phrase is the item (set as the frame's name; the frame stays
// frame.to-support).
const ruleSupportVocabVerb = "support.vocab-verb"

// ruleSupportInvolvedIn names the lines of a gerund of training after a
// word of taking part ("is involved in training pilots"; the frame stays
// frame.to-support; a present "is involved" is delivered).
const ruleSupportInvolvedIn = "support.involved-in"

// helpPhraseVerb reports whether the main support verb v (starting at
// token k) holds the item in its own phrase or needs none after it: a
// phrase of two or more words that ends in the people or things helped
// ("treat wounded", "host refugees", "help clear mines"), or a verb of
// help that takes any object (instruct, mentor, refuel, demine).
func (a *analysis) helpPhraseVerb(k int, v match) bool {
	if a.helpPhraseMultiword(v) {
		return true
	}
	w := a.lw(k)
	for _, p := range [...]string{"instruct", "mentor", "refuel", "demine"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// helpPhraseMultiword reports whether the verb phrase v holds its own
// object ("treat wounded", "host refugees", "clear mines", "enforce a
// no-fly zone"), so the
// phrase alone is the item.
func (a *analysis) helpPhraseMultiword(v match) bool {
	if v.end-v.start < 2 {
		return false
	}
	switch a.lw(v.end - 1) {
	case "wounded", "refugees", "mines", "cyberattacks", "cyber-attacks":
		return true
	case "attacks": // "help defend against cyber-attacks"
		return v.end-v.start >= 3 && strings.HasPrefix(a.lw(v.end-2), "cyber") || a.lw(v.end-2) == "-" && a.lw(v.end-3) == "cyber"
	case "role": // "play a key humanitarian role"
		return a.lw(v.end-2) == "humanitarian"
	case "zone": // "enforce a no-fly zone"
		return v.end-v.start >= 3 && a.lw(v.end-2) == "fly"
	}
	return false
}

// stanceModifier reports whether the word right before the head of a
// support phrase (from is where itemAt's modifiers start, head the first
// token of the support noun) makes the support a stance rather than
// help: "political support", "moral backing", "political and moral
// support". A stance word before a joiner and a kind of help stays help
// ("political and military support").
func (a *analysis) stanceModifier(from, head int) bool {
	if head-1 < from {
		return false
	}
	switch a.lw(head - 1) {
	case "political", "diplomatic", "moral", "verbal", "rhetorical", "symbolic", "spiritual", "vocal":
		return true
	}
	return false
}

// ownAfter reports whether "own" or "at home" follows within six tokens
// of token k in its clause: "will clear mines on its own farmland",
// "treats wounded soldiers at home" is one's own work, no help.
func (a *analysis) ownAfter(k int, s span) bool {
	for j := k; j < s.end && j < k+6; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
			return false
		}
		if a.lw(j) == "own" || a.lw(j) == "home" && j > k && a.lw(j-1) == "at" {
			return true
		}
	}
	return false
}

// nounUse reports whether the verb of help v at token k, read from prev
// (the token before it past modals and adverbs), is a noun modifier
// rather than a verb: its base form right after the actor ("the Air Force
// refuel mission"; a singular subject takes "refuels"), or followed by a
// noun of materiel or personnel ("refuel aircraft", "mentor teams").
func (a *analysis) nounUse(k int, v match, prev int, s span) bool {
	if v.end < s.end && a.has(v.end, cEquipNoun, cTroopNoun, cEquipSuffix) {
		return true
	}
	if v.end-v.start == 1 && prev == k-1 && a.actorEndingAt(prev, s) >= 0 {
		w := a.lw(k)
		return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	}
	return false
}

// helpObjectLimit returns the last token where the object of a main
// support verb ending at token e may start: three tokens on, or two past
// a possessor within five ("will support the coast guard's capacity
// building", "trains the navy's divers"), not past punctuation, a
// preposition or a clause break.
func (a *analysis) helpObjectLimit(e int, s span) int {
	for j := e; j < s.end && j < e+5; j++ {
		if isApostropheText(a.tx(j)) && j+1 < s.end && a.lw(j+1) == "s" {
			return j + 3
		}
		if a.toks[j].kind == tPunct || a.has(j, cLocPrep, cClauseBreak) {
			break
		}
	}
	return e + 3
}

// helpedAfter reads the helped country right after the verb of help at k:
// "help (the) Ukraine", "assist the Moldovan army". It returns the end of
// the helped country and its forces or institutions (helpedForcesEnd) and
// n, the number of actor tokens (at most four; 0: no country follows).
func (a *analysis) helpedAfter(k int, s span) (j, n int) {
	j = k + 1
	if j < s.end && a.lw(j) == "the" {
		j++
	}
	for j < s.end && n < 4 && a.actorAt[j] >= 0 {
		j++
		n++
	}
	return a.helpedForcesEnd(j, n, s), n
}

// helpedForcesEnd returns the end of the forces or institutions of a
// helped country named by n actor tokens before token j ("Moldovan
// forces", "the Ukrainian army", "Ukraine's armed forces"): up to two
// troop nouns or titles after the actor, else j.
func (a *analysis) helpedForcesEnd(j, n int, s span) int {
	if n == 0 {
		return j
	}
	if j+1 < s.end && isApostropheText(a.tx(j)) && a.lw(j+1) == "s" {
		j += 2 // "Ukraine's armed forces"
	}
	e := j
	for m := 0; m < 3 && e < s.end && a.has(e, cTroopNoun, cTitle) && a.lw(e) != "with"; m++ {
		e++
	}
	if e < s.end && a.lw(e) == "with" {
		return e
	}
	return j
}

// involvementWord reports whether w, before "in" and a gerund of
// support, says the subject takes part in it: "is involved in training",
// "are engaged in training", "is participating in training".
func involvementWord(w string) bool {
	switch w {
	case "involved", "engaged", "participating", "assisting", "helping":
		return true
	}
	return false
}

// coordinatedDemonyms returns last with the demonyms coordinated before
// it ("Danish and Dutch instructors", "Danish, Norwegian and Dutch
// trainers", "a Danish and a Norwegian team"), in text order, each
// country once.
func (a *analysis) coordinatedDemonyms(last actorMention, s span) []actorMention {
	out := []actorMention{last}
	k := last.start - 1 // the joiner before the earliest demonym so far
	if k-1 > s.start && (a.lw(k) == "a" || a.lw(k) == "an") {
		k-- // "a Danish and a Norwegian team"
	}
	for n := 0; n < 4 && k-1 >= s.start && (a.lw(k) == "and" || a.lw(k) == "or" || a.tx(k) == ","); n++ {
		j := k - 1
		if a.tx(k) == "," || a.lw(j) != "," {
			// "Danish, Norwegian and Dutch": one joiner
		} else {
			j-- // "Danish, and Dutch"
		}
		var found *match
		for i := max(s.start, j-2); i <= j; i++ {
			for _, m := range a.ann[i] {
				if m.class == cDemonym && len(m.value) == 2 && m.end == j+1 {
					mm := m
					found = &mm
				}
			}
		}
		if found == nil {
			break
		}
		if !slices.ContainsFunc(out, func(x actorMention) bool { return x.code == found.value }) {
			out = append([]actorMention{{span: span{found.start, found.end}, code: found.value, cls: cDemonym, sent: last.sent}}, out...)
		}
		k = found.start - 1
	}
	return out
}

// teamAtWork reports whether token j, right after a team or detachment,
// is the present participle of a verb of help with an object after it
// ("instructors training Ukrainian pilots", "experts helping with
// demining", "teams clearing mines"): the team is at work.
func (a *analysis) teamAtWork(j int, s span) bool {
	w := a.lw(j)
	if !strings.HasSuffix(w, "ing") || j+1 >= s.end || a.toks[j+1].kind != tWord || a.lw(j+1) == "its" || a.lw(j+1) == "their" {
		return false
	}
	return w == "training" || w == "helping" || w == "assisting" || a.has(j, cSupportMain)
}

// helpCountryVerb matches "help" (or "assist") with the helped country
// and a bare verb of help after it at token k: "help Moldova rebuild",
// "helping Ukraine clear mines", "help the Moldovan army repair". The
// match runs from the help verb to the verb of help; the helped country
// is the recipient, the subject of "help" the giver.
func (a *analysis) helpCountryVerb(k int, s span) (match, bool) {
	if !isHelp(a.lw(k)) {
		return match{}, false
	}
	j, n := a.helpedAfter(k, s)
	if n == 0 || j >= s.end || a.lw(j) == "with" {
		return match{}, false
	}
	// a bare verb of help: a support verb or main verb in its base form
	if !(a.has(j, cSupportVerb, cSupportMain) || repairVerb(a.lw(j))) || !bareHelpVerb(a.lw(j)) {
		return match{}, false
	}
	end := j + 1
	if m, ok := a.longest(j, s.end, cSupportMain); ok {
		end = m.end // "clear mines"
	}
	if a.lw(j) == "beef" {
		if end >= s.end || a.lw(end) != "up" {
			return match{}, false
		}
		end++ // "help Ukraine beef up its cyber security"
	}
	if raiseVerb(a.lw(j)) && a.ownStandingObject(end, s) {
		return match{}, false // "help Ukraine improve its ties with …"
	}
	// (the match carries any lexicon entry of its span: the frames read
	// only the span)
	for i := k; i < end; i++ {
		if len(a.ann[i]) > 0 {
			return match{entry: a.ann[i][0].entry, start: k, end: end}, true
		}
	}
	return match{}, false
}

// bareHelpVerb reports whether w is the base form of a verb of concrete
// help after "help X": not a stance ("support", "back"), not a form in
// -s, -ed or -ing.
func bareHelpVerb(w string) bool {
	switch w {
	case "support", "back", "help", "assist", "participate", "lead", "establish", "guarantee", "secure":
		return false
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// repairVerb reports whether w is the base form of a verb of repair,
// clearing or building up that follows "help X" ("help Moldova repair
// bridges", "help Ukraine strengthen its cyber defences").
func repairVerb(w string) bool {
	switch w {
	case "repair", "restore", "clear", "demine", "evacuate", "treat", "modernise", "modernize", "fix",
		// building up capacities: "help Ukraine strengthen its cyber defences"
		"build", "strengthen", "reinforce", "upgrade", "beef", "boost", "enhance", "improve":
		return true
	}
	return false
}

// raiseVerb reports whether w is a verb of raising a capacity whose
// object may be a standing rather than a capacity ("improve", "boost",
// "enhance", "strengthen").
func raiseVerb(w string) bool {
	switch w {
	case "improve", "boost", "enhance", "strengthen", "beef":
		return true
	}
	return false
}

// ownStandingObject reports whether the object that starts at token j
// (after "its", "their", "the") is a standing, ties or an economy, not a
// capacity of defence or care: "improve its ties", "boost its economy",
// "strengthen its position".
func (a *analysis) ownStandingObject(j int, s span) bool {
	for k := j; k < s.end && k < j+4; k++ {
		switch a.lw(k) {
		case "ties", "relations", "relationship", "economy", "image", "position", "standing",
			"reputation", "chances", "credibility", "trade", "exports", "finances", "bargaining":
			return true
		}
		if a.toks[k].kind == tPunct {
			break
		}
	}
	return false
}
