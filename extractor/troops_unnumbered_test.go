package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractTroopsCivilianCounts holds self-written rows on teams of
// civilians counted in a list: bare numbers after a civilian team count
// civilians too (support, no troops), while a list after soldiers stays
// troops.
func TestExtractTroopsCivilianCounts(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"aid personnel are support",
			"Norway dispatched 80 aid personnel to the region.",
			[]string{"NO support personnel delivered"}},
		{"bare numbers after aid personnel count civilians",
			"Sweden dispatched 120 aid personnel, Denmark 60 and Iceland 15.",
			[]string{"SE support personnel delivered"}},
		{"a bare number in a later clause counts rescuers",
			"Peru has dispatched 70 rescue personnel, and Chile said it will send more than 50.",
			[]string{"PE support personnel delivered", "CL support personnel pledged"}},
		{"emergency response personnel are support",
			"Canada sent more than 200 emergency response personnel.",
			[]string{"CA support personnel delivered"}},
		{"relief workers with a head noun of troops are support",
			"Japan will send 40 relief personnel to the island.",
			[]string{"JP support personnel pledged"}},
		// near-misses: soldiers keep their bare numbers
		{"bare numbers after soldiers stay troops",
			"Sweden dispatched 120 soldiers, Denmark 60 and Iceland 15.",
			[]string{"SE troops 120 troops delivered", "DK troops 60 troops delivered", "IS troops 15 troops delivered"}},
		{"a list of soldiers with rescue dogs stays troops",
			"Poland sent 139 soldiers, Czechia 105 and Slovakia 32, along with rescue dogs.",
			[]string{"PL troops 139 troops delivered", "CZ troops 105 troops delivered", "SK troops 32 troops delivered"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
