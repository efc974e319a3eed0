package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleSoleDonorDollar marks money written with a lone "$" that is reported
// in the committer's own dollar because that committer is the only one of
// the two lines or more of the text: a text on what one country whose
// currency is a dollar gives ("Canada will send $25 million of aid. It
// also sends 40 trucks.") is written in that country's dollars.
const ruleSoleDonorDollar = "currency.sole-donor-dollar"

// soleDonorDollar rewrites, in place, the currency of the money lines of
// out that guessed USD from a lone "$" (ruleBareDollar) to the committer's
// own dollar when out has two lines or more, every one with that same
// committer, and its own currency is a dollar other than USD (CAD, AUD,
// NZD, ...). A text of one line, with two committers or more, a US
// committer, or a text that backs USD (no ruleBareDollar line then) keeps
// USD. The Rules of a changed line are a new slice, so lines that share a
// backing array are not changed with it.
func (e *Extractor) soleDonorDollar(out []news.Commitment) {
	if len(out) < 2 {
		return // one line says little about whose text it is
	}
	actor := out[0].Actor
	for i := range out {
		if out[i].Actor != actor {
			return
		}
	}
	own := e.actorCurrency[actor]
	if own == "" || own == "USD" || !e.dollars[own] {
		return
	}
	for i := range out {
		c := &out[i]
		if c.Kind != news.KindMoney || c.Currency != "USD" {
			continue
		}
		k := slices.Index(c.Rules, ruleBareDollar)
		if k < 0 {
			continue
		}
		rules := slices.Clone(c.Rules)
		rules[k] = ruleSoleDonorDollar
		c.Rules, c.Currency = rules, own
	}
}
