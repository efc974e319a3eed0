package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestMoneyFurther is the corpus of a donor's second amount: money that
// the text marks as one more amount of the committer of the money before
// (frame.money-further), and the near misses that must give no such line.
func TestMoneyFurther(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a further amount released by the government",
			"Germany pledged €50 million to the country in March. In June the government decided to release a further €30 million.",
			[]string{"DE money 50 million EUR pledged", "DE money 30 million EUR pledged"}},
		{"another amount in a second clause whose subject receives",
			"The European Commission disbursed €50 million to the country on Monday. The capital will receive €10 million in grants and will access another €40 million in loans.",
			[]string{"EU money 50 million EUR delivered", "EU money 10 million EUR pledged", "EU money 40 million EUR pledged"}},
		{"an increase of an amount within a package",
			"Denmark announced a package of 800 million Danish kroner. A key part of the aid is the financial contributions, including an increase of 300 million kroner to the industry fund.",
			[]string{"DK money 800 million DKK pledged", "DK money 300 million DKK pledged"}},
		{"an amount increase announced by an official",
			"Canada says it will give C$200 million for climate work. The prime minister on Tuesday announced a C$50 million increase in the country's contribution.",
			[]string{"CA money 200 million CAD pledged", "CA money 50 million CAD pledged"}},
		{"a promise of an amount along with the support",
			"Sweden has pledged equipment valued at 400 million Swedish kronor. At a meeting of the two leaders the support was announced, along with a promise of 1 billion kronor for ammunition.",
			[]string{"SE money 400 million SEK pledged", "SE money 1 billion SEK pledged"}},
		{"another set of credit lines worth an amount",
			"India extended 12 credit lines worth $1 billion to Nepal. Officials said another 20 credit lines worth $2 billion have been extended to countries in Africa.",
			[]string{"IN money 1 billion USD delivered", "IN money 2 billion USD delivered"}},
		{"an amount more after the money",
			"Britain has pledged £100 million for the reconstruction. Officials expect to release £40 million more in the autumn.",
			[]string{"GB money 100 million GBP pledged", "GB money 40 million GBP pledged"}},
		{"a further amount with its conversion is one line",
			"Norway pledged NOK 100 million to the fund. The ministry said it would release a further NOK 50 million ($4.7 million) next year.",
			[]string{"NO money 100 million NOK pledged", "NO money 50 million NOK pledged"}},
		{"a further amount in a report on officials",
			"The United States has pledged $300 million for the mission. On Friday newspapers reported that officials would lift the hold and release a further $100 million.",
			[]string{"US money 300 million USD pledged", "US money 100 million USD pledged"}},
		{"another set of credit lines, said by an official",
			"France extended 10 credit lines worth €1 billion to the region. Answering a question, a junior minister said another 15 credit lines worth €2 billion have been extended to countries in Asia.",
			[]string{"FR money 1 billion EUR delivered", "FR money 2 billion EUR delivered"}},
		{"an amount increase announced by a leader at a summit",
			"Ireland says it will provide €80 million for climate work. The taoiseach, speaking at a summit in Geneva, announced a €20 million increase in the country's commitment to the issue.",
			[]string{"IE money 80 million EUR pledged", "IE money 20 million EUR pledged"}},
		{"an increase of an amount, in a sentence about needs",
			"Finland announced a package of €200 million. Its key part is an increase of €50 million to the industry pool, earmarked for purchases that meet the army's needs.",
			[]string{"FI money 200 million EUR pledged", "FI money 50 million EUR pledged"}},
		{"as well as another amount for a purpose",
			"Spain pledged €30 million to the fund. Officials thanked it for the pledge, as well as for another €10 million in training this year.",
			[]string{"ES money 30 million EUR pledged", "ES money 10 million EUR pledged"}},
		{"another amount worth, extended, said by an official after a reply",
			"India extended 30 credit lines worth $4 billion to its neighbours, the government told parliament. In reply to a question, a junior minister said another 50 credit lines (LoC) worth $5 billion covering 90 projects have been extended to countries in Africa.",
			[]string{"IN money 4 billion USD delivered", "IN money 5 billion USD delivered"}},
		// near misses
		{"no announcement of an additional amount is no second amount",
			"Qatar has deposited $2 billion with the central bank. However, there was no formal announcement from Qatar of an additional $1 billion oil facility.",
			[]string{"QA money 2 billion USD delivered"}},
		{"money another country needs is no second amount",
			"Germany pledged €50 million to the country. The government there needs another €2 billion to rebuild the grid.",
			[]string{"DE money 50 million EUR pledged"}},
		{"money raised by charities is no second amount",
			"Germany pledged €50 million to the country. Local charities pledged another €5 million.",
			[]string{"DE money 50 million EUR pledged"}},
		{"money of other donors is no second amount",
			"Japan pledged $100 million for the appeal. Other donors committed another $300 million.",
			[]string{"JP money 100 million USD pledged", "group:donors money 300 million USD pledged"}},
		{"a further cost is no second amount",
			"Japan pledged $100 million for the port. The repairs will cost another $40 million.",
			[]string{"JP money 100 million USD pledged"}},
		{"another amount from a bank is no second amount",
			"Japan pledged $100 million for the port. The project will get another $40 million from the World Bank.",
			[]string{"JP money 100 million USD pledged"}},
		{"an amount in another currency is not said to be the donor's",
			"Japan pledged $100 million for the port. In the end another €20 million was found for the roads.",
			[]string{"JP money 100 million USD pledged"}},
		{"a priced thing among deals is no second amount",
			"Saudi Arabia agreed to give the country $3 billion. The crown prince will sign investment deals, including a $10 billion refinery.",
			[]string{"SA money 3 billion USD pledged"}},
		{"more than an amount is a qualifier, no marker",
			"Japan pledged $100 million for the appeal. More than $1 billion was lost in the floods.",
			[]string{"JP money 100 million USD pledged"}},
		{"a budget rising by another amount is no second amount",
			"Japan pledged $100 million for the appeal. The recipient's defence budget rose by another $2 billion.",
			[]string{"JP money 100 million USD pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
