package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestTroopLimits holds self-written sentences for troop ceilings set by a
// parliament or government (a mandate cap is the pledged number), service
// members as troops, and the near misses that must give no line.
func TestTroopLimits(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a parliament imposes a limit of soldiers abroad",
			"Estonia's parliament has imposed a limit of 60 soldiers in Mali.",
			[]string{"EE troops 60 troops pledged"}},
		{"a cap of troops set by a government",
			"The Latvian government set a cap of 40 troops for the mission.",
			[]string{"LV troops 40 troops pledged"}},
		{"raise the upper limit of a deployment to a level from an earlier one",
			"Austria aims to expand its deployment to the training mission, raising the upper limit to 300, from 200 now.",
			[]string{"AT troops 300 troops pledged"}},
		{"a ceiling raised to a number of soldiers",
			"Denmark's parliament raised the ceiling for its contingent to 250 soldiers.",
			[]string{"DK troops 250 troops pledged"}},
		{"a mandate of up to troops",
			"The Bundestag approved a mandate for up to 1,100 soldiers in Lithuania.",
			[]string{"DE troops 1100 troops pledged"}},
		{"service members complete a mission",
			"The mission tasks were completed by approximately 200 Spanish service members.",
			[]string{"ES troops 200 troops delivered"}},
		{"a state will only deploy soldiers",
			"Spain said it will only deploy 300 soldiers to Mali.",
			[]string{"ES troops 300 troops pledged"}},
		{"patrols carried out by demonym troops",
			"The patrols will be carried out by 300 Italian soldiers.",
			[]string{"IT troops 300 troops pledged"}},
		{"training conducted by demonym instructors",
			"The training was conducted by 40 British instructors.",
			[]string{"GB troops 40 troops delivered"}},
		{"a multinational unit of troops from listed countries gives each country a line",
			"The operation saw the deployment of a multinational unit of around 300 troops from Croatia, Slovenia and Hungary.",
			[]string{"group:Croatia, Slovenia and Hungary troops 300 troops pledged", "HR troops troops pledged", "SI troops troops pledged", "HU troops troops pledged"}},
		{"a battalion of troops from listed countries deployed",
			"A multinational battalion of 800 troops from Poland, Romania and Croatia was deployed to the region.",
			[]string{"group:Poland, Romania and Croatia troops 800 troops delivered", "PL troops troops delivered", "RO troops troops delivered", "HR troops troops delivered"}},
		{"a mission named by its acronym gives the size of its owner's force",
			"KFOR currently includes more than 3,000 troops from 20 NATO and partner countries.",
			[]string{"NATO troops 3000 troops delivered"}},
		{"an EU mission's acronym has troops",
			"EUFOR has about 1,100 troops.",
			[]string{"EU troops 1100 troops delivered"}},
		{"troops sent to a mission's acronym stay the sender's",
			"Poland will send 200 more soldiers to KFOR.",
			[]string{"PL troops 200 troops pledged"}},
		{"troops that name their country deployed by an alliance are the country's",
			"NATO will deploy 300 Polish troops to Latvia.",
			[]string{"PL troops 300 troops pledged"}},
		{"troops of a country deployed by a mission named by its acronym",
			"KFOR strengthened its presence last month by deploying about 400 Turkish soldiers.",
			[]string{"TR troops 400 troops delivered"}},
		{"an alliance's troops without a country stay the alliance's",
			"NATO will deploy 300 troops to Latvia.",
			[]string{"NATO troops 300 troops pledged"}},
		// near misses
		{"a mission's acronym that may have troops is no size",
			"KFOR could need 3,000 more troops.", nil},
		{"troops from a counted group of countries give no member lines",
			"The force currently includes more than 3,000 troops from 20 NATO and partner countries.", nil},
		{"an attack carried out by soldiers is no commitment",
			"The attack was carried out by 300 Russian soldiers.", nil},
		{"a survey completed by students is no troop line",
			"The survey was completed by 200 Spanish students.", nil},
		{"the earlier ceiling after from is no line",
			"Sweden will raise the troop ceiling for the mission to 500 soldiers, from 350.",
			[]string{"SE troops 500 troops pledged"}},
		{"a speed limit is no troop line",
			"Norway imposed a limit of 60 kilometres an hour on the road.", nil},
		{"an age limit is no troop line",
			"Norway raised the age limit for soldiers to 60.", nil},
		{"a limit on refugees is no troop line",
			"Austria set a cap of 30,000 refugees a year.", nil},
		{"a proposed limit on another country's army",
			"The treaty limits Germany's army to 370,000 soldiers.", nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
