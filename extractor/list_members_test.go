package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestListMembers holds self-written sentences where several countries
// named in a list share one commitment: the members of a group named in
// a sentence of their own, and near misses (recipients, countries hit or
// asked, attendees) that give no member lines.
func TestListMembers(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// members of a group that commits goods or support
		{"members named after a group's goods commit them",
			"Six countries will supply battle tanks to Ukraine. This includes Spain, Norway and Canada.",
			[]string{"group:Six countries equipment battle tanks pledged", "ES equipment battle tanks pledged", "NO equipment battle tanks pledged", "CA equipment battle tanks pledged"}},
		{"members of a passive's group agent commit the goods",
			"Howitzers will be provided to the army by five countries. These are Italy, Portugal and the Netherlands.",
			[]string{"group:five countries equipment Howitzers pledged", "IT equipment Howitzers pledged", "PT equipment Howitzers pledged", "NL equipment Howitzers pledged"}},
		{"members of a group that delivered goods are delivered",
			"Several allies have already sent air defence systems. They include Germany and Romania.",
			[]string{"group:allies equipment air defence systems delivered", "DE equipment air defence systems delivered", "RO equipment air defence systems delivered"}},
		{"a counted gift of a group gives the members no count",
			"Four nations will donate 40 armoured vehicles. They are Sweden, Finland, Denmark and Estonia.",
			[]string{"group:Four nations equipment 40 × armoured vehicles pledged", "SE equipment armoured vehicles pledged", "FI equipment armoured vehicles pledged", "DK equipment armoured vehicles pledged", "EE equipment armoured vehicles pledged"}},
		// near misses
		{"members of a group that receives goods commit nothing",
			"Three countries will receive tanks from Germany. They are Moldova, Georgia and Armenia.",
			[]string{"DE equipment tanks pledged"}},
		{"countries hit by a storm listed after goods commit nothing",
			"Several countries were hit by the storm. They are Haiti, Cuba and Jamaica.", nil},
		{"countries asked for goods commit nothing",
			"Five countries were asked to send tanks. They are Spain, Italy and Greece.", nil},
		{"the attendees of a meeting commit nothing",
			"Several ministers met in Brussels to discuss tanks. They included Spain and Italy.", nil},
		{"a group's money is not shared out among its members",
			"Five donors pledged $300 million. They are Japan, Norway and Canada.",
			[]string{"group:Five donors money 300 million USD pledged"}},
		{"a sentence after the group's goods that is more than a list commits nothing",
			"Eight countries will supply tanks. This includes Spain, which has old stocks.",
			[]string{"group:Eight countries equipment tanks pledged"}},
		// members listed after a colon in the group's own sentence
		{"a colon list after a group's goods gives each member the goods",
			"Several allies have pledged air defence systems: Spain, Norway and Canada.",
			[]string{"group:allies equipment air defence systems pledged", "ES equipment air defence systems pledged", "NO equipment air defence systems pledged", "CA equipment air defence systems pledged"}},
		{"a colon list after goods valued in money gives each member the goods",
			"Several partners delivered equipment worth over €40 million: Austria, Belgium, Ireland and a private foundation.",
			[]string{"AT equipment equipment delivered", "BE equipment equipment delivered", "IE equipment equipment delivered", "group:partners money 40 million EUR delivered"}},
		{"a colon list after money alone gives the members nothing",
			"Several donors pledged €40 million: Austria, Belgium and Ireland.",
			[]string{"group:donors money 40 million EUR pledged"}},
		{"near miss: a colon list of recipients gives nothing",
			"Japan has donated 40 ambulances to three countries: Kenya, Uganda and Tanzania.",
			[]string{"JP equipment 40 × ambulances delivered"}},
		// a joint quantity from a list of countries
		{"troops from a list of countries give each a line without the number",
			"The alliance announced the deployment of a unit of about 300 troops from Latvia, Estonia and Lithuania.",
			[]string{"group:Latvia, Estonia and Lithuania troops 300 troops pledged", "LV troops troops pledged", "EE troops troops pledged", "LT troops troops pledged"}},
		{"soldiers from a list of countries who will join a force",
			"Some 500 soldiers from Ghana, Niger and Mali will join the regional force.",
			[]string{"group:Ghana, Niger and Mali troops 500 troops pledged", "GH troops troops pledged", "NE troops troops pledged", "ML troops troops pledged"}},
		{"near miss: money from a list of countries is not shared out",
			"The fund received $18 million in contributions from Canada, France and Italy.",
			[]string{"group:Canada, France and Italy money 18 million USD delivered"}},
		{"near miss: troops withdrawn from a list of countries",
			"About 300 troops were withdrawn from Latvia, Estonia and Lithuania.", nil},
		// countries listed after a fronted "Among" phrase
		{"members of a coalition weighed are considering",
			"Among the nations reportedly considering the maritime coalition are Japan, Australia and Canada.",
			[]string{"JP support participation in maritime coalition considering", "AU support participation in maritime coalition considering", "CA support participation in maritime coalition considering"}},
		{"countries that have sent troops are delivered",
			"Among the countries that have already sent troops to the mission were Chad, Niger and Senegal.",
			[]string{"TD troops troops delivered", "NE troops troops delivered", "SN troops troops delivered"}},
		{"countries that pledged goods share the goods",
			"Among the states that pledged howitzers are Portugal and the Netherlands.",
			[]string{"PT equipment howitzers pledged", "NL equipment howitzers pledged"}},
		{"contributors to a mission take part in it",
			"Among the contributors to the naval mission are Greece, Italy and France.",
			[]string{"GR support participation in naval mission pledged", "IT support participation in naval mission pledged", "FR support participation in naval mission pledged"}},
		{"countries that refused troops are declined",
			"Among the countries that refused to send troops were Spain and Portugal.",
			[]string{"ES troops troops declined", "PT troops troops declined"}},
		{"a fronted among phrase with a recipient after to",
			"Among the countries that have sent tanks to Ukraine are Poland and Slovakia.",
			[]string{"PL equipment tanks delivered", "SK equipment tanks delivered"}},
		// a group of givers and "include"
		{"countries that pledged troops include a list",
			"The countries that have pledged troops include Kenya, Benin and Ghana.",
			[]string{"KE troops troops pledged", "BJ troops troops pledged", "GH troops troops pledged"}},
		{"troop contributors include a list",
			"Troop contributors include Nepal, India and Bangladesh.",
			[]string{"NP troops troops pledged", "IN troops troops pledged", "BD troops troops pledged"}},
		{"near miss: countries hit by floods include a list",
			"The countries hit by the floods include Kenya, Somalia and Ethiopia.", nil},
		{"near miss: countries that received tanks include a list",
			"The countries that received tanks include Poland and Slovakia.", nil},
		// countries said to be among a group of givers
		{"two countries among those that have sent tanks",
			"Spain and Portugal are also among the countries that have sent tanks to Ukraine.",
			[]string{"ES equipment tanks delivered", "PT equipment tanks delivered"}},
		{"a country among the nations weighing a mission",
			"Japan is among the nations considering joining the naval mission.",
			[]string{"JP support participation in naval mission considering"}},
		{"near miss: a country among those hit by a storm",
			"Cuba is among the countries hit by the storm.", nil},
		{"near miss: a country among the recipients of another's tanks",
			"Poland is among the countries that received tanks from Germany.",
			[]string{"DE equipment tanks delivered"}},
		{"near miss: countries asked to send troops commit nothing",
			"Among the countries asked to send troops are Spain and Portugal.", nil},
		{"near miss: countries that received goods commit nothing",
			"Among the countries that received tanks were Poland and Slovakia.", nil},
		{"near miss: another country's recipients commit nothing",
			"Among the countries Germany has sent tanks to are Poland and Slovakia.",
			[]string{"DE equipment tanks delivered"}},
		{"near miss: countries hit by a storm commit nothing",
			"Among the countries hit by the storm were Cuba and Haiti.", nil},
		{"near miss: attendees of a meeting commit nothing",
			"Among the nations at the meeting on the coalition were Japan and Canada.", nil},
		{"near miss: a list followed by more than countries commits nothing",
			"Among the countries that joined the coalition are Greece and Italy, which border the sea.", nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
