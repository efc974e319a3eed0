package extractor

// ruleCurrencyText marks a currency word shared by several currencies
// ("Rs", "pesos") resolved from the country the text is about.
const ruleCurrencyText = "currency.text-country"

// textCurrency resolves a word shared by several currencies from the
// countries the whole text names, when neither the committer nor q's
// sentence decides it: in a report on a donors' conference for Nepal,
// "China pledged Rs 76 billion" is in Nepalese rupees. Of the countries
// whose own currency is a candidate, the one the text names most often
// wins; it returns "" when there is none or two are named equally often.
// It reads the actor mentions once, and only for such an amount.
func (e *Extractor) textCurrency(a *analysis, q *quantity) string {
	if len(q.candidates) < 2 {
		return ""
	}
	counts := make(map[string]int, len(q.candidates))
	for _, am := range a.actors {
		own := e.actorCurrency[am.code]
		if own != "" && am.cls != cGroup && containsString(q.candidates, own) {
			counts[own]++
		}
	}
	best, bestN, tie := "", 0, false
	for cur, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = cur, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
