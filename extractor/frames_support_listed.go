package extractor

// listedBefore reports whether quantity o is an earlier member of a list
// of objects that ends with the support noun at q: every token between
// them is a comma, "and", an article or part of another quantity of the
// sentence ("provide 300 generators, 20 ambulances and logistics
// support"). Members of one list share the verb; none owns the support.
func (a *analysis) listedBefore(o *quantity, qStart int, si int) bool {
	if o.end >= qStart || qStart-1 < 0 || a.lw(qStart-1) != "and" && !(qStart-2 >= 0 && a.lw(qStart-2) == "and" && (a.lw(qStart-1) == "a" || a.lw(qStart-1) == "an")) {
		return false
	}
	k := o.end
	for k < qStart {
		switch a.lw(k) {
		case ",", "and", "a", "an":
			k++
			continue
		}
		next := -1
		for _, p := range a.quantsOf(si) {
			if p.start == k && p.end <= qStart {
				next = p.end
				break
			}
		}
		if next < 0 {
			return false
		}
		k = next
	}
	return true
}
