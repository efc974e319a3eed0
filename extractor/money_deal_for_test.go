package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyDealWithFor is the corpus of lent money after an agreement
// with a country (frame.money-deal-with-for), and the near misses that
// must give no such line.
func TestMoneyDealWithFor(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"reached an agreement with a lender for a loan",
			"Argentina reached an agreement with Qatar for a $775 million loan.",
			[]string{"QA money 775 million USD pledged"}},
		{"bare plural agreements",
			"Kenya concluded agreements with Japan for a ¥20 billion loan to build roads.",
			[]string{"JP money 20 billion JPY pledged"}},
		{"a deal on a credit line",
			"Ghana struck a deal with China on a $1 billion credit line.",
			[]string{"CN money 1 billion USD pledged"}},
		{"a perfect verb and a modifier of the deal",
			"Egypt has signed a new accord with Kuwait over a $2 billion soft loan.",
			[]string{"KW money 2 billion USD pledged"}},
		// near misses
		{"talks with a lender are no agreement",
			"Argentina is in talks with Qatar for a $775 million loan.",
			nil},
		{"a modal before the verb",
			"Argentina may reach an agreement with Qatar for a $775 million loan.",
			nil},
		{"goods bought under a trade agreement are no loan",
			"Egypt signed a trade agreement with Qatar for a $5 billion gas purchase.",
			nil},
		{"an agreement with the government of the borrower",
			"Japan signed an agreement with the government of Kenya for a $300 million loan.",
			[]string{"JP money 300 million USD pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
