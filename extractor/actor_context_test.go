package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestActorContext holds self-written texts whose giver is named in a
// sentence before the one that states what is given: a noun that takes up
// what was given ("The vehicles include …", "The aid consists of …"), and
// a recipient as the subject of a verb of receiving. Near-misses: a
// recipient's own forces, two givers before, a third party in between.
func TestActorContext(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// a noun that takes up what the giver gave, and a verb of inclusion
		{"the vehicles included a list",
			"Germany handed over military vehicles to Moldova on Monday. The vehicles included 30 trucks and 12 ambulances.",
			[]string{"DE equipment vehicles delivered", "DE equipment 30 × trucks delivered", "DE equipment 12 × ambulances delivered"}},
		{"the equipment includes, present tense",
			"Canada will send military equipment to Latvia. The equipment includes 40 drones and 8 radars.",
			[]string{"CA equipment 40 × drones pledged", "CA equipment 8 × radars pledged"}},
		{"the goods comprise, after a capital",
			"Tokyo has shipped 40 ambulances to Kenya. The goods comprised 20 ventilators and 900 blankets.",
			[]string{"JP equipment 40 × ambulances delivered", "JP equipment 20 × ventilators delivered", "JP equipment 900 × blankets delivered"}},
		{"items donated include",
			"Norway donated 12 trucks to the police of Ghana. Items donated also include 40 generators.",
			[]string{"NO equipment 12 × trucks delivered", "NO equipment 40 × generators delivered"}},
		{"that funding includes money",
			"The EU announced a large funding package for Jordan. That funding will include 2 billion euros in loans.",
			[]string{"EU money 2 billion EUR pledged"}},
		// the recipient as the subject of a verb of receiving
		{"the recipient will receive money",
			"Denmark approved new aid for two neighbours. Moldova will receive 10 million euros to upgrade its army.",
			[]string{"DK money 10 million EUR pledged"}},
		{"the recipient will be given goods",
			"Britain will send 200 more troops to the region. Iraq will also be given 400 rifles.",
			[]string{"GB troops 200 troops pledged", "GB equipment 400 × rifles pledged"}},
		{"the recipient will be given goods worth an amount",
			"Britain will send 200 more troops to the region. Iraq will also be given rifle ammunition worth £2 million.",
			[]string{"GB troops 200 troops pledged", "GB money 2 million GBP pledged"}},
		{"the one country named before, as a source",
			"The Canadian ambassador says aid has arrived in the capital. She says the equipment includes 30 generators.",
			[]string{"CA equipment 30 × generators pledged"}},
		{"a recipient as the subject, past tense",
			"Germany has delivered 20 tanks to Ukraine. Ukraine also received 12 howitzers.",
			[]string{"DE equipment 20 × tanks delivered", "DE equipment 12 × howitzers delivered"}},
		// the quantity as the subject of a passive of giving without an agent
		{"agentless passive, past, with an adverb",
			"Germany has delivered 20 tanks to Ukraine. 12 howitzers were also handed over.",
			[]string{"DE equipment 20 × tanks delivered", "DE equipment 12 × howitzers delivered"}},
		{"agentless passive after a package announcement",
			"Germany announced a new aid package for Ukraine on Monday. In addition, 12 howitzers will be delivered in May.",
			[]string{"DE equipment 12 × howitzers pledged"}},
		{"agentless passive of troops",
			"Britain sent 300 troops to Estonia last year. 200 more soldiers will be deployed in May.",
			[]string{"GB troops 300 troops delivered", "GB troops 200 troops pledged"}},
		{"more troops will follow",
			"Britain sent 300 troops to Estonia last year. Another 200 soldiers will follow in May.",
			[]string{"GB troops 300 troops delivered", "GB troops 200 troops pledged"}},
		// near-misses
		{"agentless passive of a casualty",
			"Britain sent 300 troops to Estonia last year. 200 soldiers were killed in the war.",
			[]string{"GB troops 300 troops delivered"}},
		{"agentless passive after a year",
			"Britain sent 300 troops to Estonia last year. In 2015, 200 soldiers were deployed there.",
			[]string{"GB troops 300 troops delivered"}},
		{"the remaining part of a whole counted before",
			"Canada will donate 500,000 vaccine doses to Kenya. The first batch arrives this week. The remaining 300,000 doses will be delivered in May.",
			[]string{"CA equipment 500000 × vaccine doses pledged"}},
		{"an amount in another currency",
			"Denmark pledged DKK 700 million to the fund. A further $10 million will be provided by May.",
			[]string{"DK money 700 million DKK pledged"}},
		{"the recipient's own soldiers deployed",
			"Britain sent 300 troops to Estonia last year. 200 Estonian soldiers will be deployed to the border.",
			[]string{"GB troops 300 troops delivered", "EE troops 200 troops pledged"}},
		{"two countries named before, no line",
			"The ambassadors of Canada and Japan say aid has arrived. She says the equipment includes 30 generators.",
			nil},
		{"the recipient receives from another giver",
			"Britain will send 200 more troops to the region. Iraq will also receive 400 rifles bought from Jordan.",
			[]string{"GB troops 200 troops pledged"}},
		{"two givers in the sentence before",
			"Germany and France handed over vehicles to Moldova. The vehicles included 30 trucks.",
			[]string{"DE equipment vehicles delivered", "FR equipment vehicles delivered"}},
		{"the recipient's own purchase",
			"Germany handed over vehicles to Moldova. Moldova will receive 30 tanks it bought from Poland.",
			[]string{"DE equipment vehicles delivered"}},
		{"a third party between",
			"Germany handed over vehicles to Moldova. Separately, Romania said its army needs more trucks. The vehicles included 30 trucks.",
			[]string{"DE equipment vehicles delivered"}},
		{"givers of their own after from",
			"Kuwait pledged $2bn to Egypt. The aid packages also included $4bn from Saudi Arabia and $3bn from Qatar.",
			[]string{"KW money 2 billion USD pledged", "SA money 4 billion USD pledged", "QA money 3 billion USD pledged"}},
		{"the recipient's ministry announces what another gave",
			"Germany donated 40 trucks to Moldova. Moldova's ministry said Poland handed over vehicles. The vehicles included 30 jeeps.",
			[]string{"DE equipment 40 × trucks delivered", "PL equipment vehicles delivered"}},
		{"an uncounted list of goods",
			"Norway donated 12 trucks to Ghana. Items donated also include helmets and radios.",
			[]string{"NO equipment 12 × trucks delivered"}},
		{"a receiving sentence with no giver before",
			"The war has lasted two years. Moldova will receive 30 tanks next year.",
			nil},
		{"a recipient's own forces include",
			"Germany handed over vehicles to Moldova. The Moldovan army includes 6,000 soldiers.",
			[]string{"DE equipment vehicles delivered"}},
		{"received casualties",
			"Germany sent doctors to the region. The hospital received 40 wounded soldiers.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
