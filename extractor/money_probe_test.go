package extractor

import (
	"slices"
	"testing"
)

// probeCase is one probe row: a sentence written for the test and the
// commitments it should give. A row with gap set is a known miss: it is
// logged, not failed, so the table keeps the phrasings still to handle.
type probeCase struct {
	name, text string
	want       []string
	gap        bool
}

// TestMoneyProbe is the probe battery of the money family: every common
// way news writes a currency and an amount, the kinds of money given
// (grants, loans, credit lines, budget support, debt relief, guarantees,
// contributions to funds, donations valued in money), sub-amounts,
// several pledges in one sentence, cumulative giving, amounts restated in
// another currency, and near-misses that are no commitment (prices, cost
// estimates, budgets, GDP, damages, a fund's own total, requests, fines).
func TestMoneyProbe(t *testing.T) {
	e := newTestExtractor(t)
	tests := []probeCase{
		// currency forms
		{name: "dollar symbol", text: "Japan pledged $30 million in humanitarian aid to Sudan.", want: []string{"JP money 30 million USD pledged"}},
		{name: "US$ prefix", text: "South Korea will provide US$20 million in humanitarian assistance to Ukraine.", want: []string{"KR money 20 million USD pledged"}},
		{name: "USD code before", text: "Norway has pledged USD 50 million to the reconstruction fund.", want: []string{"NO money 50 million USD pledged"}},
		{name: "USD code after", text: "Qatar pledged 100 million USD for reconstruction in Gaza.", want: []string{"QA money 100 million USD pledged"}},
		{name: "A$ prefix", text: "Australia will provide A$50 million in military assistance to Ukraine.", want: []string{"AU money 50 million AUD pledged"}},
		{name: "C$ prefix", text: "Canada announced C$500 million in military aid for Ukraine.", want: []string{"CA money 500 million CAD pledged"}},
		{name: "NZ$ prefix", text: "New Zealand has committed NZ$4 million to the humanitarian response in Gaza.", want: []string{"NZ money 4 million NZD pledged"}},
		{name: "CAD$ prefix", text: "Ottawa pledged CAD$25 million in humanitarian aid for Sudan.", want: []string{"CA money 25 million CAD pledged"}},
		{name: "$CAN prefix", text: "Canada will contribute $CAN 15 million to the fund.", want: []string{"CA money 15 million CAD pledged"}},
		{name: "bare dollar of Canada", text: "Canada will give $40 million to the World Food Programme for Haiti.", want: []string{"CA money 40 million USD pledged"}},
		{name: "Canadian dollars word", text: "Canada will give 40 million Canadian dollars in aid to Haiti.", want: []string{"CA money 40 million CAD pledged"}},
		{name: "Australian dollars word", text: "Australia pledged 10 million Australian dollars in aid to Tonga.", want: []string{"AU money 10 million AUD pledged"}},
		{name: "Rs crore", text: "India announced Rs 250 crore in assistance to the Maldives.", want: []string{"IN money 2.5 billion INR pledged"}},
		{name: "Rs lakh", text: "India gave Rs 50 lakh to the relief fund of Nepal.", want: []string{"IN money 5 million INR delivered"}},
		{name: "crore rupees suffix", text: "India has extended 100 crore rupees in aid to Sri Lanka.", want: []string{"IN money 1 billion INR delivered"}},
		{name: "Swedish kronor", text: "Sweden will give 500 million kronor in support to Ukraine.", want: []string{"SE money 500 million SEK pledged"}},
		{name: "Danish kroner", text: "Denmark pledged 1 billion kroner to the Ukraine fund.", want: []string{"DK money 1 billion DKK pledged"}},
		{name: "Norwegian kroner", text: "Norway has allocated 2 billion Norwegian kroner for humanitarian aid to Gaza.", want: []string{"NO money 2 billion NOK delivered"}, gap: true},
		{name: "SEK code", text: "Sweden announced SEK 300 million in humanitarian aid to Syria.", want: []string{"SE money 300 million SEK pledged"}},
		{name: "NOK glued", text: "Norway pledged NOK250 million to the UN agency.", want: []string{"NO money 250 million NOK pledged"}},
		{name: "yen", text: "Japan will provide 10 billion yen in loans to the Philippines.", want: []string{"JP money 10 billion JPY pledged"}},
		{name: "yen symbol", text: "Japan pledged ¥5 billion in grant aid to Ukraine.", want: []string{"JP money 5 billion JPY pledged"}},
		{name: "won", text: "South Korea will donate 1 billion won to the relief effort in Turkey.", want: []string{"KR money 1 billion KRW pledged"}},
		{name: "riyal", text: "Saudi Arabia pledged 500 million riyals in aid to Yemen.", want: []string{"SA money 500 million SAR pledged"}},
		{name: "dirham", text: "The United Arab Emirates pledged 100 million dirhams to Sudan.", want: []string{"AE money 100 million AED pledged"}},
		{name: "zloty", text: "Poland will provide 100 million zloty in aid to Ukraine.", want: []string{"PL money 100 million PLN pledged"}},
		{name: "forint", text: "Hungary has donated 500 million forints to the relief effort in Ukraine.", want: []string{"HU money 500 million HUF delivered"}},
		{name: "lei", text: "Romania will give 20 million lei in humanitarian aid to Moldova.", want: []string{"RO money 20 million RON pledged"}},
		{name: "pound sign", text: "Britain pledged £100 million in humanitarian aid to Sudan.", want: []string{"GB money 100 million GBP pledged"}},
		{name: "euro sign", text: "Germany pledged €200 million to Ukraine.", want: []string{"DE money 200 million EUR pledged"}},
		{name: "euros word", text: "France will give 30 million euros to Lebanon.", want: []string{"FR money 30 million EUR pledged"}},
		{name: "EUR code before", text: "The Netherlands committed EUR 75 million to the fund.", want: []string{"NL money 75 million EUR pledged"}},
		{name: "decimal comma euros", text: "Austria gave 2,5 million euros in humanitarian aid to Ukraine.", want: []string{"AT money 2.5 million EUR delivered"}},
		{name: "bn abbreviation", text: "Germany pledged €1.5bn in military aid to Ukraine.", want: []string{"DE money 1.5 billion EUR pledged"}},
		{name: "mn abbreviation", text: "Japan pledged $15mn in emergency aid to Afghanistan.", want: []string{"JP money 15 million USD pledged"}},
		{name: "m abbreviation", text: "Ireland pledged €20m to the UN agency for Palestinian refugees.", want: []string{"IE money 20 million EUR pledged"}},
		{name: "k abbreviation", text: "Iceland donated $500k to the relief fund.", want: []string{"IS money 500000 USD delivered"}},
		{name: "hyphenated euro amount", text: "Italy announced a 2.5-billion-euro package for Tunisia.", want: []string{"IT money 2.5 billion EUR pledged"}},
		{name: "a $300 million package", text: "The United States unveiled a $300 million package for Ukraine.", want: []string{"US money 300 million USD pledged"}},
		{name: "spelled-out scale", text: "Spain will donate five million euros to the relief effort.", want: []string{"ES money 5 million EUR pledged"}},
		{name: "spelled-out number", text: "Belgium pledged twenty million euros to Congo.", want: []string{"BE money 20 million EUR pledged"}},
		{name: "full digits", text: "Portugal gave $1,500,000 in humanitarian aid to Mozambique.", want: []string{"PT money 1.5 million USD delivered"}},
		{name: "up to", text: "Finland will provide up to €30 million to the fund.", want: []string{"FI money 30 million EUR pledged"}},
		{name: "more than", text: "Britain has given more than £2 billion in military aid to Ukraine.", want: []string{"GB money 2 billion GBP delivered"}},
		{name: "a range keeps the upper", text: "Denmark will give between $10 million and $15 million to the fund.", want: []string{"DK money 15 million USD pledged"}},
		{name: "a further", text: "Germany pledged a further €50 million in humanitarian aid.", want: []string{"DE money 50 million EUR pledged"}},
		{name: "an additional", text: "Japan announced an additional $100 million for Ukraine.", want: []string{"JP money 100 million USD pledged"}},
		// kinds of money
		{name: "loan", text: "China extended a $2 billion loan to Pakistan.", want: []string{"CN money 2 billion USD delivered"}},
		{name: "soft loan", text: "Japan will lend $500 million to Sri Lanka in a soft loan.", want: []string{"JP money 500 million USD pledged"}},
		{name: "grant", text: "The European Union approved a €60 million grant for Jordan.", want: []string{"EU money 60 million EUR pledged"}},
		{name: "credit line", text: "India offered a $1 billion line of credit to Bangladesh.", want: []string{"IN money 1 billion USD pledged"}, gap: true},
		{name: "credit line noun compound", text: "India extended a $500 million credit line to Sri Lanka.", want: []string{"IN money 500 million USD delivered"}},
		{name: "budget support", text: "The EU disbursed €1.5 billion in budget support to Ukraine.", want: []string{"EU money 1.5 billion EUR delivered"}},
		{name: "debt relief", text: "France will cancel $300 million of debt owed by Somalia.", want: []string{"FR money 300 million USD pledged"}},
		{name: "guarantee", text: "Sweden will provide a loan guarantee of $200 million to Ukraine.", want: []string{"SE money 200 million USD pledged"}},
		{name: "contribution to a fund", text: "Germany will contribute €100 million to the Global Fund.", want: []string{"DE money 100 million EUR pledged"}},
		{name: "contribution noun", text: "Denmark's contribution of $20 million to the trust fund was announced on Monday.", want: []string{"DK money 20 million USD pledged"}},
		{name: "donation worth", text: "Australia donated medical supplies worth A$5 million to Papua New Guinea.", want: []string{"AU equipment medical supplies delivered", "AU money 5 million AUD delivered"}},
		{name: "package valued at", text: "Canada sent an aid package valued at $10 million to Haiti.", want: []string{"CA money 10 million USD delivered"}},
		{name: "deposit", text: "Saudi Arabia deposited $3 billion in the central bank of Pakistan.", want: []string{"SA money 3 billion USD delivered"}},
		{name: "financing", text: "Japan signed a ¥30 billion financing agreement with India.", want: []string{"JP money 30 billion JPY pledged"}},
		{name: "allocated", text: "Norway allocated NOK 100 million for food aid in Yemen.", want: []string{"NO money 100 million NOK delivered"}, gap: true},
		{name: "earmarked", text: "Italy has earmarked €15 million for refugees in Lebanon.", want: []string{"IT money 15 million EUR pledged"}},
		{name: "approved", text: "Washington approved $1.2 billion in military aid for Kyiv.", want: []string{"US money 1.2 billion USD pledged"}},
		{name: "unveiled", text: "Britain unveiled £50 million of new aid for Gaza.", want: []string{"GB money 50 million GBP pledged"}},
		{name: "passive", text: "$40 million in aid was pledged by Japan to Myanmar.", want: []string{"JP money 40 million USD pledged"}},
		{name: "passive announced by", text: "A €20 million aid package was announced by Austria for Ukraine.", want: []string{"AT money 20 million EUR pledged"}},
		{name: "ministry as actor", text: "The German foreign ministry pledged €10 million in emergency aid to Libya.", want: []string{"DE money 10 million EUR pledged"}},
		{name: "capital as actor", text: "Tokyo will provide $200 million in grants to Kyiv.", want: []string{"JP money 200 million USD pledged"}},
		{name: "leader as actor", text: "Chancellor Scholz pledged €1 billion to Ukraine.", want: []string{"DE money 1 billion EUR pledged"}},
		{name: "demonym adjective", text: "The Swiss government will contribute CHF 5 million to the relief effort.", want: []string{"CH money 5 million CHF pledged"}},
		{name: "relative clause", text: "The aid, which Japan pledged in March, totals $50 million.", want: []string{"JP money 50 million USD pledged"}, gap: true},
		{name: "apposition", text: "Canada, a longtime donor, pledged $25 million to Haiti.", want: []string{"CA money 25 million USD pledged"}},
		{name: "headline", text: "Germany pledges €500m in new aid to Ukraine", want: []string{"DE money 500 million EUR pledged"}},
		{name: "headline colon", text: "Ukraine aid: Denmark pledges $100m for artillery", want: []string{"DK money 100 million USD pledged"}},
		{name: "quote", text: "\"We will provide $50 million to Jordan,\" the Japanese foreign minister said.", want: []string{"JP money 50 million USD pledged"}},
		// sub-amounts and several pledges
		{name: "including a sub-amount", text: "The United States pledged $1 billion to Ukraine, including $500 million for energy repairs.", want: []string{"US money 1 billion USD pledged", "US money 500 million USD pledged"}},
		{name: "of which", text: "Germany pledged €300 million, of which €100 million is for humanitarian aid.", want: []string{"DE money 300 million EUR pledged", "DE money 100 million EUR pledged"}},
		{name: "two donors in one sentence", text: "Japan pledged $77 million and South Korea $50 million.", want: []string{"JP money 77 million USD pledged", "KR money 50 million USD pledged"}},
		{name: "list of donors comma", text: "At the conference, Japan pledged $77 million, Korea $50 million and Australia $20 million.", want: []string{"JP money 77 million USD pledged", "KR money 50 million USD pledged", "AU money 20 million USD pledged"}},
		{name: "donor with amount in brackets", text: "Donors included Japan ($77 million), Germany ($60 million) and Norway ($30 million).", want: []string{"JP money 77 million USD pledged", "DE money 60 million USD pledged", "NO money 30 million USD pledged"}},
		{name: "two pledges by one donor", text: "Britain pledged £100 million for Sudan and £50 million for Chad.", want: []string{"GB money 100 million GBP pledged", "GB money 50 million GBP pledged"}},
		{name: "followed by", text: "The largest pledges came from Saudi Arabia, with $500 million, followed by Kuwait with $300 million.", want: []string{"SA money 500 million USD pledged", "KW money 300 million USD pledged"}},
		{name: "donor table", text: "Pledges by donor:\nGermany: €200 million\nFrance: €150 million\nItaly: €100 million", want: []string{"DE money 200 million EUR pledged", "FR money 150 million EUR pledged", "IT money 100 million EUR pledged"}},
		{name: "bullet list under a header", text: "Norway announced the following support for Ukraine:\n- NOK 500 million for energy\n- NOK 300 million for demining", want: []string{"NO money 500 million NOK pledged", "NO money 300 million NOK pledged"}, gap: true},
		{name: "second sentence new pledge", text: "Japan pledged $100 million to Ukraine in January. In June, Japan pledged a further $50 million.", want: []string{"JP money 100 million USD pledged", "JP money 50 million USD pledged"}},
		{name: "second sentence pronoun", text: "Canada announced $40 million for Haiti. It also pledged $10 million for the Dominican Republic.", want: []string{"CA money 40 million CAD pledged", "CA money 10 million CAD pledged"}},
		// cumulative
		{name: "cumulative since", text: "Germany has provided €28 billion in military aid to Ukraine since 2022.", want: []string{"DE money 28 billion EUR delivered"}},
		{name: "cumulative to date", text: "To date, Norway has given NOK 20 billion to Ukraine.", want: []string{"NO money 20 billion NOK delivered"}},
		{name: "cumulative and new pledge", text: "Sweden, which has given SEK 40 billion since the invasion, pledged a further SEK 5 billion on Tuesday.", want: []string{"SE money 40 billion SEK delivered", "SE money 5 billion SEK pledged"}},
		// restatements
		{name: "converted in brackets", text: "Norway pledged NOK 1 billion ($95 million) to Ukraine.", want: []string{"NO money 1 billion NOK pledged"}},
		{name: "converted with about", text: "Japan pledged 15 billion yen (about $100 million) to Ukraine.", want: []string{"JP money 15 billion JPY pledged"}},
		{name: "converted with or", text: "Britain pledged £40 million, or about $50 million, to the fund.", want: []string{"GB money 40 million GBP pledged"}},
		{name: "converted after equivalent", text: "Poland will give 400 million zloty, the equivalent of $100 million, to Ukraine.", want: []string{"PL money 400 million PLN pledged"}},
		{name: "headline and body once", text: "Japan pledges $50m to Ukraine\nJapan on Monday pledged $50 million to Ukraine for demining.", want: []string{"JP money 50 million USD pledged"}},
		// near-misses
		{name: "price of a sale", text: "Poland signed a $10 billion deal to buy tanks from South Korea.", want: nil},
		{name: "sale value", text: "The United States approved the sale of fighter jets to Greece worth $8.6 billion.", want: nil, gap: true},
		{name: "cost estimate", text: "The reconstruction of Ukraine will cost an estimated $486 billion, the World Bank said.", want: nil},
		{name: "recipient's own budget", text: "Ukraine's defence budget for next year is $40 billion.", want: nil},
		{name: "GDP", text: "Germany's GDP grew to €4 trillion last year.", want: nil},
		{name: "damages", text: "The earthquake caused $34 billion in damage in Turkey.", want: nil},
		{name: "a fund's total", text: "The fund now holds $2 billion, its managers said.", want: nil},
		{name: "an organisation's own money", text: "The World Bank has $50 billion in lending capacity.", want: nil},
		{name: "an amount requested", text: "Ukraine asked for $5 billion a month from its allies.", want: nil},
		{name: "UN appeal", text: "The UN appealed for $4.1 billion for Sudan this year.", want: nil},
		{name: "inflation", text: "Inflation in Turkey rose to 60 percent, wiping billions of lira from savings.", want: nil},
		{name: "salaries", text: "France pays its soldiers an average salary of €2,000 a month.", want: nil},
		{name: "fine", text: "The European Commission fined Google €2.4 billion.", want: nil},
		{name: "trade volume", text: "Trade between China and Russia reached $240 billion last year.", want: nil},
		{name: "investment at home", text: "Britain will invest £2 billion in its own shipyards.", want: nil},
		{name: "a recipient received", text: "Ukraine has received $70 billion in aid so far.", want: nil},
		{name: "sanctions assets", text: "Canada seized $26 million in assets belonging to a Russian oligarch.", want: nil},
		{name: "a company's deal", text: "Siemens signed a €1 billion contract with Egypt for high-speed rail.", want: nil},
		{name: "a pledge hoped for", text: "Officials hope donors will pledge $3 billion at the conference.", want: nil, gap: true},
		{name: "a hypothetical is considering", text: "If Congress agrees, the United States could send another $20 billion.", want: []string{"US money 20 billion USD considering"}},
		{name: "negated", text: "Hungary did not pledge any money to the fund.", want: nil},
		{name: "market value", text: "Shares in the defence company rose, valuing it at $30 billion.", want: nil},
		{name: "ransom", text: "The kidnappers demanded a $5 million ransom.", want: nil},
		{name: "oil revenue", text: "Saudi Arabia earned $300 billion from oil exports last year.", want: nil},
		{name: "conference target", text: "The conference aims to raise $1 billion for Yemen.", want: nil},
		// more forms and frames
		{name: "US dollars word", text: "Kuwait will donate 20 million US dollars to the relief agency.", want: []string{"KW money 20 million USD pledged"}, gap: true},
		{name: "dollars word only", text: "Qatar pledged 50 million dollars to Lebanon's army.", want: []string{"QA money 50 million USD pledged"}, gap: true},
		{name: "billion spelled with dollars", text: "Saudi Arabia pledged one billion dollars to Syria.", want: []string{"SA money 1 billion USD pledged"}},
		{name: "GBP code", text: "The UK announced GBP 25 million in humanitarian aid for Yemen.", want: []string{"GB money 25 million GBP pledged"}},
		{name: "pounds word", text: "Britain will give 10 million pounds to the relief effort in Libya.", want: []string{"GB money 10 million GBP pledged"}},
		{name: "Swiss francs", text: "Switzerland pledged 1.5 billion Swiss francs for Ukraine's reconstruction.", want: []string{"CH money 1.5 billion CHF pledged"}},
		{name: "CHF code after", text: "Switzerland will contribute 20 million CHF to the agency.", want: []string{"CH money 20 million CHF pledged"}},
		{name: "yuan", text: "China will provide 100 million yuan in emergency aid to Nepal.", want: []string{"CN money 100 million CNY pledged"}},
		{name: "lira", text: "Turkey sent 50 million lira in aid to the region.", want: []string{"TR money 50 million TRY delivered"}},
		{name: "Czech koruna", text: "The Czech Republic will give 500 million koruna to Ukraine.", want: []string{"CZ money 500 million CZK pledged"}},
		{name: "Czech crowns", text: "The Czech government approved 300 million Czech crowns for Ukraine.", want: []string{"CZ money 300 million CZK pledged"}},
		{name: "million written as millions", text: "Ireland pledged €5 millions to the fund.", want: []string{"IE money 5 million EUR pledged"}},
		{name: "trillion won", text: "South Korea will provide 2 trillion won in loans to Ukraine.", want: []string{"KR money 2 trillion KRW pledged"}},
		{name: "euro amount with dot thousands", text: "Luxembourg donated €500.000 to the relief fund.", want: []string{"LU money 500000 EUR delivered"}},
		{name: "a $2bn aid", text: "Kuwait announced a $2bn aid package for Egypt.", want: []string{"KW money 2 billion USD pledged"}},
		{name: "worth package", text: "Germany announced a package worth €2.7 billion for Ukraine.", want: []string{"DE money 2.7 billion EUR pledged"}},
		{name: "totalling", text: "The Netherlands announced aid totalling €100 million for Ukraine.", want: []string{"NL money 100 million EUR pledged"}},
		{name: "amounting to", text: "Belgium announced assistance amounting to €50 million for Congo.", want: []string{"BE money 50 million EUR pledged"}},
		{name: "will send", text: "The United States will send $250 million in military aid to Ukraine.", want: []string{"US money 250 million USD pledged"}},
		{name: "has disbursed", text: "Japan has disbursed $200 million of the promised aid to Ukraine.", want: []string{"JP money 200 million USD delivered"}},
		{name: "transferred", text: "Norway transferred NOK 500 million to the World Bank trust fund for Ukraine.", want: []string{"NO money 500 million NOK delivered"}},
		{name: "signed loan agreement", text: "France signed a €100 million loan agreement with Morocco.", want: []string{"FR money 100 million EUR pledged"}},
		{name: "to release", text: "The EU agreed to release €4.5 billion for Ukraine.", want: []string{"EU money 4.5 billion EUR pledged"}},
		{name: "pledging conference with donor list", text: "Saudi Arabia pledged $500 million at the conference. The United Arab Emirates pledged $300 million.", want: []string{"SA money 500 million USD pledged", "AE money 300 million USD pledged"}},
		{name: "Japan's $X pledge", text: "Japan's $4.5 billion pledge to Ukraine was welcomed by Kyiv.", want: []string{"JP money 4.5 billion USD pledged"}},
		{name: "possessive aid", text: "Britain's £75 million aid package for Sudan will go to food and water.", want: []string{"GB money 75 million GBP pledged"}},
		{name: "aid from country", text: "A $20 million grant from Japan will help rebuild schools in Nepal.", want: []string{"JP money 20 million USD pledged"}},
		{name: "funded by", text: "The project is funded by a €40 million grant from Germany.", want: []string{"DE money 40 million EUR pledged"}},
		{name: "provided by passive past", text: "$15 million was provided by Canada for the relief effort.", want: []string{"CA money 15 million USD delivered"}},
		{name: "cut aid", text: "Britain cut £500 million from its aid to Africa.", want: []string{"GB money 500 million GBP declined"}},
		{name: "pause funding", text: "The United States paused $300 million in funding to the agency.", want: []string{"US money 300 million USD declined"}},
		{name: "near-miss: export price", text: "Germany sold weapons worth €3 billion to Egypt last year.", want: nil},
		{name: "near-miss: spending at home", text: "France will raise its defence spending to €60 billion.", want: nil},
		{name: "near-miss: wealth fund", text: "Norway's sovereign wealth fund is worth $1.6 trillion.", want: nil},
		{name: "near-miss: rescue package for own banks", text: "Italy approved a €10 billion rescue for its own banks.", want: nil},
		{name: "near-miss: tax revenue", text: "Britain collected £800 billion in taxes last year.", want: nil},
		{name: "near-miss: cost of war", text: "The war has cost Russia an estimated $200 billion.", want: nil},
		{name: "near-miss: debt owed", text: "Ukraine owes $150 billion to foreign creditors.", want: nil},
		{name: "near-miss: price of a drone", text: "Each drone costs $20,000.", want: nil},
		{name: "near-miss: reward", text: "The United States offered a reward of $10 million for information on the hackers.", want: nil},
	}
	runProbeCases(t, e, tests)
}

// runProbeCases runs each probe row as a subtest: it checks the
// invariants of the result and compares the summaries of the commitments
// with want. A gap row that differs is logged, not failed; one that now
// passes is logged too, so that its gap flag can go.
func runProbeCases(t *testing.T, e *Extractor, tests []probeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := e.Extract(tt.text)
			checkInvariants(t, tt.text, cs)
			var got []string
			for _, c := range cs {
				got = append(got, summary(c))
			}
			if slices.Equal(got, tt.want) {
				if tt.gap {
					t.Logf("gap row now passes: %q", tt.text)
				}
				return
			}
			if tt.gap {
				t.Logf("known gap: Extract(%q)\n got  %q\n want %q", tt.text, got, tt.want)
				return
			}
			t.Errorf("Extract(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		})
	}
}
