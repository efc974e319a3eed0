package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleBoughtFor names goods a country buys for another country: "Japan
// will buy 40 tanks for Ukraine", "Norway purchased drones for the
// Ukrainian army". The buyer gives the goods (a gift bought for the
// recipient); buying for oneself stays no line (guard.own-purchase).
const ruleBoughtFor = "frame.bought-for"

// boughtForFrame reads equipment q right after a verb of buying (at most
// three tokens back, past "more", "new", a determiner) and followed by
// "for" and a country or a demonym ("for Ukraine", "for the Ukrainian
// army") other than the buyer. The buyer is the subject of the verb
// (subjectFrame); the recipient is the country after "for".
func (a *analysis) boughtForFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.end+1 >= s.end || a.lw(q.end) != "for" {
		return frame{}, false
	}
	// the recipient after "for"
	p := q.end + 1
	if a.lw(p) == "the" {
		p++
	}
	to := ""
	if m, ok := a.countryAt(p, q.sent); ok {
		to = m.code
	} else if m, ok := a.longest(p, s.end, cDemonym); ok && len(m.value) == 2 {
		to = m.value
	}
	if to == "" {
		return frame{}, false
	}
	// the verb of buying before the goods
	for j := q.start - 1; j >= s.start && q.start-j <= 3; j-- {
		if !buyVerb(a.lw(j)) {
			if a.toks[j].kind != tWord {
				return frame{}, false
			}
			continue
		}
		m, ok := a.longest(j, j+1, cSale)
		if !ok {
			return frame{}, false
		}
		f, ok := a.subjectFrame(m, s)
		if !ok || len(f.actors) == 0 {
			// "France bought 40 tanks for Ukraine": a buyer in the
			// past is left unmarked as a subject; the country right
			// before the verb (past an auxiliary) is the buyer
			if f, ok = a.buyerBefore(m, s); !ok {
				return frame{}, false
			}
		}
		for _, am := range f.actors {
			if am.code == to {
				return frame{}, false // bought for itself
			}
		}
		f.rule = ruleBoughtFor
		f.to = to
		f.window = span{f.window.start, max(f.window.end, q.end)}
		return f, true
	}
	return frame{}, false
}

// buyVerb reports a verb of buying.
func buyVerb(w string) bool {
	switch w {
	case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
		"procure", "procures", "procured", "procuring":
		return true
	}
	return false
}

// buyerBefore returns a frame for the country that ends right before the
// verb of buying m, past at most two auxiliaries ("has", "will", "also").
func (a *analysis) buyerBefore(m match, s span) (frame, bool) {
	k := m.start - 1
	for n := 0; n < 2 && k >= s.start; n++ {
		switch a.lw(k) {
		case "has", "have", "had", "will", "would", "also", "already", "recently":
			k--
			continue
		}
		break
	}
	if k < s.start {
		return frame{}, false
	}
	idx := a.actorEndingAt(k, s)
	if idx < 0 || len(a.actors[idx].code) != 2 || a.actors[idx].cls == cGroup {
		return frame{}, false
	}
	am := a.actors[idx]
	return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleBoughtFor,
		window: span{am.start, m.end}, conf: 0.8}, true
}
