package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyGroupAgent is the corpus of money in a sentence with no
// country whose passive verb names a group of givers after "by"
// (groupAgentAfter): not the committer's of the money before; and the
// near misses that keep the text donor.
func TestMoneyGroupAgent(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a yearly sum promised by developed countries",
			"The Netherlands pledged $125 million to the fund. It is part of the $100 billion a year promised by developed countries to developing ones.",
			[]string{"NL money 125 million USD pledged"}},
		{"a sum pledged by other donors",
			"Norway pledged NOK 100 million to the fund. A further NOK 900 million was pledged by other donors at the meeting.",
			[]string{"NO money 100 million NOK pledged"}},
		// near misses
		{"allocated by the government keeps the donor before",
			"Norway pledged NOK 100 million to the fund. An additional NOK 50 million will be allocated by the government next year.",
			[]string{"NO money 100 million NOK pledged", "NO money 50 million NOK pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
