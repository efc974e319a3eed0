package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestRecallRound holds self-written rewordings of the phrasings that the
// earlier paraphrase rounds listed as still missed, across the families:
// shares of a force, relative clauses without "that", staff as troops,
// reductions, composed forces, pronoun and capital actors, thanked donors,
// arrivals, headline donors, and their near misses.
func TestRecallRound(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// troops: a share of a force
		{"a share of a force that names its nationality",
			"Of the mission's 10,000 troops, 1,100 are Italian.",
			[]string{"IT troops 1100 troops delivered"}},
		{"a share of a force with another demonym",
			"Of the 4,500 peacekeepers in the force, 850 are Ghanaian.",
			[]string{"GH troops 850 troops delivered"}},
		{"a share of a force that comes from a country",
			"Of the force's 3,000 soldiers, about 600 come from Nepal.",
			[]string{"NP troops 600 troops delivered"}},
		{"a share of casualties is no commitment",
			"Of the 300 soldiers killed, 40 were Italian.", nil},
		// troops: relative clause without "that"
		{"troops a country has somewhere",
			"The 340 troops Ireland has in Lebanon will stay.",
			[]string{"IE troops 340 troops delivered"}},
		{"soldiers a country keeps somewhere",
			"The 250 soldiers Finland keeps in Kosovo are part of the mission.",
			[]string{"FI troops 250 troops delivered"}},
		{"peacekeepers a country has deployed",
			"The 1,200 peacekeepers Nepal has deployed to Lebanon form the largest contingent.",
			[]string{"NP troops 1200 troops delivered"}},
		{"troops a country lost are no commitment",
			"The 340 troops Russia lost in the battle were buried.", nil},
		// troops: staff, personnel and people in a deployment
		{"staff sent to a mission are troops",
			"Norway will send 60 staff to the mission in Mali.",
			[]string{"NO troops 60 troops pledged"}},
		{"staff redeployed to a hub are troops",
			"Ireland will redeploy six staff to the logistics hub in Poland.",
			[]string{"IE troops 6 troops pledged"}},
		{"people provided to support a deployment are troops",
			"Australia will provide eight people to support those deployed in the region.",
			[]string{"AU troops 8 troops pledged"}},
		{"staff hired at home are no troops",
			"Norway will hire 60 staff for its embassy.", nil},
		{"people killed are no troops",
			"The floods killed 200 people in Chad.", nil},
		// troops: reductions
		{"a reduction of troops by a number",
			"Germany will reduce its troops in Mali by 200.",
			[]string{"DE troops 200 troops declined"}},
		{"a cut of a contingent by a number of soldiers",
			"Britain will cut its contingent by 300 soldiers.",
			[]string{"GB troops 300 troops declined"}},
		{"halving a contingent",
			"France will halve its contingent in Chad.",
			[]string{"FR troops troops declined"}},
		{"a decision to reduce a presence",
			"Spain decided to reduce its presence in the region.",
			[]string{"ES troops troops declined"}},
		// troops: forces made up of troops from countries
		{"a force made up of troops from a list",
			"The force, made up of troops from Kenya, Burundi and Uganda, patrols the east.",
			[]string{"KE troops troops delivered", "BI troops troops delivered", "UG troops troops delivered"}},
		{"a force composed of soldiers from a list",
			"The brigade is composed of soldiers from Ghana, Togo and Benin.",
			[]string{"GH troops troops delivered", "TG troops troops delivered", "BJ troops troops delivered"}},
		// troops: passive with a sending country
		{"a force bolstered by troops a country sends",
			"The mission will be bolstered by 150 troops sent by Austria.",
			[]string{"AT troops 150 troops pledged"}},
		{"a force reinforced by troops a country sends",
			"The battalion will be reinforced by 80 soldiers sent by Croatia.",
			[]string{"HR troops 80 troops pledged"}},
		// troops: N-member contingents
		{"an N-member contingent with a demonym",
			"The 3,100-member American contingent patrols the border.",
			[]string{"US troops 3100 troops delivered"}},
		{"an N-member team of a country",
			"Nepal's 216-member team flew to the mission on Monday.",
			[]string{"NP troops 216 troops delivered"}},
		{"a 20-member delegation is no troops",
			"A 20-member Chinese delegation visited the factory.", nil},
		// money: along with others
		{"a country along with others keeps its own line",
			"Oman, along with other regional states, pledged $1bn in loans.",
			[]string{"group:Oman, along with other regional states money 1 billion USD pledged", "OM money 1 billion USD pledged"}},
		// money: obtained from a donor
		{"deposits obtained from a donor",
			"Egypt obtained $1bn in deposits from Saudi Arabia.",
			[]string{"SA money 1 billion USD delivered"}},
		{"a loan obtained from a donor",
			"Pakistan obtained a $2 billion loan from China.",
			[]string{"CN money 2 billion USD delivered"}},
		{"a price obtained is no commitment",
			"The seller obtained $2 million for the painting.", nil},
		// money: a granting noun without a verb
		{"the granting of an amount by a country",
			"The granting of €30 million by Spain to the fund was approved in March.",
			[]string{"ES money 30 million EUR pledged"}},
		// money: donor only in the headline
		{"a donor named in the headline only",
			"Japan pledges more aid to Ukraine\n\nThe package is worth $500 million and covers energy repairs.",
			[]string{"JP money 500 million USD pledged"}},
		// equipment/support: the country after thanking
		{"the country after thanking names the thanked",
			"Ukraine thanked Japan for its help. The country has provided 30 generators.",
			[]string{"JP equipment 30 × generators delivered"}},
		{"thanked for jets gives a delivered line",
			"Zelensky thanked the Netherlands for the jets.",
			[]string{"NL equipment jets delivered"}},
		{"thanked for F-16s gives a delivered line",
			"Kyiv thanked Denmark for the F-16s.",
			[]string{"DK equipment F-16s delivered"}},
		{"at the forefront of training",
			"Britain is at the forefront of training Ukrainian soldiers.",
			[]string{"GB support training pledged"}},
		// equipment: arrival
		{"tanks that reached the capital",
			"The German tanks reached Kyiv on Monday.",
			[]string{"DE equipment tanks delivered"}},
		{"howitzers that arrived in the recipient",
			"Ten Swedish howitzers arrived in Ukraine last week.",
			[]string{"SE equipment 10 × howitzers delivered"}},
		{"a recipient joining a programme gives nothing",
			"Moldova will join the training programme.", nil},
		// general: actors of follow-on sentences
		{"it also sends after a pledge",
			"Poland pledged 100 tanks to Ukraine. It will also send 40 howitzers.",
			[]string{"PL equipment 100 × tanks pledged", "PL equipment 40 × howitzers pledged"}},
		{"a capital as actor",
			"Berlin also promised 20 Leopard tanks.",
			[]string{"DE equipment 20 × Leopard tanks pledged"}},
		{"the Nordic country after a named country",
			"Finland announced a new package. The Nordic country will send 10 howitzers.",
			[]string{"FI equipment 10 × howitzers pledged"}},
		{"the Baltic state after a named country",
			"Latvia spoke at the summit. The Baltic state pledged €20 million to the fund.",
			[]string{"LV money 20 million EUR pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
