package extractor

// A support verb after "to" ("pledged to establish military hubs"):
// toSupportFrameAt builds its frame, the nearest trigger or support cue
// before the "to" its anchor and that anchor's subject its actor;
// toSupportFrame finds such a verb right before a support noun.

import "strings"

// toSupportFrame matches a support noun right after "to" + a support verb
// ("pledged to establish military hubs"), returning the frame of the verb.
func (a *analysis) toSupportFrame(pos int, s span) (frame, bool) {
	for k := pos - 1; k > s.start && pos-k <= 4; k-- {
		if a.toks[k].kind == tPunct && a.tx(k) != "“" && a.tx(k) != "\"" {
			return frame{}, false
		}
		if a.lw(k-1) == "to" && a.has(k, cSupportVerb) {
			return a.toSupportFrameAt(k, s)
		}
	}
	return frame{}, false
}

// toSupportFrameAt builds the frame of a support verb at token k (after
// "to"): the nearest trigger, trigger noun or support cue within six
// tokens before the "to" is the anchor, and its subject the actor.
func (a *analysis) toSupportFrameAt(k int, s span) (frame, bool) {
	to := k - 1
	if a.purpose(k, s) {
		return frame{}, false
	}
	for j := to - 1; j >= s.start && to-j <= 6; j-- {
		// (a noun of commitment counts only as a cue: "a package to help
		// Ukraine" is the purpose of the package, "its pledge to protect" a pledge)
		m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast, cSupportCue)
		if !ok || m.end > to {
			if a.has(j, cTriggerNoun) && !a.has(j, cSupportCue) {
				return frame{}, false
			}
			continue
		}
		// "pledged $1bn to help rebuild …", "sent a military aid package to help",
		// "announced 5.7 million to support", "provide eight people to
		// support": the purpose of a quantity, not a commitment of its own
		for _, q := range a.quantsNear(m.end, to) {
			if q.start >= m.end && q.end <= to {
				return frame{}, false
			}
		}
		for _, p := range a.numbersNear(m.end, to) {
			if (p.scaled || a.countsPeople(p.end, to)) && p.start >= m.end && p.end <= to {
				return frame{}, false
			}
		}
		if m.class == cTrigger || m.class == cDeliveryPast {
			// "the importance of stepping up … to protect": a gerund named, not done
			if m.start > s.start && a.lw(m.start-1) == "of" && strings.HasSuffix(a.lw(m.start), "ing") {
				return frame{}, false
			}
			// "will send a small navy unit to help secure the coast": the
			// verb has an object, and "to" tells its purpose
			if a.objectBetween(m.end, to) {
				return frame{}, false
			}
			f, ok := a.subjectFrame(m, s)
			if ok {
				f.rule = ruleSupport
				f.anchor = span{m.start, k + 1}
			}
			return f, ok
		}
		// a noun or adjective cue: the actor is right before it ("Washington's willingness", "Trump's pledge")
		f, ok := a.subjectFrame(m, s)
		if !ok {
			return frame{}, false
		}
		// the actor owns the cue: "Washington's willingness", "Trump's pledge",
		// "the U.S. has conveyed its willingness"
		gap := span{f.actors[len(f.actors)-1].end, m.start}
		if f.rule == rulePronoun && f.anaphor.end > 0 {
			gap.start = f.anaphor.end // "“We are ready to train …,” he said": the pronoun owns it
		}
		if gap.end-gap.start > 4 && !a.hasPossessiveDeterminer(gap) {
			return frame{}, false
		}
		f.rule = ruleNoun
		f.conf = 0.75
		f.anchor = span{m.start, k + 1}
		return f, true
	}
	return frame{}, false
}

// hasPossessiveDeterminer reports whether "its", "their", "his" or "her"
// lies in sp.
func (a *analysis) hasPossessiveDeterminer(sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		switch a.lw(k) {
		case "its", "their", "his", "her":
			return true
		}
	}
	return false
}
