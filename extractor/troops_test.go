package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractTroops holds self-written sentences for the troop frames: head
// counts and unit counts, troops that name their country, troops from a
// list of countries, withdrawals, and what is not a commitment.
func TestExtractTroops(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// number grammar
		{"strong force",
			"Kenya will deploy a 1,500-strong force to Haiti.",
			[]string{"KE troops 1500 troops pledged"}},
		{"member team",
			"Ghana sent a 120-member team to the mission last week.",
			[]string{"GH troops 120 troops delivered"}},
		{"member contingent with a demonym",
			"The 900-member Irish contingent is stationed in southern Lebanon.",
			[]string{"IE troops 900 troops delivered"}},
		{"a count of units is no head count",
			"Malaysia and Nepal had each offered at least one battalion.",
			[]string{"MY troops troops pledged", "NP troops troops pledged"}},
		{"a unit consisting of a range keeps the upper bound",
			"Britain will send a battalion consisting of between 500 and 650 members.",
			[]string{"GB troops 650 troops pledged"}},
		{"a force keeps its number",
			"Chile will send 300 forces to the mission.",
			[]string{"CL troops 300 troops pledged"}},
		// the country inside the noun phrase
		{"armed forces name",
			"Up to 500 Bundeswehr soldiers can take part in the operation.",
			[]string{"DE troops 500 troops pledged"}},
		{"demonym troops after a gerund without a country subject",
			"The mission grew in March by deploying about 400 Romanian soldiers.",
			[]string{"RO troops 400 troops pledged"}},
		{"deployment of demonym troops",
			"The clashes began a week after the deployment of nearly 800 Kenyan soldiers in the province.",
			[]string{"KE troops 800 troops delivered"}},
		{"withdrawal of demonym troops",
			"The council discussed the withdrawal of 300 Chadian soldiers from the border.",
			[]string{"TD troops 300 troops declined"}},
		{"participating troops",
			"More than 200 Peruvian soldiers participating in the mission are based in Bangui.",
			[]string{"PE troops 200 troops delivered"}},
		// the donor after "from"
		{"troops from a list will withdraw",
			"Troops from Ghana, Niger and Togo - the largest contributors to the force - will withdraw by June.",
			[]string{"GH troops troops declined", "NE troops troops declined", "TG troops troops declined"}},
		{"personnel will come from",
			"These personnel will come from Austria and Slovakia.",
			[]string{"AT troops troops pledged", "SK troops troops pledged"}},
		{"join troops from a country",
			"The new unit will join about 250 troops from the Philippines.",
			[]string{"PH troops 250 troops delivered"}},
		{"a number for troops from another country",
			"The new unit will join 250 troops from Peru and 120 from Chile.",
			[]string{"PE troops 250 troops delivered", "CL troops 120 troops delivered"}},
		// rankings of contributors
		{"has peacekeepers, the noun dropped",
			"Ghana has 2,700 peacekeepers, Togo has 1,400 and Benin has 900 troops.",
			[]string{"GH troops 2700 troops delivered", "TG troops 1400 troops delivered", "BJ troops 900 troops delivered"}},
		{"with peacekeepers in a ranking",
			"Ghana is third with 2,700 peacekeepers, followed by Togo with 1,400 troops.",
			[]string{"GH troops 2700 troops delivered", "TG troops 1400 troops delivered"}},
		{"countries with their troops in brackets",
			"Other countries contributing personnel to the force are Peru (48), Chile (14) and Ghana (7).",
			[]string{"PE troops 48 troops delivered", "CL troops 14 troops delivered", "GH troops 7 troops delivered"}},
		{"numbers shared out by respectively",
			"Peru, Chile and Ghana follow, with 265, 157 and 77 soldiers respectively.",
			[]string{"PE troops 265 troops delivered", "CL troops 157 troops delivered", "GH troops 77 troops delivered"}},
		{"a noun in a list is not the verb",
			"Qatar has provided weapons, funding, training and at least 2,000 troops to the coalition.",
			[]string{"QA equipment weapons delivered", "QA troops 2000 troops delivered"}},
		{"an army's own size is no contribution",
			"Ghana has 15,000 soldiers.", nil},
		{"troops that make up a force are no commitment",
			"The regional force is made up of troops from Mali, Chad and Niger.", nil},
		{"the place a withdrawal leaves is no donor",
			"The force began the departure of its forces from Mali last year.", nil},
		// withdrawals
		{"pull a force out",
			"Norway will pull its force of about 150 soldiers out of the mission.",
			[]string{"NO troops 150 troops declined"}},
		{"followed by another country",
			"Peru withdrew its troops from the mission, followed by Chile.",
			[]string{"PE troops troops declined", "CL troops troops declined"}},
		{"its troops will leave",
			"Norway is the latest country to say its 300 peacekeepers will leave by May.",
			[]string{"NO troops 300 troops declined"}},
		{"a relative clause names the committer",
			"Peru offered to replace the 370 troops that Austria is withdrawing.",
			[]string{"AT troops 370 troops declined"}},
		{"the same vague troops twice is one line",
			"Peru has sent troops to the mission. Officials said Peru sent troops there in May.",
			[]string{"PE troops troops delivered"}},
		{"units with a capitalised modifier",
			"Rwanda maintains two Infantry Battalions in the mission.",
			[]string{"RW troops troops pledged"}},
		// several countries and one number
		{"a joint total is a group",
			"Ghana, Togo and Benin contributed close to 5,000 soldiers to the force.",
			[]string{"group:Ghana, Togo and Benin troops 5000 troops delivered"}},
		{"each keeps one per country",
			"Ghana and Togo each sent 200 soldiers to the force.",
			[]string{"GH troops 200 troops delivered", "TG troops 200 troops delivered"}},
		// not commitments
		{"a relative clause after the verb holds another number",
			"Ghana and Togo are withdrawing their troops from the mission, which has 9,000 soldiers deployed.",
			[]string{"GH troops troops declined", "TG troops troops declined"}},
		{"a named force that exists",
			"Donors pledged money for the G7 Alpine force, made up of troops from Peru and Chile.", nil},
		{"trainees are not troops",
			"Canada provided flight training to 30 Peruvian service members in May.",
			[]string{"CA support flight training delivered"}},
		{"officers sent to study",
			"Forty Ghanaian officers will be sent to Egypt to study engineering.", nil},
		// status
		{"keen to dispatch is a hedge",
			"Japan has been keen to dispatch forces to the region.",
			[]string{"JP troops troops considering"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
