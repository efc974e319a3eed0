package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestTroopsChangeLevels holds self-written rewordings of a change of a
// troop level: a cut said "to M from N" (the size of the cut, declined),
// and the size of a force before an increase to a new level ("raise its
// 9,000-strong force to 15,000"), which gives no line of its own, and
// forces that receive money or goods (troopsRecipient), and the present
// size of an EU or NATO mission (frame.mission-size); with near-misses
// that keep their lines.
func TestTroopsChangeLevels(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// a cut "to M from N"
		{"a cut to a level from a level",
			"The United States will reduce the number of its troops in Iraq to 2,500 from 3,000 by the end of the year.",
			[]string{"US troops 500 troops declined"}},
		{"a cut of a contingent to troops from a number",
			"Britain will cut its contingent in Iraq to 650 troops from 800.",
			[]string{"GB troops 150 troops declined"}},
		{"a past cut to a level from a level",
			"France reduced the number of its soldiers in Mali to 2,500 from 5,100 last year.",
			[]string{"FR troops 2600 troops declined"}},
		{"near-miss: a cut from a level to a level",
			"Britain has reduced its deployment in Iraq from 800 to 650.",
			[]string{"GB troops 150 troops declined"}},
		// the size before an increase
		{"a force of a size raised to a new level",
			"NATO is looking to raise its 9,000-strong force in the country to some 15,000 troops.",
			[]string{"NATO troops 15000 troops considering"}},
		{"troops of a number expanded to a new level",
			"Germany will expand its 600 troops in Mali to 1,000.",
			[]string{"DE troops 1000 troops pledged"}},
		{"a contingent of a size increased to soldiers",
			"Canada will increase its 450-member contingent to 600 soldiers.",
			[]string{"CA troops 600 troops pledged"}},
		{"near-miss: an increase by a number to a level",
			"Poland will boost its contingent by 150 to 650 troops.",
			[]string{"PL troops 150 troops pledged", "PL troops 650 troops pledged"}},
		// troops that receive money or goods
		{"security forces receiving equipment worth an amount",
			"Over the past year, the United States delivered $574 million of equipment to the Afghan government and its security forces.",
			[]string{"US money 574 million USD delivered"}},
		{"a standby force receiving military aid",
			"China vowed to provide $100 million in military aid to the African Union's standby force.",
			[]string{"CN money 100 million USD pledged"}},
		{"armed forces receiving goods",
			"Norway donated 40 ambulances for the Ukrainian armed forces.",
			[]string{"NO equipment 40 × ambulances delivered"}},
		{"near-miss: money and troops sent together",
			"Canada will send $20 million and troops to Haiti.",
			[]string{"CA money 20 million CAD pledged", "CA troops troops pledged"}},
		{"near-miss: numbered troops after goods to forces",
			"Japan sent 20 trucks to Ukraine's armed forces and 200 troops to the mission.",
			[]string{"JP equipment 20 × trucks delivered", "JP troops 200 troops delivered"}},
		// the present size of an owned mission: in place
		{"a led mission consisting of troops",
			"The NATO-led peacekeeping mission currently consists of almost 3,800 troops.",
			[]string{"NATO troops 3800 troops delivered"}},
		{"a mission with a name in brackets having soldiers",
			"Established in 2013, the EU military mission (EUTM) has more than 600 soldiers from 28 European countries.",
			[]string{"EU troops 600 troops delivered"}},
		{"a possessive mission including personnel",
			"NATO's training mission in Iraq includes about 500 personnel.",
			[]string{"NATO troops 500 troops delivered"}},
		{"near-miss: a mission of no actor",
			"The UN mission has 10,000 peacekeepers.",
			nil},
		{"near-miss: a mission size to come",
			"The EU mission will have 300 soldiers.",
			nil},
		{"near-miss: a country's led mission",
			"The German-led mission has 1,200 troops.",
			nil},
		{"near-miss: troops of a number sent with no change",
			"Britain sent its 800 troops to Estonia last year.",
			[]string{"GB troops 800 troops delivered"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
