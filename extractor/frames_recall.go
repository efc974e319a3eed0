package extractor

// This file holds the rules of the recall round (issue 7): sizes of
// troop cuts, staff counted by a deployment, shares of a force, troops
// held in a relative clause, forces made up of troops from countries,
// commitment nouns with their giver after "by", deposits taken back.

// reductionBy reads the size of a cut of troops named without a number:
// "reduce its troops in Mali by 200", "will trim the contingent by about
// 150". The troop noun spans [i, end) in sentence s; a verb of reducing
// must stand right before it (past "its", "their", "the"), and "by" and a
// bare head count must follow within six tokens of the same clause. A
// percentage, a year, a scaled number or a number that counts a noun of
// its own ("by 300 soldiers", its own quantity) is no size. ok is false
// otherwise.
func (a *analysis) reductionBy(i, end int, s span) (numPhrase, bool) {
	k := i - 1
	for k > s.start && (a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "the" || a.lw(k) == "his" || a.lw(k) == "her") {
		k--
	}
	if k < s.start || !reduceVerb(a.lw(k)) {
		return numPhrase{}, false
	}
	for j := end; j < s.end && j < end+6; j++ {
		if a.toks[j].kind == tPunct {
			return numPhrase{}, false
		}
		if a.lw(j) != "by" {
			continue
		}
		n := j + 1
		if n < s.end && (a.lw(n) == "about" || a.lw(n) == "some" || a.lw(n) == "around" || a.lw(n) == "roughly") {
			n++
		}
		p, ok := parseNumberAt(&a.doc, a.ann, n, s.end)
		if !ok || p.scaled || a.isYear(p.start) {
			return numPhrase{}, false
		}
		if p.end < s.end && (a.has(p.end, cTroopNoun, cEquipNoun) || countedBy(a.lw(p.end))) {
			return numPhrase{}, false // "by 30 percent", "by 300 soldiers"
		}
		return p, true
	}
	return numPhrase{}, false
}

// reduceVerb reports whether w is a form of a verb that makes a force
// smaller: reduce, cut, trim, slash, shrink, lower, downsize.
func reduceVerb(w string) bool {
	switch w {
	case "reduce", "reduces", "reduced", "reducing", "cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming",
		"slash", "slashes", "slashed", "slashing", "shrink", "shrinks", "shrank", "shrinking",
		"lower", "lowers", "lowered", "lowering", "downsize", "downsizes", "downsized", "downsizing":
		return true
	}
	return false
}

// countedBy reports whether w, after a number, makes it a share or a
// count of something other than people: "percent", "%", "per cent".
func countedBy(w string) bool {
	switch w {
	case "percent", "%", "per", "pc", "percentage", "points", "times", "fold", "million", "billion":
		return true
	}
	return false
}

// deployedStaff reports whether the word at token k, after a number that
// starts at token i, counts people sent on a deployment although it is no
// troop noun: "will send 60 staff to the mission", "redeploy six staff to
// the hub", "provide eight people to support those deployed". The verb
// right before the number (past a qualifier: "up to", "another") must
// send or post people, and the people must not be what is given to
// ("provide 200 people with food").
func (a *analysis) deployedStaff(i, k int, s span) bool {
	if k >= s.end || k+1 < s.end && a.lw(k+1) == "with" {
		return false
	}
	switch a.lw(k) {
	case "staff", "people", "staffers", "members", "personnel":
	default:
		return false
	}
	j := i - 1
	for j > s.start && (a.has(j, cQualifier) || a.lw(j) == "another" || a.lw(j) == "a" || a.lw(j) == "further" || a.lw(j) == "additional" || a.lw(j) == "to" && a.lw(j-1) == "up") {
		j--
	}
	if j < s.start {
		return false
	}
	switch a.lw(j) {
	case "send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying",
		"redeploy", "redeploys", "redeployed", "redeploying", "dispatch", "dispatches", "dispatched", "dispatching",
		"second", "seconds", "seconded", "seconding", "station", "stations", "stationed", "stationing",
		"contribute", "contributes", "contributed", "contributing", "provide", "provides", "provided", "providing",
		"assign", "assigns", "assigned", "assigning", "post", "posts", "posted", "posting":
		return true
	}
	return false
}

// ruleTroopsMadeUpOf names the frame of troops from countries that make
// up a force: "a force made up of troops from A, B and C".
const ruleTroopsMadeUpOf = "troops.made-up-of"

