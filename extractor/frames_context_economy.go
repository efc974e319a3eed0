package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// guardEconomicFigure names the guard of economicFigure.
const guardEconomicFigure = "guard.economic-figure"

// economicFigure reports whether money q is a figure of an economy, not a
// commitment: the level a deficit, a debt or a crisis has reached, told
// in the clause of the amount by a verb of growth or level after the
// economic noun ("a current account deficit that had ballooned to $18
// billion", "as its debt has grown to $50 billion", "reserves stood at
// $4 billion", "its sovereign wealth fund is worth 17 trillion crowns").
// A donor's total ("increased its aid to $3 billion") names
// no economic noun and stays.
func (a *analysis) economicFigure(q *quantity) bool {
	if q.kind != news.KindMoney {
		return false
	}
	s := a.sents[q.sent]
	growth := -1
	for k := q.start - 1; k >= s.start && q.start-k <= 10; k-- {
		if a.tx(k) == ";" || a.tx(k) == "," && growth < 0 {
			return false
		}
		if growth < 0 {
			if growthVerb(a.lw(k)) {
				growth = k
			}
			continue
		}
		if economicNoun(a.lw(k)) {
			return true
		}
	}
	return false
}

// growthVerb reports whether w tells the level a figure has reached:
// "ballooned (to)", "grown (to)", "stood (at)".
func growthVerb(w string) bool {
	switch w {
	case "ballooned", "balloons", "swelled", "swells", "swollen", "soared", "soars", "grown", "grew", "grows",
		"risen", "rose", "rises", "climbed", "climbs", "widened", "widens", "reached", "reaches", "stood", "stands",
		"fallen", "fell", "falls", "dropped", "shrank", "shrunk", "hit", "hits", "surged", "surges", "jumped", "jumps",
		"worth", "valued":
		return true
	}
	return false
}

// economicNoun reports whether w names a figure of an economy: "deficit",
// "debt", "reserves", "crisis", "wealth" (of a wealth fund), "assets".
func economicNoun(w string) bool {
	switch w {
	case "deficit", "deficits", "debt", "debts", "crisis", "shortfall", "gap", "reserves", "imports", "exports",
		"gdp", "economy", "inflation", "arrears", "liabilities", "bill", "trade", "revenue", "revenues",
		"wealth", "assets":
		return true
	}
	return false
}
