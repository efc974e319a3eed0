package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyGrammar is the corpus of the money frames and of the grammar
// of amounts and currencies: sentences written for the test, in the
// phrasings of news text.
func TestMoneyGrammar(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"an article before a dollar sign is not A$",
			"Kuwait signed a $3 billion loan agreement with Egypt on Monday.",
			[]string{"KW money 3 billion USD pledged"}},
		{"A$ glued is Australian",
			"Australia will provide A$50 million to the fund.",
			[]string{"AU money 50 million AUD pledged"}},
		{"money from a donor",
			"Pledges at the conference included $120 million from Norway and $80 million from the United States.",
			[]string{"NO money 120 million USD pledged", "US money 80 million USD pledged"}},
		{"money each from two donors",
			"The package includes $300m each from Qatar and Kuwait.",
			[]string{"QA money 300 million USD pledged", "KW money 300 million USD pledged"}},
		{"money from a coalition is one group line",
			"The trust fund has received $40 million in contributions from Spain, Italy and Greece.",
			[]string{"group:Spain, Italy and Greece money 40 million USD delivered"}},
		{"a possessive after from is an owner",
			"The aid will come from $2 billion from Germany's budget.",
			nil},
		{"joint pledge is one group line",
			"Spain, Portugal and Greece will jointly contribute €900 million to the new facility.",
			[]string{"group:Spain, Portugal and Greece money 900 million EUR pledged"}},
		{"both keeps one line per donor",
			"Chile and Peru both put up over $15 million.",
			[]string{"CL money 15 million USD pledged", "PE money 15 million USD pledged"}},
		{"gapped donor after and the",
			"Japan has pledged $50 million and the United States $40 million.",
			[]string{"JP money 50 million USD pledged", "US money 40 million USD pledged"}},
		{"currency omitted after the first amount",
			"The European Commission disbursed 200 million euros to Georgia on Monday. Tbilisi will also receive another 60 million in credits.",
			[]string{"EU money 200 million EUR delivered", "EU money 60 million EUR pledged"}},
		{"a package of a bare amount",
			"Sweden announced a package of 20 million kronor. The package of 30 million covers demining.",
			[]string{"SE money 20 million SEK pledged"}},
		{"a bare number without a money context stays a number",
			"Germany pledged 100 million euros. Some 20 million people need help.",
			[]string{"DE money 100 million EUR pledged"}},
		{"recipient as subject: the reporter is the donor",
			"Japanese officials said Laos will receive $5 million for demining.",
			[]string{"JP money 5 million USD pledged"}},
		{"recipient as subject: the donor of the sentence before",
			"Canada announced new aid for the region on Friday. Jamaica will get $12 million of it.",
			[]string{"CA money 12 million USD pledged"}},
		{"recipient of a passive allocation is not the donor",
			"Fiji was allocated $3 million in the new budget.",
			nil},
		{"a progressive is not a passive",
			"Denmark is contributing 200 million kroner to the fund.",
			[]string{"DK money 200 million DKK pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
