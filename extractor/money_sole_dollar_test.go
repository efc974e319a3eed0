package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneySoleDonorDollar is the corpus of a lone "$" in a text whose
// only committer is a country with its own dollar
// (currency.sole-donor-dollar), and the near misses that keep USD.
func TestMoneySoleDonorDollar(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a sole Canadian donor with a lone dollar sign",
			"Canada will send an additional $25 million of non-lethal aid to the country, the defence minister said. The aid includes 300 helmets.",
			[]string{"CA money 25 million CAD pledged", "CA equipment 300 × helmets pledged"}},
		{"a sole Australian donor in two sentences",
			"Australia has committed $80 million in military assistance to the country. The government will also give $15 million in humanitarian aid.",
			[]string{"AU money 80 million AUD pledged", "AU money 15 million AUD pledged"}},
		{"a sole New Zealand donor, passive",
			"New Zealand has pledged $10 million to the relief effort. A further $4 million will be provided by New Zealand for rebuilding.",
			[]string{"NZ money 10 million NZD pledged", "NZ money 4 million NZD pledged"}},
		{"a sole donor in a headline with a scale letter",
			"Canada to give $30M for school meals in the region\n\nThe government has also pledged $5M to the food agency.",
			[]string{"CA money 30 million CAD pledged", "CA money 5 million CAD pledged"}},
		{"a sole donor named by its capital",
			"Ottawa has pledged $500 million in aid to the country since the war began. It will also send 20 trucks.",
			[]string{"CA money 500 million CAD pledged", "CA equipment 20 × trucks pledged"}},
		// near misses
		{"a text of one line keeps USD",
			"Canada had allocated $7 million to the mission.",
			[]string{"CA money 7 million USD pledged"}},
		{"two donors with lone dollar signs keep USD",
			"Canada pledged $20 million and Japan pledged $30 million for the appeal.",
			[]string{"CA money 20 million USD pledged", "JP money 30 million USD pledged"}},
		{"a US dateline keeps USD",
			"WASHINGTON (Reuters) - Canada will give $25 million to the fund, officials said.",
			[]string{"CA money 25 million USD pledged"}},
		{"a donor whose own currency is not a dollar keeps USD",
			"Norway will give $40 million to the fund.",
			[]string{"NO money 40 million USD pledged"}},
		{"an explicit US dollar amount of a sole donor stays USD",
			"Australia will give US$40 million to the fund.",
			[]string{"AU money 40 million USD pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
