package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestListHeaderItems holds self-written lists of goods under a header
// sentence that names the giver and ends with a colon (frame.bullet with
// equipment.list-line): items with and without a bullet mark, goods the
// lexicon does not know, counts in digits and in words, and the
// near-misses (tables of contents, lists of headlines, of countries, of
// casualties, menus).
func TestListHeaderItems(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"bullets of goods the lexicon does not know, counted in words",
			"Japan has handed over the following equipment to Kenya:\n- eight graders\n- ten bulldozers\n- four dump trucks\n\nThe ceremony took place on Monday.",
			[]string{"JP equipment 8 × graders delivered", "JP equipment 10 × bulldozers delivered", "JP equipment 4 × dump trucks delivered"}},
		{"lines without a bullet mark under a header",
			"Canada will provide the following equipment to Ukraine:\n12 road graders\n6 excavators\nSpare parts\n\nThe first deliveries are expected in May.",
			[]string{"CA equipment 12 × road graders pledged", "CA equipment 6 × excavators pledged", "CA equipment Spare parts pledged"}},
		{"a package that includes, star bullets, counted in digits",
			"Norway announced a new aid package for Moldova on Friday. The package includes:\n* 25 heat guns\n* 40 power generators\n* water purification units\n\nNorway said more aid would follow.",
			[]string{"NO equipment 25 × heat guns pledged", "NO equipment 40 × power generators pledged", "NO equipment water purification units pledged"}},
		{"a header naming the giver by its possessive, dot bullets",
			"Sweden's new package contains the following capabilities:\n• tactical air navigation systems\n• 30 field kitchens\n\nThe government gave no value.",
			[]string{"SE equipment tactical air navigation systems pledged", "SE equipment 30 × field kitchens pledged"}},
		{"the aid consists of, items with a model name and a count",
			"Germany has delivered further aid to Ukraine. The delivery consists of:\n- six Falcon XR\n- two Viper 9 systems\n\nThe ministry did not give a value.",
			[]string{"DE equipment 6 × Falcon XR delivered", "DE equipment 2 × Viper 9 systems delivered"}},
		{"a money item in the list is a money line",
			"Italy has pledged the following to Ukraine:\n- €40 million worth of arms\n- 12 ambulances\n\nRome said so on Monday.",
			[]string{"IT money 40 million EUR pledged", "IT equipment 12 × ambulances pledged"}},
		{"a count before a name with a code in brackets, and one of an item",
			"Poland has sent more aid to Ukraine. Ukraine will also receive:\n- four Rosomak 8 (RX8) wheeled all-terrain carriers\n- one Jelcz tracked recovery vehicle\n- three radars;\n\nWarsaw gave no date.",
			[]string{"PL equipment 4 × Rosomak 8 (RX8) wheeled all-terrain carriers pledged", "PL equipment 1 × Jelcz tracked recovery vehicle pledged", "PL equipment 3 × radars pledged"}},
		{"items inline after the colon of a header",
			"The Netherlands will send the following to Ukraine: 20 dump trucks, 12 graders and 6 cranes.",
			[]string{"NL equipment 20 × dump trucks pledged", "NL equipment 12 × graders pledged", "NL equipment 6 × cranes pledged"}},
		{"a service in a list of goods is a support line",
			"The United States announced more aid on Friday. The new package includes:\n- 40 ambulances\n- satellite imagery services\n- training and technical support\n\nIt will arrive soon.",
			[]string{"US equipment 40 × ambulances pledged", "US support satellite imagery services pledged", "US support training pledged"}},
		{"inline items after a header with a verb in the past",
			"Japan has donated the following to Moldova: eight graders; four heat guns; and ten bulldozers.",
			[]string{"JP equipment 8 × graders delivered", "JP equipment 4 × heat guns delivered", "JP equipment 10 × bulldozers delivered"}},
		{"among the items are, numbered items, a large count with a scale",
			"Australia has sent a new package to Ukraine. Among the items are:\n1. Over 10 million rounds of small arms ammunition\n2. 14 field ambulances\n3. night vision goggles\n\nCanberra gave no value.",
			[]string{"AU equipment 10000000 × rounds of small arms ammunition delivered", "AU equipment 14 × field ambulances delivered", "AU equipment night vision goggles delivered"}},
		{"a hedged header makes its items considered",
			"Spain could send the following to Ukraine:\n- 10 graders\n- mine clearing kits\n\nMadrid has not decided yet.",
			[]string{"ES equipment 10 × graders considering", "ES equipment mine clearing kits considering"}},
		// near-misses
		{"a heading after the list, before prose, is no item",
			"Since 2022, Britain has delivered:\n\n- 14 tanks\n- cruise missiles\n\nDrones\n\nThe government will keep funding a programme that has trained thousands of recruits in many places since then.",
			[]string{"GB equipment 14 × tanks delivered", "GB equipment cruise missiles delivered"}},
		{"a line without a mark after bulleted items ends the list",
			"Norway has delivered the following:\n- 12 trucks\nSpare parts\n\nOslo gave no value.",
			[]string{"NO equipment 12 × trucks delivered"}},
		{"a list of recipient countries under a header of giving is no goods",
			"Japan provided aid to the following countries:\nKenya\nUganda\nTanzania\n\nTokyo gave no figures.",
			nil},
		{"what the package will rebuild is no goods",
			"Germany announced new aid for Ukraine. The package will rebuild the following:\n12 schools\n4 bridges\n\nWork starts in May.",
			nil},
		{"the sectors a pledge covers are no goods",
			"The EU pledge covers the following sectors:\nEnergy systems\nWater networks\nHealth services\n\nThe money will be paid next year.",
			nil},
		{"a byline, a date and a photo credit after a list are no goods",
			"Finland will provide the following equipment to Ukraine:\n- 20 generators\n\nBy John Smith\n12 March 2024\nPhoto credits: agencies",
			[]string{"FI equipment 20 × generators pledged"}},
		{"a list of related links is no list of goods",
			"Related:\nTen bulldozers for the city\nEight graders arrive in port\n\nThe mayor said nothing.",
			nil},
		{"inline items of a recipient are not its gifts",
			"Ukraine has received the following: 12 graders and 6 cranes.",
			nil},
		{"inline losses after a colon are no gift",
			"The town lost the following in the floods: 12 bridges, 40 houses and 3 schools.",
			nil},
		{"inline contents of a report are no gift",
			"The report contains the following: 12 chapters, 40 pages and 3 annexes.",
			nil},
		{"a table of contents under a header is no list of goods",
			"Germany published a new report. Contents:\nIntroduction\nChapter 1\nSummary of findings\n\nThe report is long.",
			nil},
		{"a list of headlines after Read more is no list of goods",
			"Read more:\nNew trucks unveiled at motor show\nMarkets fall on Monday\n\nAll rights reserved.",
			nil},
		{"a list of countries is no list of goods",
			"The following countries took part in the talks:\nGermany\nFrance\nItaly\n\nThe talks ended on Friday.",
			nil},
		{"a list of casualties is no list of goods",
			"Officials in Ukraine reported the following losses:\n12 civilians\n4 soldiers\n\nThe shelling went on.",
			nil},
		{"lines of a menu are no list of goods",
			"Menu:\nHome\nNews\nSports\nWeather\n\nThe site is updated daily.",
			nil},
		{"the list ends at the first line of prose",
			"Denmark will provide the following equipment:\n- 10 trucks\nThe prices of fuel rose sharply this year.\nMany households face bills.",
			[]string{"DK equipment 10 × trucks pledged"}},
		{"a list of what an army lacks is no gift",
			"The army lacks the following:\n- graders\n- bulldozers\n\nIt asked for help.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
