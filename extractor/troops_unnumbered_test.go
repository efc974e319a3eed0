package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractTroopsCivilianCounts holds self-written rows on teams of
// civilians counted in a list: bare numbers after a civilian team count
// civilians too (support, no troops), while a list after soldiers stays
// troops.
func TestExtractTroopsCivilianCounts(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"aid personnel are support",
			"Norway dispatched 80 aid personnel to the region.",
			[]string{"NO support personnel delivered"}},
		{"bare numbers after aid personnel count civilians",
			"Sweden dispatched 120 aid personnel, Denmark 60 and Iceland 15.",
			[]string{"SE support personnel delivered", "DK support personnel delivered", "IS support personnel delivered"}},
		{"a bare number in a later clause counts rescuers",
			"Peru has dispatched 70 rescue personnel, and Chile said it will send more than 50.",
			[]string{"PE support personnel delivered", "CL support personnel pledged"}},
		{"emergency response personnel are support",
			"Canada sent more than 200 emergency response personnel.",
			[]string{"CA support personnel delivered"}},
		{"relief workers with a head noun of troops are support",
			"Japan will send 40 relief personnel to the island.",
			[]string{"JP support personnel pledged"}},
		// near-misses: soldiers keep their bare numbers
		{"bare numbers after soldiers stay troops",
			"Sweden dispatched 120 soldiers, Denmark 60 and Iceland 15.",
			[]string{"SE troops 120 troops delivered", "DK troops 60 troops delivered", "IS troops 15 troops delivered"}},
		{"a list of soldiers with rescue dogs stays troops",
			"Poland sent 139 soldiers, Czechia 105 and Slovakia 32, along with rescue dogs.",
			[]string{"PL troops 139 troops delivered", "CZ troops 105 troops delivered", "SK troops 32 troops delivered"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// TestExtractTroopsWithdrawnOwner holds self-written rows on troops
// without a number whose owner is a pronoun, "his country" or a
// possessive and that leave or are withdrawn (declined), with the
// near-misses: troops that stay, history, praise.
func TestExtractTroopsWithdrawnOwner(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"its troops are being withdrawn",
			"The Danish government says its troops are being withdrawn.",
			[]string{"DK troops troops declined"}},
		{"its soldiers will be pulled out of a mission",
			"Portugal said its soldiers would be pulled out of the mission.",
			[]string{"PT troops troops declined"}},
		{"his country's troops will be withdrawn",
			"The Belgian prime minister said his country's troops will be withdrawn by the end of the year.",
			[]string{"BE troops troops declined"}},
		{"a possessive country's troops will leave",
			"The minister said Croatia's troops would leave Kosovo in June.",
			[]string{"HR troops troops declined"}},
		{"their troops will be brought home",
			"Austria and Ireland said their troops will be brought home.",
			[]string{"AT troops troops declined", "IE troops troops declined"}},
		// near-misses
		{"its troops that stay give no line without a number",
			"Norway said its soldiers will stay in the mission.", nil},
		{"troops withdrawn in a past year are history",
			"Greece said its troops were withdrawn in 2014.", nil},
		{"praise of a country's troops is no commitment",
			"The general praised Latvia's troops for their work.", nil},
		{"a possessive country's troops that stay give no line",
			"Spain's troops will stay in Lebanon.", nil},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// TestExtractTroopsHelpingAndHedges holds self-written rows on troops that
// name their country and help or belong to an operation (in place unless
// a modal comes first), and on refusals to rule out (considering), with
// their near-misses.
func TestExtractTroopsHelpingAndHedges(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"troops that have been supporting an operation are in place",
			"Nearly 4,000 Australian troops have been supporting the coalition.",
			[]string{"AU troops 4000 troops delivered"}},
		{"troops that are part of a force are in place",
			"About 150 Slovenian soldiers are part of the NATO battlegroup.",
			[]string{"SI troops 150 troops delivered"}},
		{"troops that form part of a force are in place",
			"Some 90 Maltese soldiers form part of the UN mission.",
			[]string{"MT troops 90 troops delivered"}},
		{"troops that will reinforce a force are pledged",
			"Some 250 Romanian troops will reinforce the battlegroup in Poland.",
			[]string{"RO troops 250 troops pledged"}},
		{"troops that could help a mission are considered",
			"Around 300 Austrian soldiers could help the mission.",
			[]string{"AT troops 300 troops considering"}},
		{"a refusal to rule out sending troops is considering",
			"The Dutch prime minister refused to rule out sending troops to the region.",
			[]string{"NL troops troops considering"}},
		{"declining to rule out a deployment is considering",
			"Sweden declined to rule out deploying soldiers to the mission.",
			[]string{"SE troops troops considering"}},
		{"will not rule out is considering",
			"Finland won't rule out sending troops.",
			[]string{"FI troops troops considering"}},
		{"the part of a troop count that leaves is withdrawn, the whole in place",
			"The president announced 12,000 of 40,000 Canadian troops will leave the region.",
			[]string{"CA troops 12000 troops declined", "CA troops 40000 troops delivered"}},
		{"the part of a troop count that returns home is withdrawn",
			"About 800 of 2,500 Belgian soldiers will return home.",
			[]string{"BE troops 800 troops declined", "BE troops 2500 troops delivered"}},
		// near-misses
		{"one of a troop count is a person",
			"One of 300 Danish soldiers was injured.", nil},
		{"troops that support an idea commit nothing",
			"About 500 Belgian soldiers support the idea.", nil},
		{"troops that help their families commit nothing",
			"Some 200 Greek soldiers help their families.", nil},
		{"a definite contingent without a count that supports efforts gives no line",
			"The Malawian contingent will support efforts to restore order.", nil},
		{"demonym troops without a count that support a mission are in place",
			"Malawian troops have been supporting the mission.",
			[]string{"MW troops troops delivered"}},
		{"troops that are not part of a force commit nothing",
			"Some 300 Polish troops are not part of the force.", nil},
		{"ruling out is still a refusal",
			"Portugal ruled out sending troops to the region.",
			[]string{"PT troops troops declined"}},
		{"a refusal to send is still a refusal",
			"Norway refused to send troops to the region.",
			[]string{"NO troops troops declined"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// TestExtractTroopsHeldVague holds self-written rows on troops held
// abroad without a number ("has a few soldiers in Latvia", delivered) and
// on a subject after a list closed by "and" and a comma, with their
// near-misses.
func TestExtractTroopsHeldVague(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a small number of personnel held abroad are in place",
			"The Netherlands already has a small number of personnel in the country.",
			[]string{"NL troops troops delivered"}},
		{"a few soldiers held abroad are in place",
			"Norway has a few soldiers in Lithuania.",
			[]string{"NO troops troops delivered"}},
		{"troops held abroad without a count are in place",
			"Portugal has troops in the Central African Republic.",
			[]string{"PT troops troops delivered"}},
		{"a list closed by and before a comma is no subject",
			"Under a deal signed by President Smith and Haitian Prime Minister Jones, Jamaica will deploy 200 soldiers to Haiti.",
			[]string{"JM troops 200 troops pledged"}},
		// near-misses
		{"a negated holding gives no line",
			"Brazil currently does not have troops deployed with the UN mission.", nil},
		{"a contracted negated holding gives no line",
			"Chile doesn't have soldiers in Haiti.", nil},
		{"troops in its own army are not held abroad",
			"Greece has some soldiers in its army.", nil},
		{"troops at high readiness are not held abroad",
			"Austria has a few soldiers at high readiness.", nil},
		{"troops with no place give no line",
			"Italy has soldiers.", nil},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// TestExtractTroopsNotGiven holds self-written near-misses of troops
// that are not what the verb gives (the subject of a relative clause
// after materiel, a unit of materiel, the receivers of "provide … with"
// or of support "to" them), with rows that must still give troops.
func TestExtractTroopsNotGiven(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"troops in a relative clause after weapons are the recipient's",
			"Western partners should provide rifles that Georgian soldiers can handle.", nil},
		{"troops in a relative clause after the head of weapons are the recipient's",
			"Allies will provide weapons of older design that Moldovan soldiers know well.",
			[]string{"group:Allies equipment weapons pledged"}},
		{"a company of tanks is no troops but tanks",
			"Slovakia wanted to send one company of tanks.", []string{"SK equipment tanks considering"}},
		{"a quoted company of tanks is no troops but tanks",
			"Officials said Slovakia wanted to send “one company” of tanks.", []string{"SK equipment tanks considering"}},
		{"the object of provide with receives",
			"Estonia and Finland provide every incoming allied contingent with broad support.", nil},
		{"troops after support to them receive it",
			"Japan will provide logistics support to the coalition forces.",
			[]string{"JP support logistics support pledged"}},
		// rows that still give troops
		{"a battalion of soldiers is troops",
			"Slovakia will send a battalion of 400 soldiers.",
			[]string{"SK troops 400 troops pledged"}},
		{"a contingent of engineers with a relative clause is troops",
			"Norway will send a contingent of engineers that will build bridges.",
			[]string{"NO troops troops pledged"}},
		{"provide the force with soldiers gives the soldiers",
			"Italy will provide the force with 300 soldiers.",
			[]string{"IT troops 300 troops pledged"}},
		{"aid and troops to a country are both given",
			"Croatia will send aid and 150 troops to Kosovo.",
			[]string{"HR troops 150 troops pledged"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// TestExtractTroopsJoinForce holds self-written rows on countries that
// join a force of troops or a peacekeeping mission (troops without a
// number) and the near-misses that stay support: a naval force, a
// coalition, command of a force.
func TestExtractTroopsJoinForce(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"joining a regional force gives troops",
			"Tanzania will join the regional force.",
			[]string{"TZ troops troops pledged"}},
		{"taking part in a peacekeeping mission gives troops",
			"Zambia will take part in the peacekeeping mission.",
			[]string{"ZM troops troops pledged"}},
		{"declining to take part in a stabilisation mission is a declined troop line",
			"Qatar declined to participate in the stabilisation mission.",
			[]string{"QA troops troops declined"}},
		{"having participated in peacekeeping is troops in place",
			"Senegal has participated in peacekeeping in Africa.",
			[]string{"SN troops troops delivered"}},
		{"taking part in peacekeeping operations gives troops",
			"Togo will take part in peacekeeping operations in the region.",
			[]string{"TG troops troops pledged"}},
		{"having joined a regional force is troops in place",
			"Uganda has joined the regional force.",
			[]string{"UG troops troops delivered"}},
		// near-misses
		{"peacekeeping in a concessive clause is background",
			"Although Senegal has participated in peacekeeping, the new task is different.", nil},
		{"peacekeeping training is no troops",
			"Mongolia participated in peacekeeping training.", nil},
		{"peacekeeping in a past year is history",
			"Peru participated in peacekeeping in 2004.", nil},
		{"joining a naval force stays support",
			"Portugal will join the naval force.",
			[]string{"PT support participation in naval force pledged"}},
		{"joining a coalition stays support",
			"Greece has joined the coalition.",
			[]string{"GR support participation in coalition pledged"}},
		{"contributing to a peacekeeping mission stays support (money or troops)",
			"Austria will contribute to the peacekeeping mission.",
			[]string{"AT support participation in mission pledged"}},
		{"taking command of a force stays support",
			"Italy will take command of the regional force.",
			[]string{"IT support participation in regional force pledged"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// TestExtractTroopsDeploymentNoun holds self-written rows on a bare
// deployment as the object of a verb of commitment or weighing (troops
// without a number), with its near-misses.
func TestExtractTroopsDeploymentNoun(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"weighing a deployment is considering troops",
			"Finland is weighing a deployment to the mission.",
			[]string{"FI troops troops considering"}},
		{"considering a possible deployment is considering troops",
			"Denmark is considering a possible deployment to Estonia.",
			[]string{"DK troops troops considering"}},
		{"announcing a deployment is pledging troops",
			"Spain announced a new deployment to Latvia.",
			[]string{"ES troops troops pledged"}},
		// near-misses
		{"opposing a deployment is no refusal of one's own troops",
			"Hungary opposed the deployment.", nil},
		{"criticising a deployment commits nothing",
			"Serbia criticised the deployment.", nil},
		{"a naval deployment is no troops",
			"Portugal announced a naval deployment.", nil},
		{"another country's deployment is not the subject's",
			"Poland welcomed Russia's deployment.", nil},
		{"the host approving a deployment to itself commits nothing",
			"Latvia approved the deployment to Latvia.", nil},
		{"the host approving a deployment on its territory commits nothing",
			"Estonia approved the deployment on its territory.", nil},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
