package extractor

import (
	"slices"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestStatusMerge holds self-written texts that tell one commitment in
// two sentences with two statuses (status_merge.go): a later confirmed
// handing over of the same actor and value or item makes the one line
// delivered; near-misses keep the status of the promise: a cumulative
// recap, a headline in the simple present over a future in the body, a
// progressive in the body, a new gift beside an earlier one, a standing
// state since a date, another item or recipient, a future delivery and
// a refusal.
func TestStatusMerge(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// a later confirmation upgrades the promise
		{"will send, then has provided the same count",
			"Japan will send 12 patrol boats to the Philippines, the minister said.\n\nJapan has already provided 12 patrol boats to the coast guard, officials added.",
			[]string{"JP equipment 12 × patrol boats delivered"}},
		{"agreed to give, then the recipient has received",
			"Saudi Arabia agreed to give Pakistan $3 billion in support last year.\n\nPakistan has already received the $3 billion, the central bank said.",
			[]string{"SA money 3 billion USD delivered"}},
		{"an offer, then has transferred",
			"Germany offered $500 million to the fund in March.\n\nGermany has since transferred the $500 million to the fund.",
			[]string{"DE money 500 million USD delivered"}},
		{"will send, then the items from the donor arrived",
			"Norway will send 40 ambulances to Moldova.\n\nThe 40 ambulances from Norway arrived in Chisinau on Monday.",
			[]string{"NO equipment 40 × ambulances delivered"}},
		{"will provide, then the minister confirmed it has provided",
			"Denmark will provide 19 jets to Ukraine.\n\nDenmark has provided 19 jets to Ukraine, the defence minister confirmed in August.",
			[]string{"DK equipment 19 × jets delivered"}},
		{"a headline in the present, then the body's past",
			"Korea hands over 130 vehicles to police\n\nKorea turned over a donation of 130 vehicles to the national police on Tuesday.",
			[]string{"KR equipment 130 × vehicles delivered"}},
		{"pledged, then the ministry said it has sent",
			"Spain has pledged to send 300 troops to the mission. The ministry said on Friday that Spain has sent 300 troops to the mission.",
			[]string{"ES troops 300 troops delivered"}},
		{"a headline in the present, then the body's past of handing over",
			"Australia provides $6 million to Tonga\n\nAustralia channelled $6 million to the government of Tonga last week.",
			[]string{"AU money 6 million USD delivered"}},
		// near-misses: the promise keeps its status
		{"near-miss: a cumulative recap of the same sum",
			"The United States will contribute $300 million to the mission.\n\nThat brings total US support for the mission to $300 million, the secretary said.",
			[]string{"US money 300 million USD pledged"}},
		{"near-miss: a headline in the simple present over a future",
			"Norway donates missiles to Ukraine\n\nNorway will send anti-aircraft missiles to Ukraine, the prime minister said on Thursday.",
			[]string{"NO equipment anti-aircraft missiles pledged"}},
		{"near-miss: a headline in the progressive over the body's present",
			"Belgium sending frigates to the Red Sea\n\nBelgium is sending frigates to the Red Sea, the defence ministry said.",
			[]string{"BE equipment frigates pledged"}},
		{"near-miss: a headline in the progressive over the body's next package",
			"Estonia sending ammunition to Ukraine\n\nThe next package from Estonia will include artillery ammunition, the minister said.",
			[]string{"EE equipment artillery ammunition pledged"}},
		{"near-miss: a progressive passive in the body",
			"Britain to send 200 extra troops to Iraq\n\nAlmost 200 extra British troops are being sent to Iraq, the defence secretary announced.",
			[]string{"GB troops 200 troops pledged"}},
		{"near-miss: will deliver",
			"Canada pledged $20 million to the fund in May.\n\nCanada will deliver the $20 million to the fund next year.",
			[]string{"CA money 20 million USD pledged"}},
		{"near-miss: will be deployed",
			"The UK will send 100 troops to Kosovo.\n\nThe 100 British troops will be deployed next month.",
			[]string{"GB troops 100 troops pledged"}},
		{"near-miss: new aid and last year's gift of the same sum",
			"Japan will give $50 million in new aid to Ukraine.\n\nLast year Japan provided $50 million in an earlier package.",
			[]string{"JP money 50 million USD pledged"}},
		{"near-miss: a new package and a first one of the same count",
			"Germany will send 20 tanks to Ukraine in a new package.\n\nIn January, Germany delivered a first package of 20 tanks.",
			[]string{"DE equipment 20 × tanks pledged"}},
		{"near-miss: troops in place since a year",
			"Canada will deploy 500 troops to Latvia.\n\nCanada has had 500 troops in Latvia since 2017.",
			[]string{"CA troops 500 troops pledged"}},
		{"near-miss: another item of the same count",
			"Germany will send 20 tanks to Ukraine.\n\nGermany has delivered 20 howitzers to Ukraine.",
			[]string{"DE equipment 20 × tanks pledged", "DE equipment 20 × howitzers delivered"}},
		{"near-miss: the same count to another recipient",
			"Sweden may send 20 howitzers to Ukraine.\n\nSweden delivered 20 howitzers to Poland in 2019.",
			[]string{"SE equipment 20 × howitzers considering", "SE equipment 20 × howitzers delivered"}},
		{"near-miss: the first part arrived, the whole stays promised",
			"China will donate 25,000 tents to Pakistan.\n\nThe first 3,000 tents arrived on Tuesday.",
			[]string{"CN equipment 25000 × tents pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}

// TestStatusMergeRule checks that a carried status names its rule in
// place of the cue of the status it replaces.
func TestStatusMergeRule(t *testing.T) {
	e := newTestExtractor(t)
	cs := e.Extract("Germany offered $500 million to the fund in March.\n\nGermany has since transferred the $500 million to the fund.")
	if len(cs) != 1 {
		t.Fatalf("got %d lines, want 1: %v", len(cs), cs)
	}
	if !slices.Contains(cs[0].Rules, ruleStatusMerged) || slices.Contains(cs[0].Rules, "status.considering:offered") {
		t.Errorf("rules %v: want %s and no considering cue", cs[0].Rules, ruleStatusMerged)
	}
}
