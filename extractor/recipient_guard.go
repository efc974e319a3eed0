package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

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
// line 3 times in about 1,500. Call it before documentRecipient fills in
// the recipients of the rest.
func dropRecipientDonors(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	best := namedRecipient(cs)
	if best == "" {
		return cs, order
	}
	n := 0
	for i, c := range cs {
		if c.Actor == best && c.Recipient == "" {
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
