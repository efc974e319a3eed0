package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsHelpWith names a frame on troops a country helps a mission with.
const ruleTroopsHelpWith = "troops.help-with"

// helpWithFrame matches troops that a verb of helping gives "with": "Kenya
// will support the mission with 1,000 police officers", "Benin intends to
// aid the force with 1,500 personnel", "Chad reinforced the operation with
// 400 soldiers". The verb's subject commits them; the object between the
// verb and "with" is a short noun phrase with no clause break, verb of
// commitment or quantity in it. Verbs of fighting ("attacked the town
// with 500 troops") are not verbs of helping and do not match.
func (a *analysis) helpWithFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	w := a.beforeApprox(q, s)
	if w-2 < s.start || a.lw(w) != "with" {
		return frame{}, false
	}
	for v := w - 2; v >= s.start && v >= w-9; v-- {
		if a.toks[v].kind == tPunct || a.has(v, cClauseBreak, cTrigger, cDeliveryPast) && !helpVerb(a.lw(v)) {
			return frame{}, false
		}
		if !helpVerb(a.lw(v)) {
			continue
		}
		for _, o := range a.quantsOf(q.sent) {
			if o.start > v && o.end <= w && o.num != nil {
				return frame{}, false // "support 300 troops with 20 medics"
			}
		}
		f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
		if !ok || f.anaphor.end == 0 && a.requestBetween(f.actors[len(f.actors)-1].end, v) {
			return frame{}, false // "Ukraine wants allies to support it with …"
		}
		f.name = ruleTroopsHelpWith
		f.window = span{f.window.start, q.end}
		return f, true
	}
	return frame{}, false
}

// helpVerb reports whether w is a verb of helping a mission or a country
// whose means "with" names: "support", "aid", "reinforce", "bolster".
func helpVerb(w string) bool {
	switch w {
	case "support", "supports", "supported", "supporting",
		"aid", "aids", "aided", "aiding",
		"help", "helps", "helped", "helping",
		"assist", "assists", "assisted", "assisting",
		"reinforce", "reinforces", "reinforced", "reinforcing",
		"bolster", "bolsters", "bolstered", "bolstering",
		"strengthen", "strengthens", "strengthened", "strengthening",
		"back", "backs", "backed", "backing":
		return true
	}
	return false
}

// requestBetween reports whether a verb of asking or wanting lies in
// [from, to): "Ukraine wants allies to support it", "Haiti asked Kenya to
// help": the subject before it asks, the helper is someone else.
func (a *analysis) requestBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.lw(k) {
		case "want", "wants", "wanted", "ask", "asks", "asked", "urge", "urges", "urged",
			"call", "calls", "called", "expect", "expects", "expected", "need", "needs", "needed",
			"request", "requests", "requested", "invite", "invites", "invited":
			return true
		}
	}
	return false
}
