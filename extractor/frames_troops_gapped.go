package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsGapped names the lines of gapped conjuncts after a troop
// commitment: "Canada will send 500 troops to Latvia, Britain 800 to
// Estonia and the US 1,000 to Poland".
const ruleTroopsGapped = "troops.gapped"

// troopGapped emits the gapped conjuncts that follow troops q of frame f
// and their destination: ", Britain 800 to Estonia", "and the US in
// Poland". Each conjunct is a country, a count when q has one (none when
// q has none: the conjuncts repeat q's form) and "to" or "in" with a
// country; it gets f's verb, cues and, when counted, its own number.
// f's single actor must be named before q (the subject), not inside it.
func (a *analysis) troopGapped(f frame, q *quantity, emit func(frame, quantity, string)) {
	if q.kind != news.KindTroops || len(f.actors) != 1 || len(f.actors[0].code) != 2 || f.actors[0].end > q.start {
		return
	}
	s := a.sents[q.sent]
	k, ok := a.gapDestination(q.end, s)
	if !ok {
		return
	}
	for k < s.end {
		switch {
		case a.tx(k) == "," && k+1 < s.end && a.lw(k+1) == "and":
			k += 2
		case a.tx(k) == "," || a.lw(k) == "and":
			k++
		default:
			return
		}
		if k < s.end && a.lw(k) == "the" {
			k++
		}
		var who *match
		for i := range a.ann[min(k, len(a.ann)-1)] {
			if m := &a.ann[k][i]; k < s.end && m.class == cCountry && len(m.value) == 2 && m.value != f.actors[0].code {
				who = m
				break
			}
		}
		if who == nil {
			return
		}
		j := who.end
		qq := *q
		if q.num != nil {
			p, ok := parseNumberAt(&a.doc, a.ann, j, s.end)
			if !ok || p.value < 2 || p.scaled {
				return
			}
			qq = quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: q.sent, item: q.item}
			j = p.end
		}
		end, ok := a.gapDestination(j, s)
		if !ok {
			return
		}
		g := f
		g.actors = []actorMention{{span: span{who.start, who.end}, code: who.value, cls: cCountry, sent: q.sent}}
		g.name = ruleTroopsGapped
		g.window = span{f.window.start, max(f.window.end, end)}
		g.conf = min(f.conf, 0.55)
		if g, ok := a.settle(g, &qq); ok {
			emit(g, qq, q.item)
		}
		k = end
	}
}

// gapDestination reports whether "to" or "in", an optional "the" and a
// country start at token k, and returns where the country ends.
func (a *analysis) gapDestination(k int, s span) (int, bool) {
	if k+1 >= s.end || a.lw(k) != "to" && a.lw(k) != "in" {
		return k, false
	}
	k++
	if a.lw(k) == "the" && k+1 < s.end {
		k++
	}
	for _, m := range a.ann[k] {
		if m.class == cCountry && len(m.value) == 2 {
			return m.end, true
		}
	}
	return k, false
}
