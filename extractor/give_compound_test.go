package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestGivingCompounds holds self-written rows for a giver glued to a
// participle of giving before the goods: a country or a demonym, and
// near-misses (makers, destroyed goods, the recipient's own purchase).
func TestGivingCompounds(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"demonym funded goods arrived",
			"The German-funded generators arrived in Kyiv on Monday.",
			[]string{"DE equipment generators delivered"}},
		{"demonym donated with a count",
			"The 20 Japanese-donated ambulances reached Kyiv.",
			[]string{"JP equipment 20 × Japanese-donated ambulances delivered"}},
		{"country supplied goods",
			"The first Norway-supplied patrol boats entered service with the Ukrainian navy.",
			[]string{"NO equipment patrol boats delivered"}},
		// near-misses
		{"a maker is no giver", "German-made tanks are in service.", nil},
		{"destroyed goods", "British-supplied howitzers were destroyed.", nil},
		{"the recipient's own factory", "A Ukrainian-funded factory will make 40 drones.", nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestGivingConditions holds rows for conditions, hedges and own-territory
// near-misses of the verbs of giving, and the real conditions and
// deployments abroad that must stay lines.
func TestGivingConditions(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// (a fronted "if" clause with the giver is a hedge by the house
		// rule: TestEquipmentSupport)
		{"fronted condition is a hedge", "If the Netherlands delivered 12 howitzers, Moscow might retaliate.",
			[]string{"NL equipment 12 × howitzers considering"}},
		{"real condition, giver after the clause", "If Ukraine asks, Germany will send 40 tanks.",
			[]string{"DE equipment 40 × tanks considering"}},
		{"own islands", "Japan plans to send 500 troops to its southern islands.", nil},
		{"own coast, equipment", "Germany deployed 12 patrol boats to its own coast.", nil},
		{"abroad stays", "Japan plans to send 500 troops to South Sudan.",
			[]string{"JP troops 500 troops pledged"}},
		{"commentators' hedge", "Commentators argue that Britain could send 40 tanks to Ukraine.", nil},
		{"officials' hedge stays", "Officials said Britain could send 40 tanks to Ukraine.",
			[]string{"GB equipment 40 × tanks considering"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestGivingListedSupport holds rows for a kind of support that ends a
// list of counted goods after one verb, and near-misses.
func TestGivingListedSupport(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"support after two counted goods",
			"Spain will provide 300 generators, 20 ambulances and logistics support to Ukraine.",
			[]string{"ES equipment 300 × generators pledged", "ES equipment 20 × ambulances pledged", "ES support logistics support pledged"}},
		{"support after three counted goods, past",
			"Norway has sent 12 howitzers, 40 tanks, 100 drones and training to Ukraine.",
			[]string{"NO equipment 12 × howitzers delivered", "NO equipment 40 × tanks delivered", "NO equipment 100 × drones delivered", "NO support training delivered"}},
		{"support after troops and goods",
			"France will send 500 troops, 40 tanks and air policing to Romania.",
			[]string{"FR troops 500 troops pledged", "FR equipment 40 × tanks pledged", "FR support air policing pledged"}},
		// near-misses: the support is not in the list
		{"the recipient needs support",
			"Spain will provide 300 generators to Ukraine, which needs logistics support.",
			[]string{"ES equipment 300 × generators pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestGivingPledgesInclude holds rows for plural nouns of commitment as
// the subject of a verb of listing, and a near-miss.
func TestGivingPledgesInclude(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"pledges from a country include",
			"Pledges from Norway include 40 tanks.",
			[]string{"NO equipment 40 × tanks pledged"}},
		{"commitments from a country include",
			"Commitments from Canada include 12 howitzers and 20 ambulances.",
			[]string{"CA equipment 12 × howitzers pledged", "CA equipment 20 × ambulances pledged"}},
		{"the recipient's needs are no pledge",
			"Requests from Ukraine include 40 tanks.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestGivingCleft holds rows for a giver focused by a cleft sentence,
// and near-misses where the focus is no giver.
func TestGivingCleft(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"cleft, past", "It was Germany that supplied the 40 tanks.",
			[]string{"DE equipment 40 × tanks delivered"}},
		{"cleft, future", "It is Norway that will send 12 howitzers to Ukraine.",
			[]string{"NO equipment 12 × howitzers pledged"}},
		{"cleft, troops", "It was Canada who deployed 500 troops to Latvia.",
			[]string{"CA troops 500 troops delivered"}},
		// near-misses
		{"the focus is the recipient", "It was Ukraine that received 40 tanks from Poland.",
			[]string{"PL equipment 40 × tanks delivered"}},
		{"the focus is asked", "It was Germany that Ukraine asked for 40 tanks.", nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
