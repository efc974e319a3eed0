package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestActorCoref holds self-written texts whose giver is not named in the
// sentence that states the value: the value of a gift taken up by a
// determiner (context.gift-value, context.gift-value-headline) and an
// agentless passive after a lead of saying. Near-misses: another
// country's gift, the recipient's own budget, a common fund, an analyst's
// estimate, a sale, a second donor in between.
func TestActorCoref(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// the value of a gift told in the sentence before
		{"the donation, valued at, after a verb of saying",
			"China donated 40 trucks to the Liberian army. Officials said the donation, valued at $3 million, came at the right time.",
			[]string{"CN equipment 40 × trucks delivered", "CN money 3 million USD delivered"}},
		{"the estimated amount before the noun, past passive",
			"Sweden donated 50 ambulances to Moldova on Monday. The estimated $8 million donation was handed over to the health minister.",
			[]string{"SE equipment 50 × ambulances delivered", "SE money 8 million USD delivered"}},
		{"this measure is worth, after an adoption without an amount",
			"The EU adopted a new assistance measure for Georgia on Monday. This measure is worth €12.75 million over three years.",
			[]string{"EU money 12.75 million EUR pledged"}},
		{"the goods are worth",
			"Norway donated 130 vehicles to the national police. The vehicles are worth $3 million.",
			[]string{"NO equipment 130 × vehicles delivered", "NO money 3 million USD delivered"}},
		{"the grant amounts to",
			"Japan will give 20 patrol boats to the coast guard. The grant amounts to ¥900 million.",
			[]string{"JP equipment 20 × patrol boats pledged", "JP money 900 million JPY pledged"}},
		{"the package, totalling, with an opener",
			"Italy announced new aid for Tunisia on Monday. In addition, the package, totalling €40 million, will fund clinics.",
			[]string{"IT money 40 million EUR pledged"}},
		{"the goods told as given are worth",
			"Germany has promised 20 tanks to Ukraine. The tanks are worth €40 million.",
			[]string{"DE equipment 20 × tanks pledged", "DE money 40 million EUR pledged"}},
		{"the drones are valued at, with a line of goods before",
			"Canada will send 12 drones to Latvia. The drones are valued at C$95 million.",
			[]string{"CA equipment 12 × drones pledged", "CA money 95 million CAD pledged"}},
		{"two donors: the value goes to the nearer one",
			"Germany pledged 20 tanks to Ukraine. France pledged 10 jets. The jets are worth €500 million.",
			[]string{"DE equipment 20 × tanks pledged", "FR equipment 10 × jets pledged", "FR money 500 million EUR pledged"}},
		// an agentless passive after a lead of saying
		{"he added that goods were handed over",
			"The US ambassador said military aid had arrived. He added that 40 trucks were handed over to the army last year.",
			[]string{"US equipment 40 × trucks delivered"}},
		{"officials say an amount will be provided",
			"Denmark announced new aid for Kenya on Friday. Officials say €20 million will be provided as grants.",
			[]string{"DK money 20 million EUR pledged"}},
		{"according to a source with no actor, agentless passive",
			"Germany announced new aid for Ukraine on Monday. According to the defence ministry, 40 trucks were delivered last week.",
			[]string{"DE equipment 40 × trucks delivered"}},
		// a former leader speaks for the country, in archive news
		{"a former president as the subject",
			"Obama announced on Monday that the United States would send 200 Humvees to the Afghan army.",
			[]string{"US equipment 200 × Humvees pledged"}},
		{"a former prime minister's administration",
			"Shinzo Abe pledged ¥2 billion in grant aid to the Philippine coast guard.",
			[]string{"JP money 2 billion JPY pledged"}},
		{"a former chancellor, then he",
			"Angela Merkel visited Kyiv on Monday. She said her government would deliver 12 howitzers.",
			[]string{"DE equipment 12 × howitzers pledged"}},
		{"a leader and the country after a source phrase are one giver",
			"According to Defence Minister Peter Dutton, Australia will gift 14 armoured personnel carriers to Ukraine.",
			[]string{"AU equipment 14 × armoured personnel carriers pledged"}},
		{"a word that holds a former leader's name is no actor",
			"Australia will send 20 Bush-master vehicles to Ukraine.",
			[]string{"AU equipment 20 × Bush-master vehicles pledged"}},
		// an unnamed running total that names its recipient
		{"support to the recipient now reaches, after a gift",
			"Australia has sent 40 armoured vehicles to Ukraine. Support to Ukraine now reaches $655 million, the minister said.",
			[]string{"AU equipment 40 × armoured vehicles delivered", "AU money 655 million AUD delivered"}},
		{"aid to the recipient has so far reached",
			"Norway pledged 20 ambulances to Sudan on Monday. Aid to Sudan has so far reached NOK 900 million.",
			[]string{"NO equipment 20 × ambulances pledged", "NO money 900 million NOK delivered"}},
		// "Korean" alone is South Korea's
		{"a Korean embassy hands over goods",
			"The Korean Embassy turned over 130 vehicles to the national police on Tuesday.",
			[]string{"KR equipment 130 × vehicles delivered"}},
		// near-misses
		{"aid to the recipient with no word of time",
			"Australia has sent 40 armoured vehicles to Ukraine. Aid to Ukraine totals $655 million.",
			[]string{"AU equipment 40 × armoured vehicles delivered"}},
		{"aid of all donors to the recipient",
			"Australia has sent 40 armoured vehicles to Ukraine. Western aid to Ukraine now totals $100 billion.",
			[]string{"AU equipment 40 × armoured vehicles delivered"}},
		{"aid to the recipient in another country's words",
			"Australia has sent 40 armoured vehicles to Ukraine. Russia said aid to Ukraine now totals $655 million.",
			[]string{"AU equipment 40 × armoured vehicles delivered"}},
		{"aid to the recipient with no donor before",
			"The war began two years ago. Aid to Ukraine now totals $100 billion.",
			nil},
		{"the Korean peninsula is no giver",
			"Tensions on the Korean peninsula rose this week. Korean War veterans received 20 wheelchairs from the city.",
			nil},
		{"according to another country",
			"Japan announced new aid for Sudan on Monday. According to Russia, 40 trucks were delivered last week.",
			nil},
		{"the recipient's own budget is worth",
			"Germany pledged 20 tanks to Ukraine. Ukraine's defence budget is worth $30 billion.",
			[]string{"DE equipment 20 × tanks pledged"}},
		{"another country's donation",
			"Germany pledged 20 tanks to Ukraine. Russia said the donation, worth $5 million, was illegal.",
			[]string{"DE equipment 20 × tanks pledged"}},
		{"an analyst's estimate of the value",
			"Germany pledged 20 tanks to Ukraine. Analysts say the tanks are worth about €200 million.",
			[]string{"DE equipment 20 × tanks pledged"}},
		{"a common fund's size",
			"Japan pledged aid for the region. The fund, worth $2 billion, is run by the bank.",
			nil},
		{"a sale's value",
			"The US approved the sale of 40 tanks to Poland. The deal is worth $4 billion.",
			[]string{"US equipment 40 × tanks pledged"}},
		{"casualties counted after a lead of saying",
			"Germany has delivered 20 tanks to Ukraine. Officials say 200 soldiers were killed in the fighting.",
			[]string{"DE equipment 20 × tanks delivered"}},
		{"a third country's words before an agentless passive",
			"Germany has delivered 20 tanks to Ukraine. Russia said 12 howitzers were destroyed.",
			[]string{"DE equipment 20 × tanks delivered"}},
		{"goods not told as given are worth",
			"Germany announced new aid. The tanks are worth €500 million.",
			nil},
		{"a package criticised, not given",
			"Germany criticised the aid package on Monday. Officials said the package, worth €30 million, was too small.",
			nil},
		{"no giver anywhere before",
			"The war has lasted two years. The donation, worth $5 million, arrived on Monday.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
