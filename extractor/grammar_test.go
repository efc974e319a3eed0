package extractor

import (
	"slices"
	"testing"
)

// TestExtractGrammar holds sentences in many news styles (wire copy, press
// releases, liveblogs, donor conferences, UN peacekeeping, NATO
// deployments) with typos, odd spacing and cut-off text, positives and
// negatives: the general grammar, not any one article.
func TestExtractGrammar(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		// commitment nouns without a commitment verb
		{"owner, noun and includes",
			"Australia's contribution includes 49 Abrams tanks.",
			[]string{"AU equipment 49 × Abrams tanks pledged"}},
		{"owner, noun of an amount",
			"Japan's package of ¥150 billion was welcomed by Kyiv.",
			[]string{"JP money 150 billion JPY pledged"}},
		{"demonym owner of a noun",
			"The Danish package, worth DKK 1.7 billion, includes artillery ammunition.",
			[]string{"DK money 1.7 billion DKK pledged"}},
		// equipment after "of"
		{"fleet of",
			"The Netherlands will hand over its entire fleet of F-16s.",
			[]string{"NL equipment F-16s pledged"}},
		{"batch of",
			"Norway will send a batch of 20 howitzers.",
			[]string{"NO equipment 20 × howitzers pledged"}},
		{"shipment of delivered",
			"Canada has delivered a first shipment of 8 Leopard 2 tanks.",
			[]string{"CA equipment 8 × Leopard 2 tanks delivered"}},
		// deployments without a commitment verb
		{"demonym contingent already in a country",
			"An Italian contingent of 1,100 soldiers is already in Lebanon.",
			[]string{"IT troops 1100 troops delivered"}},
		{"demonym troops will deploy",
			"About 900 British troops will deploy to Estonia next year.",
			[]string{"GB troops 900 troops pledged"}},
		// currencies of donor conferences
		{"Nordic codes in a donor list",
			"Sweden pledged SEK 1.2 billion, Denmark DKK 800 million and Finland EUR 50 million.",
			[]string{"SE money 1.2 billion SEK pledged", "DK money 800 million DKK pledged", "FI money 50 million EUR pledged"}},
		{"Swiss francs",
			"Switzerland will contribute CHF 5 million to the humanitarian appeal.",
			[]string{"CH money 5 million CHF pledged"}},
		{"yen symbol",
			"Japan pledged ¥15 billion in emergency aid.",
			[]string{"JP money 15 billion JPY pledged"}},
		{"Canadian dollar symbol",
			"Canada announced C$500 million in military aid.",
			[]string{"CA money 500 million CAD pledged"}},
		{"Australian dollar symbol",
			"Australia will provide A$100 million in support.",
			[]string{"AU money 100 million AUD pledged"}},
		{"riyal code",
			"Saudi Arabia pledged SAR 1.5 billion for reconstruction.",
			[]string{"SA money 1.5 billion SAR pledged"}},
		{"European decimal comma with a symbol",
			"Denmark will donate €2,5 billion to the fund.",
			[]string{"DK money 2.5 billion EUR pledged"}},
		{"conversion in brackets is the same amount",
			"Norway pledged NOK 10 billion ($950 million) to the fund.",
			[]string{"NO money 10 billion NOK pledged"}},
		// troops: units, spacing, peacekeeping
		{"space-grouped thousands",
			"Poland will deploy 5 000 troops.",
			[]string{"PL troops 5000 troops pledged"}},
		{"battalion of peacekeepers delivered",
			"Nepal has deployed a battalion of 850 peacekeepers to South Sudan.",
			[]string{"NP troops 850 troops delivered"}},
		{"peacekeepers to Congo",
			"Indonesia will send 1,000 peacekeepers to the UN mission in Congo.",
			[]string{"ID troops 1000 troops pledged"}},
		{"NATO brigade led by a country",
			"Germany will lead a NATO brigade of 5,000 soldiers in Lithuania.",
			[]string{"DE troops 5000 troops pledged"}},
		{"headline infinitive",
			"UK to send 200 more troops to Estonia, MoD says",
			[]string{"GB troops 200 troops pledged"}},
		{"contributed since a year",
			"Spain has contributed 650 soldiers to UNIFIL since 2006.",
			[]string{"ES troops 650 troops delivered"}},
		{"relative clause between subject and verb",
			"Kenya, which leads the mission, has deployed 400 police officers to Haiti.",
			[]string{"KE troops 400 troops delivered"}},
		{"each pledged",
			"Bangladesh and Nepal each pledged 500 peacekeepers.",
			[]string{"BD troops 500 troops pledged", "NP troops 500 troops pledged"}},
		{"cut-off amount",
			"France pledged €300 mil",
			[]string{"FR money 300 million EUR pledged"}},
		// negatives
		{"civilian deaths", "More than 10,000 civilians have been killed since 2022.", nil},
		{"army size", "The Russian army has about 1.3 million soldiers.", nil},
		{"enemy troops massed", "Russia has massed 100,000 troops near the border.", nil},
		{"GDP", "Germany's GDP grew 0.3% to €4.1 trillion last year.", nil},
		{"poll", "A poll found 55% of Britons back sending troops.", nil},
		{"missiles fired", "Ukraine says Russia has fired 300 missiles since Friday.", nil},
		{"price of a tank", "The price of a Leopard 2 tank is about €10 million.", nil},
		{"drones launched", "Russian forces launched 120 drones overnight.", nil},
		{"population", "Japan has a population of 125 million.", nil},
		{"needs are not pledges", "Ukraine needs $486 billion for reconstruction, the World Bank said.", nil},
		{"troops stationed in a place", "About 10,000 U.S. troops are stationed in Poland.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := e.Extract(tt.text)
			checkInvariants(t, tt.text, cs)
			var got []string
			for _, c := range cs {
				got = append(got, summary(c))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
