package extractor

// Money that is the level something else has grown to in a relative
// clause: "a budget gap that had grown to about $7 billion" describes
// the gap; nobody gives it.

// risenToAmount reports whether money q follows "to" after a verb of
// growth or fall ("ballooned", "risen", "grew", "climbed", "fell") that
// opens a relative clause ("that had grown to $7 billion", "which
// rose to $10 billion") whose head is no noun of commitment ("aid, which
// has risen to $5 billion" stays).
func (a *analysis) risenToAmount(q *quantity) bool {
	if q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	k := q.start - 1
	for k > s.start && a.lw(k) != "to" && a.has(k, cQualifier) {
		k-- // "to about $7 billion"
	}
	if k-1 <= s.start || a.lw(k) != "to" || !sumChangeVerb(a.lw(k-1)) {
		return false
	}
	for j := k - 2; j >= s.start && k-j <= 5; j-- {
		switch a.lw(j) {
		case "had", "has", "have", "been", "already", "since":
			continue
		case "that", "which":
			h := j - 1
			if h >= s.start && a.tx(h) == "," {
				h--
			}
			return h < s.start || !commitmentHead(a, h) && !paymentHead(a.lw(h))
		}
		return false
	}
	return false
}

// sumChangeVerb reports whether w is a past verb of growth or fall of a sum:
// "ballooned", "risen", "rose", "grew", "climbed", "soared", "fell".
func sumChangeVerb(w string) bool {
	switch w {
	case "ballooned", "balloons", "risen", "rose", "rises", "grown", "grew", "grows", "swelled", "swollen",
		"climbed", "climbs", "soared", "soars", "jumped", "surged", "widened", "fallen", "fell", "falls",
		"dropped", "shrunk", "shrank", "reached", "reaches", "increased", "decreased", "declined":
		return true
	}
	return false
}
