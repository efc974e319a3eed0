package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Support named as the means of something done, "with the support of X"
// or "with Iranian support": the country named gave it
// (frame.with-support).

// ruleWithSupport names support read from "with the support of X".
const ruleWithSupport = "frame.with-support"

// withSupportFrames reads support named as the means of something done:
// "… with the support of the United States", "with the military support
// of France", "a rebel group with Iranian support": the country gave it
// (delivered).
func (a *analysis) withSupportFrames(emit func(frame, quantity, string)) {
	for _, q := range a.quants {
		if q.kind != news.KindSupport {
			continue
		}
		s := a.sents[q.sent]
		// "with the support of X", "with the military support of X"
		p := q.start - 1
		var am actorMention
		found := false
		if p > s.start && a.lw(p) == "the" {
			p--
		}
		if p >= s.start && a.lw(p) == "with" && q.end+1 < s.end && (a.lw(q.end) == "of" || a.lw(q.end) == "from") {
			j := q.end + 1
			if a.lw(j) == "the" && j+1 < s.end {
				j++
			}
			if n := a.actorEndingAt(j, s); n >= 0 && a.actors[n].start == j && len(a.actors[n].code) == 2 {
				am, found = a.actors[n], true
			}
		}
		// "with Iranian support": a demonym inside the phrase after "with"
		if !found && p >= s.start && a.lw(p) == "with" && !a.upper(q.end-1) {
			for k := q.start; k < q.end && !found; k++ {
				for _, m := range a.ann[k] {
					if m.class == cDemonym && m.end <= q.end && len(m.value) == 2 {
						am, found = actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}, true
						break
					}
				}
			}
		}
		// "the resolution passed with the support of France", "he was
		// elected with the support of Germany": votes, not help
		if !found || a.politicalBefore(s, p) {
			continue
		}
		f := frame{actors: []actorMention{am}, anchor: span{p, p + 1}, rule: ruleWithSupport,
			window: span{p, q.end}, conf: 0.55, forced: news.StatusDelivered}
		emit(f, q, q.item)
	}
}
