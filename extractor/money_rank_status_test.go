package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyRankedStatus is the corpus of ranked donors after a head
// clause whose verb hands over in the perfect ("has provided the most,
// followed by ..."): the ranked donors gave too (headGiven), and the near
// misses that keep the status the cues give.
func TestMoneyRankedStatus(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"bracketed amounts after followed by",
			"Of the money raised, Canada has provided the most ($8.7 million), followed by the U.S. ($6 million) and France ($3.2 million).",
			[]string{"CA money 8.7 million USD delivered", "US money 6 million USD delivered", "FR money 3.2 million USD delivered"}},
		{"followed by with a bracketed amount, euros",
			"Germany has given the most (€80 million), followed by Italy (€30 million).",
			[]string{"DE money 80 million EUR delivered", "IT money 30 million EUR delivered"}},
		// near misses
		{"a pledge at the head keeps pledged",
			"Of the money raised, Canada has pledged the most ($8.7 million), followed by Japan ($6 million) and France ($3.2 million).",
			[]string{"CA money 8.7 million USD pledged", "JP money 6 million USD pledged", "FR money 3.2 million USD pledged"}},
		{"a past without the perfect decides nothing for the ranked donors",
			"Donors pledged at the meeting: Italy (€20 million), Spain (€15 million) and Greece (€5 million).",
			[]string{"IT money 20 million EUR pledged", "ES money 15 million EUR pledged", "GR money 5 million EUR pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
