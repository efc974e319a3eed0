package extractor

// Several troop numbers of one donor in one clause: a change "by N to M"
// or "from A to B" (troopChange), and the breakdown of a personnel total
// after "including", "comprising" (troopBreakdown).

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of troop changes and breakdowns.
const (
	// ruleTroopsChangeBy is the increase of "boost its contingent by 150
	// to 650 troops": a line of its own besides the new level.
	ruleTroopsChangeBy = "troops.change-by"
	// ruleTroopsCut is the size of a cut "reduced from 750 to 150": one
	// declined line of 600.
	ruleTroopsCut = "troops.cut-size"
	// guardTroopsBreakdown drops the parts of a personnel total:
	// "800 personnel, including 150 soldiers and 650 police officers".
	guardTroopsBreakdown = "guard.troops-breakdown"
)

// troopChg is a change of a troop level read around the new level M.
type troopChg struct {
	// n is the number after "by" or "from" before "to M".
	n numPhrase
	// from is true for "from A to M", false for "by N to M".
	from bool
	// reduce is true when the verb of the change is a reduction.
	reduce bool
	// counted is true when a troop quantity of the sentence already has
	// n's value ("by 150 troops to 650"): it gives its own line.
	counted bool
}

// troopChange reads "by N to M" or "from A to M" before troops q (the
// new level M) in a clause with a verb of change ("boost", "raise",
// "reduce", "cut"): "will boost its contingent by 150 to 650 troops",
// "has reduced its deployment from 750 to 150 soldiers". A year is no
// level ("from 2022 to 2024").
func (a *analysis) troopChange(q *quantity) (troopChg, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) {
		return troopChg{}, false
	}
	s := a.sents[q.sent]
	to := a.beforeApprox(q, s)
	if to <= s.start+2 || a.lw(to) != "to" {
		return troopChg{}, false
	}
	var n numPhrase
	found := false
	for _, p := range a.numbersNear(to-1, to-1) {
		if p.end == to && p.start > s.start && !a.isYear(p.start) && p.value > 0 {
			n, found = p, true
		}
	}
	counted := false
	if !found {
		// "by 150 troops to 650": the number is a troop quantity
		for _, o := range a.quantsOf(q.sent) {
			if o.kind == news.KindTroops && o.num != nil && o.end == to && o.start > s.start {
				n, found, counted = *o.num, true, true
			}
		}
	}
	after := false // "to 16,000 from 19,000": the earlier level after the new one
	if !found && q.end+1 < s.end && a.lw(q.end) == "from" {
		j := q.end + 1
		for j < s.end && (a.lw(j) == "about" || a.lw(j) == "some" || a.lw(j) == "around" || a.has(j, cQualifier)) {
			j++
		}
		for _, p := range a.numbersNear(j, j) {
			if p.start == j && !a.isYear(p.start) && p.value > 0 {
				n, found, after = p, true, true
			}
		}
	}
	if !found {
		return troopChg{}, false
	}
	b := n.start - 1
	for b > s.start && (a.lw(b) == "about" || a.lw(b) == "some" || a.lw(b) == "around" || a.has(b, cQualifier)) {
		b--
	}
	ch := troopChg{n: n, counted: counted}
	switch a.lw(b) {
	case "by":
	case "from":
		ch.from = true
	default:
		return troopChg{}, false
	}
	verb := -1
	if after {
		b = to // the verb is before the new level
	}
	for k := b - 1; k >= s.start && b-k <= 12; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if changeVerb(a.lw(k)) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return troopChg{}, false
	}
	ch.reduce = reductionVerb(a.lw(verb))
	if ch.from && (!ch.reduce || n.value <= q.num.value) {
		// "raise from 500 to 650": the new level alone (the real gold
		// gives no line to the increase of "from A to B")
		return troopChg{}, false
	}
	if !ch.from && !ch.reduce && n.value >= q.num.value {
		return troopChg{}, false // "by 2026 to …" is no increase
	}
	if !ch.counted {
		for _, o := range a.quantsOf(q.sent) {
			if o.kind == news.KindTroops && o.num != nil && o.num.value == n.value && o.start != q.start {
				ch.counted = true // "its troops … by 150": read as 150 troops
			}
		}
	}
	return ch, true
}

// reductionVerb reports whether w, a verb of change, lowers a level.
func reductionVerb(w string) bool {
	switch w {
	case "reduce", "reduces", "reducing", "reduced", "cut", "cuts", "cutting", "decrease", "decreases", "decreasing", "decreased",
		"lower", "lowers", "lowering", "lowered", "trim", "trims", "trimming", "trimmed",
		"halve", "halves", "halving", "halved", "shrink", "shrinks", "shrinking", "shrank", "scale", "scales", "scaling", "scaled":
		return true
	}
	return false
}

