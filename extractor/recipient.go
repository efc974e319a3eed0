package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// documentRecipient gives the commitments without a recipient of their
// own the document's dominant recipient: the country that the text's
// commitment frames name as recipient most often, and for at least half
// of the commitments that name one ("Poland: 2,500 troops" in an article
// about aid to Ukraine; not in a report on deployments to five countries).
// A tie, or no recipient at all, leaves them empty; an actor is never its
// own recipient.
func documentRecipient(cs []news.Commitment) {
	best := dominantRecipient(cs)
	if best == "" {
		return
	}
	for i := range cs {
		if c := &cs[i]; c.Recipient == "" && c.Actor != best {
			c.Recipient = best
			c.Rules = append(c.Rules, ruleRecipientDoc)
		}
	}
}

// dominantRecipient returns the country that the commitments of cs name
// as their own recipient most often, when it is named by at least half of
// those that name one and no other country is named as often; else "".
func dominantRecipient(cs []news.Commitment) string {
	var best string
	bestN, total, tie := 0, 0, false
	count := map[string]int{}
	for _, c := range cs {
		count[c.Recipient]++
	}
	for _, c := range cs {
		if c.Recipient != "" {
			total++
		}
		n, first := count[c.Recipient]
		if c.Recipient == "" || !first {
			continue // counted at its first commitment
		}
		delete(count, c.Recipient)
		switch {
		case n > bestN:
			best, bestN, tie = c.Recipient, n, false
		case n == bestN:
			tie = true
		}
	}
	if best == "" || tie || 2*bestN < total {
		return ""
	}
	return best
}

// recipient returns the country the commitment goes to: the first country
// after the anchor, in the same clause, that follows "to", "for", "into",
// "across", "toward(s)" or is the direct object of a verb ("protect Kyiv",
// "provide Ukraine with"), and is not one of the actors; else "".
func (a *analysis) recipient(f *frame, s span) string {
	for _, am := range a.actorsOf(s) {
		if am.start < f.anchor.end || am.end > s.end || am.cls == cGroup || len(am.code) != 2 {
			continue
		}
		broken := false
		for k := f.anchor.end; k < am.start; k++ {
			if a.has(k, cClauseBreak) || a.tx(k) == ";" {
				broken = true
			}
		}
		if broken {
			return ""
		}
		own := false
		for _, x := range f.actors {
			if x.code == am.code {
				own = true
			}
		}
		if own {
			continue
		}
		p := am.start - 1
		for p > f.anchor.start && a.lw(p) == "the" {
			p--
		}
		switch a.lw(p) {
		case "to", "for", "into", "across", "toward", "towards", "in":
			return am.code
		}
		if p < f.anchor.end || a.has(p, cTrigger, cDeliveryPast, cSupportVerb) {
			return am.code
		}
	}
	return ""
}
