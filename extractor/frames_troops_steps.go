package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Troops of one holder told in several values: a second place after
// "has" ("has 2,500 troops in Iraq and 900 in Syria", troopsAt,
// parallelHolding), a country's share of a total ("of whom 15 will be
// German", ofWhomShare) and more troops told in the next sentence with
// the noun understood ("Another 100 will arrive in June",
// moreWillFollow). The bare-number tests are read by troopEllipsis
// (frames_troops_ellipsis.go).

// troopsAt returns the start of the numbered troops of q's sentence,
// before q, that cover token j, or -1.
func (a *analysis) troopsAt(j int, q *quantity) int {
	for _, o := range a.quantsOf(q.sent) {
		if o.kind == news.KindTroops && o.num != nil && o.start <= j && j < o.end && o.end <= q.start {
			return o.start
		}
	}
	return -1
}

// parallelHolding reports whether the bare number p follows "has" or
// "have" and comes before "in" as numbered troops before it in s do:
// "France has 5,100 soldiers in the Sahel, and Germany has 1,000 in
// Mali".
func (a *analysis) parallelHolding(p numPhrase, s span) bool {
	if p.start-1 <= s.start || p.end >= s.end || a.lw(p.end) != "in" || a.lw(p.start-1) != "has" && a.lw(p.start-1) != "have" {
		return false
	}
	si := a.sentIndex(p.start)
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindTroops && q.num != nil && q.end < p.start && q.end < s.end && a.lw(q.end) == "in" {
			return true
		}
	}
	return false
}

// ofWhomShare reports whether the bare number p is a share of troops
// named before it whose country a predicate gives: "100 observers, of
// whom up to 15 will be German", "2,000 troops, of which 500 are French".
func (a *analysis) ofWhomShare(p numPhrase, s span) bool {
	k := p.start - 1
	for k > s.start && a.has(k, cQualifier) {
		k--
	}
	if k-1 <= s.start || a.lw(k-1) != "of" || a.lw(k) != "whom" && a.lw(k) != "which" || p.end+1 >= s.end {
		return false
	}
	be := p.end + 1
	switch a.lw(p.end) {
	case "are", "were":
	case "will", "would":
		be++
	default:
		return false
	}
	_, ok := a.longest(be, s.end, cDemonym)
	return ok
}

// moreWillFollow reports whether the bare number p opens its sentence
// after "another", "a further", "an additional" or "an extra" (or is
// followed by "more") and is the subject of a verb of coming after a
// modal: "Another 100 will arrive in June", "A further 200 will follow",
// "150 more will be deployed next month".
func (a *analysis) moreWillFollow(p numPhrase, s span) bool {
	k := p.start - 1
	marked := false
	for k >= s.start && (a.lw(k) == "another" || a.lw(k) == "further" || a.lw(k) == "additional" || a.lw(k) == "extra" || a.lw(k) == "a" || a.lw(k) == "an") {
		marked = marked || a.lw(k) != "a" && a.lw(k) != "an"
		k--
	}
	after := p.end
	if after < s.end && a.lw(after) == "more" {
		marked = true
		after++
	}
	if !marked || k >= s.start || after+1 >= s.end || a.lw(after) != "will" && a.lw(after) != "would" {
		return false
	}
	v := after + 1
	if a.lw(v) == "be" && v+1 < s.end {
		return a.has(v+1, cTrigger, cDeliveryPast) // "will be deployed"
	}
	switch a.lw(v) {
	case "follow", "arrive", "join", "deploy":
		return true
	}
	return false
}
