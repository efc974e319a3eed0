package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsFurther names the frame on a bare further count of troops
// named before it in the sentence.
const ruleTroopsFurther = "troops.further"

// furtherTroopsFrame matches a bare count of troops that repeats the
// counted troops before it in its sentence with "another", "further" or
// "more" ("The first 200 Kenyan police officers landed on Tuesday, with
// another 800 expected in the coming weeks"): the committer is the one of
// the troops before (their frame, settled). The further count is still
// to come (pledged) when a word of the future follows it ("expected",
// "due", "to follow", "next", "later"); otherwise it shares the status
// the earlier troops' frame forces.
func (a *analysis) furtherTroopsFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.sent < 0 || q.sent >= len(a.sents) || a.toks[q.num.start].kind != tNum && !a.has(q.num.start, cNumWord) {
		return frame{}, false
	}
	i := q.num.start
	further := i-1 > s.start && (a.lw(i-1) == "another" || a.lw(i-1) == "further" || a.lw(i-1) == "additional") ||
		q.num.end < s.end && a.lw(q.num.end) == "more"
	if !further || q.end-q.num.end > 1 {
		return frame{}, false // a bare count only: "another 800", "800 more"
	}
	var prev quantity
	found := false
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.end <= q.start && o.kind == news.KindTroops && o.num != nil {
			prev, found = o, true
		}
	}
	if !found {
		return frame{}, false
	}
	pf, ok := a.frameFor(&prev)
	if !ok {
		return frame{}, false
	}
	if pf, ok = a.settle(pf, &prev); !ok || len(pf.actors) == 0 {
		return frame{}, false
	}
	f := frame{actors: pf.actors, anchor: span{q.start, q.end}, rule: pf.rule, name: ruleTroopsFurther,
		window: span{q.start, min(s.end, q.end+4)}, conf: 0.5, forced: pf.forced}
	if q.end < s.end {
		switch a.lw(q.end) {
		case "expected", "due", "to", "next", "later", "soon", "set", "scheduled", "will":
			f.forced = news.StatusPledged
		}
	}
	return f, true
}
