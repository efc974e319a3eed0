package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// guardRecipientDonor names the guard that drops a line whose actor is
// the document's dominant recipient (dropRecipientDonors). It stops a
// line rather than naming one, so it appears in no Commitment.Rules.
const guardRecipientDonor = "guard.recipient-donor"

// dropRecipientDonors removes the commitments whose actor is the country
// that the document's other commitments name as their recipient
// (namedRecipient), unless the commitment names a recipient of its own.
// In a text about aid to one country, that country's own officials,
// soldiers and requests are read as frames ("the Ukrainian minister
// announced that 5,000 shells had been handed over", "Kyiv urged the West
// to send jets", "rifles that Ukrainian soldiers can handle"), but the
// country gives nothing; when it does give, the text names to whom
// ("Ukraine sent $5 million to Turkey"). The real gold sets hold such a
// line 3 times in about 1,500. A line whose actor is the named subject
// right before its verb stays ("The Philippines itself pledged 25
// million pesos to the regional centre"). Call it before
// documentRecipient fills in the recipients of the rest.
func dropRecipientDonors(text string, cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	best := namedRecipient(cs)
	if best == "" {
		return cs, order
	}
	n := 0
	for i, c := range cs {
		if c.Actor == best && c.Recipient == "" && !explicitGiver(text, &c) {
			continue // guardRecipientDonor
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// namedRecipient returns the country that the most sentences of cs name
// as a commitment's own recipient, when at least two sentences do, and
// more than half of the sentences naming a recipient name it; else "".
// A sentence counts once per recipient, so one list of six donors
// "training soldiers in Britain" does not make Britain the recipient of
// the text.
func namedRecipient(cs []news.Commitment) string {
	type key struct {
		recipient string
		start     int
	}
	seen := map[key]bool{}
	count := map[string]int{}
	sentences := map[int]bool{}
	for _, c := range cs {
		k := key{c.Recipient, c.Start}
		if c.Recipient == "" || seen[k] {
			continue
		}
		seen[k] = true
		count[c.Recipient]++
		sentences[c.Start] = true
	}
	best, bestN := "", 0
	for r, n := range count {
		if n > bestN || n == bestN && r < best {
			best, bestN = r, n
		}
	}
	if bestN < 2 || 2*bestN <= len(sentences) {
		return ""
	}
	return best
}

// explicitGiver reports whether the commitment's actor is written right
// before the verb of its frame (the anchor of its "anchor." rule), with
// at most auxiliaries and adverbs between: "The Philippines itself
// pledged", "Ukraine has also sent". A demonym or an owner before a noun
// ("the Ukrainian minister announced", "Ukraine's president urged")
// leaves a noun between.
func explicitGiver(text string, c *news.Commitment) bool {
	if c.ActorSpan == nil || c.ActorSpan[1] > len(text) {
		return false
	}
	anchor := ""
	for _, r := range c.Rules {
		if w, ok := strings.CutPrefix(r, "anchor."); ok {
			anchor = w
		}
	}
	if anchor == "" || anchor == "-" {
		return false
	}
	// the country itself, not its minister or army ("the Ukrainian defence minister")
	for _, w := range strings.Fields(text[c.ActorSpan[0]:c.ActorSpan[1]]) {
		if w != "the" && w != "of" && w != "and" && strings.ToLower(w) == w {
			return false
		}
	}
	rest := text[c.ActorSpan[1]:min(len(text), c.ActorSpan[1]+80)]
	i := strings.Index(rest, anchor)
	if i < 0 {
		return false
	}
	for _, w := range strings.Fields(rest[:i]) {
		switch strings.ToLower(w) {
		case "itself", "also", "has", "have", "had", "will", "would", "already", "now", "formally", "officially", "then", "later":
		default:
			return false
		}
	}
	return true
}
