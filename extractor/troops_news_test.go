package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractTroopsNews holds self-written paraphrases of the troop
// phrasings of unseen news: members of a group named after "including",
// troops that leave their own country for a mission, troops incorporated
// into a force, units made up of troops that name their country, and
// the near-misses of each.
func TestExtractTroopsNews(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// members of a group after "including", "such as", "like"
		{"members of a group after including share its verb",
			"Several countries, including Indonesia, Morocco and Albania, have pledged to contribute troops to the mission.",
			[]string{"ID troops troops pledged", "MA troops troops pledged", "AL troops troops pledged"}},
		{"members of a group after such as share its verb",
			"Five nations, such as Chad and Benin, will send troops to the mission.",
			[]string{"TD troops troops pledged", "BJ troops troops pledged"}},
		{"members of a group after like share its verb",
			"Other allies like Canada and Norway will deploy soldiers to Latvia.",
			[]string{"CA troops troops pledged", "NO troops troops pledged"}},
		{"a territory without a country code does not break a list",
			"Several countries, including Kazakhstan, Kosovo and Albania, will send troops.",
			[]string{"KZ troops troops pledged", "group:Kosovo troops troops pledged", "AL troops troops pledged"}},
		{"members of a group that is an object commit nothing",
			"Washington imposed sanctions on several countries, including Iran and Syria.", nil},
		{"members of a group attacked by troops commit nothing",
			"Russia attacked several countries, including Georgia and Ukraine, with 100,000 troops.", nil},
		// troops that leave their own country for a mission
		{"troops that departed their country for a mission are sent",
			"About 150 French troops departed France for Lebanon on Friday.",
			[]string{"FR troops 150 troops delivered"}},
		{"troops that will leave their country for a mission are pledged",
			"Some 200 Dutch soldiers will leave the Netherlands for Lithuania next week.",
			[]string{"NL troops 200 troops pledged"}},
		{"troops that might leave their country for a mission are considered",
			"Some 200 German soldiers might leave Germany for Lithuania.",
			[]string{"DE troops 200 troops considering"}},
		{"troops that left the mission's country for home are withdrawn",
			"About 150 French troops left Mali for Senegal on Friday.",
			[]string{"FR troops 150 troops declined"}},
		{"troops that left a country for home are withdrawn",
			"About 150 French troops left Mali for home on Friday.",
			[]string{"FR troops 150 troops declined"}},
		{"troops that left their own country for home are withdrawn",
			"The last 300 US troops left Afghanistan for home.",
			[]string{"US troops 300 troops declined"}},
		// troops incorporated into a force
		{"troops already incorporated into a force are in place",
			"Another 200 French soldiers are already incorporated into the UN force.",
			[]string{"FR troops 200 troops delivered"}},
		{"troops already integrated into a battlegroup are in place",
			"Some 300 Polish soldiers are already integrated into the battlegroup.",
			[]string{"PL troops 300 troops delivered"}},
		// a unit with no owner made up of troops that name their country
		{"a reserve battalion consists of demonym troops",
			"The reserve battalion consists of 600 German troops.",
			[]string{"DE troops 600 troops delivered"}},
		{"a battlegroup will be made up of demonym soldiers",
			"The new battlegroup will be made up of 1,000 Dutch soldiers.",
			[]string{"NL troops 1000 troops pledged"}},
		{"a mission made up of demonym troops is not read as a unit",
			"The aid mission consists of 30 Irish doctors.", nil},
		// troops a country helps a mission "with"
		{"support a mission with personnel",
			"Kenya will support the mission with 1,000 personnel.",
			[]string{"KE troops 1000 troops pledged"}},
		{"intent to aid a police force with personnel",
			"Jamaica was the first country to express its intent to aid the police force with 200 officers.",
			[]string{"JM troops 200 troops pledged"}},
		{"reinforce an operation with soldiers",
			"Chad reinforced the operation with 400 soldiers.",
			[]string{"TD troops 400 troops pledged"}},
		{"a hedged help with troops is considered",
			"Ghana could assist the force with up to 300 soldiers.",
			[]string{"GH troops 300 troops considering"}},
		{"an attack with troops is no help",
			"Russia attacked the town with 5,000 troops.", nil},
		{"a request that others help with troops commits nobody",
			"Ukraine wants allies to support it with 10,000 troops.", nil},
		{"a country asked to help with troops commits nothing",
			"Haiti asked Kenya to help the police with 1,000 officers.", nil},
		// a list of countries asked to send troops
		{"countries asked to deploy troops commit nothing",
			"Washington had asked Pakistan, Bangladesh and Turkey to deploy soldiers to Iraq.", nil},
		{"the states of a list asked to deploy troops commit nothing",
			"Washington urged the Gulf states of Qatar, Oman and Kuwait to send troops.", nil},
		{"a list after an introductory place still commits",
			"After talks in Paris, Germany and Poland agreed to send troops.",
			[]string{"DE troops troops pledged", "PL troops troops pledged"}},
		// "Brussels" in a Belgian sentence is the Belgian government
		{"Brussels named by a Belgian minister is Belgium",
			"The Belgian defence minister told reporters that Brussels intended to send troops.",
			[]string{"BE troops troops pledged"}},
		{"Brussels with a Belgian speaker after it is Belgium",
			"Brussels will send 200 soldiers to Lebanon, the Belgian minister said.",
			[]string{"BE troops 200 troops pledged"}},
		{"Brussels in a sentence about the EU stays the EU",
			"The Belgian minister said Brussels would back the EU plan to send 200 soldiers.",
			[]string{"EU troops 200 troops pledged"}},
		{"Brussels alone stays the EU",
			"Brussels will send 200 police officers to the mission.",
			[]string{"EU troops 200 troops pledged"}},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
