package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestStatusSharedInfinitive holds self-written hedges that govern two
// coordinated verbs (status_infinitive.go): "ready to lead the mission and
// deploy 1,000 police" hedges the deployment too (and the lead, a
// support line of its own: support.lead-force); a firm "agreed to" and a
// verb with a past ending of its own keep their status.
func TestStatusSharedInfinitive(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"ready to lead and deploy",
			"Kenya is ready to lead the mission and deploy 1,000 police officers.",
			[]string{"KE support leadership of the mission considering", "KE troops 1000 troops considering"}},
		{"said it was ready to take the lead and deploy",
			"Kenya announced on Saturday that it was ready to take the lead of the force and deploy 1,000 police officers.",
			[]string{"KE support leadership of the force considering", "KE troops 1000 troops considering"}},
		{"may lead and deploy",
			"Kenya may lead the mission and deploy 1,000 police officers.",
			[]string{"KE support leadership of the mission considering", "KE troops 1000 troops considering"}},
		{"near-miss: agreed to lead and deploy",
			"Kenya agreed to lead the mission and deploy 1,000 police officers.",
			[]string{"KE support leadership of the mission pledged", "KE troops 1000 troops pledged"}},
		{"near-miss: pledged to lead and deployed",
			"Kenya pledged to lead the mission and deployed 1,000 police officers in May.",
			[]string{"KE support leadership of the mission pledged", "KE troops 1000 troops delivered"}},
		{"near-miss: will lead and deploy",
			"Kenya will lead the mission and deploy 1,000 police officers.",
			[]string{"KE support leadership of the mission pledged", "KE troops 1000 troops pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestStatusGiftNounSubject holds self-written nouns of giving that are
// the subject of a predicate of status (subjectPredicate with
// giftNounAnchor): every item of the noun, a list too, takes the
// predicate's hedge or refusal; a predicate of no status leaves them.
func TestStatusGiftNounSubject(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"a contribution of two items under consideration",
			"Italy's contribution of three planes and a naval unit is still under consideration.",
			[]string{"IT equipment 3 × planes considering", "IT equipment naval unit considering"}},
		{"a contribution of a listed three under evaluation",
			"The minister told lawmakers that Italy's contribution of three planes, a naval unit and 500 personnel was still under evaluation.",
			[]string{"IT equipment 3 × planes considering", "IT equipment naval unit considering", "IT troops 500 troops considering"}},
		{"a contribution of troops under review",
			"Spain's contribution of 300 troops is under review.",
			[]string{"ES troops 300 troops considering"}},
		{"near-miss: a contribution that is ready",
			"Italy's contribution of three planes and a naval unit is ready.",
			[]string{"IT equipment 3 × planes pledged", "IT equipment naval unit pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestStatusWholeOfPart holds self-written sums handed over as a part of
// a larger sum (status_whole.go): the part is delivered, the whole
// pledged; goods handed over as part of a grant leave the grant's worth
// delivered.
func TestStatusWholeOfPart(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"disbursed within the framework of a package",
			"The European Commission has disbursed 50 million euros to Moldova within the framework of the European package of 150 million euros.",
			[]string{"EU money 50 million EUR delivered", "EU money 150 million EUR pledged"}},
		{"delivered as part of a package",
			"Japan has delivered $10 million in aid as part of a $50 million package.",
			[]string{"JP money 10 million USD delivered", "JP money 50 million USD pledged"}},
		{"disbursed the first tranche of a loan",
			"The EU has disbursed €500 million, the first tranche of its €1.5 billion loan to Egypt.",
			[]string{"EU money 500 million EUR delivered", "EU money 1.5 billion EUR pledged"}},
		{"near-miss: goods handed over as part of a grant",
			"The U.S. turned over four planes to the navy as part of a $5.8 million grant.",
			[]string{"US equipment 4 × planes delivered", "US money 5.8 million USD delivered"}},
		{"near-miss: goods sent under a package",
			"Germany sent 20 tanks to Ukraine under its €2 billion aid package.",
			[]string{"DE equipment 20 × tanks delivered", "DE money 2 billion EUR delivered"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
