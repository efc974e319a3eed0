package extractor

// Data of TestMoneyGenerated (money_generated_test.go): forms decided by
// the giver's own currency, sentences with two amounts, near-misses.

// genMoneyOwn are shared currency words and symbols that the giver's own
// currency decides, and more written forms.
var genMoneyOwn = []struct {
	text, want, actor string
}{
	{"¥500 million", "CN 500000000 CNY", "China"}, {"Rs 500 million", "LK 500000000 LKR", "Sri Lanka"},
	{"Rs 500 million", "NP 500000000 NPR", "Nepal"}, {"kr 5 million", "NO 5000000 NOK", "Norway"},
	{"5 million kr", "DK 5000000 DKK", "Denmark"}, {"5 billion francs", "SN 5000000000 XOF", "Senegal"},
	{"5 million pesos", "MX 5000000 MXN", "Mexico"}, {"5 million pesos", "AR 5000000 ARS", "Argentina"},
	{"5 million shillings", "UG 5000000 UGX", "Uganda"}, {"5 million shillings", "TZ 5000000 TZS", "Tanzania"},
	{"5 million dinars", "JO 5000000 JOD", "Jordan"}, {"5 million dinars", "IQ 5000000 IQD", "Iraq"},
	{"5 million rials", "OM 5000000 OMR", "Oman"}, {"5 million riyals", "OM 5000000 OMR", "Oman"},
	{"5 million pounds", "LB 5000000 LBP", "Lebanon"}, {"5 million krona", "IS 5000000 ISK", "Iceland"},
	{"5 million euro", "IE 5000000 EUR", "Ireland"}, {"€ 5 million", "IE 5000000 EUR", "Ireland"},
	{"$ 5 million", "US 5000000 USD", "The United States"}, {"EUR 5,000,000.00", "DE 5000000 EUR", "Germany"},
	{"$5,000,000.00", "US 5000000 USD", "The United States"}, {"USD 5.000.000", "US 5000000 USD", "The United States"},
	{"5m euros", "DE 5000000 EUR", "Germany"}, {"5 bn euros", "DE 5000000000 EUR", "Germany"},
	{"£5.5bn", "GB 5500000000 GBP", "Britain"}, {"¥50 billion ($340 million)", "JP 50000000000 JPY", "Japan"},
	{"$5 million USD", "US 5000000 USD", "The United States"}, {"US$5 million (€4.6 million)", "US 5000000 USD", "The United States"},
	{"$5 million to $6 million", "US 6000000 USD", "The United States"}, {"$5m–$6m", "US 6000000 USD", "The United States"},
	{"$5–6 million", "US 6000000 USD", "The United States"}, {"up to one billion euros", "DE 1000000000 EUR", "Germany"},
	{"a 500-million-dollar package", "US 500000000 USD", "The United States"},
	{"a Rs 500-crore package", "IN 5000000000 INR", "India"}, {"a 5-million-euro grant", "DE 5000000 EUR", "Germany"},
	{"$5 million (CAD)", "CA 5000000 CAD", "Canada"}, {"$5 million (AUD)", "AU 5000000 AUD", "Australia"},
	{"$5 million (NZD)", "NZ 5000000 NZD", "New Zealand"},
	{"5 million Swiss francs", "CH 5000000 CHF", "Switzerland"}, {"5 million rupees", "LK 5000000 LKR", "Sri Lanka"},
}

// genMoneySecondFrames hold two amounts of one giver (A, X then Y):
// each is its own line, the second amount in the same or the next
// sentence.
var genMoneySecondFrames = []string{
	"A pledged X to Sudan and Y to Chad.",
	"A pledged X in humanitarian aid and Y in loans.",
	"A will give X this year and Y next year.",
	"A will provide X in 2025 and Y in 2026.",
	"A has given X since 2022 and pledged a further Y.",
	"A pledged X for food. It also pledged Y for shelter.",
	"A pledged X for food. A also pledged Y for shelter.",
	"A's pledges include X for food and Y for health care.",
	"A announced X for Sudan on Monday, and Y for Chad on Tuesday.",
}

