package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsJoinWith names a frame on troops a country joins a mission with.
const ruleTroopsJoinWith = "troops.join-with"

// joinWithFrame matches troops that a country joins or takes part in a
// mission "with": "Kenya will join the mission with 1,000 police
// officers", "Nepal will take part in the operation with an infantry
// battalion", "Chad participates in the force with some 400 soldiers".
// The verb's subject commits them, with or without a head count; the
// object between the verb and "with" is a short noun phrase with no
// clause break, verb of commitment or quantity in it. A past join with a
// year in its sentence ("Chile joined the mission in 2019 with 300
// troops") is history and does not match, nor a drill ("join the
// exercises with 800 troops").
func (a *analysis) joinWithFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	w := q.start - 1
	for w > s.start && w >= q.start-5 && a.lw(w) != "with" && a.toks[w].kind != tPunct && !a.has(w, cClauseBreak, cTrigger) {
		w-- // "with a contingent of", "with hundreds of", "with some"
	}
	if w-2 < s.start || a.lw(w) != "with" {
		return frame{}, false
	}
	// (the verb may stand right before "with": "will participate with
	// troops in the mission", "will take part with soldiers")
	for v := w - 1; v >= s.start && v >= w-9; v-- {
		if a.toks[v].kind == tPunct {
			return frame{}, false
		}
		end, ok := a.joinVerbAt(v, w)
		if !ok {
			if a.has(v, cClauseBreak, cTrigger, cDeliveryPast) {
				return frame{}, false
			}
			continue
		}
		for j := end; j < w; j++ {
			if drillWord(a.lw(j)) {
				return frame{}, false // "will join the drills with 800 troops": an exercise
			}
		}
		for _, o := range a.quantsOf(q.sent) {
			if o.start >= end && o.end <= w {
				return frame{}, false // "join the 300 troops already there with …"
			}
		}
		m := match{start: v, end: end}
		if a.history(m, s) {
			return frame{}, false
		}
		f, ok := a.subjectFrame(m, s)
		if !ok || f.anaphor.end == 0 && a.requestBetween(f.actors[len(f.actors)-1].end, v) {
			return frame{}, false // "Haiti asked Kenya to join the mission with …"
		}
		f.name = ruleTroopsJoinWith
		f.window = span{f.window.start, q.end}
		return f, true
	}
	return frame{}, false
}

// joinVerbAt reports whether a verb of joining a mission starts at token
// v and ends before lim: "join", "rejoin", "take part in", "participate
// in", or "participate" and "take part" right before lim ("participate
// with troops"); it returns the end of the verb.
func (a *analysis) joinVerbAt(v, lim int) (int, bool) {
	switch a.lw(v) {
	case "join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined", "rejoining":
		return v + 1, true
	case "participate", "participates", "participated", "participating":
		if v+2 < lim && a.lw(v+1) == "in" {
			return v + 2, true
		}
		if v+1 == lim {
			return v + 1, true // "participate with troops"
		}
	case "take", "takes", "took", "taking", "taken":
		if v+3 < lim && a.lw(v+1) == "part" && a.lw(v+2) == "in" {
			return v + 3, true
		}
		if v+2 == lim && a.lw(v+1) == "part" {
			return v + 2, true // "take part with soldiers"
		}
	}
	return 0, false
}

// joiningWith reports whether token k is the "with" of a country joining
// a mission: "will join the mission with peacekeepers". The troops after
// it are what the country joins with, not a description of the mission.
func (a *analysis) joiningWith(k int, s span) bool {
	if a.lw(k) != "with" {
		return false
	}
	for v := k - 2; v >= s.start && v >= k-9; v-- {
		if a.toks[v].kind == tPunct {
			return false
		}
		if _, ok := a.joinVerbAt(v, k); ok {
			return true
		}
	}
	return false
}
