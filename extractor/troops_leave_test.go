package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestTroopsLeaveAndCut holds self-written rows for troop lines of
// general grammar in round 11: a contributor leaving the country its
// troops serve in (troops.leave-country), contributors that reduce
// "their numbers", declining to contribute to a multinational unit, a
// count in brackets after the destination (the sender's, not the
// destination's), and model codes that a possessive must not spell
// ("Italy's 300 soldiers" holds no S-300); with near misses.
func TestTroopsLeaveAndCut(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"contributors decide to leave the country",
			"Britain said it would pull its peacekeepers out of the mission. Norway and Belgium, among other nations, have also decided to leave the West African country.",
			[]string{"GB troops troops declined", "NO troops troops declined", "BE troops troops declined"}},
		{"a contributor withdrew from a named country",
			"Dutch soldiers served with the UN force for a decade. Sweden withdrew from Mali last year.",
			[]string{"NL troops troops delivered", "SE troops troops declined"}},
		{"a contributor will leave the country",
			"Peacekeepers from twelve nations patrol the border. Portugal will leave the country by June.",
			[]string{"PT troops troops declined"}},
		{"near miss: a leader leaves the country on a visit",
			"French troops patrol the border. President Macron left the country on Monday for a summit.",
			nil},
		{"near miss: refugees leave the country",
			"Troops guard the camps. Thousands of refugees have left the country since the war began.",
			nil},
		{"near miss: a minister of the country leaves",
			"The soldiers patrol the north. Italy's foreign minister left Niger after the talks.",
			nil},
		{"near miss: a country will never leave itself",
			"Soldiers clashed with rebels. Ukraine will never leave the country to the invaders.",
			nil},
		{"near miss: leaving with a year is history",
			"Soldiers were deployed across the region. Germany left Mali in 2023 after ten years.",
			nil},
		{"near miss: no troops in the passage",
			"Exports fell sharply this year. Chad left the country's trade bloc.",
			nil},
		{"contributors expected to reduce their numbers",
			"The mission has 20,000 troops. Ghana, Chad and Niger are also expected to reduce their numbers by June.",
			[]string{"GH troops troops declined", "TD troops troops declined", "NE troops troops declined"}},
		{"near miss: numbers of something else",
			"Tourists from Spain doubled their numbers last year.",
			nil},
		{"declined to contribute to the multinational unit",
			"The alliance is forming a new brigade. Spain and Norway have declined to contribute to the multinational unit.",
			[]string{"ES troops troops declined", "NO troops troops declined"}},
		{"will contribute to the multinational unit",
			"Spain will contribute to the multinational unit in the east.",
			[]string{"ES troops troops pledged"}},
		{"a count in brackets after the destination is the sender's",
			"Spain will send troops to Lebanon (about 1,000 personnel) under the UN mission.",
			[]string{"ES troops 1000 troops pledged"}},
		{"a count in brackets after the place of service is the keeper's",
			"Korea keeps soldiers in the Congo (about 300 personnel) for the mission.",
			[]string{"KR troops 300 troops delivered"}},
		// rosters of contributors that name no troops (troops.roster)
		{"countries to contribute include a list",
			"The force had 8,000 peacekeepers at its peak. Other countries to contribute include (in alphabetical order), Brazil, Canada, Denmark and Egypt.",
			[]string{"BR troops troops delivered", "CA troops troops delivered", "DK troops troops delivered", "EG troops troops delivered"}},
		{"contributors included a list after a colon",
			"Blue helmets patrol the buffer zone. Contributors have included: Fiji, Ghana and Nepal.",
			[]string{"FJ troops troops delivered", "GH troops troops delivered", "NP troops troops delivered"}},
		{"a list were the biggest contributors",
			"The mission had 20,000 soldiers at its peak. Britain, Poland and Italy were the biggest contributors.",
			[]string{"GB troops troops delivered", "PL troops troops delivered", "IT troops troops delivered"}},
		{"near miss: contributors of money in a troop passage",
			"The mission has 20,000 troops. Donors pledged $300 million; contributors include Japan and Norway.",
			nil},
		{"near miss: a roster with no troops around",
			"The fund was set up in 2019. Contributors include Japan, Norway and Sweden.",
			nil},
		{"near miss: a negated roster",
			"The mission has 20,000 troops. Japan and Norway were not the main contributors.",
			nil},
		// bare counts under a header of troops (troops.row)
		{"bare counts after countries under a troop header",
			"Peacekeepers by country: Ghana 850, Nepal 620, Fiji 300.",
			[]string{"GH troops 850 troops delivered", "NP troops 620 troops delivered", "FJ troops 300 troops delivered"}},
		{"near miss: casualties under a troop header",
			"Casualties among the troops: Italy 24, Spain 11.",
			nil},
		{"near miss: bare counts after years",
			"Troop numbers by year: 2019 2,450, 2020 1,100.",
			nil},
		// a count after "at" right after the troops
		{"the largest number of troops at a count",
			"Chad will contribute the largest number of troops at 3,000 while Ghana sends 900.",
			[]string{"TD troops 3000 troops pledged", "GH troops 900 troops pledged"}},
		{"near miss: a distance after troops at",
			"Chad said rebels fired on its troops at 5,000 metres.",
			nil},
		{"near miss: a count of places after troops at",
			"Chad said the troops at 10 camps were attacked.",
			nil},
		// troops engaged in a task abroad (troops.engaged)
		{"has soldiers engaged in a task in another country",
			"Spain currently has nearly 1,900 soldiers engaged in reconstruction efforts in the relatively safe north of Iraq.",
			[]string{"ES troops 1900 troops delivered"}},
		{"has troops involved in a mission",
			"Norway has about 300 troops involved in the training mission.",
			[]string{"NO troops 300 troops delivered"}},
		{"near miss: an army engaged in fighting at home",
			"Ukraine has 300,000 soldiers engaged in fighting in the east.",
			nil},
		{"near miss: troops engaged in its own country",
			"Spain has 1,900 soldiers engaged in flood relief in Spain.",
			nil},
		{"a possessive before a count is no model code",
			"Italy's 300 soldiers arrived in the capital on Monday.",
			[]string{"IT troops 300 troops delivered"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
