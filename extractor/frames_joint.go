package extractor

// ruleJoint marks one commitment made by several actors together.
const ruleJoint = "frame.joint"

// joint turns the frame of a numbered quantity committed by several actors
// together into a frame of one group: "Sweden, Norway and Denmark will
// jointly contribute $500 million" is one sum of the three, not $500
// million each, so it is the line of "group:Sweden, Norway and Denmark"
// (a group, not scored against any one country). So is a country with
// its partners: "the EU and its member states have allocated €50
// billion", "Kuwait, along with other Gulf countries, pledged $4bn".
// Distributive words keep one line per actor: "each", "both",
// "respectively", "apiece". Quantities without a number ("Belgium, Italy
// and France are sending ships") keep one line per actor too.
func (a *analysis) joint(f frame, q quantity) frame {
	if q.num == nil || len(f.actors) == 0 || f.rule != ruleActive && (f.rule != rulePronoun || len(f.actors) < 2) {
		return f
	}
	for _, am := range f.actors {
		if am.cls == cGroup {
			return f
		}
	}
	s := a.sents[q.sent]
	first, last := f.actors[0], f.actors[len(f.actors)-1]
	end := last.end
	if len(f.actors) == 1 {
		// "the EU and its member states", "Kuwait, along with other Gulf countries,"
		end = a.partners(last.end, f.anchor.start)
		if end < 0 {
			return f
		}
	}
	for k := first.start; k < s.end && k < q.end+4; k++ {
		switch a.lw(k) {
		case "each", "both", "respectively", "apiece", "individually", "separately", "per":
			return f
		}
	}
	g := actorMention{span: span{first.start, end}, cls: cGroup, subject: true, sent: first.sent}
	g.code = "group:" + a.text[a.toks[first.start].start:a.toks[end-1].end]
	f.actors = []actorMention{g}
	f.rule = ruleJoint
	return f
}

// partners returns the end of "and its member states", ", along with
// other Gulf countries" after an actor that ends at token from, before
// the anchor at token to; -1 when none follows.
func (a *analysis) partners(from, to int) int {
	k := from
	if k < to && a.tx(k) == "," {
		k++
	}
	switch {
	case k < to && a.lw(k) == "and":
		k++
	case k+1 < to && (a.lw(k) == "along" || a.lw(k) == "together") && a.lw(k+1) == "with":
		k += 2
	default:
		return -1
	}
	for n := 0; n < 4 && k < to; n++ {
		if g, ok := a.longest(k, to, cGroupNoun); ok {
			return g.end
		}
		switch a.lw(k) {
		case "its", "their", "other", "fellow", "the":
		default:
			if !a.upper(k) && !a.has(k, cGroupAdj) && !a.isModifier(k) {
				return -1
			}
		}
		k++
	}
	return -1
}
