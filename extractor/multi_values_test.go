package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMultiValues is the corpus of several values of one actor: the
// shares of a gift in brackets, an amount restated in another currency
// in brackets before its verb, a relative clause after a list of givers,
// and the near misses that stay one line or none (a conversion, a list
// of givers, a ranking). Sentences written for the test.
func TestMultiValues(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// shares in brackets after the places or projects they go to
		{"shares in brackets after places are lines of the giver",
			"The European Union is providing €120 million in humanitarian funding to the region. The overall funding will support projects in Chad (€50 million), Mali (€40 million) and Niger (€30 million).",
			[]string{"EU money 120 million EUR pledged", "EU money 50 million EUR pledged", "EU money 40 million EUR pledged", "EU money 30 million EUR pledged"}},
		{"shares in brackets after projects, a list going on after a semicolon",
			"Japan committed loans worth 80 billion yen to India on Friday. The loans will fund a power line in the east (¥30 billion); a water project (¥20 billion) and a rail link (¥30 billion).",
			[]string{"JP money 80 billion JPY pledged", "JP money 30 billion JPY pledged", "JP money 20 billion JPY pledged", "JP money 30 billion JPY pledged"}},
		{"a share restated in another currency in its bracket is one line",
			"Japan committed loans worth 80 billion yen to India on Friday. The loans will fund a power line in the east (¥30 billion or Rs 1,700 crore) and a rail link (¥50 billion).",
			[]string{"JP money 80 billion JPY pledged", "JP money 30 billion JPY pledged", "JP money 50 billion JPY pledged"}},
		{"givers with their amounts in brackets are their own lines",
			"Donors met in Geneva. Pledges came from Japan ($70 million), Germany ($50 million) and Italy ($20 million).",
			[]string{"JP money 70 million USD pledged", "DE money 50 million USD pledged", "IT money 20 million USD pledged"}},
		{"an amount restated in brackets after a currency word is no share",
			"The EU pledged 10 billion euros to the region. From the overall sum, 2 billion euros ($2.2 billion) are allocated to border management.",
			[]string{"EU money 10 billion EUR pledged", "EU money 2 billion EUR pledged"}},
		{"an amount restated in brackets after a bare number is no share",
			"The EU pledged 10 billion euros to the region. Of the sum, 1.5 billion ($1.6 billion) is allocated to border management.",
			[]string{"EU money 10 billion EUR pledged"}},
		// an amount in a clause joined to the giver's money line
		{"the remaining amount blocked in a second clause is declined",
			"Japan had contributed $15 million to the fund, but the remaining $13 million has now been blocked.",
			[]string{"JP money 15 million USD delivered", "JP money 13 million USD declined"}},
		{"the other amount in a clause after while",
			"The UAE gave $2 billion to investment funds, while the other $2 billion will be deposited at the central bank.",
			[]string{"AE money 2 billion USD delivered", "AE money 2 billion USD pledged"}},
		{"an amount used for something in a clause after but",
			"Japan contributed $15 million to the fund, but the rest $13 million will be used for food.",
			[]string{"JP money 15 million USD delivered", "JP money 13 million USD pledged"}},
		{"another giver as the agent of the second clause",
			"Japan pledged $50 million to the fund, while $20 million was given by Italy.",
			[]string{"JP money 50 million USD pledged", "IT money 20 million USD delivered"}},
		{"another giver's possessive in the second clause gives no line",
			"Japan pledged $50 million to the fund, while Germany's $20 million was delivered.",
			[]string{"JP money 50 million USD pledged"}},
		{"stolen money in a second clause is no gift",
			"Japan pledged $50 million to the fund, but $20 million was stolen.",
			[]string{"JP money 50 million USD pledged"}},
		{"another currency in the second clause gives no line",
			"Japan pledged $50 million to the fund, but €20 million will be used for food.",
			[]string{"JP money 50 million USD pledged"}},
		{"an amount restated in brackets after a currency sign is no share",
			"Japan gave $5 million (¥700 million) to the fund.",
			[]string{"JP money 5 million USD delivered"}},
		{"a verb inside a bracket has no subject before it",
			"Denmark pledged €100 million. The money goes to Chad (€60 million, including a newly allocated €10 million) and Mali (€40 million).",
			[]string{"DK money 100 million EUR pledged", "DK money 60 million EUR pledged", "DK money 40 million EUR pledged"}},
		// an amount subject of a passive of giving, restated in brackets
		{"an amount restated in brackets before its passive verb",
			"Norway will help Ukraine again. NOK 3 billion (€250 million) will be provided to support schools.",
			[]string{"NO money 3 billion NOK pledged"}},
		{"an amount restated with more than in brackets before its passive verb",
			"Sweden will help Ukraine again. SEK 500 million (more than €40 million) will be allocated to mine clearance.",
			[]string{"SE money 500 million SEK pledged"}},
		{"the receiver's possessive after the passive verb",
			"Norway will help Ukraine again. NOK 400 million will be allocated to strengthen Ukraine's air defence.",
			[]string{"NO money 400 million NOK pledged"}},
		{"another country as a possessive before the amount blocks the guess",
			"Norway will help Ukraine again. Germany's NOK 400 million will be allocated to air defence.",
			nil},
		// a relative clause after a list of givers that are no subjects
		{"each after a list led by givers",
			"Pledges reached $2 billion, led by Qatar and Kuwait, which each pledged $500 million.",
			[]string{"QA money 500 million USD pledged", "KW money 500 million USD pledged"}},
		{"a plural relative after a list of partners",
			"The minister held talks with Japan and Korea, which have both pledged $300 million to the fund.",
			[]string{"JP money 300 million USD pledged", "KR money 300 million USD pledged"}},
		{"a ranking led by givers is no gift of the total",
			"Pledges for the appeal reached $2 billion, led by Qatar and Kuwait.",
			nil},
		// troops of one giver told in steps: a batch, a group
		{"a batch of troops after the giver's deployment",
			"Brazil will send a new battalion to the mission. The second batch of 400 peacekeepers will arrive in the capital in May.",
			[]string{"BR troops troops pledged", "BR troops 400 troops pledged"}},
		{"a group of troops from a home unit after the giver's deployment",
			"Brazil will send a new battalion to the mission. A group of 250 army engineers from the 5th Engineer Corps will arrive next week.",
			[]string{"BR troops troops pledged", "BR troops 250 troops pledged"}},
		{"troops from a named country are that country's",
			"Brazil will send a new battalion to the mission. A group of 250 soldiers from Chile will arrive next week.",
			[]string{"BR troops troops pledged", "CL troops 250 troops pledged"}},
		{"an ordinal in words before a rotation of troops",
			"Brazil will send a new battalion to the mission. The thirteenth rotation of 150 soldiers will arrive in June.",
			[]string{"BR troops troops pledged", "BR troops 150 troops pledged"}},
		{"a second place in a list after a preposition is no giver",
			"Brazil will send a new battalion to the missions in Haiti and Colombia's border region. The thirteenth rotation of 150 soldiers will arrive in June.",
			[]string{"BR troops troops pledged", "BR troops 150 troops pledged"}},
		{"a batch of refugees is no troops",
			"Brazil will send a new battalion to the mission. The third batch of 400 refugees will arrive in the capital in May.",
			[]string{"BR troops troops pledged"}},
		{"soldiers arriving from a country are in place",
			"The mission has grown. Some 200 soldiers arriving from Ghana were greeted at the airport.",
			[]string{"GH troops 200 troops delivered"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
