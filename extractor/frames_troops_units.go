package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// equipmentUnits reads a unit of materiel as the materiel: "one company
// of tanks", "a battalion of Leopard tanks", "a squadron of jets". The
// troop unit noun (troop_unit) without a number, right before "of" and
// the equipment, counts the goods, it commits no personnel: the unit
// becomes a description (prepped) and the equipment after it, which the
// "of" had made a description, becomes what is committed.
func (a *analysis) equipmentUnits() {
	for i := 0; i+1 < len(a.quants); i++ {
		q := &a.quants[i]
		of := q.end
		if of < a.sents[q.sent].end && isQuote(a.tx(of)) {
			of++ // "sent “one company” of tanks"
		}
		if q.kind != news.KindTroops || q.num != nil || of >= a.sents[q.sent].end || a.lw(of) != "of" || !a.has(q.end-1, cTroopUnit) {
			continue
		}
		o := &a.quants[i+1]
		if o.sent != q.sent || o.start != of+1 || o.kind != news.KindEquipment {
			continue
		}
		q.prepped = true
		o.prepped = false
	}
}

// existingForce reports whether troops q give the size of a force the
// actor already has in place, which a reduction or a withdrawal only
// names: "reduce its contingent of 5,000", "expand its contingent of
// 300", "withdraw some of its 900 troops". The troops named are there
// (delivered); the change has no number of its own. A force withdrawn
// whole ("pull its force of 220 soldiers out") stays a withdrawal.
func (a *analysis) existingForce(f *frame, q *quantity) bool {
	s := a.sents[q.sent]
	p := q.start - 1
	if p-2 < s.start || q.num == nil {
		return false
	}
	own := func(w string) bool { return w == "its" || w == "their" }
	// "reduce its contingent of 5,000" (the number, or the unit, opens
	// the phrase); not "withdraw its battalion of 100", which all leave
	if resized(a.lw(f.anchor.start)) && (a.lw(p) == "of" && a.has(p-1, cTroopUnit) && own(a.lw(p-2)) ||
		a.has(q.start, cTroopUnit) && q.start+1 < s.end && a.lw(q.start+1) == "of" && own(a.lw(p))) {
		return true
	}
	// "some of its 900 troops"
	if own(a.lw(p)) && a.lw(p-1) == "of" {
		switch a.lw(p - 2) {
		case "some", "part", "most", "many", "half", "all", "several", "hundreds", "thousands":
			return true
		}
	}
	return false
}

// resized reports whether verb w changes the size of a force without
// ending it: "reduce", "cut", "expand", "reinforce", "double".
func resized(w string) bool {
	switch w {
	case "reduce", "reduces", "reduced", "reducing", "cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming",
		"downsize", "downsizes", "downsized", "shrink", "shrinks", "expand", "expands", "expanded", "expanding",
		"reinforce", "reinforces", "reinforced", "reinforcing", "increase", "increases", "increased", "increasing",
		"boost", "boosts", "boosted", "boosting", "add", "adds", "added", "adding",
		"double", "doubles", "doubled", "doubling", "triple", "triples", "tripled", "tripling", "halve", "halves", "halved", "halving":
		return true
	}
	return false
}
