package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestTroopsUnnumbered holds self-written rows for troop lines of
// general grammar on unseen news: givers that "all" send the same count,
// coordinated troop contributors, troops arriving from a list of
// countries, and the near misses that must give no line.
func TestTroopsUnnumbered(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// "all" after the givers shares the count out
		{"givers that all pledge a count each",
			"Chad, Niger, Senegal and Togo all pledged around 500 troops this weekend.",
			[]string{"TD troops 500 troops pledged", "NE troops 500 troops pledged", "SN troops 500 troops pledged", "TG troops 500 troops pledged"}},
		{"givers that have all sent soldiers",
			"Ghana and Peru have all sent 200 soldiers to the mission.",
			[]string{"GH troops 200 troops delivered", "PE troops 200 troops delivered"}},
		{"givers that all send troops without a count",
			"Chad, Niger and Togo all sent troops to Mali.",
			[]string{"TD troops troops delivered", "NE troops troops delivered", "TG troops troops delivered"}},
		{"a total 'in all' after the verb stays a joint total",
			"Chad, Niger and Togo pledged 500 troops in all.",
			[]string{"group:Chad, Niger and Togo troops 500 troops pledged"}},
		// counts paired with givers in order, no "respectively"
		{"two givers, two counts of peacekeepers",
			"Ghana and Peru are slated to send 1,520 and 1,410 peacekeepers.",
			[]string{"GH troops 1520 troops pledged", "PE troops 1410 troops pledged"}},
		{"three givers, three counts of soldiers",
			"Ghana, Peru and Chad will send 800, 600 and 400 soldiers.",
			[]string{"GH troops 800 troops pledged", "PE troops 600 troops pledged", "TD troops 400 troops pledged"}},
		{"counts that are no single list stay joint",
			"Ghana and Peru will send 800 soldiers in May and 600 in June.",
			[]string{"group:Ghana and Peru troops 800 troops pledged"}},
		{"fewer counts than givers stay joint",
			"Ghana, Peru and Chad will send 800 and 600 soldiers.",
			[]string{"group:Ghana, Peru and Chad troops 800 troops pledged", "group:Ghana, Peru and Chad troops 600 troops pledged"}},
		// a subject that stands for the countries named before
		{"each country of a list before pledges a count",
			"Ghana and Peru met in March. Each country has pledged a further 2,000 troops.",
			[]string{"GH troops 2000 troops pledged", "PE troops 2000 troops pledged"}},
		{"they each send a count",
			"Ghana and Peru met in March. They will each send 500 troops.",
			[]string{"GH troops 500 troops pledged", "PE troops 500 troops pledged"}},
		{"each of the countries with an adjective",
			"India and Pakistan met in March. Each of the South Asian countries is supplying a brigade of up to 3,000 troops.",
			[]string{"IN troops 3000 troops pledged", "PK troops 3000 troops pledged"}},
		{"both countries send troops without a count",
			"Ghana and Peru met in March. Both countries will send troops.",
			[]string{"GH troops troops pledged", "PE troops troops pledged"}},
		{"both countries send one count: a joint total",
			"Ghana and Peru met in March. Both countries will send 500 troops.",
			[]string{"group:Ghana and Peru troops 500 troops pledged"}},
		{"'they' after another actor named last is no anaphor of the list",
			"Ghana and Peru met the US in March. They will send troops.", nil},
		{"countries that ask for troops commit none",
			"Ghana and Peru met in March. They asked for troops.", nil},
		{"troops lost are no commitment",
			"Ghana and Peru were attacked in March. They lost 500 troops.", nil},
		// troop contributors
		{"coordinated countries called troop contributors",
			"Chad, Niger and Togo were the largest troop contributors.",
			[]string{"TD troops troops delivered", "NE troops troops delivered", "TG troops troops delivered"}},
		{"contributors of troops to a mission",
			"Ghana and Peru are the main contributors of troops to the mission.",
			[]string{"GH troops troops delivered", "PE troops troops delivered"}},
		{"one country, the biggest contributor of troops",
			"Ghana was the biggest contributor of troops.",
			[]string{"GH troops troops delivered"}},
		{"a contributor of money is no troop line",
			"Ghana was the biggest contributor of money.", nil},
		{"countries that were no troop contributors",
			"Chad and Niger were not troop contributors.", nil},
		// troops arriving from countries
		{"personnel arriving from a list of countries, after 'with'",
			"The mission was reinforced, with additional personnel arriving from Chad, Ghana and Peru.",
			[]string{"TD troops troops delivered", "GH troops troops delivered", "PE troops troops delivered"}},
		{"soldiers arrived from countries",
			"Additional soldiers arrived from Ghana and Peru last week.",
			[]string{"GH troops troops delivered", "PE troops troops delivered"}},
		{"troops that will arrive from countries are pledged",
			"More troops will arrive from Chad and Ghana next month.",
			[]string{"TD troops troops pledged", "GH troops troops pledged"}},
		{"troops of a named country arriving from a base",
			"US troops arriving from Germany landed in Poland.",
			[]string{"US troops troops delivered"}},
		{"refugees arriving from countries are no troops",
			"Refugees arriving from Chad and Sudan were registered.", nil},
		{"soldiers arriving from a country who are attacked",
			"The soldiers arriving from Chad were attacked.", nil},
		// troops held across a region abroad
		{"troops stationed across a region",
			"France has 5,100 troops stationed across the Sahel.",
			[]string{"FR troops 5100 troops delivered"}},
		{"soldiers held throughout a region",
			"Britain has about 900 soldiers throughout the Baltic states.",
			[]string{"GB troops 900 troops delivered"}},
		{"troops massed across the border are no contribution",
			"Russia has 100,000 troops across the border.", nil},
		{"troops across its own regions are no contribution",
			"Russia has 100,000 troops across its western regions.", nil},
		{"an army's soldiers across the country are no contribution",
			"Mali's army has 5,000 soldiers throughout the country.", nil},
		{"warfighters count as troops",
			"Sweden has about 200 warfighters deployed in the region.",
			[]string{"SE troops 200 troops delivered"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
