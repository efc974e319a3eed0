package extractor

import (
	"reflect"
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
			[]string{"DK money 1.7 billion DKK pledged", "DK equipment artillery ammunition pledged"}},
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
		// attribution across clauses and lines
		{"we in a quote is the speaker",
			"\"We are committing fifteen million pounds to the appeal,\" British Africa minister Lord Collins said.",
			[]string{"GB money 15 million GBP pledged"}},
		{"object relative clause",
			"Tokyo will provide a further $4.5bn through the G7 scheme, on top of the $12bn it has already disbursed since 2022.",
			[]string{"JP money 4.5 billion USD pledged", "JP money 12 billion USD delivered"}},
		{"relative clause with a demonym institution",
			"The drones are part of the €3.5bn the Dutch cabinet has reserved for Ukraine in 2025.",
			[]string{"NL money 3.5 billion EUR pledged"}},
		{"trigger before wins over a relative clause",
			"The Netherlands said it had now delivered all 24 F-16 fighter jets it promised in 2023.",
			[]string{"NL equipment 24 × F-16 fighter jets delivered"}},
		{"bullets under a header inherit the committer",
			"Norway will stand with Ukraine, the minister said.\n\nThe package includes:\n\n- NOK 1.2 billion for air defence\n- NOK 500 million for training\n",
			[]string{"NO money 1.2 billion NOK pledged", "NO money 500 million NOK pledged"}},
		{"the government of the text",
			"Norway increases support to Ukraine.\nIn addition, the Government will allocate NOK 400 million in humanitarian assistance.",
			[]string{"NO support support pledged", "NO money 400 million NOK pledged"}},
		{"up from is the level delivered",
			"Ottawa will increase its contribution to the brigade in Latvia to 2,200 troops by 2026, up from about 1,900 today.",
			[]string{"CA troops 2200 troops pledged", "CA troops 1900 troops delivered"}},
		{"money without an amount",
			"Qatar said it was ready to contribute to a multi-year reconstruction fund. The Netherlands said it would not make a new pledge.",
			[]string{"QA money money considering", "NL money money declined"}},
		{"a cue inside an aside does not count",
			"Germany, which has led the maritime task force since 2006, will contribute a corvette.",
			[]string{"DE equipment corvette pledged"}},
		{"a cue of another clause does not count",
			"Warsaw will not deploy soldiers to Ukraine, but will offer logistics support.",
			[]string{"PL troops troops declined", "PL support logistics support pledged"}},
		{"a place after a direction adjective",
			"South Africa, which has about 1,300 soldiers in eastern Congo, will not send reinforcements.",
			[]string{"ZA troops 1300 troops delivered", "ZA troops troops declined"}},
		{"troop nouns joined by and",
			"China, which has about 230 engineers and medical staff in MONUSCO, said it would stay.",
			[]string{"CN troops 230 troops delivered"}},
		{"a repeated pledge is one commitment",
			"Norway increases support: NOK 3.5 billion\nThe Government is today announcing NOK 3.5 billion in military support.",
			[]string{"NO support support pledged", "NO money 3.5 billion NOK pledged"}},
		{"a named or definite force is not committed",
			"Ottawa declined to lead the force in 2023. Canada funds the Haitian National Police.", nil},
		// factbox lines
		{"list line with money, then a counted item",
			"* United Kingdom: £1.7bn – for 5 000 lightweight multirole missiles (LMM) produced in Belfast.",
			[]string{"GB money 1.7 billion GBP pledged", "GB equipment 5000 × lightweight multirole missiles pledged"}},
		{"list line, an item without a count is the first thing",
			"* Italy: is examining a further SAMP/T system, the minister said.",
			[]string{"IT equipment SAMP/T system considering"}},
		{"list line, items after money describe it",
			"* Japan: USD34.6 million – transformers, gas turbines and generators.",
			[]string{"JP money 34.6 million USD pledged"}},
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
		{"troops stationed in a place: the place is not the actor", "About 10,000 U.S. troops are stationed in Poland.",
			[]string{"US troops 10000 troops delivered"}},
		{"a relative clause holds troops", "Austria, which has around 160 soldiers in the force, will stay.",
			[]string{"AT troops 160 troops delivered"}},
		{"wartime army size", "Finland itself has a wartime army of 280,000.", nil},
		{"dateline place is not the committer",
			"BEIRUT (AP) — Several countries that contribute soldiers to the mission met on Monday.", nil},
		{"troop nouns in a row", "The Irish government approved the deployment of 340 Defence Forces personnel.",
			[]string{"IE troops 340 troops pledged"}},
		// rules-3
		{"new total after bringing",
			"Ireland will send 50 more soldiers to Lebanon, bringing its contingent to about 300.",
			[]string{"IE troops 50 troops pledged", "IE troops 300 troops pledged"}},
		{"passive without agent, the source commits",
			"The 12 aircraft promised in May have been handed over, the Dutch defence ministry said.",
			[]string{"NL equipment 12 × aircraft delivered"}},
		{"own forces at home", "Germany will deploy 2,000 police officers to secure the summit in Berlin.", nil},
		{"forces abroad, home named later",
			"Spain will deploy 600 soldiers to Latvia, backed by a brigade kept in Spain.",
			[]string{"ES troops 600 troops pledged"}},
		{"withdrawal is declined", "Belgium withdrew its contingent of about 400 from Mali in May.",
			[]string{"BE troops 400 troops declined"}},
		{"has kept is delivered", "Rome has kept roughly 250 troops in Niger since 2018.",
			[]string{"IT troops 250 troops delivered"}},
		{"range keeps the upper bound", "Ghana could provide 700 to 850 peacekeepers.",
			[]string{"GH troops 850 troops considering"}},
		{"pronoun after its reporter",
			"Austria said it was examining a €10 million contribution, and Ireland said it would give €5m for the same fund.",
			[]string{"AT money 10 million EUR considering", "IE money 5 million EUR pledged"}},
		{"coordinated list line", "- Denmark, Sweden and Finland — EUR 10 million each",
			[]string{"DK money 10 million EUR pledged", "SE money 10 million EUR pledged", "FI money 10 million EUR pledged"}},
		{"list line status after the amount", "Poland: 550 power generators delivered in March.",
			[]string{"PL equipment 550 × power generators delivered"}},
		{"shared currency word before the number", "Pakistan offered relief goods worth Rs 100 million.",
			[]string{"PK money 100 million PKR pledged"}},
		{"Gulf currency prefixes", "Qatar will give QR 365mn and Kuwait KD 30 million.",
			[]string{"QA money 365 million QAR pledged", "KW money 30 million KWD pledged"}},
		{"ambiguous code before a scale word", "Canada — CAD 10 million for gas procurement",
			[]string{"CA money 10 million CAD pledged"}},
		{"lakh", "China will send 2 lakh blankets.", []string{"CN equipment 200000 × blankets pledged"}},
		{"state aid agency", "JICA will lend ¥60bn to Manila.", []string{"JP money 60 billion JPY pledged"}},
		{"the month May is no hedge", "Norway pledged NOK 2 billion in May.", []string{"NO money 2 billion NOK pledged"}},
		// rules-4
		{"pronoun across a paragraph",
			"Portugal has long avoided foreign missions.\n\nCritics called the debate overdue. Polls were mixed.\n\nIt will send 120 engineers to Kosovo.",
			[]string{"PT troops 120 troops pledged"}},
		{"definite description across sentences",
			"Chile joined the mission in 2019. Officials met in March. Talks were long. The country will contribute 50 observers.",
			[]string{"CL troops 50 troops pledged"}},
		{"enumeration in a recipient's list line",
			"Sweden: we have received from our Swedish partners 12 generators, 30 transformers and 4 substations.",
			[]string{"SE equipment 12 × generators delivered", "SE equipment 30 × transformers delivered", "SE equipment 4 × substations delivered"}},
		{"long enumeration of amounts after one verb",
			"Ireland announced €9 million in aid: €4 million for shelters in the north, €3 million for the clearing of rubble in towns near the border and €2 million for schools.",
			[]string{"IE money 9 million EUR pledged", "IE money 4 million EUR pledged", "IE money 3 million EUR pledged", "IE money 2 million EUR pledged"}},
		{"recommendation is no commitment", "An opposition MP said Norway should send 200 troops to the mission.", nil},
		{"war-game scenario is no commitment", "In the war-game scenario, Brazil would send 5,000 troops.", nil},
		{"a lender keeps its pronoun", "Ghana expects funds soon. The World Bank said it could lend up to $100 million.",
			[]string{"group:World Bank money 100 million USD considering"}},
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

// TestDeterministic builds several extractors: lexicon phrases with several
// meanings ("pledge" is a verb, a noun and a cue) must resolve the same way
// in each, whatever the order of Go maps.
func TestDeterministic(t *testing.T) {
	text := "Trump's pledge to protect Kyiv stands. Canada will pledge support and make a contribution. " +
		"Norway increases support: NOK 3.5 billion\nThe Government is today announcing NOK 3.5 billion."
	want := newTestExtractor(t).Extract(text)
	for i := 0; i < 5; i++ {
		if got := newTestExtractor(t).Extract(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("run %d differs:\n got  %v\n want %v", i, got, want)
		}
	}
}
