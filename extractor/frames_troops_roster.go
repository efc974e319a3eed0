package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsRoster names the troops of each country on a roster of
// contributors that names no troops itself, in a passage about troops:
// "Other countries to contribute include Brazil, Canada and Egypt",
// "Britain, Poland and Italy were the biggest contributors". The troops
// are in place (delivered).
const ruleTroopsRoster = "troops.roster"

// troopRosterFrames finds rosters of contributors in sentences that name
// no troops, money or goods, with troops or an operation in the sentence
// or the two before it (troopsAround): one line per listed country,
// troops without a number, delivered. Two forms: a noun of contributors
// before "include" and the list after it, and a list before a copula and
// "the (largest) contributors". A negation, a hedge or "former" gives no
// line, and so does money, goods or support in the sentence before.
func (a *analysis) troopRosterFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.troopsAround(si) || a.negatedSentence(si) {
			continue
		}
		if a.stats.sentCls[si]&(1<<cTroopNoun) != 0 || len(a.quantsOf(si)) > 0 {
			continue // troops, money or goods of the sentence have their own frames
		}
		if si > 0 && a.givesGoods(si-1) {
			continue // "Donors pledged $300 million; contributors include …": givers of money
		}
		for k := s.start; k < s.end; k++ {
			w := a.lw(k)
			if !isContributorWord(w) {
				continue
			}
			list, ok := a.rosterAfterInclude(k, s)
			if !ok {
				list, ok = a.rosterBeforeCopula(k, s)
			}
			if !ok {
				continue
			}
			f := frame{actors: list, anchor: span{k, k + 1}, rule: rulePresence, name: ruleTroopsRoster,
				window: span{min(list[0].start, k), max(list[len(list)-1].end, k+1)}, conf: 0.5, forced: news.StatusDelivered}
			emit(f, quantity{span: span{k, k + 1}, kind: news.KindTroops, sent: si, item: "troops"}, "troops")
			break
		}
	}
}

// givesGoods reports whether sentence si names money, goods or support:
// contributors after it may be its givers.
func (a *analysis) givesGoods(si int) bool {
	for _, q := range a.quantsOf(si) {
		if q.kind != news.KindTroops {
			return true
		}
	}
	return false
}

// isContributorWord reports whether w names contributing or contributors.
func isContributorWord(w string) bool {
	switch w {
	case "contributors", "contributor", "contribute", "contributing", "contributed":
		return true
	}
	return false
}

// rosterAfterInclude reads "(other) countries to contribute include A, B
// and C" and "contributors included A and B": a verb "include" within
// four words after the contributor word at k, the list of countries
// right after it (a colon or a bracketed aside between).
func (a *analysis) rosterAfterInclude(k int, s span) ([]actorMention, bool) {
	for j := k + 1; j < s.end && j <= k+4; j++ {
		switch a.lw(j) {
		case "include", "includes", "included":
		default:
			if a.tx(j) == "," || a.tx(j) == "." {
				return nil, false
			}
			continue
		}
		i := j + 1
		for i < s.end && a.tx(i) == ":" {
			i++
		}
		if i < s.end && a.tx(i) == "(" { // "(in alphabetical order)"
			for i < s.end && a.tx(i) != ")" && i < j+8 {
				i++
			}
			i++
			for i < s.end && (a.tx(i) == "," || a.tx(i) == ":") {
				i++
			}
		}
		n := a.actorEndingAt(i, s)
		if n < 0 || a.actors[n].start != i {
			return nil, false
		}
		for n+1 < len(a.actors) && a.actors[n+1].end <= s.end && a.joined(a.actors[n].end, a.actors[n+1].start) {
			n++
		}
		return a.countriesOf(a.coordinated(n, s))
	}
	return nil, false
}

// rosterBeforeCopula reads "A, B and C were the biggest contributors": the
// plural contributor noun at k after "the" and at most two adjectives,
// a copula before them, and the list of countries right before it.
func (a *analysis) rosterBeforeCopula(k int, s span) ([]actorMention, bool) {
	if a.lw(k) != "contributors" {
		return nil, false
	}
	j := k - 1
	for j > s.start && k-j <= 3 && a.lw(j) != "the" {
		j--
	}
	if a.lw(j) != "the" || j-1 <= s.start {
		return nil, false
	}
	j--
	if a.lw(j) == "among" {
		j--
	}
	switch a.lw(j) {
	case "are", "were", "remain", "remained":
	default:
		return nil, false
	}
	n := a.actorEndingAt(j-1, s)
	if n < 0 || a.actors[n].end != j {
		return nil, false
	}
	return a.countriesOf(a.coordinated(n, s))
}

// countriesOf keeps the countries named as such in list (not peoples,
// leaders or groups) and reports whether at least two remain: a roster.
func (a *analysis) countriesOf(list []actorMention) ([]actorMention, bool) {
	var out []actorMention
	for _, am := range list {
		if len(am.code) == 2 && am.cls == cCountry && !am.person {
			out = append(out, am)
		}
	}
	return out, len(out) >= 2
}
