package extractor

import "strings"

// Guards of troop lines without a number that the gold does not keep: a
// deployment that is only the topic of a debate, the crew of a ship or
// an aircraft sent with it, and forces that the subject of a second
// coordinated clause contributes.

// vagueTroopsNotCommitted reports whether troops q (of frame f) are no
// commitment of f's actors: the topic of a debate ("frustration at the
// discussion around sending troops", numbered or not), or, for troops
// without a number, the crew of materiel sent with it ("an aircraft with
// Indian pilots"), the forces of another subject ("Britain rejoined the
// mission and air detachments from Italy are contributing forces") or the
// givers of a kind of support ("soldiers have provided protection").
func (a *analysis) vagueTroopsNotCommitted(f *frame, q *quantity) bool {
	if a.debateTopic(f.anchor) {
		return true
	}
	if q.num != nil {
		return false
	}
	return a.crewOf(q) || a.otherClauseSubject(f) || a.troopsGiveSupport(f, q)
}

// troopsGiveSupport reports whether troops q without a number are the
// subject of the frame's verb and a kind of support is its object:
// "Rwandan soldiers have provided protection for the president" (the
// help is the line, the soldiers only give it).
func (a *analysis) troopsGiveSupport(f *frame, q *quantity) bool {
	if q.end > f.anchor.start {
		return false
	}
	k := f.anchor.end
	s := a.sents[q.sent]
	if k < s.end && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an") {
		k++
	}
	sp, ok := a.supportAt(k, q.sent)
	return ok && sp.start == k
}

// debateTopic reports whether the gerund at the start of anchor is the
// topic of a public debate: "the discussion around sending troops", "the
// debate about deploying soldiers", "speculation over sending troops".
// "The idea of sending troops" is a proposal and "started talks on
// sending" a hedge of the actor: both are kept.
func (a *analysis) debateTopic(anchor span) bool {
	k := anchor.start
	if k < 2 || k >= len(a.toks) {
		return false
	}
	switch a.lw(k - 1) {
	case "around", "about", "over", "on", "of":
	default:
		return false
	}
	switch a.lw(k - 2) {
	case "speculation", "controversy", "rumours", "rumors":
		return true // "dismissed speculation over deploying soldiers"
	case "discussion", "discussions", "debate", "debates", "talk", "row", "dispute":
		// only a public debate: "the discussion around sending troops";
		// "started talks on sending", "is in discussions about sending"
		// are the actor's own hedges
		return k >= 3 && (a.lw(k-3) == "the" || a.lw(k-3) == "this" || a.lw(k-3) == "that")
	}
	return false
}

// crewOf reports whether troops q without a number stand after "with"
// (within six words: a demonym, "its", the crew before in a list) right
// after a piece of materiel: "deploy an aircraft with Indian pilots", "a patrol vessel with
// its crew". The crew goes with the materiel; it is no troop line of its
// own.
func (a *analysis) crewOf(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	// back over the crew named before in the list: "with Indian pilots
	// and coast guard officers"
	for k > s.start && k >= q.start-6 && a.lw(k) != "with" && a.toks[k].kind == tWord &&
		!a.has(k, cTrigger, cDeliveryPast, cIrrealis, cPassiveAux, cPerfectAux, cLocPrep) {
		k--
	}
	if k <= s.start || a.lw(k) != "with" || a.lw(k-1) == "along" || a.lw(k-1) == "together" {
		return false // "tanks along with troops": two things sent
	}
	// the materiel right before, or before a short participle phrase:
	// "an aircraft currently used by India with Indian pilots"
	for j := k - 1; j >= s.start && j >= k-6 && a.toks[j].kind != tPunct; j-- {
		if a.has(j, cEquipNoun, cEquipSuffix) {
			return true
		}
		if a.has(j, cTroopNoun, cTrigger) && !strings.HasSuffix(a.lw(j), "ed") {
			return false
		}
	}
	return false
}

// otherClauseSubject reports whether the anchor of frame f (ruleActive)
// belongs to a second clause with a subject of its own: the actor has
// its own verb, then "and", a noun phrase, and an auxiliary right before
// the anchor ("Britain rejoined the mission and air detachments from
// Italy are also contributing forces"). A pronoun after "and" ("and it
// is sending troops") stands for the actor: not another subject.
func (a *analysis) otherClauseSubject(f *frame) bool {
	if f.rule != ruleActive || len(f.actors) == 0 {
		return false
	}
	last := f.actors[len(f.actors)-1].end
	and := -1
	for k := last + 2; k < f.anchor.start; k++ { // a word of the actor's own predicate first
		if a.lw(k) == "and" {
			and = k
		}
	}
	if and < 0 || and+2 > f.anchor.start {
		return false
	}
	if a.has(and+1, cPronoun) || a.has(and+1, cIrrealis, cPassiveAux, cPerfectAux) {
		return false // "and it is sending", "and will send": the same subject
	}
	p := f.anchor.start - 1
	for p > and && (a.lw(p) == "also" || a.lw(p) == "already" || a.lw(p) == "now") {
		p--
	}
	return p > and+1 && finiteAux(a.lw(p))
}

// finiteAux reports whether w is a finite auxiliary that opens a verb
// group after its own subject: "are", "has", "will" (not "to").
func finiteAux(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "shall", "should":
		return true
	}
	return false
}
