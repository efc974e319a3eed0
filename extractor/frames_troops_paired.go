package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsPaired names the line of one of several coordinated givers
// whose counts of troops follow in the same order with no
// "respectively": "Djibouti and Kenya are to send 1,520 and 1,410
// peacekeepers".
const ruleTroopsPaired = "troops.paired"

// pairedTroops pairs the coordinated givers of frame f with as many
// counted troops after its verb that form one list (only commas and
// "and" between them): the i-th count is the i-th giver's, as with
// "respectively" ("Ghana and Peru will send 800 and 600 soldiers"). ok
// is false for other kinds, a single count, a list of another length or
// counts that are not one list ("800 soldiers in May and 600 in June"
// keeps its frames).
func (a *analysis) pairedTroops(f *frame, q *quantity) (frame, bool) {
	if q.kind != news.KindTroops || len(f.actors) < 2 {
		return *f, false
	}
	for _, am := range f.actors {
		if len(am.code) != 2 || am.cls == cDemonym {
			return *f, false
		}
	}
	idx, n, prevEnd := -1, 0, -1
	for _, o := range a.quantsOf(q.sent) {
		if o.sent != q.sent || o.kind != q.kind || o.num == nil || o.conversion || o.start < f.anchor.end {
			continue
		}
		if prevEnd >= 0 {
			if o.start-prevEnd > 2 || o.start == prevEnd {
				break
			}
			for k := prevEnd; k < o.start; k++ {
				if a.tx(k) != "," && a.lw(k) != "and" {
					return *f, false
				}
			}
		}
		if o.start == q.start {
			idx = n
		}
		n++
		prevEnd = o.end
	}
	if idx < 0 || n != len(f.actors) {
		return *f, false
	}
	g := *f
	g.actors = []actorMention{f.actors[idx]}
	g.rule = ruleRespectively
	g.name = ruleTroopsPaired
	return g, true
}

// ruleTroopsTotalOf names the line of "a total of N soldiers and M
// police officers": one total of the two counts.
const ruleTroopsTotalOf = "troops.total-of"

// totalOfPair reads "a total of N soldiers and M police officers": for
// the first count q it returns the second (second false), for the second
// the first (second true); ok is false when q is no part of such a pair.
// The conventions score the personnel total, not its breakdown.
func (a *analysis) totalOfPair(q *quantity) (o quantity, second, ok bool) {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) {
		return quantity{}, false, false
	}
	totalBefore := func(p *quantity) bool {
		return p.start >= 2 && a.lw(p.start-1) == "of" && a.lw(p.start-2) == "total"
	}
	for _, p := range a.quantsOf(q.sent) {
		if p.sent != q.sent || p.kind != news.KindTroops || p.num == nil {
			continue
		}
		if p.start == q.end+1 && a.lw(q.end) == "and" && totalBefore(q) {
			return p, false, true
		}
		if q.start == p.end+1 && a.lw(p.end) == "and" && totalBefore(&p) {
			return p, true, true
		}
	}
	return quantity{}, false, false
}

// allAfterGivers reports whether "all" stands between the last of f's
// coordinated givers and its verb, past auxiliaries and adverbs only:
// "Chad, Niger and Togo all pledged 500 troops", "A and B have all
// sent 300 soldiers" (the count is each one's). "500 troops in all"
// after the verb is a total.
func (a *analysis) allAfterGivers(f frame) bool {
	last := f.actors[len(f.actors)-1].end
	for k := last; k < f.anchor.start && k < last+4; k++ {
		if a.lw(k) == "all" {
			return true
		}
		if !a.has(k, cSubjectFollower, cPerfectAux, cIrrealis) && !hasLySuffix(a.lw(k)) {
			return false
		}
	}
	return false
}