// genMoneySecond are sentences with two amounts of one or two givers:
// each amount is its own line.
var genMoneySecond = []struct {
	text string
	want []string
}{
	{"Japan pledged $5 million to Sudan and $3 million to Chad.", []string{"JP 5000000 USD", "JP 3000000 USD"}},
	{"Germany will give €5 million in humanitarian aid and a further €3 million for reconstruction.", []string{"DE 5000000 EUR", "DE 3000000 EUR"}},
	{"Sweden pledged SEK 50 million and Norway NOK 30 million.", []string{"SE 50000000 SEK", "NO 30000000 NOK"}},
	{"Britain will provide £10 million, including £4 million for food.", []string{"GB 10000000 GBP", "GB 4000000 GBP"}},
	{"Canada announced C$20 million in aid. It also pledged C$5 million for demining.", []string{"CA 20000000 CAD", "CA 5000000 CAD"}},
	{"Britain will give a further £5m to Sudan, taking its total to £50m.", []string{"GB 5000000 GBP", "GB 50000000 GBP"}},
}

// genMoneyNearMisses must give no line: prices, costs, budgets, GDP and
// debt of the recipient, casualties, years, phone numbers, percentages,
// population.
var genMoneyNearMisses = []string{
	"The tanks cost $5 million each, Germany said.",
	"Sudan's GDP is about $35 billion.",
	"Sudan's budget deficit reached €4 billion last year.",
	"Sudan owes Japan $2 billion in debt.",
	"More than 5,000 people were killed in the fighting, Germany said.",
	"In 2025, Germany hosted a conference on Sudan.",
	"For questions call +44 20 7946 0000, the British embassy said.",
	"Germany will raise its aid budget by 5% next year.",
	"Japan's population of 125 million is ageing.",
	"Norway's sovereign wealth fund is worth 17 trillion crowns.",
	"India spent Rs 500 crore on its own highways.",
	"Germany sold the frigates for €2 billion.",
	"Britain bought £5 million worth of shells from a South Korean firm.",
	"Sudan asked donors for $4 billion.",
	"The war has caused $400 billion in damage, the World Bank said.",
	"Tens of millions of dollars in aid were promised by donors.",
	"Germany said the reconstruction of Sudan would cost €300 billion.",
	"Japan's defence budget rose to ¥8 trillion.",
	"The IMF approved a $3 billion loan to Sudan.",
	"Sudan's central bank holds $2 billion in reserves.",
	"India's economy grew 7% in the year to March.",
	"The United States has a national debt of $34 trillion.",
	"Poland spent 4% of its GDP, or 150 billion zloty, on defence.",
	"Germany paid €5 million for the building in 2019.",
	"Japan will not give Sudan a single yen, the minister said.",
	"Britain's contribution was worth less than a tenth of its 2020 level.",
	"Canada's population passed 40 million in 2023.",
	"Kenya lost 500 million shillings to fraud, the auditor said.",
	"The Swiss franc rose 2% against the euro.",
	"Germany received €5 million from the European fund.",
	"Japan's $5 million embassy building opened in Khartoum.",
	"The project will cost Sudan $5 million, Japan said.",
	"Britain imposed a fine of £5 million on the bank.",
	"Japan sold bonds worth $5 billion on Tuesday.",
	"Germany's 2025 budget was approved by parliament.",
	"Japan will review its 5-year plan in 2025-26.",
	"Sudan needs $4 billion in aid, Norway said.",
	"France lost $5 million on the contract.",
	"Inflation in Turkey reached 60%, Germany noted.",
	"Germany's exports to Sudan were worth €5 million last year.",
	// not passing yet (ownerAfterFrame reads the demonym as the giver):
	// "Congress approved $60 billion in Ukrainian aid."
}
