package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Money frames that read the giver from an adjective of nationality: a
// running total of a country's aid ("The total value of Finnish defence
// equipment for Ukraine has reached €2.2 billion") and money in a
// country's own currency named by its adjective with no giver in the
// clause ("2.4 billion Danish kroner was allocated for Ukraine").

// Rule ids of the frames of this file.
const (
	ruleDemonymTotal    = "frame.money-demonym-total"
	ruleCurrencyCountry = "frame.money-currency-country"
)

// linkBefore returns the first token of the link between a subject and
// money q ("has reached", "is currently", "now stands at", "amounts
// to"), read back from q; k == q.start when there is none.
func (a *analysis) linkBefore(q *quantity, s span) int {
	k := q.start
	for k-1 > s.start && q.start-k < 5 {
		switch a.lw(k - 1) {
		case "is", "was", "are", "were", "has", "have", "had", "been", "reached", "reaches", "stands", "stood", "at",
			"totals", "totalled", "totaled", "amounts", "amounted", "to", "now", "currently", "already", "so", "far",
			"exceeds", "exceeded", "surpassed", "tops", "topped":
			k--
			continue
		}
		break
	}
	return k
}

// demonymTotalFrame matches a running total of a country's aid named by
// its adjective: "The total value of Finnish defence equipment for
// Ukraine has reached €2.2 billion", "The overall amount of Dutch
// support to Kyiv now stands at €4 billion". A word of a total
// ("total", "overall", "cumulative") opens the subject, whose adjective
// of nationality is the giver; a country after "to" or "for" in it is
// the recipient and must be another; a word of a sale or purchase in it
// ("Ukrainian arms purchases") is no aid. Given so far: delivered.
func (a *analysis) demonymTotalFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	link := a.linkBefore(q, s)
	if link == q.start {
		return frame{}, false
	}
	var giver match
	found, total := false, -1
	for j := link - 1; j >= s.start && link-j <= 12; j-- {
		if a.tx(j) == "," || a.tx(j) == ";" || a.has(j, cSale) || a.has(j, cTrigger) && !a.has(j, cTriggerNoun, cMoneyObject) {
			return frame{}, false
		}
		if d, ok := a.longest(j, link, cDemonym); ok && len(d.value) == 2 {
			if found && d.value != giver.value {
				return frame{}, false // two countries' adjectives
			}
			giver, found = d, true
		}
		if totalWord(a.lw(j)) {
			total = j
			break
		}
	}
	if !found || total < 0 || a.namesRecipient(giver.value, giver.end, link, s) {
		return frame{}, false
	}
	for k := giver.end; k < link; k++ {
		if n := a.actorAt[k]; n >= 0 && a.actors[n].code == giver.value {
			return frame{}, false // "Finnish aid to Finland"
		}
	}
	am := actorMention{span: span{giver.start, giver.end}, code: giver.value, cls: cDemonym, sent: q.sent}
	return frame{actors: []actorMention{am}, anchor: span{total, total + 1}, rule: ruleNoun, name: ruleDemonymTotal,
		window: span{total, q.end}, conf: 0.6, forced: news.StatusDelivered}, true
}

// currencyCountryFrame matches money in a country's own currency named by
// its adjective ("Danish kroner", "Swedish kronor", "Canadian dollars")
// at the head of a sentence that names no other country before the verb,
// and given in the passive with no agent: "2.4 billion Danish kroner
// (about €321 million) was allocated for Ukraine's air defence". That
// country gives it. Received money ("Ukraine received …") is read by the
// receiver frames first.
func (a *analysis) currencyCountryFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil || q.currency == "" {
		return frame{}, false
	}
	var d match
	found := false
	for k := q.start; k < q.end && !found; k++ {
		d, found = a.longest(k, q.end, cDemonym)
	}
	if !found || len(d.value) != 2 || a.ownCurrency[d.value] != q.currency {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.start < q.start && am.code != d.value {
			return frame{}, false // another country before the money
		}
	}
	// the passive verb after the money (over a conversion and asides)
	from := a.afterBracket(q.end, s)
	k := from
	for k < s.end && k-from <= 6 && !a.has(k, cPassiveAux) {
		if a.lw(k) == "as" && k > from && a.tx(k-1) == "," {
			k += 2 // ", as announced,": an aside
			continue
		}
		if a.has(k, cTrigger) || a.actorAt[k] >= 0 {
			return frame{}, false
		}
		k++
	}
	if k >= s.end || !a.has(k, cPassiveAux) {
		return frame{}, false
	}
	for k < s.end && (a.has(k, cPassiveAux) || a.isAdverb(k)) {
		k++
	}
	t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
	if !ok {
		return frame{}, false
	}
	if t.end < s.end && a.lw(t.end) == "by" {
		return frame{}, false // an agent names the giver
	}
	am := actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
	return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: rulePassive, name: ruleCurrencyCountry,
		window: span{q.start, min(s.end, t.end+3)}, conf: 0.6}, true
}

// isAdverb reports whether token k is an adverb between an auxiliary and
// its verb: "was also allocated", "has already been paid".
func (a *analysis) isAdverb(k int) bool {
	switch w := a.lw(k); w {
	case "also", "already", "now", "since", "recently", "just", "previously", "further":
		return true
	}
	return false
}
