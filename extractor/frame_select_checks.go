package extractor

// Checks selectFrame makes around a quantity: a refused request, an enumeration the quantity stands in, a verb of saying that is no verb of giving, and an actor between the verb and the quantity.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// requestFrame reads a refused request: "Germany has rejected requests
// for Taurus missiles", "Austria turned down Kyiv's request for 200
// soldiers". The subject of the refusal declined what was asked for.
func (a *analysis) requestFrame(q *quantity, s span) (frame, bool) {
	k := q.start - 1
	for k > s.start && q.start-k <= 3 && a.lw(k) != "for" && a.toks[k].kind == tWord {
		k-- // "for more", "for further"
	}
	if k <= s.start || a.lw(k) != "for" || !a.has(k-1, cRequestNoun) {
		return frame{}, false
	}
	// the verb of refusal before the noun, past a determiner or an owner ("a", "Kyiv's")
	for j := k - 2; j >= s.start && k-1-j <= 5; j-- { // (5: "turned down Kyiv's")
		m, ok := a.longest(j, k-1, cDeclined)
		if !ok {
			if a.toks[j].kind == tPunct && a.tx(j) != "'" && a.tx(j) != "’" {
				break
			}
			continue
		}
		f, ok := a.subjectFrame(m, s)
		if !ok {
			return frame{}, false
		}
		f.window = span{f.window.start, q.end}
		f.forced = news.StatusDeclined
		f.conf -= 0.05
		return f, true
	}
	return frame{}, false
}

// enumerated reports whether q continues an enumeration of quantities of
// its kind that starts after token from: at least one quantity of the same
// kind lies between, and no sentence-internal break (";") or other verb of
// commitment.
func (a *analysis) enumerated(from int, q *quantity) bool {
	n := 0
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.start >= from && o.end <= q.start && o.kind == q.kind {
			n++
		}
	}
	if n == 0 {
		return false
	}
	for k := from; k < q.start; k++ {
		if a.tx(k) == ";" || a.has(k, cTrigger, cDeliveryPast) {
			return false
		}
	}
	return true
}

// enumStart returns where the enumeration of counted items of q's kind
// that ends with q starts: "25 gas turbines, 172 transformers and 40
// generators" (items joined by commas, "and", "as well as", "plus").
func (a *analysis) enumStart(q *quantity) int {
	start := q.start
	qs := a.quantsOf(q.sent)
	for i := len(qs) - 1; i >= 0; i-- {
		o := qs[i]
		if o.sent != q.sent || o.end > start || o.kind != q.kind {
			continue
		}
		for k := o.end; k < start; k++ {
			switch a.lw(k) {
			case ",", "and", "as", "well", "plus", "more", "then", "than", "over", "some", "about", "around":
				continue
			}
			return start
		}
		start = o.start
	}
	return start
}

// addedSaying reports whether the trigger t is "add" used as a verb of
// saying: "added that", "adding:", "he added, …".
func (a *analysis) addedSaying(t match, s span) bool {
	switch a.lw(t.start) {
	case "add", "adds", "added", "adding":
	default:
		return false
	}
	if t.end >= s.end {
		return true // "…, he added."
	}
	switch a.tx(t.end) {
	case "that", ",", ":", "\"", "“":
		return true
	}
	return false
}

// actorBetween reports whether an actor mention lies within [from, to).
func (a *analysis) actorBetween(from, to int) bool {
	for _, am := range a.actorsNear(from, to) {
		if am.start >= from && am.end <= to {
			return true
		}
	}
	return false
}
