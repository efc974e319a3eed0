package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyImplicitAfterConversion is the corpus of a bare scaled amount
// after money given with its conversion in brackets: the bare amount is
// in the currency the text gives first (implicitMoney, convertedFrom),
// and the near misses.
func TestMoneyImplicitAfterConversion(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a total after an increase with its conversion",
			"Norway will increase its aid to the country by 7 billion Norwegian crowns ($633 million) to a total of 22 billion this year.",
			[]string{"NO money 7 billion NOK pledged", "NO money 22 billion NOK pledged"}},
		{"a later disbursal after a conversion",
			"Sweden pledged 500 million Swedish kronor ($48 million). Officials said it had disbursed 200 million.",
			[]string{"SE money 500 million SEK pledged", "SE money 200 million SEK delivered"}},
		// near misses
		{"no conversion: the currency of the amount before",
			"Japan pledged $50 million to the fund. Officials said it had disbursed 20 million.",
			[]string{"JP money 50 million USD pledged", "JP money 20 million USD delivered"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
