package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestStatusVerbPhrase holds self-written rewordings of status cues that
// belong to another verb phrase than the anchor's: a second verb phrase
// after "and" (status.second-predicate), a participle of result after a
// past verb (status.participle-result) and the new troop total after it,
// a verb of giving before a determined noun, "granted", the hedges
// "is looking to", "an open mind", "is preparing a", and a progressive
// of handing over in body text (pledged). Each group has
// near-misses that must keep their status.
func TestStatusVerbPhrase(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// a second verb phrase after "and"
		{"cumulative giving and a package in preparation",
			"Japan has provided $2 billion to Ukraine since 2022 and is preparing a new package worth $1 billion.",
			[]string{"JP money 2 billion USD delivered", "JP money 1 billion USD considering"}},
		{"a disbursement and a hedge of a second amount",
			"Norway has disbursed €50 million and could add €20 million next year.",
			[]string{"NO money 50 million EUR delivered", "NO money 20 million EUR considering"}},
		{"a gift and a further amount weighed",
			"Italy gave €30 million last year and is weighing a further €15 million.",
			[]string{"IT money 30 million EUR delivered", "IT money 15 million EUR considering"}},
		{"a commitment and another amount considered",
			"Britain has committed £50 million to the fund and is considering another £25 million.",
			[]string{"GB money 50 million GBP pledged", "GB money 25 million GBP considering"}},
		{"a delivery and a readiness to give more",
			"Sweden has delivered $10 million in aid and is ready to provide $5 million more.",
			[]string{"SE money 10 million USD delivered", "SE money 5 million USD considering"}},
		{"near-miss: coordinated objects of one verb",
			"Poland sent 20 tanks and 30 trucks to Ukraine.",
			[]string{"PL equipment 20 × tanks delivered", "PL equipment 30 × trucks delivered"}},
		{"near-miss: another subject after and",
			"Spain pledged €20 million and Portugal has given €5 million.",
			[]string{"ES money 20 million EUR pledged", "PT money 5 million EUR delivered"}},
		{"near-miss: two amounts of one verb",
			"Denmark has sent $5 million and $3 million in food aid to Sudan.",
			[]string{"DK money 5 million USD delivered", "DK money 3 million USD delivered"}},
		// a participle of result after a past verb
		{"a deployment increasing a contingent",
			"Poland deployed 40 more soldiers to the mission, increasing its contingent to 250.",
			[]string{"PL troops 40 troops delivered", "PL troops 250 troops delivered"}},
		{"engineers sent, raising a contingent",
			"Spain sent more engineers to the base, raising its contingent to 400.",
			[]string{"ES troops 400 troops delivered"}},
		{"a company dispatched, bringing a contingent",
			"Romania has dispatched another company to the mission, bringing its contingent to 300.",
			[]string{"RO troops 300 troops delivered"}},
		{"troops sent, bringing a contingent to a total",
			"Britain has sent 100 more troops to Estonia, bringing its contingent to 900.",
			[]string{"GB troops 100 troops delivered", "GB troops 900 troops delivered"}},
		{"near-miss: a future increase keeps the total pledged",
			"Britain will send 100 more troops to Estonia, bringing its contingent to 900.",
			[]string{"GB troops 100 troops pledged", "GB troops 900 troops pledged"}},
		{"near-miss: a future main verb",
			"Italy will send 50 engineers, increasing its contingent to 300.",
			[]string{"IT troops 50 troops pledged", "IT troops 300 troops pledged"}},
		{"near-miss: troops in place before a total",
			"Another 200 French soldiers are already in the force, bringing the French total to 400.",
			[]string{"FR troops 200 troops delivered", "FR troops 400 troops pledged"}},
		// a verb of giving before a determined noun
		{"a ship delivered with goods worth an amount",
			"The US delivered an entire ship full of equipment worth $50 million to the Lebanese army.",
			[]string{"US money 50 million USD delivered"}},
		{"the first shipment sent",
			"Turkey sent the first shipment of aid worth $3 million to Syria.",
			[]string{"TR money 3 million USD delivered"}},
		{"near-miss: a future delivery of an entire battery",
			"Australia will deliver an entire battery of air defence systems to Ukraine.",
			[]string{"AU equipment entire battery of air defence systems pledged"}},
		// granted
		{"an amount granted as a first tranche",
			"The European Union granted Moldova €100 million as the first tranche of a new loan.",
			[]string{"EU money 100 million EUR delivered"}},
		{"an amount granted last week",
			"Norway granted Ukraine 500 million kroner in humanitarian aid last week.",
			[]string{"NO money 500 million NOK delivered"}},
		{"near-miss: will grant",
			"Norway will grant Ukraine 500 million kroner in humanitarian aid.",
			[]string{"NO money 500 million NOK pledged"}},
		{"near-miss: agreed to grant",
			"The EU has agreed to grant Moldova €100 million.",
			[]string{"EU money 100 million EUR pledged"}},
		// hedges
		{"looking to raise a force",
			"NATO is looking to raise its force in Kosovo to 5,000 troops.",
			[]string{"NATO troops 5000 troops considering"}},
		{"looking to send soldiers",
			"Britain is looking to send 200 soldiers to Estonia.",
			[]string{"GB troops 200 troops considering"}},
		{"looking at sending ships",
			"Japan is looking at sending two patrol ships to the Philippines.",
			[]string{"JP equipment 2 × patrol ships considering"}},
		{"an open mind about sending troops",
			"India and Nepal were keeping an open mind about sending troops to the mission.",
			[]string{"IN troops troops considering", "NP troops troops considering"}},
		{"near-miss: preparing to send is a plan",
			"Germany is preparing to send 100 more soldiers to Lithuania.",
			[]string{"DE troops 100 troops pledged"}},
		{"near-miss: not looking to send",
			"Spain is not looking to send troops to the region.",
			[]string{"ES troops troops declined"}},
		{"near-miss: looking to another country for help",
			"Spain is looking to Germany for help.",
			nil},
		// a progressive of handing over: pledged in body text, delivered
		// in a headline; a progressive of an activity stays delivered
		{"a body progressive of sending goods",
			"Japan is sending bulletproof vests and helmets to Ukraine.",
			[]string{"JP equipment bulletproof vests pledged"}},
		{"a body progressive of transferring goods",
			"The European Union is transferring another 40 generators to Ukraine.",
			[]string{"EU equipment 40 × generators pledged"}},
		{"a body progressive of sending troops",
			"The Pentagon is sending another 3,000 troops to Poland.",
			[]string{"US troops 3000 troops pledged"}},
		{"near-miss: a headline progressive is delivered",
			"Germany sending tanks to Ukraine",
			[]string{"DE equipment tanks delivered"}},
		{"near-miss: a progressive of training goes on",
			"Britain is training 10,000 Ukrainian recruits.",
			[]string{"GB support training 10,000 Ukrainian recruits delivered"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
