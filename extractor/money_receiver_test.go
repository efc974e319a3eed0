package extractor

import (
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyReceiverDonor is the corpus of money whose subject receives it
// far from any named donor: the donor of a text about one donor gives it
// (frame.money-receiver-text-donor), unless the sentence names another
// giver, is a total from all donors, or a counterfactual.
func TestMoneyReceiverDonor(t *testing.T) {
	e := newTestExtractor(t)
	// sentences that name no actor and no money, between the donor and the recipients
	filler := strings.Repeat("Officials said the projects would start next year. ", 9)
	head := "Japan announced development aid worth $90 million for the region. Japan said the aid would improve roads. " + filler
	tests := []extractCase{
		{"recipients named one by one far after the donor",
			head + "Nepal will receive $40 million to build water supply systems. Bhutan will get $30 million for rural roads.",
			[]string{"JP money 90 million USD pledged", "JP money 40 million USD pledged", "JP money 30 million USD pledged"}},
		{"a recipient allocated an amount far after the donor",
			head + "Laos was allocated $20 million for schools.",
			[]string{"JP money 90 million USD pledged", "JP money 20 million USD pledged"}},
		// near misses
		{"a counterfactual receipt is no commitment",
			head + "Laos would have received $50 million if it had met the conditions.",
			[]string{"JP money 90 million USD pledged"}},
		{"a total from all donors is no line of the donor",
			head + "In total, Sri Lanka has received pledges of $900 million.",
			[]string{"JP money 90 million USD pledged"}},
		{"a sentence that names another giver",
			head + "Cambodia will receive $25 million a year under a loan the World Bank is providing.",
			[]string{"JP money 90 million USD pledged"}},
		{"money from a bank is not the donor's",
			head + "Myanmar will receive another $10 million from the Asian Development Bank.",
			[]string{"JP money 90 million USD pledged"}},
		{"a counterfactual receipt near the donor is no commitment",
			"Japan announced development aid worth $90 million for the region. Laos would have received $50 million if it had met the conditions.",
			[]string{"JP money 90 million USD pledged"}},
		{"a total from all donors near the donor",
			"Japan announced development aid worth $90 million for the region. In total, Sri Lanka has received pledges of $900 million.",
			[]string{"JP money 90 million USD pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestMoneyPackageFrom is the corpus of money that is part of a package
// whose giver follows "from" after it ("the remaining €4 billion of a
// €5 billion package from the EU"), and the near misses.
func TestMoneyPackageFrom(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"the remaining part of an announced package from the giver",
			"Officials in Amman hope the last €3 billion ($3.3 billion) of the agreed €4 billion support package from the European Union arrives next year.",
			[]string{"EU money 3 billion EUR pledged"}},
		{"a part of a loan from a country",
			"Kenya has received $200 million of the concessional loan from Japan.",
			[]string{"JP money 200 million USD delivered"}},
		// near misses
		{"a part of imports from a country is no gift",
			"The country spent $2 billion of its reserves on imports from China.",
			nil},
		{"a part of the trade from a country is no gift",
			"Officials said $3 billion of the trade volume from China was lost.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
