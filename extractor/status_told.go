package extractor

import "strings"

// Cues of status of unseen news that tell a handing over as done in
// other words than a verb of giving in the past: an announcement that a
// handing over was done, a present state, a project funded under a
// programme.

// toldDelivered reports a commitment told as done: reportedDelivery,
// presentState or fundedUnder, in that order.
func (a *analysis) toldDelivered(f *frame) (string, bool) {
	// "NATO announced that 1,400 personnel have been deployed"
	if cue, ok := a.reportedDelivery(f); ok {
		return cue, true
	}
	// "its contribution currently stands at 380 personnel", "the current
	// contingent includes personnel from Malta", "a long history of
	// contributing troops"
	if cue, ok := a.presentState(f); ok {
		return cue, true
	}
	// "the ambulance was procured through grant funding of $84,158 under
	// Japan's programme": a project already funded
	return a.fundedUnder(f)
}

// reportedDelivery reports an anchor that is a verb of announcing whose
// "that" clause tells a handing over in a past or perfect passive: "NATO
// announced that 1,400 personnel have been deployed to Turkey", "Berlin
// confirmed that 14 tanks were delivered". The giving is told as done:
// delivered. The passive must follow the quantity within the clause, with
// no modal before it ("announced that 14 tanks will be delivered").
func (a *analysis) reportedDelivery(f *frame) (string, bool) {
	k := f.anchor.start
	if f.anchor.end != k+1 || !(announceVerb(a.lw(k)) || a.has(k, cReporting)) || a.lw(k+1) != "that" {
		return "", false
	}
	si := a.sentOfToken(k)
	if si < 0 {
		return "", false
	}
	end := a.sents[si].end
	for j := k + 2; j+1 < end && j < k+30; j++ {
		if a.tx(j) == ";" || a.has(j, cClauseBreak) || a.has(j, cIrrealis) && a.lw(j) != "to" {
			return "", false
		}
		if j > k+2 && a.lw(j) == "that" {
			return "", false // a second clause: "… that the tanks that will …"
		}
		if !a.pastPassiveAux(j) {
			continue
		}
		n := j + 1
		for n < end && (a.lw(n) == "already" || a.lw(n) == "also" || a.lw(n) == "now") {
			n++
		}
		if m, ok := a.longest(n, end, cDeliveryPast); ok {
			return a.lw(j) + " " + a.text[a.toks[m.start].start:a.toks[m.end-1].end], true
		}
	}
	return "", false
}

// presentState reports a commitment told as a state of now after its
// anchor or in its subject, not under a modal: "Ireland's contribution
// currently stands at 380 personnel" ("currently" after the anchor),
// "the current contingent includes personnel from Malta" (a current unit
// as the subject), "Indonesia has a long history of contributing troops"
// (giving as a habit of the past). Such troops or goods are in place:
// delivered.
func (a *analysis) presentState(f *frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || f.rule == rulePassive || len(f.actors) == 0 {
		return "", false
	}
	s := a.sents[si]
	k := f.anchor.start
	// "a long history of contributing", "a track record of sending"
	if k >= 2 && a.lw(k-1) == "of" && a.ingForm(k) {
		switch a.lw(k - 2) {
		case "history", "record", "tradition", "experience":
			if !a.irrealis(max(s.start, k-6), k-2) {
				return a.lw(k-2) + " of", true
			}
		}
	}
	// "currently" after the anchor, before the number: "… currently
	// stands at 380 personnel"
	for j := f.anchor.end; j < s.end && j < f.anchor.end+8; j++ {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cClauseBreak) || a.toks[j].kind == tNum {
			break
		}
		if a.lw(j) == "that" || a.lw(j) == "which" || a.lw(j) == "who" {
			break
		}
		if a.lw(j) == "currently" || a.lw(j) == "presently" {
			// not a participle ("an aircraft currently used by India")
			// nor a plan ("decided to deploy … currently")
			if a.ingForm(j+1) || strings.HasSuffix(a.lw(j+1), "ed") || a.lw(j+1) == "used" ||
				a.irrealis(j+1, min(s.end, j+4)) || a.irrealis(max(s.start, f.window.start), f.anchor.start) {
				return "", false
			}
			return a.tx(j), true
		}
	}
	// "the current contingent includes personnel from Malta"
	for j := s.start; j+1 < f.anchor.start && j < s.start+4; j++ {
		if a.lw(j) != "current" {
			continue
		}
		if !a.has(j+1, cTroopUnit, cTroopNoun) || a.irrealis(j+1, f.anchor.start) {
			return "", false
		}
		return "current " + a.lw(j+1), true
	}
	return "", false
}

// fundedUnder reports money under a country's programme whose sentence
// tells, before "under", a thing done with it in the passive, not under a
// modal: "the ambulance was procured through grant funding of $84,158
// under Japan's programme", "this project is facilitated under Japan's
// assistance worth 600 million yen", "the clinic was built with grants
// under the EU's facility". The money paid for a project that exists:
// delivered. "will be funded under …" is a plan.
func (a *analysis) fundedUnder(f *frame) (string, bool) {
	si := a.sentOfToken(f.anchor.start)
	if f.rule != ruleUnderProgramme || si < 0 {
		return "", false
	}
	s := a.sents[si]
	for k := s.start; k+1 < f.anchor.start; k++ {
		switch a.lw(k) {
		case "was", "were", "is", "are", "been":
		default:
			continue
		}
		p := a.lw(k + 1)
		if !strings.HasSuffix(p, "ed") && p != "built" && p != "carried" && p != "done" && p != "bought" && p != "made" {
			continue
		}
		from := s.start // past an aside: "The ambulance, which will be sent there, was procured"
		for j := k - 1; j > s.start; j-- {
			if a.tx(j) == "," {
				from = j + 1
				break
			}
		}
		if a.irrealis(from, k) {
			return "", false
		}
		return a.lw(k) + " " + p, true
	}
	return "", false
}
