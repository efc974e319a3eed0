package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestValueCurrencyWords is the corpus of amounts in a currency the
// symbol or word does not name alone: "NRs" (Nepalese rupees), "P" before
// a scaled number (Philippine pesos), and a word shared by several
// currencies resolved from the country the text names most
// (textCurrency), with the near misses.
func TestValueCurrencyWords(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"NRs before the number",
			"India pledged NRs 100 billion for the reconstruction.",
			[]string{"IN money 100 billion NPR pledged"}},
		{"NRs with a conversion in brackets",
			"India has announced the largest amount in aid, NRs 100 billion (US $1 billion), for Nepal's reconstruction.",
			[]string{"IN money 100 billion NPR pledged"}},
		{"P before a scaled number",
			"Japan pledged P270 million to the Philippine coast guard.",
			[]string{"JP money 270 million PHP pledged"}},
		{"P before a scaled number, a loan amounting to",
			"Japan agreed a soft loan amounting to P8.5 billion for the Philippine railway.",
			[]string{"JP money 8.5 billion PHP pledged"}},
		{"Rs in a text about one country",
			"Donors pledged $4.4 billion for Nepal's reconstruction. Nepal welcomed the support. The Chinese foreign minister pledged to extend Rs 76 billion in grants and loans.",
			[]string{"CN money 76 billion NPR pledged"}},
		{"rupees in a text about one country",
			"Donors met in Kathmandu to help Nepal rebuild. China pledged to extend 50 billion rupees in grants and loans.",
			[]string{"CN money 50 billion NPR pledged"}},
		{"pesos in a text about one country",
			"The Philippines thanked its partners. Japan gave 40 million pesos for flood relief.",
			[]string{"JP money 40 million PHP delivered"}},
		// near misses
		{"two candidate countries named as often: no guess",
			"Pakistan and India both sought aid. China pledged Rs 10 billion in loans.",
			[]string{"CN money 10 billion pledged"}},
		{"P before a bare number is a name",
			"The P5 nations will meet in Geneva. The US pledged $5 million.",
			[]string{"US money 5 million USD pledged"}},
		{"the committer's own rupees first",
			"Nepal asked for help. India pledged Rs 20 billion.",
			[]string{"IN money 20 billion INR pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestTroopsCap is a corpus of ceilingFrame (troops.ceiling): the ceiling a country
// sets on its own deployment is the size it commits to (pledged), and
// the near misses.
func TestTroopsCap(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a parliament imposes a limit",
			"Lithuania's parliament has imposed a limit of 50 soldiers in Afghanistan.",
			[]string{"LT troops 50 troops pledged"}},
		{"a ceiling set",
			"The Bundestag set a ceiling of 1,100 troops for the mission in Mali.",
			[]string{"DE troops 1100 troops pledged"}},
		{"a troop ceiling",
			"The Bundestag set a troop ceiling of 1,100 soldiers for the mission in Mali.",
			[]string{"DE troops 1100 troops pledged"}},
		{"a cap raised to",
			"Germany raised the cap on its deployment to 600 troops.",
			[]string{"DE troops 600 troops pledged"}},
		{"an upper limit approved",
			"The Dutch cabinet approved an upper limit of 250 military personnel for the naval mission.",
			[]string{"NL troops 250 troops pledged"}},
		// near misses
		{"a limit the country has",
			"Germany has a limit of 1,200 soldiers.",
			nil},
		{"a limit exceeded",
			"Germany has exceeded the limit of 50 soldiers in Iraq.",
			nil},
		{"a limit with no verb",
			"The limit of 3,000 troops was set years ago.",
			nil},
		{"a cap reached by an army at home",
			"Russia reached the cap of 10,000 troops at the border.",
			nil},
		{"a treaty limits another country",
			"The treaty limits Russia to 50,000 troops in the region.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestMoneyKindPackageFrom is the corpus of "a $N <kind of aid> package from
// X" (packageWord: the words of a support mention between the amount and
// "from") and of a "from" phrase before the main clause (openListTail),
// with the near misses.
func TestMoneyKindPackageFrom(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a military aid package from",
			"Ukraine will receive the systems under a $1.4 billion military aid package from Germany.",
			[]string{"DE money 1.4 billion USD pledged"}},
		{"a financial support package obtained from",
			"Pakistan obtained a $6.2 billion financial support package from Saudi Arabia in October.",
			[]string{"SA money 6.2 billion USD delivered"}},
		{"an economic support package received from",
			"Jordan received a $1 billion economic support package from Saudi Arabia last year.",
			[]string{"SA money 1 billion USD delivered"}},
		{"a humanitarian aid package from",
			"The army will get new tanks under a €500 million humanitarian aid package from France.",
			[]string{"FR money 500 million EUR pledged"}},
		{"the from phrase before the main clause, a noun phrase subject",
			"As part of a $1.4 billion military aid package from Germany, the Ukrainian army would receive air defence systems.",
			[]string{"DE money 1.4 billion USD pledged"}},
		{"the from phrase before the main clause, a country subject",
			"Under a $500 million loan from Japan, Kenya will build a port.",
			[]string{"JP money 500 million USD pledged"}},
		// near misses
		{"a closed list of givers is their sum",
			"The fund received $18 million in contributions from Canada, France and the United States.",
			[]string{"group:Canada, France and the United States money 18 million USD delivered"}},
		{"a package asked for",
			"Pakistan asked for a $3 billion financial support package from China.",
			nil},
		{"a package from a lender that is no country",
			"The government sought a $5 billion financial support package from the IMF.",
			nil},
		{"a loan from the country's own bank",
			"The country will pay for the jets with a $3 billion loan from its own central bank.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestPluralOfficeTitles is the corpus of an actor before a plural title
// of office ("EU foreign ministers", "NATO defence ministers"): the
// ministers stand for the institution or country, and the near misses.
func TestPluralOfficeTitles(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"EU foreign ministers approve aid",
			"EU foreign ministers approved €500 million of military aid for Ukraine.",
			[]string{"EU money 500 million EUR pledged"}},
		{"EU defence ministers approve aid",
			"EU defence ministers approved €500 million of military aid for Ukraine.",
			[]string{"EU money 500 million EUR pledged"}},
		{"the EU's foreign ministers",
			"The EU's foreign ministers approved €500 million of military aid for Ukraine.",
			[]string{"EU money 500 million EUR pledged"}},
		{"NATO foreign ministers agree troops",
			"NATO foreign ministers agreed to send 300 troops to Kosovo.",
			[]string{"NATO troops 300 troops pledged"}},
		// near misses
		{"the recipient's ministers ask",
			"Ukraine's defence ministers asked for $1 billion.",
			nil},
		{"the recipient's minister welcomes the giver's decision",
			"The Ukrainian foreign minister welcomed the EU decision to provide €500 million.",
			[]string{"EU money 500 million EUR pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestTroopsHoldingSized is the corpus of "X has a N-strong contingent in
// Y" (holdingFrame past the article before a count that modifies its
// unit): troops held abroad, delivered; and the near misses.
func TestTroopsHoldingSized(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a strong contingent abroad",
			"Britain has a 900-strong contingent in Estonia.",
			[]string{"GB troops 900 troops delivered"}},
		{"a member force abroad",
			"France has a 5,000-member force in the Sahel.",
			[]string{"FR troops 5000 troops delivered"}},
		{"a contingent with a mission",
			"Italy has a 1,000-strong contingent with UNIFIL in Lebanon.",
			[]string{"IT troops 1000 troops delivered"}},
		{"a count of personnel in a mission, after a clause",
			"NATO handed over responsibility to local forces but has a 16,000 personnel in the training mission in the country.",
			[]string{"NATO troops 16000 troops delivered"}},
		// near misses
		{"an army's own force at home",
			"Mali's army has a 10,000-strong force in the north.",
			nil},
		{"an army on its own border",
			"Russia has a 100,000-strong army on the border.",
			nil},
		{"a reserve",
			"The army has a 5,000-strong reserve.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestMoneyApprovalAndThanks is the corpus of two ways of naming a giver
// of money without a verb of giving on the amount: a body that "cleared
// the way for" or "paved the way for" an amount approves it (pledged),
// and a country thanked for an amount in the noun phrase after "for"
// gave or promised it (money.thanked-for); with the near misses.
func TestMoneyApprovalAndThanks(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a parliament cleared the way for an amount",
			"The German parliament cleared the way for €3 billion in aid to Ukraine.",
			[]string{"DE money 3 billion EUR pledged"}},
		{"cleared the way for another amount",
			"The Bundestag had recently cleared the way for another EUR 3 billion this year.",
			[]string{"DE money 3 billion EUR pledged"}},
		{"paved the way for",
			"Congress paved the way for $40 billion in aid to Ukraine.",
			[]string{"US money 40 billion USD pledged"}},
		{"thanked for a package of an amount",
			"Zelensky thanked Sweden for the $1.2 billion package of military assistance.",
			[]string{"SE money 1.2 billion USD pledged"}},
		{"thanked for a package worth an amount",
			"He thanked Sweden for the recently announced package of military assistance worth about $1.2 billion.",
			[]string{"SE money 1.2 billion USD pledged"}},
		{"grateful for aid worth an amount",
			"Ukraine is grateful to Norway for its aid worth NOK 2 billion.",
			[]string{"NO money 2 billion NOK pledged"}},
		// near misses
		{"cleared the way for a recipient to receive",
			"The US cleared the way for Ukraine to receive $5 billion from Europe.",
			nil},
		{"paved the way for a loan of a lender that is no country",
			"The vote paved the way for a $50 billion loan from the IMF.",
			nil},
		{"thanks, then the recipient's need",
			"Zelensky thanked Germany for its support and said Ukraine needs $5 billion more.",
			nil},
		{"thanks, then a request in another clause",
			"Officials praised Britain for the training of 20,000 soldiers and asked for $2 billion.",
			nil},
		{"thanks, then another giver",
			"He thanked Japan for its help, while the US pledged $10 million.",
			[]string{"US money 10 million USD pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestTroopsContingentInPlace is the corpus of a sized contingent or
// peacekeepers of a country that open their clause with no place named
// (troops.contingent): they serve abroad, delivered; and the near misses.
func TestTroopsContingentInPlace(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a member contingent praised",
			"The 200-member Chinese contingent has been praised for its work.",
			[]string{"CN troops 200 troops delivered"}},
		{"after an opening participle phrase",
			"Comprising engineers and medics, the 200-member Chinese contingent has been lauded by the mission head.",
			[]string{"CN troops 200 troops delivered"}},
		{"a country's peacekeepers praised",
			"Ireland's 340 peacekeepers have been praised for their professionalism.",
			[]string{"IE troops 340 troops delivered"}},
		// near misses
		{"a contingent at war",
			"The 500-strong Russian contingent attacked the village.",
			nil},
		{"peacekeepers killed",
			"The 300 Kenyan peacekeepers were killed in an ambush.",
			nil},
		{"a contingent as an object",
			"Officials met the 200-member Chinese contingent in Juba.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