// troopChangeLines emits the lines of a troop change around the new level
// q with frame f and reports whether q itself still gets its line: an
// increase "by N to M" gives N and M (pledged, as the conventions' cases
// of a further contingent and its new total), a cut "by N to M" only N
// and a cut "from A to M" one line of A−M, declined.
func (a *analysis) troopChangeLines(f frame, q *quantity, emit func(frame, quantity, string)) bool {
	ch, ok := a.troopChange(q)
	if !ok {
		return true
	}
	g := f
	g.name = ruleTroopsChangeBy
	switch {
	case ch.from:
		cut := *q
		p := ch.n
		p.value = ch.n.value - q.num.value
		p.end = q.num.end
		cut.num, cut.span = newNum(p), span{ch.n.start, q.end}
		if ch.n.start > q.start { // "to 16,000 from 19,000"
			p.start, p.end = q.num.start, ch.n.end
			cut.num, cut.span = newNum(p), span{q.start, ch.n.end}
		}
		g.name = ruleTroopsCut // (the status is the frame's: the verb's cues)
		emit(g, cut, q.item)
		return false
	case ch.reduce:
		if !ch.counted {
			part := *q
			part.num, part.span = newNum(ch.n), span{ch.n.start, ch.n.end}
			emit(g, part, q.item)
		}
		return false // what remains is no commitment
	case !ch.counted:
		part := *q
		part.num, part.span = newNum(ch.n), span{ch.n.start, ch.n.end}
		emit(g, part, q.item)
	}
	return true
}

// troopBreakdown reports whether troops q are a part of a personnel
// total before them in the clause, after "including", "comprising",
// "consisting of", "made up of", "among them", "of whom" (other parts may
// come between): "will
// send 800 personnel to the mission, including 150 soldiers and 650
// police officers", "800 troops, comprising 600 infantry and 200
// engineers". The total is the commitment; its breakdown is not.
func (a *analysis) troopBreakdown(q *quantity) bool {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	cue := -1
	for k := q.start - 1; k > s.start && q.start-k <= 12; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" || a.has(k, cTrigger) {
			return false
		}
		w := a.lw(k)
		if w == "including" || w == "comprising" || w == "incl" || w == "them" && a.lw(k-1) == "among" ||
			(w == "whom" || w == "which") && a.lw(k-1) == "of" ||
			w == "of" && (a.lw(k-1) == "consisting" || a.lw(k-1) == "up" && a.lw(k-2) == "made") {
			cue = k
			break
		}
	}
	if cue < 0 {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.kind != news.KindTroops || o.num == nil || o.end > cue || cue-o.end > 8 || o.num.value <= q.num.value {
			continue
		}
		between := false
		for k := o.end; k < cue; k++ {
			if a.has(k, cClauseBreak, cTrigger) || a.tx(k) == ";" {
				between = true
				break
			}
		}
		if !between {
			return true
		}
	}
	return false
}

// ruleTroopsSubjectTotal names the troops in the subject of a verb that
// brings a contribution to a new total, and that total.
const ruleTroopsSubjectTotal = "frame.troops-subject-total"

// troopSubjectTotalFrames reads troops in the subject of a verb of a new
// total and the total after "to": "The deployment of 300 additional
// troops will bring Germany's contingent in Lithuania to 1,500", "The 200
// extra soldiers take the Dutch contribution to 600". Both are lines of
// the total's owner (totalOwnerFrame: a possessive or demonym with the
// troops of the object, the subject country, the troop line before),
// with the total's status (totalStatus; a negation gives none). The
// troops must lie at most eight tokens before the verb with no comma or
// clause break between, and a number no other frame reads.
func (a *analysis) troopSubjectTotalFrames(emit func(frame, quantity, string), lastTroops func(si int) (actorMention, bool)) {
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cTroopNoun) == 0 || a.stats.sentCls[si]&(1<<cTotalVerb) == 0 {
			continue
		}
		for _, o := range a.quantsOf(si) {
			if o.kind != news.KindTroops || o.num == nil || o.sent != si {
				continue
			}
			if f, framed := a.frameFor(&o); framed {
				if _, settled := a.settle(f, &o); settled {
					continue // its own frame reads it
				}
			}
			v := -1
			for k := o.end; k < s.end && k-o.end <= 8; k++ {
				if a.has(k, cClauseBreak) || a.tx(k) == "," || a.tx(k) == ";" {
					break
				}
				if a.has(k, cTotalVerb) {
					v = k
					break
				}
			}
			if v < 0 {
				continue
			}
			total, to, ok := a.subjectTotalAfter(v, s, si, &o)
			if !ok {
				continue
			}
			f, ok := a.totalLine(v, to, s, si, lastTroops)
			if !ok {
				continue
			}
			f.rule = ruleTroopsSubjectTotal
			emit(f, o, o.item)
			emit(f, total, total.item)
		}
	}
}

// subjectTotalAfter reads the new total after the verb of change at v
// whose subject holds troops o: "to" and a troop number
// (troopsNumberAt) larger than o in v's clause.
func (a *analysis) subjectTotalAfter(v int, s span, si int, o *quantity) (quantity, int, bool) {
	for j := v + 1; j+1 < s.end && j <= v+20; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == ";" || a.tx(j) == "," || a.tx(j) == "." {
			return quantity{}, 0, false
		}
		if a.lw(j) != "to" {
			continue
		}
		q, ok := a.troopsNumberAt(j+1, s, si)
		if !ok || q.num.value <= o.num.value || a.ownArmy(v, j) {
			continue
		}
		return q, j, true
	}
	return quantity{}, 0, false
}
