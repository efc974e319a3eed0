package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractTroopsTotal holds self-written paraphrases of the new size
// of a troop contribution (frame.troops-total) and its near-misses: an
// army of its own, a toll, a percentage, a year, a negation.
func TestExtractTroopsTotal(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a demonym before the troop noun in the object",
			"The extra company will bring the total number of Dutch personnel in Mali to 450.",
			[]string{"NL troops 450 troops pledged"}},
		{"a possessive owner of a presence",
			"The new rotation, which will boost Spain's military presence in Latvia to 800, starts in May.",
			[]string{"ES troops 800 troops pledged"}},
		{"a possessive owner of a contribution up to a head count",
			"The additional platoon will bring Norway's contribution to the UN force up to 210 personnel.",
			[]string{"NO troops 210 troops pledged"}},
		{"a demonym owner of a contribution with a qualifier",
			"It will increase the size of the Finnish contribution to the mission to around 350 soldiers.",
			[]string{"FI troops 350 troops pledged"}},
		{"an intransitive rise from one level to another keeps the new one",
			"The number of Czech soldiers in Slovakia will rise from 200 to 350.",
			[]string{"CZ troops 350 troops pledged"}},
		{"a ceiling that grows names its country in the sentence before",
			"Belgium will extend its mission in Lithuania. The troop ceiling would grow from 150 to 250 soldiers.",
			[]string{"BE troops 250 troops pledged"}},
		{"a total after a line of numbered troops takes that line's country",
			"Some 120 more Portuguese soldiers will be sent to Romania. This will bring the overall number of troops there to 340.",
			[]string{"PT troops 120 troops pledged", "PT troops 340 troops pledged"}},
		{"a single country before the verb owns the total",
			"At the request of the Swedish government, the number of soldiers deployed to the region will increase to 600.",
			[]string{"SE troops 600 troops pledged"}},
		{"a hedged total is considered",
			"The plan could raise the number of Italian troops in Bulgaria to 1,500.",
			[]string{"IT troops 1500 troops considering"}},
		{"a total that has risen is in place",
			"The number of Canadian troops in Latvia has risen to 2,000.",
			[]string{"CA troops 2000 troops delivered"}},
		{"a country in apposition to a town is a place",
			"Soldiers based in Gao, Mali, will grow in number. The German deployment will rise to 1,100 soldiers.",
			[]string{"DE troops 1100 troops pledged"}},
		// near-misses
		{"an army of its own is not a contribution",
			"Poland will increase its army to 300,000 soldiers.", nil},
		{"armed forces of its own are not a contribution",
			"The reform will raise the strength of the Finnish armed forces to 280,000 troops.", nil},
		{"a toll of soldiers is no total",
			"The death toll among Estonian soldiers rose to 14.", nil},
		{"a percentage is no total",
			"The share of Latvian troops in the force will rise to 40 percent.", nil},
		{"a year after to is no total",
			"The presence of Danish soldiers will increase to 2027.", nil},
		{"a negated total is a refusal of the subject's frame",
			"Spain will not raise the number of its soldiers in Latvia to 1,000.",
			[]string{"ES troops 1000 troops declined"}},
		{"a negated total of an owner gives no line",
			"The decision will not bring the number of Greek troops in the force to 500.", nil},
		{"a total of something that is not troops gives no line",
			"The move will bring the number of Dutch flights to 40.", nil},
		{"the host country of the troops does not own them",
			"The number of soldiers in Lithuania will rise to 900.", nil},
		{"countries named only after the total do not own it",
			"The number of soldiers of the joint force will rise to 900. Officials from the Netherlands and Germany met in Brussels.", nil},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}
