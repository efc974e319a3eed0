package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestTroopsInPlaceRows holds written rows for troops in place with no
// verb of giving (troops.in-place), counts coordinated with another
// country's (troops.conjunct), the host of a mission (missionHost) and
// bare counts already in place ("to join 1,700 who are already there"),
// with near-misses.
func TestTroopsInPlaceRows(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"possessive count in a country, copula",
			"Spain's 650 soldiers in Lebanon are the third largest contingent.",
			[]string{"ES troops 650 troops delivered"}},
		{"possessive count in a mission, other verb",
			"Ghana's 800 peacekeepers in the UN mission patrol the border area.",
			[]string{"GH troops 800 troops delivered"}},
		{"demonym count in a country as subject",
			"The 400 Irish troops in Syria man observation posts.",
			[]string{"IE troops 400 troops delivered"}},
		{"possessive count in a country as object of a noun",
			"The safety of Nepal's 900 peacekeepers in Lebanon is a concern.",
			[]string{"NP troops 900 troops delivered"}},
		{"possessive count at home is no line",
			"Kenya's 1,000 police officers in Kenya guard the border.", nil},
		{"possessive count in a war is no line",
			"Russia's 10,000 troops in Syria have been fighting for years.", nil},
		{"possessive count in drills is no line",
			"Poland's 2,000 soldiers in Lithuania joined the exercises.", nil},
		{"second coordinated count takes the verb",
			"The force includes 500 Polish soldiers and 250 Czech soldiers.",
			[]string{"PL troops 500 troops pledged", "CZ troops 250 troops pledged"}},
		{"first coordinated count takes the verb",
			"About 300 Dutch soldiers and 200 Belgian soldiers arrived in Lithuania.",
			[]string{"NL troops 300 troops delivered", "BE troops 200 troops delivered"}},
		{"coordinated casualties are no line",
			"About 30 Dutch soldiers and 20 Belgian soldiers were wounded in the attack.", nil},
		{"coordinated count under a subject's verb is not the subject's",
			"Spain will send 500 soldiers and 100 Moroccan police officers to the mission.",
			[]string{"ES troops 500 troops pledged"}},
		{"the host of a mission is no donor",
			"The UN mission in Mali has 12,000 peacekeepers.", nil},
		{"the host of a force is no donor",
			"The multinational force in Haiti has 1,000 police officers.", nil},
		{"bare count already there after a relative pronoun",
			"Canada will send 300 more troops to Latvia to join the 700 who are already there.",
			[]string{"CA troops 300 troops pledged", "CA troops 700 troops delivered"}},
		{"bare count that were previously deployed",
			"Kenya will send 200 more police officers to join the 400 that were previously deployed.",
			[]string{"KE troops 200 troops pledged", "KE troops 400 troops delivered"}},
		{"bare count with a demonym already in the country",
			"Canada will send 2,000 troops to reinforce the roughly 900 Canadians already in Latvia.",
			[]string{"CA troops 2000 troops pledged", "CA troops 900 troops delivered"}},
		{"a country's count already in the country",
			"The 1,000 troops headed for Romania will add to the roughly 900 U.S. already in the country.",
			[]string{"US troops 900 troops delivered"}},
		{"a count already in place at war is no line",
			"The rebels attacked the 300 French soldiers already in the town.", nil},
		// the alliance's own units and soldiers
		{"a host will host an alliance unit",
			"Romania will host a NATO battlegroup of about 1,000 troops.",
			[]string{"NATO troops 1000 troops pledged"}},
		{"a host has a led alliance unit",
			"Latvia has a Canadian-led NATO multinational battlegroup of about 1,500 troops.",
			[]string{"NATO troops 1500 troops delivered"}},
		{"alliance soldiers stationed",
			"About 1,000 NATO soldiers are stationed in Romania.",
			[]string{"NATO troops 1000 troops delivered"}},
		{"a led unit names its leader, not its owner",
			"Estonia hosts a British-led battlegroup of about 1,000 troops.", nil},
		{"a country's own brigade is no commitment",
			"Poland has a brigade of 5,000 soldiers.", nil},
		// an unnumbered increment beside a numbered one of the same status
		{"more troops restated with their number are one line",
			"NATO will send more troops to Kosovo. NATO said it will deploy 700 more troops to the country.",
			[]string{"NATO troops 700 troops pledged"}},
		{"added troops restated as a new total are one line",
			"Indonesia has decided to add more troops to the mission. Indonesia will increase its contingent from 850 to 1,000.",
			[]string{"ID troops 1000 troops pledged"}},
		{"more troops beside numbered troops sent before stay",
			"Britain sent 300 more troops to Estonia in May. Britain will send more troops to Estonia, the minister said.",
			[]string{"GB troops 300 troops delivered", "GB troops troops pledged"}},
		{"more troops beside a first numbered pledge stay",
			"Spain will send 300 troops to the mission. Spain will also send more troops to Lebanon next year.",
			[]string{"ES troops 300 troops pledged", "ES troops troops pledged"}},
		{"bare count of students already there is no line",
			"The 300 students will join 1,700 who are already there.", nil},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
