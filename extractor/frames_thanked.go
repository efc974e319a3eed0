package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleThankedFor names a frame on a country thanked for giving.
const ruleThankedFor = "frame.thanked-for"

// thankedForFrame matches a country thanked for a verb of giving right
// before the quantity: "Latvia thanked Spain for sending 300 troops",
// "Kyiv is grateful to Norway for providing 12 howitzers". The thanked
// country gave; a verb of handing over is told as done (delivered). (Thanks
// for a bare noun, "thanked Germany for the 40 tanks", is no line.)
func (a *analysis) thankedForFrame(q *quantity, s span) (frame, bool) {
	k := q.start - 1
	for k > s.start && (a.lw(k) == "about" || a.lw(k) == "some" || a.lw(k) == "around" || a.lw(k) == "another" || a.lw(k) == "further" || a.has(k, cQualifier)) {
		k--
	}
	if k-1 <= s.start || !a.has(k, cTrigger) || a.lw(k-1) != "for" {
		return frame{}, false
	}
	verb := a.lw(k)
	if len(verb) < 5 || verb[len(verb)-3:] != "ing" {
		return frame{}, false
	}
	am, at, ok := a.thankedGiver(s, k)
	if !ok || at != k-1 {
		return frame{}, false
	}
	f := frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleActive, name: ruleThankedFor,
		window: span{k, q.end}, conf: 0.6}
	switch verb {
	case "sending", "providing", "delivering", "deploying", "supplying", "donating", "giving", "dispatching", "contributing":
		f.forced = news.StatusDelivered
	}
	return f, true
}

// byAgent returns the agent after "by" at token k: the coordinated actors
// there (listAt), or the country a possessive description names ("by
// Niger's former ally Belgium", "by Ukraine's ally Germany": the
// head, not the owner).
func (a *analysis) byAgent(k int, s span) []actorMention {
	acts := a.listAt(k, s)
	if len(acts) != 1 {
		return acts
	}
	j, ok := a.isPossessive(acts[0].end, s.end)
	if !ok {
		return acts
	}
	for p := j; p < s.end && p < j+7; p++ {
		if a.toks[p].kind == tPunct && !(a.tx(p) == "-" && a.toks[p].glued) {
			break
		}
		if n := a.actorEndingAt(p, s); n >= 0 && a.actors[n].start == p {
			if am := a.actors[n]; len(am.code) == 2 && am.cls != cDemonym && am.cls != cGroup {
				return []actorMention{am}
			}
			break
		}
	}
	return acts
}
