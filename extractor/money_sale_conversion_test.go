package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneySaleAfterConversion is the corpus of a sale price or an order
// whose amount is given again in brackets before the noun of sale
// (salePriceBefore, purchaseAfter skip the conversion): no money line;
// and the near misses that stay money lines.
func TestMoneySaleAfterConversion(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a sale price with its conversion",
			"The government has approved the $23bn (£18bn) sale of 40 new fighter jets to the country.",
			nil},
		{"an order with its conversion",
			"Poland signed a €2 billion ($2.2 billion) order for tanks.",
			nil},
		{"an arms sale in another currency first",
			"France approved a possible €1.5 billion (US$1.6 billion) sale to the kingdom.",
			nil},
		// near misses
		{"a grant with its conversion stays",
			"Japan approved a ¥50 billion ($340 million) grant to the country.",
			[]string{"JP money 50 billion JPY pledged"}},
		{"a purchase for another country with its conversion stays",
			"Germany funded the €100 million ($108 million) purchase of shells for Ukraine.",
			[]string{"DE money 100 million EUR delivered"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
