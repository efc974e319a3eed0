package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyLists is the second round of paraphrases of the money frames
// of lists, tables, rankings and stories told over several sentences:
// sentences written for the test.
func TestMoneyLists(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"the donor noun before the link verb and the country",
			"The biggest donor was the United States with $900 million, followed by Germany with €350 million.",
			[]string{"US money 900 million USD pledged", "DE money 350 million EUR pledged"}},
		{"the donor noun first, the country after a comma",
			"The top contributor remains Germany, with €2 billion.",
			[]string{"DE money 2 billion EUR pledged"}},
		{"a rank verb and an ordinal before with",
			"Canada ranks third with C$1.1 billion.",
			[]string{"CA money 1.1 billion CAD pledged"}},
		{"came second with",
			"Japan came second with $600 million, ahead of France.",
			[]string{"JP money 600 million USD pledged"}},
		{"a largest recipient is no donor",
			"The largest recipient was Kenya with $90 million.",
			nil},
		{"a ranking of recipients is no donor",
			"Kenya ranks third among recipients with $90 million.",
			nil},
		{"a ranking of people in need is no money",
			"Ethiopia ranks third with 4 million displaced people.",
			nil},
		{"country and amount run into a paragraph after colons",
			"Donors at the conference pledged a total of $2.4 billion. Germany: $500 million. France: €200 million. Japan: $150 million.",
			[]string{"DE money 500 million USD pledged", "FR money 200 million EUR pledged", "JP money 150 million USD pledged"}},
		{"a colon sentence with a verb after the amount is no list",
			"The minister spoke about the budget. Germany: $500 million was not enough, she said.",
			nil},
		{"bullets with a colon, a dash, a comma and a bracket",
			"The largest pledges came from the following countries:\n- United States: $1.2 billion\n- Germany – €400 million\n- Japan, $300 million\n- Norway (NOK 2 billion)",
			[]string{"US money 1.2 billion USD pledged", "DE money 400 million EUR pledged", "JP money 300 million USD pledged", "NO money 2 billion NOK pledged"}},
		{"a pipe table of country and amount",
			"| Country | Amount |\n|---|---|\n| Germany | €500 million |\n| France | €200 million |",
			[]string{"DE money 500 million EUR pledged", "FR money 200 million EUR pledged"}},
		{"lines of country and amount without a mark",
			"Pledges by country:\nGermany 500 million euros\nFrance 200 million euros",
			[]string{"DE money 500 million EUR pledged", "FR money 200 million EUR pledged"}},
		{"donors with amounts in brackets after a colon",
			"Top donors: the United States ($1.1 billion), Germany ($600 million) and the United Kingdom ($400 million).",
			[]string{"US money 1.1 billion USD pledged", "DE money 600 million USD pledged", "GB money 400 million USD pledged"}},
		{"gapped donors with their own currencies",
			"Norway gave NOK 500 million, Denmark DKK 300 million and Finland EUR 40 million.",
			[]string{"NO money 500 million NOK delivered", "DK money 300 million DKK delivered", "FI money 40 million EUR delivered"}},
		{"gapped donors after a fronted phrase",
			"Among the donors, Germany contributed €100 million, France €80 million, and Spain €25 million.",
			[]string{"DE money 100 million EUR delivered", "FR money 80 million EUR delivered", "ES money 25 million EUR delivered"}},
		{"respectively after two full amounts",
			"The Netherlands and Belgium will give €60 million and €40 million respectively.",
			[]string{"NL money 60 million EUR pledged", "BE money 40 million EUR pledged"}},
		{"headline in dollars, body in yen with the dollars in brackets: one line",
			"Japan pledges $500 million to Ukraine\n\nJapan will provide 75 billion yen ($500 million) in aid to Ukraine, the foreign ministry said on Tuesday.",
			[]string{"JP money 75 billion JPY pledged"}},
		{"headline in euros, body in kroner with about and the euros",
			"Norway gives €100 million for Ukraine's energy\n\nNorway will give NOK 1.1 billion (about €100 million) to repair Ukraine's power grid, the government said.",
			[]string{"NO money 1.1 billion NOK pledged"}},
		{"the converted amount of another donor stays",
			"Sweden will give 1 billion kronor ($95 million) to the fund. Finland will give $95 million too.",
			[]string{"SE money 1 billion SEK pledged", "FI money 95 million USD pledged"}},
		{"another amount of the same donor stays",
			"Japan pledges $200 million to the fund\n\nJapan will provide 75 billion yen ($500 million) to the fund.",
			[]string{"JP money 200 million USD pledged", "JP money 75 billion JPY pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
