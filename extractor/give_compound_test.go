package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestGivingCompounds holds self-written rows for a giver glued to a
// participle of giving before the goods: a country or a demonym, and
// near-misses (makers, destroyed goods, the recipient's own purchase).
func TestGivingCompounds(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"demonym funded goods arrived",
			"The German-funded generators arrived in Kyiv on Monday.",
			[]string{"DE equipment generators delivered"}},
		{"demonym donated with a count",
			"The 20 Japanese-donated ambulances reached Kyiv.",
			[]string{"JP equipment 20 × Japanese-donated ambulances delivered"}},
		{"country supplied goods",
			"The first Norway-supplied patrol boats entered service with the Ukrainian navy.",
			[]string{"NO equipment patrol boats delivered"}},
		// near-misses
		{"a maker is no giver", "German-made tanks are in service.", nil},
		{"destroyed goods", "British-supplied howitzers were destroyed.", nil},
		{"the recipient's own factory", "A Ukrainian-funded factory will make 40 drones.", nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
