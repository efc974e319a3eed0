package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// restatedAmount reports whether money q restates an amount named just
// before it in another currency or unit: "a $1 billion oil facility,
// equivalent to around Rs290 billion", "€50m, the equivalent of $54m",
// "$2bn, equal to about 3% of its budget". The amount before is the line.
func (a *analysis) restatedAmount(q quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	if k > s.start && a.has(k, cQualifier) {
		k-- // "equivalent to around"
	}
	if k-1 < s.start {
		return false
	}
	switch {
	case (a.lw(k) == "to" || a.lw(k) == "of") && (a.lw(k-1) == "equivalent" || a.lw(k-1) == "equal" || a.lw(k-1) == "equating"):
		k--
	case a.lw(k) == "to" && (a.lw(k-1) == "amounting" || a.lw(k-1) == "converting"):
		k--
	default:
		return false
	}
	if k-1 >= s.start && a.lw(k-1) == "the" {
		k-- // "the equivalent of"
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == news.KindMoney && o.num != nil && o.end <= k && k-o.end <= 6 {
			return true
		}
	}
	return false
}

// unitAmount reports whether money q is too small to be a commitment of a
// country: under a thousand units, it is a rate or a price ("will match one
// dollar for every two dollars", "$5 per day", "one euro a litre").
func (a *analysis) unitAmount(q quantity) bool {
	return q.num != nil && q.num.value < 1000
}

// otherSubjectBetween reports whether a subordinate clause with its own
// subject and verb opens between a trigger ending at from and money q:
// in "The US pledged $507 million as the United Nations issued an appeal
// for $8.4 billion" the appeal's amount is not the US pledge. A reporting
// aside ("as the minister said") and an amount right after the new subject
// (a gapped entry: "while France €5 million") do not count.
func (a *analysis) otherSubjectBetween(from int, q quantity, s span) bool {
	for c := from; c < q.start-2; c++ {
		switch a.lw(c) {
		case "as", "while", "whereas", "but", "when", "after":
		default:
			continue
		}
		k := c + 1
		if a.lw(k) == "the" {
			k++
		}
		start := k
		if r := a.actorAt[k]; r >= 0 && a.actors[r].start == k {
			k = a.actors[r].end
		}
		for k < q.start && a.upper(k) && a.toks[k].kind == tWord {
			k++
		}
		if k == start || k >= q.start || a.toks[k].kind != tWord || a.upper(k) || a.has(k, cReporting) {
			continue
		}
		return true
	}
	return false
}