// composedOf returns where a verb of composition starts when "of" at
// token j ends it ("made up of", "composed of", "comprised of",
// "consisting of", "formed of"), else -1.
func (a *analysis) composedOf(j int, s span) int {
	if j-1 < s.start {
		return -1
	}
	switch a.lw(j - 1) {
	case "composed", "comprised", "consisting", "consists", "consist", "formed":
		return j - 1
	case "up":
		if j-2 >= s.start {
			switch a.lw(j - 2) {
			case "made", "make", "makes", "making":
				return j - 2
			}
		}
	}
	return -1
}

// givingBefore reports whether a verb of giving (a trigger or a past of
// handing over) lies in [from, to).
func (a *analysis) givingBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if a.has(k, cTrigger, cDeliveryPast) {
			return true
		}
	}
	return false
}

// shareOfForce reports whether the bare count at [i, end) is a share of
// the force named at the start of its sentence after "Of": "Of the
// mission's 10,000 troops, 1,100 are Italian", "Of the 4,500
// peacekeepers, about 600 come from Nepal". The count follows a comma and
// a verb of being or coming follows it; the troops of the "Of" phrase
// give the count its noun (elidedItem).
func (a *analysis) shareOfForce(i, end int, s span) bool {
	if a.lw(s.start) != "of" || end >= s.end {
		return false
	}
	b := i - 1
	if b > s.start && a.has(b, cQualifier) {
		b--
	}
	if b <= s.start || a.tx(b) != "," {
		return false
	}
	switch a.lw(end) {
	case "are", "were", "come", "came", "hail":
		return true
	}
	return false
}

// ruleTroopsHeldRelative names the frame of troops a country holds,
// told in a relative clause without "that": "the 340 troops Ireland has
// in Lebanon".
const ruleTroopsHeldRelative = "troops.held-relative"

// heldAt finds the verb of holding in a relative clause whose subject
// ends at token subj and whose verb search stopped at token j: "has",
// "keeps", "maintains" (the perfect "has" was skipped as an auxiliary)
// with a place right after it ("in", "at", "there"). It returns the
// verb's token.
func (a *analysis) heldAt(subj, j int, s span) (int, bool) {
	h := j
	if j > subj {
		h = j - 1
	}
	switch a.lw(h) {
	case "has", "have", "had", "keeps", "keep", "kept", "maintains", "maintain", "maintained":
	default:
		return 0, false
	}
	p := h + 1
	if p < s.end && (a.lw(p) == "stationed" || a.lw(p) == "deployed" || a.lw(p) == "based") {
		p++
	}
	if p+1 < s.end && (a.lw(p+1) == "its" || a.lw(p+1) == "their" || a.lw(p+1) == "reserve") {
		return 0, false // "the 5,000 troops Kenya has in its army": its own
	}
	if p < s.end && (a.lw(p) == "in" || a.lw(p) == "at" || a.lw(p) == "there" || a.lw(p) == "on") {
		return h, true
	}
	return 0, false
}

// heldVerb reports whether w is a form of holding a stock: "holds $5
// billion in deposits" tells what a bank has, not what was given.
func heldVerb(w string) bool {
	switch w {
	case "hold", "holds", "held", "holding", "has", "have", "had", "keeps", "kept":
		return true
	}
	return false
}

// ruleNounBy names the frame of a commitment noun whose giver follows
// the amount after "by".
const ruleNounBy = "frame.noun-by"

// nounAgentAfter matches a commitment noun, "of", the amount and its
// giver after "by": "the granting of €30 million by Spain", "the
// donation of 40 tanks by Norway". The agent must be a country (or the
// EU, NATO).
func (a *analysis) nounAgentAfter(m match, q *quantity, s span) (frame, bool) {
	if m.end >= s.end || a.lw(m.end) != "of" || q.start != m.end+1 || q.end+1 >= s.end || a.lw(q.end) != "by" {
		return frame{}, false
	}
	acts := a.byAgent(q.end+1, s)
	if len(acts) == 0 {
		return frame{}, false
	}
	for _, am := range acts {
		if am.cls == cGroup || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" {
			return frame{}, false
		}
	}
	last := acts[len(acts)-1]
	return frame{actors: acts, anchor: span{m.start, m.end}, rule: ruleNoun, name: ruleNounBy,
		window: span{m.start, min(s.end, last.end+1)}, conf: 0.6}, true
}

// recalledBefore reports whether money q is what a giver takes back:
// "the return of a $2bn Qatari deposit", "the withdrawal of $500 million
// in Saudi deposits" (a noun of taking back, "of" and an article before
// the amount).
func (a *analysis) recalledBefore(q *quantity, s span) bool {
	k := q.start - 1
	if k > s.start && (a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "the") {
		k--
	}
	if k-1 < s.start || a.lw(k) != "of" {
		return false
	}
	switch a.lw(k - 1) {
	case "return", "withdrawal", "recall", "recalling", "withdrawing", "pullout":
		return true
	}
	return false
}
