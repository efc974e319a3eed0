package extractor

// Money tables whose unit is only in the header: "Pledges (in million
// euros):" then "Germany 500", "France: 300".

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// headerMoney reads a bare number that follows a country at the start of
// its line as money in the unit of a header in the eight sentences
// before: "(in million euros)", "(EUR million)", "in millions of
// dollars", "(€m)". The number must end its line (a row of a table) and
// be neither written in words nor scaled nor a year, and the header must
// speak of a commitment ("Pledges", "aid", "contributions").
func (a *analysis) headerMoney(p numPhrase, si int, s span) (quantity, bool) {
	if p.words || p.scaled || p.start == 0 || a.isYear(p.start) {
		return quantity{}, false
	}
	if p.end < s.end && a.toks[p.end].kind != tPunct {
		return quantity{}, false
	}
	// the country opens the row: "Germany 500", "Germany: 500", "- Germany 500"
	if len(a.actors) == 0 {
		return quantity{}, false
	}
	am := a.actors[len(a.actors)-1]
	if am.sent != si || len(am.code) != 2 {
		return quantity{}, false
	}
	gap := p.start - am.end
	if gap < 0 || gap > 1 || gap == 1 && a.tx(am.end) != ":" && a.tx(am.end) != "|" { // "| Germany | 500 |"
		return quantity{}, false
	}
	for k := s.start; k < am.start; k++ {
		if a.toks[k].kind != tPunct {
			return quantity{}, false
		}
	}
	for sj := si - 1; sj >= 0 && sj >= si-8; sj-- {
		if scale, cur, ok := a.moneyUnit(a.sents[sj]); ok {
			if !a.commitmentWords(a.sents[sj]) {
				return quantity{}, false // "Exports (in million euros):"
			}
			n := p
			n.value *= scale
			n.scaled = true
			return quantity{span: span{p.start, p.end}, kind: news.KindMoney, num: &n, currency: cur, sent: si}, true
		}
	}
	return quantity{}, false
}

// moneyUnit finds a unit of money with no number in sentence s: a scale
// and a currency next to each other ("million euros", "millions of
// dollars", "EUR million", "€m"), after "in" or inside brackets.
func (a *analysis) moneyUnit(s span) (float64, string, bool) {
	for k := s.start; k < s.end; k++ {
		if a.lw(k) != "in" && a.tx(k) != "(" {
			continue
		}
		j := k + 1
		if sc, ok := hasClass(a.ann, j, cScale); ok && sc.num >= 1e3 && sc.end-sc.start == 1 && sc.end < s.end {
			c := sc.end
			if a.lw(c) == "of" {
				c++
			}
			if m, ok := a.longest(c, s.end, cCurSuffix, cCurCode, cCurPrefix); ok {
				return sc.num, m.value, true
			}
		}
		if m, ok := a.longest(j, s.end, cCurCode, cCurPrefix); ok && m.end < s.end {
			if sc, ok := hasClass(a.ann, m.end, cScale); ok && sc.num >= 1e3 {
				return sc.num, m.value, true
			}
		}
	}
	return 0, "", false
}

// commitmentWords reports whether sentence s holds a word of commitment:
// a trigger, a commitment noun or a kind of aid.
func (a *analysis) commitmentWords(s span) bool {
	return a.spanHasCls(s, 1<<cTrigger|1<<cTriggerNoun|1<<cMoneyObject|1<<cDeliveryPast)
}
